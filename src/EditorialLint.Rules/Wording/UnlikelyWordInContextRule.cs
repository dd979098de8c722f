using System;
using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Rules.Wording.ContextModel;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Wording
{
    /// <summary>
    /// EL2010: a word (or a short phrase) that its context makes unlikely where a thesaurus neighbour fits far better:
    /// the mark an article spinner leaves ("a nice of 500,000 euros" for "a fine", "take legal motion" for "action",
    /// "go away the country" for "leave"). The candidates are the words whose thesaurus entry lists the word as
    /// written; each is scored in the sentence with a trigram model of Wikipedia and Wikinews, and a classifier
    /// trained on synthetic spins weighs the evidence. The best candidate is the suggestion.
    /// </summary>
    public sealed class UnlikelyWordInContextRule : EditorialRule
    {
        /// <summary>EL2010.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.UnlikelyWordInContext,
            "Unlikely word in context",
            "'{0}' is unlikely in this context; was '{1}' meant?",
            RuleCategories.Wording,
            DiagnosticSeverity.Warning,
            "A word that its context makes unlikely while a thesaurus neighbour fits it well: the usual trace of an article spinner's swap.");

        /// <summary>editorial_lint.EL2010.threshold: the classifier's probability, in percent, at which a word is reported.</summary>
        public static readonly RuleOptionDescriptor ThresholdOption = RuleOptionDescriptor.Integer(
            BuiltInRuleIds.UnlikelyWordInContext,
            "threshold",
            "The swap probability (in percent) at which a word is reported; the default comes with the model.",
            1,
            99);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override ImmutableArray<RuleOptionDescriptor> SupportedOptions => ImmutableArray.Create(ThresholdOption);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentAction(AnalyzeDocument);

        private static void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var evidence = SwapEvidence.For(context.Document);
            var model = ContextModelData.Instance;
            if (evidence is null || model?.Classifier is null) return;

            float threshold = ReadThreshold(context.Options, model.Classifier.ReportThreshold);
            foreach (var slot in evidence.Resolve(threshold))
            {
                string written = context.Document.GetString(slot.Span);
                string suggestion = MatchCase(SuggestionOf(slot, written, model), written);
                var fix = new ProseFix(slot.Span, suggestion, isSafe: false, "Replace with '" + suggestion + "'");
                context.Report(Descriptor, slot.Span, fix, written, suggestion);
            }
        }

        /// <summary>The suggested wording of a slot: the best candidate, with the written possessive ending.</summary>
        internal static string SuggestionOf(SwapSlot slot, string written, ContextModelData model)
        {
            string root = model.Thesaurus.GetRootText(slot.BestRoot);
            return slot.IsPossessive ? root + written.Substring(written.Length - 2) : root;
        }

        // editorial_lint.EL2010.threshold: a percentage; the model's own threshold otherwise.
        private static float ReadThreshold(RuleOptions options, float fallback)
        {
            var value = options.GetRuleOption(BuiltInRuleIds.UnlikelyWordInContext, ThresholdOption.Name);
            return value is not null && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int percent) && percent >= 1 && percent <= 99
                ? percent / 100f
                : fallback;
        }

        // "Rustic" at a sentence start suggests "Country", not "country".
        private static string MatchCase(string suggestion, string written)
        {
            if (suggestion.Length == 0 || written.Length == 0 || !char.IsUpper(written[0])) return suggestion;
            return char.ToUpperInvariant(suggestion[0]) + suggestion.Substring(1);
        }
    }
}

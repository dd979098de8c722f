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
        // At the document's end, after the other rules: whether EL2900 calls the document spun depends on their certain
        // swaps, and a document called spun is read at a lower threshold.
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentEndAction(AnalyzeDocument);

        private static void AnalyzeDocument(DocumentEndAnalysisContext context)
        {
            var evidence = SwapEvidence.For(context.Document);
            var model = ContextModelData.Instance;
            if (evidence is null || model?.Classifier is null) return;

            float? option = ReadThreshold(context.Options);
            bool spun = option is null && CallsSpunIfItMatters(context, evidence, model);
            var threshold = option is { } fixedThreshold ? _ => fixedThreshold : (Func<SwapSlot, float>)(slot => model.Classifier.ReportThresholdFor(slot, spun));
            var reported = evidence.Resolve(threshold);
            // With WordNet's view, the slots whose best candidate is a WordNet synonym, where the Moby view reports nothing.
            if (evidence.WordNetView is not null)
            {
                reported.AddRange(evidence.WordNetAdditions(reported, option, spun));
                reported.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            }

            // A swap that a pack or a grammar rule already reports (EL2001–EL2004, the certain swaps EL2900 reads) keeps that
            // finding alone: a second finding on the same words would offer the editor a second, different fix.
            // Compared over the source, where the findings are (a Markdown finding's prose span may cover a link or emphasis).
            var certain = DocumentSpinScoreRule.CertainSwapSourceSpans(context.Document, context.Diagnostics);
            foreach (var slot in reported)
            {
                if (SpinScoreFeatures.Overlaps(context.Document.Prose.ToSourceSpan(slot.Span), certain)) continue;
                string written = context.Document.GetString(slot.Span);
                string suggestion = MatchCase(SuggestionOf(slot, written, model), written);
                var fix = new ProseFix(slot.Span, suggestion, isSafe: false, "Replace with '" + suggestion + "'");
                context.Report(Descriptor, slot.Span, fix, written, suggestion);
            }
        }

        /// <summary>The suggested wording of a slot: its suggested root (the best candidate, or for a written phrase the likeliest source), with the written possessive ending.</summary>
        internal static string SuggestionOf(SwapSlot slot, string written, ContextModelData model)
        {
            string root = model.Thesaurus.GetRootText(slot.SuggestedRoot);
            return slot.IsPossessive ? root + written.Substring(written.Length - 2) : root;
        }

        // Whether EL2900 calls the document spun, asked only when the verdict changes what is reported: when some slot lies
        // between its two thresholds (SwapClassifier.ReportThresholdFor: the spun-document one and the other), in the Moby
        // view or, for the WordNet view's additions, between SwapClassifier.AdditionThresholdFor's two.
        private static bool CallsSpunIfItMatters(DocumentEndAnalysisContext context, SwapEvidence evidence, ContextModelData model)
        {
            var classifier = model.Classifier!;
            bool between = false;
            foreach (var slot in evidence.Slots)
                if (slot.Probability >= classifier.ReportThresholdFor(slot, spunDocument: true) && slot.Probability < classifier.ReportThresholdFor(slot, spunDocument: false))
                {
                    between = true;
                    break;
                }

            if (!between && evidence.WordNetView is { } view && model.WordNetClassifier is { } wordNet)
                foreach (var slot in view.Slots)
                    if (slot.Probability >= wordNet.AdditionThresholdFor(slot, spunDocument: true, view.IsShortText)
                        && slot.Probability < wordNet.AdditionThresholdFor(slot, spunDocument: false, view.IsShortText))
                    {
                        between = true;
                        break;
                    }

            return between && DocumentSpinScoreRule.CallsSpun(context.Document, context.Diagnostics, context.Options);
        }

        // editorial_lint.EL2010.threshold: a percentage, applied to every document; null for the model's own thresholds.
        private static float? ReadThreshold(RuleOptions options)
        {
            var value = options.GetRuleOption(BuiltInRuleIds.UnlikelyWordInContext, ThresholdOption.Name);
            return value is not null && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int percent) && percent >= 1 && percent <= 99
                ? percent / 100f
                : null;
        }

        // "Rustic" at a sentence start suggests "Country", not "country".
        private static string MatchCase(string suggestion, string written)
        {
            if (suggestion.Length == 0 || written.Length == 0 || !char.IsUpper(written[0])) return suggestion;
            return char.ToUpperInvariant(suggestion[0]) + suggestion.Substring(1);
        }
    }
}

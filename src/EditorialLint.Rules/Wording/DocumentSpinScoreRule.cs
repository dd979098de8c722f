using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Rules.Wording.ContextModel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Wording
{
    /// <summary>
    /// EL2900: the document as a whole reads as machine-spun. The spin score is a fitted document model's odds that the
    /// document was spun (at even prior odds), in decibels (10 · log10 of the odds: 20 is 100 to 1): a logistic
    /// regression over a dozen document features
    /// (<see cref="SpinScoreFeatures"/>): the evidence of every slot the context model scores, weak slots below EL2010's
    /// threshold included, summed as a likelihood ratio per 1,000 words; the density of certain swaps (each known spinner
    /// phrase, EL2001, and each finding of grammar that a swap broke, EL2002–EL2004); and the shape of the slots (how many
    /// are faint doubts of the register, whether the strong ones are rare words or words the article keeps using). One
    /// finding per document, on its first line, only at or above the threshold, so that an editor can send the whole
    /// article back.
    /// The known phrases and broken grammar are the findings of this run (a document-end action reads them), so they
    /// count as configured: a rule turned off or a finding suppressed inline adds nothing.
    /// </summary>
    public sealed class DocumentSpinScoreRule : EditorialRule
    {
        /// <summary>EL2900.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.DocumentSpinScore,
            "Document reads as machine-spun",
            "This document reads as machine-spun: spin score {0} (the odds that it was spun, in decibels: 20 is 100 to 1; the threshold is {1})",
            RuleCategories.Wording,
            DiagnosticSeverity.Warning,
            "The density of unlikely word choices across the whole document is that of text run through an article spinner.");

        // Below this many words a handful of odd choices is not a density.
        private const int MinimumWords = 80;

        /// <summary>editorial_lint.EL2900.threshold: the spin score (odds of spinning in decibels) at which a document is reported.</summary>
        public static readonly RuleOptionDescriptor ThresholdOption = RuleOptionDescriptor.Integer(
            BuiltInRuleIds.DocumentSpinScore,
            "threshold",
            "The spin score (the document model's odds that the document was spun, in decibels: 10 · log10 of the odds, 20 is 100 to 1) at which a document is reported; the default comes with the model.",
            1,
            1000);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override ImmutableArray<RuleOptionDescriptor> SupportedOptions => ImmutableArray.Create(ThresholdOption);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentEndAction(AnalyzeDocument);

        // The rules whose findings are certain swaps: known spinner phrases (the built-in packs) and grammar that a swap
        // broke. Country names for adjectives, glued words and stray symbols come from translation and copying, not
        // from spinning, and do not count.
        private static readonly HashSet<string> SwapEvidenceIds = new HashSet<string>(StringComparer.Ordinal)
        {
            BuiltInRuleIds.KnownSpinnerPhrase, BuiltInRuleIds.WordClassMismatch, BuiltInRuleIds.BrokenContraction,
            BuiltInRuleIds.BrokenModalAgreement,
        };

        /// <summary>Whether findings of <paramref name="id"/> can count as certain swaps (<see cref="IsCertainSwap"/> decides each one).</summary>
        internal static bool IsSwapEvidence(string id) => SwapEvidenceIds.Contains(id);

        /// <summary>
        /// Whether a finding of <paramref name="id"/> over <paramref name="sourceSpan"/> is a certain swap: a finding of a
        /// rule of <see cref="IsSwapEvidence"/>, except a broken contraction that is a typing slip ("dont", "is'nt"), which
        /// a hurried writer leaves and a spinner does not.
        /// </summary>
        internal static bool IsCertainSwap(AnalyzedDocument document, string id, TextSpan sourceSpan)
        {
            if (!SwapEvidenceIds.Contains(id)) return false;
            if (id != BuiltInRuleIds.BrokenContraction) return true;
            var source = document.Source.Content;
            return sourceSpan.End > source.Length || !BrokenContractionRule.IsTypingSlip(source.AsSpan(sourceSpan.Start, sourceSpan.Length));
        }

        /// <summary>
        /// The spin score of a document given the findings of the other rules on it (those of
        /// <see cref="IsSwapEvidence"/> count), or null when the model is not available.
        /// </summary>
        internal static float? SpinScore(AnalyzedDocument document, IEnumerable<Diagnostic> findings)
        {
            var evidence = SwapEvidence.For(document);
            var classifier = ContextModelData.Instance?.Classifier;
            if (evidence is null || classifier?.DocumentWeights is null) return null;
            return evidence.SpinScore(classifier, CertainSwaps(document, findings));
        }

        /// <summary>The prose spans of the findings that count as certain swaps (<see cref="IsCertainSwap"/>).</summary>
        internal static List<TextSpan> CertainSwaps(AnalyzedDocument document, IEnumerable<Diagnostic> findings)
        {
            var certain = CertainSwapSourceSpans(document, findings);
            for (int i = 0; i < certain.Count; i++) certain[i] = ToProse(document, certain[i]);
            return certain;
        }

        /// <summary>The same findings' source spans, whole (where a finding's words are, to compare with another finding's).</summary>
        internal static List<TextSpan> CertainSwapSourceSpans(AnalyzedDocument document, IEnumerable<Diagnostic> findings)
        {
            var certain = new List<TextSpan>();
            foreach (var diagnostic in findings)
                if (diagnostic.Location.Kind != LocationKind.None && IsCertainSwap(document, diagnostic.Id, diagnostic.Location.SourceSpan))
                    certain.Add(diagnostic.Location.SourceSpan);
            return certain;
        }

        // The findings come back over the source; slots are over the prose (the same text for plain files).
        private static TextSpan ToProse(AnalyzedDocument document, TextSpan sourceSpan)
        {
            if (document.Prose.IsIdentity) return sourceSpan;
            // From the first token that could overlap (a binary search), not from the start: a walk from the start for
            // every finding made a large document quadratic.
            for (int i = document.TokenIndexAtSource(sourceSpan.Start); i < document.TokenCount; i++)
            {
                var token = document.GetToken(i);
                var source = document.Prose.ToSourceSpan(token.Span);
                if (source.OverlapsWith(sourceSpan)) return token.Span;
                if (source.Start >= sourceSpan.End) break;
            }

            return default;
        }

        /// <summary>
        /// The spin score of a document and the threshold that applies to it, below the threshold as well as above, for
        /// reports that show every document's score; <paramref name="findings"/> are the run's findings on it (rule ID
        /// and source span). Null where the rule would not score the document (no model, fewer than 80 words).
        /// </summary>
        public static (float Score, float Threshold)? Measure(AnalyzedDocument document, IEnumerable<(string Id, TextSpan SourceSpan)> findings, RuleOptions options)
        {
            var evidence = SwapEvidence.For(document);
            var classifier = ContextModelData.Instance?.Classifier;
            if (evidence is null || classifier?.DocumentWeights is null || evidence.WordCount < MinimumWords) return null;
            var certain = new List<TextSpan>();
            foreach (var (id, span) in findings)
                if (IsCertainSwap(document, id, span)) certain.Add(ToProse(document, span));
            return (evidence.SpinScore(classifier, certain), ReadThreshold(options, classifier.DocumentThreshold));
        }

        private static void AnalyzeDocument(DocumentEndAnalysisContext context)
        {
            if (Verdict(context.Document, context.Diagnostics, context.Options) is not { } verdict || verdict.Score < verdict.Threshold) return;
            context.Report(Descriptor, FirstLine(context.Document), null,
                verdict.Score.ToString("F1", CultureInfo.InvariantCulture), verdict.Threshold.ToString("F1", CultureInfo.InvariantCulture));
        }

        /// <summary>
        /// Whether EL2900 calls the document spun (the one place that decides it; EL2010 reports middling slots in such
        /// a document). <paramref name="findings"/> are the other rules' findings on it, as a document-end action sees them.
        /// </summary>
        internal static bool CallsSpun(AnalyzedDocument document, ImmutableArray<Diagnostic> findings, RuleOptions options) =>
            Verdict(document, findings, options) is { } verdict && verdict.Score >= verdict.Threshold;

        // The score and the threshold that applies; null where the document is not scored (no model, under 80 words).
        private static (float Score, float Threshold)? Verdict(AnalyzedDocument document, ImmutableArray<Diagnostic> findings, RuleOptions options)
        {
            var evidence = SwapEvidence.For(document);
            var classifier = ContextModelData.Instance?.Classifier;
            if (evidence is null || classifier?.DocumentWeights is null || evidence.WordCount < MinimumWords) return null;
            return (evidence.SpinScore(classifier, CertainSwaps(document, findings)), ReadThreshold(options, classifier.DocumentThreshold));
        }

        // The first line of prose: from the first token to the end of its line.
        private static TextSpan FirstLine(AnalyzedDocument document)
        {
            var first = document.GetToken(0);
            var text = document.Text;
            int end = first.End;
            int blockEnd = document.Prose.Blocks.Length > 0 ? document.Prose.Blocks[0].End : text.Length;
            while (end < blockEnd && text[end] != '\n' && text[end] != '\r') end++;
            while (end > first.End && char.IsWhiteSpace(text[end - 1])) end--;
            return TextSpan.FromBounds(first.Start, end);
        }

        // editorial_lint.EL2900.threshold: the spin score at which a document is reported.
        private static float ReadThreshold(RuleOptions options, float fallback)
        {
            var value = options.GetRuleOption(BuiltInRuleIds.DocumentSpinScore, ThresholdOption.Name);
            return value is not null && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int t) && t >= 1 && t <= 1000
                ? t
                : fallback;
        }
    }
}

// An example C# rule plugin. EditorialLint compiles this file when the pack folder that holds it is
// loaded (--rules samples/plugins/house, or editorial_lint.rule_packs in an .editorconfig), against the
// public rule API of EditorialLint.Core. Compiled rules are cached by a hash of the source.
using System;
using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;

namespace House.Rules
{
    /// <summary>House.LongSentence: a sentence longer than the house limit (40 words unless configured).</summary>
    public sealed class LongSentenceRule : EditorialRule
    {
        public const string Id = "House.LongSentence";

        private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            Id,
            "Long sentence",
            "This sentence runs to {0} words; the house limit is {1}",
            "House",
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "Long sentences lose readers; split them.",
            helpLinkUri: "https://example.org/house-style#sentences");

        private const int DefaultMaxWords = 40;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        // Declared so that "editorial_lint.House.LongSentence.max_words = 25" is checked, not ignored.
        public override ImmutableArray<RuleOptionDescriptor> SupportedOptions => ImmutableArray.Create(
            RuleOptionDescriptor.Integer(Id, "max_words", "The most words a sentence may have.", 10, 200));

        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private static void AnalyzeSentence(SentenceAnalysisContext context)
        {
            int max = DefaultMaxWords;
            var configured = context.Options.GetRuleOption(Id, "max_words");
            if (configured is not null && int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) max = n;

            int words = 0;
            Token? over = null;
            foreach (var token in context.Tokens)
            {
                if (token.Kind != TokenKind.Word && token.Kind != TokenKind.Number) continue;
                words++;
                if (words == max + 1) over = token;
            }

            // Reported at the first word past the limit: where the sentence should have ended.
            if (over is { } first) context.Report(Descriptor, first.Span, null, words, max);
        }
    }
}

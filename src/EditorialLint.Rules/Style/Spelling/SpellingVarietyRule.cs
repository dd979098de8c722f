using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>
    /// EL3011: a word spelt the British way in an American article or the other way round ("colour" and "color"). With
    /// <c>editorial_lint.spelling.locale</c> set, every word of the other variety is reported; unset, an article that
    /// uses both is held to the variety it uses more (the first on a tie). The pairs come from the Hunspell dictionaries
    /// (a British form that en_US lacks, one or two regular changes from an American form). Runs after the other rules so
    /// that a word EL3051's short list already reported is not reported twice.
    /// </summary>
    public sealed class SpellingVarietyRule : EditorialRule
    {
        /// <summary>EL3011.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.SpellingVariety,
            "Mixed British and American spelling",
            "'{0}' is the {1} spelling; this article uses {2} spelling ('{3}')",
            RuleCategories.Style,
            DiagnosticSeverity.Info,
            "A word spelt in the other variety of English than the configured locale or the rest of the article.");

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override ImmutableArray<RuleOptionDescriptor> SupportedOptions => SpellingOptions.Descriptors;

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentEndAction(AnalyzeDocument);

        private static void AnalyzeDocument(DocumentEndAnalysisContext context)
        {
            var document = context.Document;
            var dictionary = SpellingDictionary.Default;
            var lookups = SpellingLookups.For(document);
            List<(TextSpan Span, bool British, int Variant)>? found = null;
            int british = 0, american = 0;
            bool britishFirst = false;

            foreach (var sentence in document.Sentences)
            {
                var tokens = document.GetTokens(sentence);
                for (int i = 0; i < tokens.Length; i++)
                {
                    if (tokens[i].Kind != TokenKind.Word) continue;
                    if (!lookups.IsCheckable(document, tokens, sentence.FirstToken, i, tokens[i].Span, out _)) continue;
                    int offset = lookups.Find(document.GetText(tokens[i]), out byte flags);
                    if (offset < 0 || (flags & SpellingTableFormat.HasVariant) == 0) continue;
                    bool isBritish = (flags & SpellingTableFormat.American) == 0;
                    // A form both dictionaries hold ("realize": en_GB accepts -ize) belongs to neither side.
                    if (!isBritish && (flags & SpellingTableFormat.British) != 0) continue;
                    int variant = dictionary.VariantOf(offset);
                    if (variant < 0) continue;
                    if (british == 0 && american == 0) britishFirst = isBritish;
                    if (isBritish) british++;
                    else american++;
                    (found ??= new List<(TextSpan, bool, int)>()).Add((tokens[i].Span, isBritish, variant));
                }
            }

            if (found is null) return;
            var locale = SpellingOptions.GetLocale(context.Options);
            bool articleIsBritish;
            if (locale == SpellingLocale.British) articleIsBritish = true;
            else if (locale == SpellingLocale.American) articleIsBritish = false;
            else if (british == 0 || american == 0) return;
            else articleIsBritish = british != american ? british > american : britishFirst;

            var alreadyReported = SpellingFindings.StartsOf(context.Diagnostics, BuiltInRuleIds.MixedSpelling);
            foreach (var (span, isBritish, variant) in found)
            {
                if (isBritish == articleIsBritish) continue;
                if (alreadyReported is not null && alreadyReported.Contains(document.GetLocation(span).SourceSpan.Start)) continue;
                var word = document.GetString(span);
                var replacement = SpellingFindings.MatchCase(word, dictionary.FormAt(variant));
                // Unattended only where the user chose the locale.
                var fix = new ProseFix(span, replacement, isSafe: locale != SpellingLocale.Unset, "Respell as '" + replacement + "'");
                context.Report(Descriptor, span, fix, word, isBritish ? "British" : "American", articleIsBritish ? "British" : "American", replacement);
            }
        }
    }
}

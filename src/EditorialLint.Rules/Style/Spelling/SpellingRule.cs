using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>
    /// EL3010: a word that is in neither the American nor the British dictionary nor common in the n-gram counts, with
    /// suggestions ranked by edit distance, keyboard adjacency and frequency in context. Quiet by design (see
    /// <see cref="SpellingCandidates"/>): names, code, addresses and words the article itself uses three or more times are
    /// left alone; a user word list adds or rejects words. Runs after the other rules, so that a word one of them
    /// reported is not reported twice.
    /// </summary>
    public sealed class SpellingRule : EditorialRule
    {
        /// <summary>EL3010.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.Spelling,
            "Spelling",
            "'{0}' is not in the dictionary{1}",
            RuleCategories.Style,
            DiagnosticSeverity.Warning,
            "A word that no English dictionary the tool ships knows and that the article does not use often, usually a typing slip.");

        /// <summary>
        /// The property of a finding that holds the full path of the word list in force (<c>editorial_lint.spelling.words</c>),
        /// for the language server's "Add to word list".
        /// </summary>
        public const string WordListProperty = "spellingWordList";

        /// <summary>An article that uses a word this often means it (a name, a term of art).</summary>
        public const int RepeatsThatMakeAWordIntended = 3;

        private const int SuggestionCount = 3;

        // The best suggestion is applied unattended only when it is one cheap edit away and beats the next by this much.
        private const double SafeMargin = 2.5;
        private const double SafeCost = 1.0;
        private const int MinimumSafeLength = 6;
        internal const double CheapSlip = 0.8;
        private const double MaxCost = 1.0;
        private const int LongWord = 9;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override ImmutableArray<RuleOptionDescriptor> SupportedOptions => SpellingOptions.Descriptors;

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentEndAction(AnalyzeDocument);

        // A document-end action: a word another rule already reported ("dont" as a broken contraction, a glued word)
        // is not reported twice.
        private static void AnalyzeDocument(DocumentEndAnalysisContext context)
        {
            var document = context.Document;
            var dictionary = SpellingDictionary.Default;
            var model = ContextModelData.Instance;
            var lookups = SpellingLookups.For(document);
            var words = SpellingOptions.GetWords(context.Options);
            var wordListPath = SpellingOptions.GetWordListPath(context.Options);
            List<(int Token, TextSpan Part, bool StartsSentence)>? unknown = null;

            foreach (var sentence in document.Sentences)
            {
                var tokens = document.GetTokens(sentence);
                lookups.PrefetchNewWords(document, tokens);
                for (int i = 0; i < tokens.Length; i++)
                {
                    if (tokens[i].Kind != TokenKind.Word) continue;
                    var token = tokens[i];
                    // A hyphenated word the dictionary knows without its hyphens ("co-ordinated") is fine.
                    if (HasHyphen(document.Text, token) && SpellingVocabulary.IsKnown(dictionary, model, WithoutHyphens(document.GetText(token)).AsSpan())) continue;
                    // Hyphenated words are checked part by part ("well-knwon").
                    int start = token.Start;
                    for (int k = token.Start; k <= token.End; k++)
                    {
                        if (k < token.End && document.Text[k] != '-') continue;
                        var part = TextSpan.FromBounds(start, k);
                        start = k + 1;
                        if (!lookups.IsCheckable(document, tokens, sentence.FirstToken, i, part, out bool startsSentence)) continue;
                        var text = document.Text.AsSpan(part.Start, part.Length);
                        bool rejected = words.Rejects(text);
                        if (!rejected && (lookups.IsKnown(text) || words.Accepts(text))) continue;
                        (unknown ??= new List<(int, TextSpan, bool)>()).Add((sentence.FirstToken + i, part, startsSentence && !rejected));
                    }
                }
            }

            if (unknown is null) return;
            var reported = SpellingFindings.StartsOf(context.Diagnostics);
            Dictionary<string, int>? uses = null;
            foreach (var (tokenIndex, part, startsSentence) in unknown)
            {
                if (reported is not null && reported.Contains(document.GetLocation(part).SourceSpan.Start)) continue;
                var word = document.GetString(part);
                bool rejected = words.Rejects(word);
                // Every unknown word's uses are counted together, once, when the first one asks.
                uses ??= WordUses.Count(document.Text, UnknownWords(document, unknown));
                int used = rejected ? 1 : uses[word];
                if (used >= RepeatsThatMakeAWordIntended) continue;
                // A capitalised first word used again in the article is a name; a short one is too.
                if (startsSentence && (used > 1 || word.Length < 5)) continue;
                var lower = word.ToLowerInvariant();
                string? previous = PreviousWord(document, tokenIndex, part), next = NextWord(document, tokenIndex, part);
                var suggestions = SpellingSuggester.Suggest(dictionary, lower, previous, next, SuggestionCount, twoEdits: false);
                // A compound or derivation of known words ("paycuts", "unreformable") stands, unless a very common word is
                // one cheap edit away ("untill" is not "un" + "till").
                if (!rejected && SpellingVocabulary.IsDerived(dictionary, model, word.AsSpan())
                    && !(suggestions.Count > 0 && suggestions[0].Cost <= SafeCost && SpellingVocabulary.IsVeryCommon(model, suggestions[0].Word))) continue;
                // Only long words are worth a second edit: a short word with no dictionary word one edit away is a
                // coinage or a loanword far more often than a slip. Not at a sentence start: a word two edits away costs
                // more than a clear slip there may (IsClearSlipAtSentenceStart), so the search could only be thrown away.
                if (suggestions.Count == 0 && (rejected || word.Length >= LongWord) && !(startsSentence && SpellingSuggester.CheapestTwoEdits > CheapSlip))
                    suggestions = SpellingSuggester.Suggest(dictionary, lower, previous, next, SuggestionCount, twoEdits: true);
                if (suggestions.Count == 0 && !rejected) continue;
                if (!rejected && suggestions[0].Cost > MaxCost && word.Length < LongWord) continue;
                if (startsSentence && !IsClearSlipAtSentenceStart(model, word, suggestions)) continue;
                Report(context, part, Fix(part, word, suggestions), wordListPath, word, Describe(word, suggestions));
            }
        }

        // Sentences start with names more often than with slips: only a common word one cheap edit away (a swap, a
        // doubled letter, a neighbouring key, a vowel), suggested for a word of five letters or more, outweighs that.
        private static bool IsClearSlipAtSentenceStart(ContextModelData? model, string word, List<SpellingSuggestion> suggestions) =>
            word.Length >= 5 && suggestions.Count > 0 && suggestions[0].Cost <= CheapSlip && char.IsLower(suggestions[0].Word[0])
            && SpellingVocabulary.IsVeryCommon(model, suggestions[0].Word);

        private static bool HasHyphen(string text, Token token) => text.IndexOf('-', token.Start, token.Length) >= 0;

        private static string WithoutHyphens(ReadOnlySpan<char> word) => word.ToString().Replace("-", string.Empty);

        private static void Report(DocumentEndAnalysisContext context, TextSpan span, ProseFix? fix, string? wordListPath, params object?[] args)
        {
            var diagnostic = context.Document.CreateDiagnostic(Descriptor, span, fix, null, args);
            if (wordListPath is not null)
            {
                var properties = diagnostic.Properties.SetItem(WordListProperty, wordListPath);
                diagnostic = Diagnostic.Create(Descriptor, diagnostic.Location, diagnostic.AdditionalLocations, properties, args);
            }

            context.ReportDiagnostic(diagnostic);
        }

        private static ProseFix? Fix(TextSpan span, string word, List<SpellingSuggestion> suggestions)
        {
            if (suggestions.Count == 0) return null;
            var best = suggestions[0];
            // Unattended only for a word of six letters or more whose best suggestion is one edit away, clearly ahead of
            // the next, known next to the neighbouring words, and far more common in the corpus than the word itself.
            bool clear = word.Length >= MinimumSafeLength && best.Cost <= SafeCost && (suggestions.Count == 1 || best.Score - suggestions[1].Score >= SafeMargin)
                && best.FitsContext && SpellingVocabulary.IsFarRarerThan(ContextModelData.Instance, word.ToLowerInvariant(), best.Word);
            var replacement = SpellingFindings.MatchCase(word, best.Word);
            return new ProseFix(span, replacement, isSafe: clear, "Replace with '" + replacement + "'");
        }

        private static string Describe(string word, List<SpellingSuggestion> suggestions)
        {
            if (suggestions.Count == 0) return string.Empty;
            var text = new StringBuilder("; did you mean ");
            for (int i = 0; i < suggestions.Count; i++)
            {
                if (i > 0) text.Append(i == suggestions.Count - 1 ? " or " : ", ");
                text.Append('\'').Append(SpellingFindings.MatchCase(word, suggestions[i].Word)).Append('\'');
            }

            return text.Append('?').ToString();
        }

        private static IEnumerable<string> UnknownWords(AnalyzedDocument document, List<(int Token, TextSpan Part, bool StartsSentence)> unknown)
        {
            foreach (var (_, part, _) in unknown) yield return document.GetString(part);
        }

        private static string? PreviousWord(AnalyzedDocument document, int tokenIndex, TextSpan part)
        {
            if (part.Start != document.GetToken(tokenIndex).Start) return null;
            if (tokenIndex == 0) return null;
            var previous = document.GetToken(tokenIndex - 1);
            return previous.Kind == TokenKind.Word ? document.GetString(previous) : null;
        }

        private static string? NextWord(AnalyzedDocument document, int tokenIndex, TextSpan part)
        {
            if (part.End != document.GetToken(tokenIndex).End) return null;
            if (tokenIndex + 1 >= document.TokenCount) return null;
            var next = document.GetToken(tokenIndex + 1);
            return next.Kind == TokenKind.Word ? document.GetString(next) : null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Rules.Wording.Lexicon;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Wording
{
    /// <summary>
    /// EL2006: two words glued together in prose ("encryptionSecret Key"), as machine translation and careless
    /// copying leave them. Fires on a lower-case word of three letters or more joined to a capitalised word, both
    /// known to the lexicon. Brand forms stay: a single-letter prefix ("iPhone", "eBay"), a capitalised start
    /// ("PayPal", "McDonald's", "YouTube") and the lower-case brands in <see cref="Brands"/> ("easyJet"). Code names
    /// written in prose stay too: a word of three parts or more ("addEventListener"), and every such word of a document
    /// that names three or more different ones (a text about code, not a translation that lost its spaces). A form the
    /// document writes twice, or also with a capital ("roomLift" and "RoomLift"), is a name (a product, a service): a
    /// lost space does not fall the same way twice.
    /// </summary>
    public sealed class GluedWordsRule : EditorialRule
    {
        /// <summary>EL2006.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.GluedWords,
            "Words glued together",
            "'{0}' looks like two words glued together: '{1}'",
            RuleCategories.Wording,
            DiagnosticSeverity.Warning,
            "A lower-case word runs into a capitalised one with no space between, as machine translation and copying leave them.");

        // Brands written in lower camel case with a prefix of three letters or more. Shorter prefixes and capitalised
        // brands never fire, so they need no entry.
        private static readonly WordTable<bool> Brands = WordTable.CreateSet(new[]
        {
            "easyJet", "easyGroup", "easyCar", "easyHotel", "easyCruise", "easyMobile", "easyBus", "easyInternetcafe",
            "easyEverything", "easyCinema", "easyMusic", "easyPizza", "bitTorrent", "ebookers", "lastFM", "openSUSE",
            "watchOS", "tvOS", "macOS", "iPadOS", "visionOS", "smartCard", "freeSat", "comScore", "dotCom",
        }, ignoreCase: false);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private static readonly object CamelCaseKey = new object();

        // Documents that name this many different camel-case words write about code.
        private const int CodeNamesInDocument = 3;

        private static void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            var camelCase = document.GetShared(CamelCaseKey, d => CamelCaseWords.Of(d));
            if (camelCase.Distinct >= CodeNamesInDocument) return;
            var lexicon = PartOfSpeechLexicon.Default;
            var prose = document.Text;
            foreach (var token in context.Tokens)
            {
                if (token.Kind != TokenKind.Word || token.Length < 6) continue;
                var text = document.GetText(token);
                if (!char.IsLower(text[0])) continue;
                int hump = FindHump(text);
                if (hump < 0) continue;

                // Handles, hashtags, file names and addresses are not prose.
                if (token.Start > 0 && IsGlue(prose[token.Start - 1])) continue;
                if (token.End < prose.Length && IsGlue(prose[token.End]) && token.End + 1 < prose.Length && !char.IsWhiteSpace(prose[token.End + 1])) continue;
                if (Brands.Contains(text) || camelCase.IsName(text)) continue;

                int secondEnd = hump + 1;
                while (secondEnd < text.Length && char.IsLower(text[secondEnd])) secondEnd++;
                if (secondEnd < text.Length && char.IsUpper(text[secondEnd])) continue; // three parts: a code name
                var first = text.Slice(0, hump);
                var second = text.Slice(hump, secondEnd - hump);
                if (second.Length < 3 || !IsKnownWord(lexicon, first) || !IsKnownWord(lexicon, second)) continue;

                bool twoWords = secondEnd == text.Length;
                string split = twoWords ? first.ToString() + " " + second.ToString() : first.ToString() + " " + text.Slice(hump).ToString();
                ProseFix? fix = twoWords ? new ProseFix(token.Span, split, isSafe: false, "Insert a space") : null;
                context.Report(Descriptor, token.Span, fix, text.ToString(), split);
            }
        }

        // The document's lower-camel-case words ("statusText", "roomLift"): how many different ones, and which are names.
        private sealed class CamelCaseWords
        {
            private readonly Dictionary<string, int> _uses = new Dictionary<string, int>(StringComparer.Ordinal);
            private readonly HashSet<string> _capitalised = new HashSet<string>(StringComparer.Ordinal);

            public int Distinct => _uses.Count;

            public static CamelCaseWords Of(AnalyzedDocument document)
            {
                var words = new CamelCaseWords();
                foreach (var token in document.Tokens)
                {
                    if (token.Kind != TokenKind.Word || token.Length < 6) continue;
                    var text = document.GetText(token);
                    if (char.IsUpper(text[0]) && text.Length > 1 && char.IsLower(text[1]))
                    {
                        // "RoomLift": its lower-case start may be written elsewhere ("a roomLift").
                        if (FindHump(text, 1) >= 0) words._capitalised.Add(char.ToLowerInvariant(text[0]) + text.Slice(1).ToString());
                        continue;
                    }

                    if (!char.IsLower(text[0]) || FindHump(text) < 0) continue;
                    var form = text.ToString();
                    words._uses[form] = words._uses.TryGetValue(form, out int uses) ? uses + 1 : 1;
                }

                return words;
            }

            // Written twice, or also with a capital.
            public bool IsName(ReadOnlySpan<char> text)
            {
                var form = text.ToString();
                return (_uses.TryGetValue(form, out int uses) && uses > 1) || _capitalised.Contains(form);
            }
        }

        // The index of the first capital that follows a run of three or more lower-case letters from the start (or from
        // `from`, the letters before it taken as they are), or -1.
        private static int FindHump(ReadOnlySpan<char> text, int from = 0)
        {
            int i = from;
            while (i < text.Length && char.IsLower(text[i])) i++;
            if (i < 3 || i + 1 >= text.Length || !char.IsUpper(text[i]) || !char.IsLower(text[i + 1])) return -1;
            return i;
        }

        private static bool IsKnownWord(PartOfSpeechLexicon lexicon, ReadOnlySpan<char> word) =>
            lexicon.TryGetLowerCase(word, out var entry) && (entry.Parts & ~PartsOfSpeech.ProperNoun & ~PartsOfSpeech.InTaggedLexicon) != 0;

        private static bool IsGlue(char c) => c == '#' || c == '@' || c == '.' || c == '/' || c == '_' || c == ':' || c == '\\' || c == '=';
    }
}

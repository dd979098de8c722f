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
    /// EL2002: a word in a slot its parts of speech cannot fill. An article spinner swaps a noun for a synonym of its
    /// adjective homograph ("a fine of 500,000 euros" → "a nice of"; "a country is" → "a rustic is"), leaving an
    /// adjective where only a noun can stand: between "a"/"an" and "of", a finite verb or a possessive. The word must
    /// be an adjective and nothing else in news use (Brill lexicon), with no attested noun sense in WordNet; a rare
    /// WordNet noun ("a rustic") counts only for known spinner swaps.
    /// </summary>
    public sealed class WordClassMismatchRule : EditorialRule
    {
        /// <summary>EL2002.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.WordClassMismatch,
            "Adjective where a noun must stand",
            "'{0}' is an adjective, but it stands where a noun must ({1}){2}",
            RuleCategories.Wording,
            DiagnosticSeverity.Warning,
            "An adjective stands in a noun's place, the mark of a spinner that swapped a noun for a synonym of its adjective homograph.");

        // Determiners that need a noun after them (and, unlike "the", do not make adjectives into nouns: "the rich").
        private static readonly string[] Determiners = { "a", "an", "another", "every", "each" };

        // Finite verbs that can follow a singular subject directly.
        private static readonly string[] FiniteVerbs =
        {
            "is", "was", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did", "shall",
        };

        // Spinners' favourite swaps of this kind: the adjective they put in, the noun that stood there. Only these get a
        // suggestion; for any other adjective the rule cannot know the noun.
        private static readonly Dictionary<string, string> KnownSwaps = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["nice"] = "fine", ["superb"] = "fine", ["excellent"] = "fine", ["wonderful"] = "fine", ["lovely"] = "fine",
            ["rustic"] = "country", ["rural"] = "country", ["pastoral"] = "country", ["bucolic"] = "country", ["agrarian"] = "country",
        };

        // Adjectives that take an "of" complement, so "an unheard of feat" is grammatical.
        private static readonly HashSet<string> TakesOf = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "unheard", "aware", "afraid", "capable", "full", "proud", "fond", "worthy", "ashamed", "devoid", "mindful",
            "wary", "reminiscent", "indicative", "typical", "independent", "conscious", "jealous", "tired", "sick",
        };

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private static void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            var tokens = context.Tokens;
            var lexicon = PartOfSpeechLexicon.Default;
            for (int i = 0; i + 1 < tokens.Length; i++)
            {
                if (!WordingText.IsAnyWord(document, tokens[i], Determiners)) continue;
                var word = tokens[i + 1];
                if (word.Kind != TokenKind.Word) continue;
                var text = document.GetText(word);
                // Capitalised words are names or nationalities ("an American is").
                if (!WordingText.StartsLower(text)) continue;

                // Hyphenated compounds ("a wrap-up of") are nouns as often as adjectives.
                if (text.IndexOf('-') >= 0) continue;
                bool possessive = WordingText.EndsWithPossessive(text);
                var bare = possessive ? text.Slice(0, text.Length - 2) : text;
                if (!IsAdjectiveOnly(lexicon, bare, out bool rareNoun)) continue;
                var bareText = bare.ToString();
                KnownSwaps.TryGetValue(bareText, out var noun);
                // WordNet knows a rare noun sense ("a mobile", "a bisexual"): only a known spinner swap is evidence enough.
                if (rareNoun && noun is null) continue;

                string slot;
                if (possessive)
                {
                    slot = "before a possessive 's";
                }
                else if (i + 2 < tokens.Length && WordingText.IsWord(document, tokens[i + 2], "of") && !TakesOf.Contains(bareText))
                {
                    slot = "before 'of'";
                }
                else if (i + 2 < tokens.Length && WordingText.IsAnyWord(document, tokens[i + 2], FiniteVerbs))
                {
                    slot = "as the subject of '" + document.GetString(tokens[i + 2]) + "'";
                }
                else
                {
                    continue;
                }

                string suggestion = noun is null ? string.Empty : "; the original was probably '" + noun + "'";
                var span = possessive ? new Microsoft.CodeAnalysis.Text.TextSpan(word.Start, bare.Length) : word.Span;
                ProseFix? fix = noun is null ? null : new ProseFix(span, noun, isSafe: false, "Replace with '" + noun + "'");
                context.Report(Descriptor, span, fix, bareText, slot, suggestion);
            }
        }

        // An adjective in news use and nothing else: Brill knows the form and gives it only adjective tags, and
        // WordNet has no noun or verb sense of it that its sense-tagged corpus ever met.
        private static bool IsAdjectiveOnly(PartOfSpeechLexicon lexicon, ReadOnlySpan<char> word, out bool rareNoun)
        {
            rareNoun = false;
            if (!lexicon.TryGetExact(word, out var entry)) return false;
            var parts = entry.Parts;
            if ((parts & PartsOfSpeech.InTaggedLexicon) == 0 || (parts & PartsOfSpeech.Adjective) == 0) return false;
            const PartsOfSpeech Allowed = PartsOfSpeech.Adjective | PartsOfSpeech.InTaggedLexicon;
            if ((parts & PartsOfSpeech.TaggedLexiconParts & ~Allowed) != 0) return false;
            const PartsOfSpeech OtherSenses = PartsOfSpeech.WordNetNounAttested | PartsOfSpeech.WordNetNounPlural
                | PartsOfSpeech.WordNetVerb | PartsOfSpeech.WordNetVerbForm;
            rareNoun = (parts & PartsOfSpeech.WordNetNoun) != 0;
            return (parts & OtherSenses) == 0;
        }
    }
}

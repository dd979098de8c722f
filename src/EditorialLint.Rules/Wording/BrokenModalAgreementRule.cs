using System;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Rules.Wording.Lexicon;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Wording
{
    /// <summary>
    /// EL2004: subject and verb that disagree where a spinner rewrote a modal. "Authorities might be confused" becomes
    /// "authorities is perhaps confused": "might" turned into the adverb "perhaps" and "be" into "is", which no longer
    /// agrees with the plural subject. Reported on the verb and the adverb, with the modal as the suggestion.
    /// </summary>
    public sealed class BrokenModalAgreementRule : EditorialRule
    {
        /// <summary>EL2004.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.BrokenModalAgreement,
            "Agreement broken around a swapped modal",
            "'{0}' does not agree with '{1}'; the original was probably '{2}'",
            RuleCategories.Wording,
            DiagnosticSeverity.Warning,
            "A singular verb after a plural subject (or the reverse) followed by an adverb of possibility: the trace of a spinner that rewrote \"might be\" as \"is perhaps\".");

        // Adverbs a spinner substitutes for "might", "may" or "could".
        private static readonly string[] ModalAdverbs = { "perhaps", "maybe", "possibly", "presumably", "conceivably", "potentially" };

        // Words after which a plural noun is the head of a new subject ("the fact that authorities is ...").
        private static readonly string[] SubjectOpeners =
        {
            "that", "when", "if", "because", "while", "whereas", "although", "though", "since", "unless", "whether",
            "and", "but", "so", "as", "where", "the", "these", "those", "many", "some", "most", "all", "such", "other",
            "several", "both", "few", "two", "three", "four", "five", "his", "her", "its", "their", "our", "my", "your",
        };

        private static readonly string[] PluralPronouns = { "we", "they", "you" };
        private static readonly string[] SingularPronouns = { "he", "she", "it" };

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private static void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            var tokens = context.Tokens;
            var lexicon = PartOfSpeechLexicon.Default;
            for (int i = 1; i + 1 < tokens.Length; i++)
            {
                var verb = tokens[i];
                if (verb.Kind != TokenKind.Word || !WordingText.IsAnyWord(document, tokens[i + 1], ModalAdverbs)) continue;
                var subject = tokens[i - 1];
                if (subject.Kind != TokenKind.Word) continue;

                bool singularVerb = WordingText.IsWord(document, verb, "is") || WordingText.IsWord(document, verb, "was") || WordingText.IsWord(document, verb, "has");
                bool pluralVerb = WordingText.IsWord(document, verb, "are") || WordingText.IsWord(document, verb, "were") || WordingText.IsWord(document, verb, "have");
                if (!singularVerb && !pluralVerb) continue;
                // Only spaces between the three words: a comma or a line break means another construction.
                if (!WordingText.OnlySpacesBetween(document, subject.End, verb.Start) || !WordingText.OnlySpacesBetween(document, verb.End, tokens[i + 1].Start)) continue;

                bool clash = singularVerb
                    ? WordingText.IsAnyWord(document, subject, PluralPronouns) || IsPluralSubjectHead(document, lexicon, tokens, i - 1)
                    : WordingText.IsAnyWord(document, subject, SingularPronouns);
                if (!clash) continue;

                bool perfect = WordingText.IsWord(document, verb, "has") || WordingText.IsWord(document, verb, "have");
                string modal = WordingText.IsWord(document, verb, "was") || WordingText.IsWord(document, verb, "were")
                    ? (perfect ? "might have" : "might have been")
                    : (perfect ? "might have" : "might be");
                var span = TextSpan.FromBounds(verb.Start, tokens[i + 1].End);
                var fix = new ProseFix(span, modal, isSafe: false, "Replace with '" + modal + "'");
                context.Report(Descriptor, span, fix, document.GetString(span), document.GetString(subject), modal);
            }
        }

        // A plural common noun that heads the subject: not "series" or "news" (which can be singular), not a name, and
        // not the object of a preposition ("the role of authorities is perhaps ...", where "role" is the subject).
        private static bool IsPluralSubjectHead(AnalyzedDocument document, PartOfSpeechLexicon lexicon, ReadOnlySpan<Token> tokens, int index)
        {
            var text = document.GetText(tokens[index]);
            bool sentenceStart = index == 0;
            if (!sentenceStart && !WordingText.StartsLower(text)) return false;
            if (!lexicon.TryGet(text, out var entry)) return false;
            const PartsOfSpeech SingularUses = PartsOfSpeech.Noun | PartsOfSpeech.ProperNoun;
            if ((entry.Parts & PartsOfSpeech.PluralNoun) == 0 || (entry.Parts & SingularUses) != 0) return false;
            // Brill gives many plurals a rare verb tag ("inspectors" VBZ); a verb use must be the main one to count.
            if ((entry.Parts & PartsOfSpeech.VerbThirdPersonSingular) != 0 && entry.Primary != PartsOfSpeech.PluralNoun) return false;

            // Walk left over adjectives to what opens the noun phrase.
            int j = index - 1;
            while (j >= 0 && tokens[j].Kind == TokenKind.Word && IsAdjective(lexicon, document.GetText(tokens[j]))) j--;
            if (j < 0) return true;
            var opener = tokens[j];
            if (opener.Kind == TokenKind.Punctuation) return document.Text[opener.Start] != '\'' && document.Text[opener.Start] != '\u2019';
            return WordingText.IsAnyWord(document, opener, SubjectOpeners);
        }

        private static bool IsAdjective(PartOfSpeechLexicon lexicon, ReadOnlySpan<char> word) =>
            lexicon.TryGet(word, out var entry) && entry.Primary == PartsOfSpeech.Adjective;
    }
}

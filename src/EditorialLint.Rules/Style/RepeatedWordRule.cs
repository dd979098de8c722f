using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Style
{
    /// <summary>
    /// EL3001: the same word twice in a row ("the the"), also across line breaks and inline markup. Reported on the second
    /// word, the one to delete. Grammatical doubles (<i>had had</i>, <i>that that</i> before a clause, <i>what it is is</i>, a
    /// verb then its noun in <i>to record record profits</i>), reduplication and interjections (<i>bye bye</i>, <i>ha ha</i>)
    /// and names (<i>Bora Bora</i>) are left alone.
    /// </summary>
    public sealed class RepeatedWordRule : EditorialRule
    {
        /// <summary>EL3001.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.RepeatedWord,
            "Repeated word",
            "'{0}' is repeated",
            RuleCategories.Style,
            DiagnosticSeverity.Warning,
            "The same word stands twice in a row, usually a slip left by an edit.");

        // Reduplicated words, interjections and intensifiers English doubles on purpose, and names that are doubles.
        // A list: a double caught or spared only because it is named here.
        private static readonly HashSet<string> Reduplications = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "bye", "ha", "hah", "haha", "he", "hee", "ho", "ok", "okay", "no", "yes", "so", "very", "really", "far", "way",
            "well", "now", "there", "knock", "tut", "tsk", "chop", "yada", "blah", "bla", "la", "na", "yum", "boo", "choo",
            "cha", "meow", "woof", "hip", "night", "bang", "beep", "honk", "dum", "tom", "pom", "bon", "go", "come", "again",
            "more", "many", "much", "round", "over", "bora", "walla", "baden", "sing", "pago", "mahi", "cous", "ylang",
            "sirhan", "duran", "bafana", "wagga", "bulla", "mau", "tora", "dik", "tse", "aye", "quack", "oink", "tick",
        };

        // Words that cannot be the demonstrative "that" + noun after "that that": "that that this …" is a slip.
        private static readonly HashSet<string> CannotFollowThatThat = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "this", "these", "those", "the", "a", "an", "he", "she", "they", "we", "i", "you", "his", "their", "our", "my",
            "your", "its",
        };

        // Function words: a double of these is never a verb followed by its noun ("to on on" is a slip).
        private static readonly HashSet<string> FunctionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are",
            "was", "were", "be", "been", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do",
            "does", "did", "have", "has", "it", "its", "this", "that", "these", "those", "his", "her", "their", "our", "my",
            "your", "he", "she", "they", "we", "i", "you", "not", "if", "so", "than", "then", "into", "about",
        };

        private static readonly HashSet<string> Modals = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should",
        };

        private static readonly HashSet<string> Prepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "to", "of", "in", "on", "at", "with", "about", "for", "by", "from", "like", "after", "before", "than",
        };

        private static readonly HashSet<string> FormsOfBe = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "is", "are", "was", "were", "be", "been", "am", "being", "it's", "that's",
        };

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private static void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            var tokens = context.Tokens;
            for (int i = 1; i < tokens.Length; i++)
            {
                var previous = tokens[i - 1];
                var current = tokens[i];
                if (previous.Kind != TokenKind.Word || current.Kind != TokenKind.Word) continue;
                if (previous.Length != current.Length) continue;

                var word = document.GetText(current);
                if (!word.Equals(document.GetText(previous), StringComparison.OrdinalIgnoreCase)) continue;
                if (!document.IsOnlyWhitespaceBetween(previous.End, current.Start)) continue;
                // A heading or paragraph that ends on the word the next one starts with is no slip.
                if (HasBlankLine(document.Text, previous.End, current.Start)) continue;

                var text = word.ToString();
                if (IsIntended(document, tokens, i, text)) continue;

                // Remove the second word and the space before it.
                var removal = TextSpan.FromBounds(previous.End, current.End);
                var fix = new ProseFix(removal, string.Empty, isSafe: true, "Remove the repeated word");
                context.Report(Descriptor, current.Span, fix, text);
            }
        }

        // Whether the double at tokens[i - 1], tokens[i] is grammatical or deliberate.
        private static bool IsIntended(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int i, string text)
        {
            string before = i >= 2 && tokens[i - 2].Kind == TokenKind.Word ? document.GetString(tokens[i - 2]) : string.Empty;
            string after = i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word ? document.GetString(tokens[i + 1]) : string.Empty;
            string first = document.GetString(tokens[i - 1]);

            // Part of a longer name glued to what comes before ("E.ON on").
            if (i >= 2 && tokens[i - 2].End == tokens[i - 1].Start) return true;
            // Single letters spelled out ("b a s i c", "O O O"), except the words "a" and "I".
            if (text.Length == 1 && !text.Equals("a", StringComparison.OrdinalIgnoreCase) && !text.Equals("I", StringComparison.OrdinalIgnoreCase))
                return true;
            if (text.Equals("I", StringComparison.OrdinalIgnoreCase)) return false;
            // A run of three ("ha ha ha", "ok ok ok") or a word already said just before ("brunch, brunch brunch").
            if (i + 1 < tokens.Length && SameWord(document, tokens[i + 1], text)) return true;
            if (i >= 2 && SameWord(document, tokens[i - 2], text)) return true;
            if (i >= 3 && tokens[i - 2].Kind == TokenKind.Punctuation && SameWord(document, tokens[i - 3], text)) return true;
            // An exclamation: "Wait wait!", "Stop stop!".
            if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Punctuation && document.Text[tokens[i + 1].Start] == '!') return true;
            // "a million million", "1.3 quadrillion quadrillion": multipliers multiply.
            if (text.EndsWith("illion", StringComparison.OrdinalIgnoreCase) || text.Equals("thousand", StringComparison.OrdinalIgnoreCase)
                || text.Equals("hundred", StringComparison.OrdinalIgnoreCase))
                return true;

            bool capitalised = char.IsUpper(first[0]);
            // "said Said Idriss", "law lord Lord Bingham": a name after the same word in lower case.
            if (!capitalised && char.IsUpper(text[0])) return true;
            bool atStart = i - 1 == 0;
            if (text.Equals("had", StringComparison.OrdinalIgnoreCase)) return true;
            if (IsParticleAfterVerb(text, before)) return true;
            // "Add to this this new law": a pronoun after a preposition, then the determiner.
            if ((text.Equals("this", StringComparison.OrdinalIgnoreCase) || text.Equals("that", StringComparison.OrdinalIgnoreCase))
                && Prepositions.Contains(before) && !CannotFollowThatThat.Contains(after))
                return true;
            if (text.Equals("that", StringComparison.OrdinalIgnoreCase)) return !CannotFollowThatThat.Contains(after);
            // "What it is is", "All it is is": a clause as subject.
            if (text.Equals("is", StringComparison.OrdinalIgnoreCase)) return SubjectClauseBefore(document, tokens, i - 1);
            // "do do" and "does does" only after a pronoun or "what" ("what it does does matter") – kept quiet.
            if (text.Equals("do", StringComparison.OrdinalIgnoreCase) || text.Equals("does", StringComparison.OrdinalIgnoreCase))
                return SubjectClauseBefore(document, tokens, i - 1);
            if (Reduplications.Contains(text)) return true;

            // A noun then the modal: "The can can hold it", "May may come" (a name then the modal).
            if (Modals.Contains(text) && (IsDeterminer(before) || atStart && capitalised && !char.IsUpper(text[0]))) return true;
            // A verb then its noun: "to record record profits", "will address address problems".
            if (Modals.Contains(before) && !FunctionWords.Contains(text) && after.Length > 0) return true;

            if (capitalised && char.IsUpper(text[0]))
            {
                // "May May awake?": a name opening the sentence; "That is June June." after a verb: a slip.
                if (atStart) return !text.Equals("I", StringComparison.Ordinal);
                return !FormsOfBe.Contains(before);
            }

            return false;
        }

        private static bool HasBlankLine(string text, int start, int end)
        {
            int newlines = 0;
            for (int k = start; k < end; k++)
                if (text[k] == '\n') newlines++;
            return newlines >= 2;
        }

        // "an assault going on on the law", "logging in in May": a verb's particle, then the same word as a preposition.
        // Only after an -ing form: "placed in in the past" is a slip.
        private static bool IsParticleAfterVerb(string text, string before) =>
            (text.Equals("on", StringComparison.OrdinalIgnoreCase) || text.Equals("in", StringComparison.OrdinalIgnoreCase)
             || text.Equals("up", StringComparison.OrdinalIgnoreCase) || text.Equals("out", StringComparison.OrdinalIgnoreCase)
             || text.Equals("off", StringComparison.OrdinalIgnoreCase) || text.Equals("down", StringComparison.OrdinalIgnoreCase))
            && before.Length > 4 && before.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

        private static bool SameWord(AnalyzedDocument document, Token token, string text) =>
            token.Kind == TokenKind.Word && document.GetText(token).Equals(text.AsSpan(), StringComparison.OrdinalIgnoreCase);

        private static bool IsDeterminer(string word) =>
            word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
            || word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase)
            || word.Equals("my", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase)
            || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase);

        // "what/all … is is": a subject clause (what, all, thing, whatever) within the four words before the double.
        private static bool SubjectClauseBefore(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int firstOfDouble)
        {
            for (int k = firstOfDouble - 1; k >= 0 && k >= firstOfDouble - 4; k--)
            {
                if (tokens[k].Kind != TokenKind.Word) return false;
                var w = document.GetText(tokens[k]);
                if (w.Equals("what".AsSpan(), StringComparison.OrdinalIgnoreCase) || w.Equals("all".AsSpan(), StringComparison.OrdinalIgnoreCase)
                    || w.Equals("whatever".AsSpan(), StringComparison.OrdinalIgnoreCase) || w.Equals("thing".AsSpan(), StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return false;
        }
    }
}

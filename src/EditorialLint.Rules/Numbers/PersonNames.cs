using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Numbers;
using EditorialLint.Tokens;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// Who a fact about a person belongs to: the capitalised run next to an age or a birth year ("Ada Okafor, 31,",
    /// "Okafor, born in 1990,"). Its last word is the surname; the whole run is the full name when it has two words.
    /// Shared by <see cref="AgeConflictRule"/> and <see cref="BirthYearReader"/>, so both forms name people alike.
    /// </summary>
    internal static class PersonNames
    {
        private static readonly HashSet<string> NotNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "I", "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "You", "But", "And", "Or", "If", "As",
            "This", "That", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lady", "Lord", "Miss", "Prof", "Professor", "Judge", "Officer",
            "Chapter", "Section", "Article", "Page", "Room", "Route", "Highway", "Level", "Stage", "Round", "Game", "Act",
            "Psalm", "Number", "No", "Vol", "Part", "Episode", "Season", "Series", "Week", "Day", "Year", "Grade", "Class",
            "Born",
        };

        /// <summary>The name ending at token k (within the sentence starting at sentenceStart).</summary>
        public static bool NameBefore(AnalyzedDocument document, int k, int sentenceStart, out string surname, out string? fullName)
        {
            surname = string.Empty;
            fullName = null;
            if (k < sentenceStart || !IsName(document, k)) return false;
            int start = k;
            while (start - 1 >= sentenceStart && IsName(document, start - 1)) start--;
            // A lone capitalised word at the start of the sentence is often not a name ("Yesterday, 31 ...").
            if (start == k && start == sentenceStart && !NumberMentions.Get(document).IsName(Word(document, k).ToLowerInvariant())) return false;
            if (IsWordAt(document, start - 1, "when") || IsWordAt(document, start - 1, "then")) return false;
            surname = Word(document, k).ToLowerInvariant();
            fullName = k > start ? Run(document, start, k) : null;
            return true;
        }

        /// <summary>The name starting at token k (within the sentence ending before sentenceEnd).</summary>
        public static bool NameAfter(AnalyzedDocument document, int k, int sentenceEnd, out string surname, out string? fullName)
        {
            surname = string.Empty;
            fullName = null;
            if (k >= sentenceEnd || !IsName(document, k)) return false;
            int last = k;
            while (last + 1 < sentenceEnd && IsName(document, last + 1)) last++;
            surname = Word(document, last).ToLowerInvariant();
            fullName = last > k ? Run(document, k, last) : null;
            return true;
        }

        /// <summary>Whether token k is a capitalised word that can be part of a person's name.</summary>
        public static bool IsName(AnalyzedDocument document, int k)
        {
            if (k < 0 || k >= document.TokenCount) return false;
            var token = document.GetToken(k);
            if (token.Kind != TokenKind.Word || !char.IsUpper(document.Text[token.Start])) return false;
            var word = Word(document, k);
            if (word.Length < 2 || NotNames.Contains(word)) return false;
            if (QuantityLexicon.IsMonth(word) || QuantityLexicon.IsWeekday(word) || QuantityLexicon.IsPlace(word)) return false;
            // An all-capitals word is an acronym or a heading, not a surname.
            for (int i = 0; i < word.Length; i++)
                if (char.IsLower(word[i])) return true;
            return false;
        }

        /// <summary>The word at token k without a possessive "'s".</summary>
        public static string Word(AnalyzedDocument document, int k)
        {
            var word = document.GetString(document.GetToken(k));
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) word = word.Substring(0, word.Length - 2);
            return word;
        }

        /// <summary>Whether token k is a possessive ("Okafor's"): the fact that follows is about someone or something of theirs.</summary>
        public static bool IsPossessive(AnalyzedDocument document, int k)
        {
            if (k < 0 || k >= document.TokenCount) return false;
            var word = document.GetString(document.GetToken(k));
            return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);
        }

        /// <summary>Whether token k is the word given, in any case.</summary>
        public static bool IsWordAt(AnalyzedDocument document, int k, string word)
        {
            if (k < 0 || k >= document.TokenCount) return false;
            var token = document.GetToken(k);
            return token.Kind == TokenKind.Word && string.Equals(document.GetString(token), word, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Whether token k is the punctuation mark given.</summary>
        public static bool IsPunctAt(AnalyzedDocument document, int k, char c)
        {
            if (k < 0 || k >= document.TokenCount) return false;
            var token = document.GetToken(k);
            return token.Kind == TokenKind.Punctuation && document.Text[token.Start] == c;
        }

        private static string Run(AnalyzedDocument document, int from, int to)
        {
            var parts = new List<string>();
            for (int k = from; k <= to; k++) parts.Add(Word(document, k).ToLowerInvariant());
            return string.Join(" ", parts);
        }
    }
}

using System;
using System.Collections.Generic;
using EditorialLint.Tokens;

namespace EditorialLint.ModelBuilder
{
    /// <summary>
    /// Decides whether a corpus sentence is fit to count. The extractor that produced the Wikipedia text dropped
    /// templates and left gaps ("The campus covers .", "Name () is", "the of Brazil, ,"); counting those would teach
    /// the model that "covers ." and "the of" are English. A sentence with a gap signature is dropped whole.
    /// </summary>
    internal static class SentenceCleaner
    {
        private static readonly HashSet<string> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "the", "a", "an",
        };

        // Words that cannot follow a bare determiner: a gap where the noun phrase was dropped ("the of Brazil").
        private static readonly HashSet<string> NotAfterDeterminer = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "of", "in", "on", "at", "for", "with", "by", "from", "to", "and", "or", "but", "is", "was", "are", "were",
            "that", "which", "as", "the", "a", "an", "has", "have", "had",
        };

        // Prepositions that cannot be followed by a clause verb or closing punctuation ("negotiations with Europe on are").
        private static readonly HashSet<string> Prepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "of", "in", "on", "at", "with", "by", "from", "for", "to", "into", "between", "under", "over", "than", "about",
        };

        private static readonly HashSet<string> ClauseVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "is", "are", "was", "were", "has", "have", "had",
        };

        /// <summary>Why a sentence is dropped, or null when it is fit to count.</summary>
        public static string? Reject(string text, Token[] tokens, int first, int count)
        {
            if (count < 4) return "short";
            int words = 0;
            for (int i = first; i < first + count; i++)
                if (tokens[i].Kind == TokenKind.Word) words++;
            if (words < 3) return "short";

            if (!EndsLikeASentence(text, tokens, first, count)) return "no-terminator";

            for (int i = first; i < first + count; i++)
            {
                var token = tokens[i];
                char c = text[token.Start];
                bool punctuation = token.Kind == TokenKind.Punctuation;
                if (punctuation && IsClosingMark(c))
                {
                    // A space before closing punctuation, or closing punctuation first: a dropped word.
                    if (i == first) return "gap";
                    if (tokens[i - 1].End < token.Start) return "gap";
                    var before = tokens[i - 1];
                    if (before.Kind == TokenKind.Punctuation && (text[before.Start] == '(' || text[before.Start] == ',') && c != '.') return "gap";
                }

                if (punctuation && c == '(' && i + 1 < first + count)
                {
                    char next = text[tokens[i + 1].Start];
                    if (tokens[i + 1].Kind == TokenKind.Punctuation && (next == ')' || next == ',' || next == ';')) return "gap";
                }

                if (token.Kind != TokenKind.Word || i + 1 >= first + count) continue;
                var following = tokens[i + 1];
                string word = text.Substring(token.Start, token.Length);
                bool followingIsClosing = following.Kind == TokenKind.Punctuation && IsClosingMark(text[following.Start]);
                if (Determiners.Contains(word))
                {
                    if (followingIsClosing) return "gap";
                    if (following.Kind == TokenKind.Word && NotAfterDeterminer.Contains(text.Substring(following.Start, following.Length))
                        && !(word.Equals("a", StringComparison.OrdinalIgnoreCase) && char.IsUpper(word[0]) && i > first))
                        return "gap";
                }
                else if (Prepositions.Contains(word))
                {
                    if (followingIsClosing && text[following.Start] != '.') return "gap";
                    if (following.Kind == TokenKind.Word && ClauseVerbs.Contains(text.Substring(following.Start, following.Length))) return "gap";
                }
            }

            return null;
        }

        private static bool IsClosingMark(char c) => c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '%';

        // Headings and list fragments do not end with a full stop, question or exclamation mark.
        private static bool EndsLikeASentence(string text, Token[] tokens, int first, int count)
        {
            for (int i = first + count - 1; i >= first; i--)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Punctuation) return false;
                char c = text[token.Start];
                if (c == '.' || c == '!' || c == '?') return true;
                if (c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')') continue;
                return false;
            }

            return false;
        }
    }
}

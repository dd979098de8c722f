using System;
using EditorialLint.Analysis;
using EditorialLint.Tokens;

namespace EditorialLint.Rules.Wording
{
    /// <summary>Small allocation-free helpers over token text shared by the wording rules.</summary>
    internal static class WordingText
    {
        /// <summary>Whether a token is a word equal to <paramref name="word"/>, ignoring case.</summary>
        public static bool IsWord(AnalyzedDocument document, Token token, string word) =>
            token.Kind == TokenKind.Word && token.Length == word.Length
            && document.GetText(token).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a token is a word equal to one of <paramref name="words"/>, ignoring case.</summary>
        public static bool IsAnyWord(AnalyzedDocument document, Token token, string[] words)
        {
            if (token.Kind != TokenKind.Word) return false;
            var text = document.GetText(token);
            foreach (var w in words)
                if (text.Length == w.Length && text.Equals(w.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>Whether the text ends with a possessive "'s" (straight or typographic apostrophe).</summary>
        public static bool EndsWithPossessive(ReadOnlySpan<char> text) =>
            text.Length > 2 && (text[text.Length - 1] == 's' || text[text.Length - 1] == 'S') && Tokenizer.IsApostrophe(text[text.Length - 2]);

        /// <summary>Whether the first character is a lower-case letter.</summary>
        public static bool StartsLower(ReadOnlySpan<char> text) => text.Length > 0 && char.IsLower(text[0]);

        /// <summary>Whether the first character is an upper-case letter.</summary>
        public static bool StartsUpper(ReadOnlySpan<char> text) => text.Length > 0 && char.IsUpper(text[0]);

        /// <summary>Whether only spaces or tabs (no line break, no markup) stand between two prose offsets.</summary>
        public static bool OnlySpacesBetween(AnalyzedDocument document, int start, int end)
        {
            var text = document.Text;
            for (int i = start; i < end; i++)
                if (text[i] != ' ' && text[i] != '\t' && text[i] != '\u00A0') return false;
            return true;
        }
    }
}

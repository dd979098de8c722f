using System;
using EditorialLint.Analysis;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>
    /// Which words the spelling rules look at at all. Quiet by design: a capitalised word inside a sentence is taken for a
    /// name, and words with digits or inner capitals, abbreviations, non-English letters, parts of URLs, e-mail addresses,
    /// handles and hashtags are left alone (code is not prose, so it never reaches here).
    /// </summary>
    internal static class SpellingCandidates
    {
        /// <summary>The shortest word checked: shorter ones are initials, units and interjections far more often than slips.</summary>
        public const int MinimumLength = 3;

        /// <summary>
        /// Whether the part <paramref name="part"/> of word token <paramref name="index"/> of the sentence is spelling prose:
        /// lower case, or capitalised at the start of the sentence (<paramref name="startsSentence"/>).
        /// </summary>
        public static bool IsCheckable(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int index, TextSpan part, out bool startsSentence)
        {
            startsSentence = false;
            var text = document.Text;
            if (part.Length < MinimumLength) return false;

            bool capitalised = false, vowel = false;
            for (int i = part.Start; i < part.End; i++)
            {
                char c = text[i];
                if (c >= 'a' && c <= 'z')
                {
                    vowel |= IsVowel(c);
                    continue;
                }

                if (c >= 'A' && c <= 'Z')
                {
                    vowel |= IsVowel(char.ToLowerInvariant(c));
                    // An inner capital ("iPhone", "McDonald", "NASA") is a name or an acronym.
                    if (i != part.Start) return false;
                    capitalised = true;
                    continue;
                }

                if (c == '\'' || c == '\u2019') continue;
                // Digits, dots (abbreviations), accented and non-Latin letters.
                return false;
            }

            // No vowel: an abbreviation or a unit ("npm", "shd"), not a misspelt word.
            if (!vowel) return false;
            if (IsInsideAddress(text, tokens[index]) || IsCutShort(text, tokens[index]) || IsTicker(text, tokens[index]) || IsDroppedG(text, part)) return false;
            if (IsPartOfAName(document, tokens, index, part) || IsSpeciesEpithet(document, tokens, index, part)) return false;
            if (capitalised)
            {
                if (part.Start != tokens[index].Start || !IsFirstWord(document, tokens, index)) return false;
                startsSentence = true;
            }

            return true;
        }

        // The first word of the sentence, after any opening quotes or brackets.
        private static bool IsFirstWord(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int index)
        {
            for (int i = 0; i < index; i++)
            {
                if (tokens[i].Kind != TokenKind.Punctuation) return false;
                char c = document.Text[tokens[i].Start];
                if (c != '"' && c != '\'' && c != '\u201C' && c != '\u2018' && c != '(' && c != '[' && c != '*' && c != '-' && c != '\u2014' && c != '\u2013') return false;
            }

            return true;
        }

        private static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';

        // A word the tokenizer cut at a letter it does not take: an HTML entity ("fianc&#233;e"), a mis-decoded or
        // combining accent, a replacement character. What is left is not the word the writer typed.
        private static bool IsCutShort(string text, Token token)
        {
            if (token.End < text.Length)
            {
                char after = text[token.End];
                if (after == '&' || after == '(' || after == '\uFFFD' || (after > 127 && (char.IsLetter(after) || char.GetUnicodeCategory(after) == System.Globalization.UnicodeCategory.NonSpacingMark))) return true;
            }

            if (token.Start > 0)
            {
                char before = text[token.Start - 1];
                // After "]": a letter an editor put in brackets ("[S]ome").
                if (before == ';' || before == ']' || before == '\uFFFD' || (before > 127 && char.IsLetter(before))) return true;
            }

            return false;
        }

        // A lower-case part of a hyphenated name ("Chong-gyu", "Coen-iness").
        private static bool IsPartOfAName(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int index, TextSpan part)
        {
            var token = tokens[index];
            if (part.Length == token.Length) return false;
            var text = document.Text;
            for (int i = token.Start; i < token.End; i++)
            {
                bool startsPart = i == token.Start || text[i - 1] == '-';
                if (startsPart && i != part.Start && char.IsUpper(text[i])) return true;
            }

            return false;
        }

        private static readonly string[] LatinEndings = { "a", "ae", "i", "is", "us", "um", "ens", "osa", "ata", "ii", "ica" };

        // The second word of a Latin species name ("Yersinia pestis", "Y. pestis"): a Latin ending after a capitalised
        // word that is not the first of the sentence and not in the dictionaries, or after an initial.
        private static bool IsSpeciesEpithet(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int index, TextSpan part)
        {
            if (index == 0 || part.Start != tokens[index].Start) return false;
            var text = document.Text;
            // Most words follow neither an initial nor a capitalised word: those are ruled out before the endings are compared.
            var previous = tokens[index - 1];
            bool afterDot = previous.Kind == TokenKind.Punctuation && text[previous.Start] == '.' && index >= 2;
            bool afterName = afterDot
                ? tokens[index - 2].Kind == TokenKind.Word && tokens[index - 2].Length == 1 && char.IsUpper(text[tokens[index - 2].Start])
                : previous.Kind == TokenKind.Word && index - 1 > 0 && char.IsUpper(text[previous.Start]);
            if (!afterName || !HasLatinEnding(text, part)) return false;

            // After an initial, or after the genus: capitalised inside the sentence and in no dictionary ("Yersinia", not
            // "Smith" or "London").
            return afterDot || !SpellingDictionary.Default.Contains(document.GetText(previous));
        }

        private static bool HasLatinEnding(string text, TextSpan part)
        {
            foreach (var ending in LatinEndings)
                if (string.CompareOrdinal(text, part.End - ending.Length, ending, 0, ending.Length) == 0) return true;
            return false;
        }

        // A stock symbol in brackets: "(goog, +0.2%)".
        private static bool IsTicker(string text, Token token) =>
            token.Start > 0 && text[token.Start - 1] == '(' && token.End < text.Length && (text[token.End] == ',' || text[token.End] == ')');

        // Speech written as spoken, "somethin'": the apostrophe marks the dropped g.
        private static bool IsDroppedG(string text, TextSpan part) =>
            part.End < text.Length && (text[part.End] == '\'' || text[part.End] == '\u2019') && part.Length > 3
            && text[part.End - 2] == 'i' && text[part.End - 1] == 'n';

        // Part of a URL, e-mail address, file path, handle or hashtag: joined to '@', '#', '/', '\', '_', '=', '~', '.'
        // or ':' and a letter without a space.
        private static bool IsInsideAddress(string text, Token token)
        {
            if (token.Start > 0)
            {
                char before = text[token.Start - 1];
                if (before == '@' || before == '#' || before == '/' || before == '\\' || before == '_' || before == '=' || before == '~' || before == '.' || before == ':' || before == '&') return true;
            }

            if (token.End < text.Length)
            {
                char after = text[token.End];
                if (after == '@' || after == '/' || after == '\\' || after == '_' || after == '=' || after == '~') return true;
                if ((after == '.' || after == ':') && token.End + 1 < text.Length && char.IsLetterOrDigit(text[token.End + 1])) return true;
            }

            return false;
        }
    }
}

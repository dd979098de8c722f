using System.Collections.Generic;
using EditorialLint.Text;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Tokens
{
    /// <summary>Splits prose into words, numbers, punctuation, symbols and placeholders.</summary>
    public static class Tokenizer
    {
        /// <summary>Tokens of the whole prose view, block by block (whitespace between blocks yields nothing).</summary>
        public static Token[] Tokenize(ProseView prose)
        {
            var tokens = new List<Token>(prose.Text.Length / 5 + 4);
            foreach (var block in prose.Blocks) Tokenize(prose.Text, block, tokens);
            return tokens.ToArray();
        }

        /// <summary>Appends the tokens of <paramref name="span"/> of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
        public static void Tokenize(string text, TextSpan span, List<Token> tokens)
        {
            int i = span.Start;
            int end = span.End;
            while (i < end)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c)) { i++; continue; }

                if (c == ProseView.Placeholder)
                {
                    tokens.Add(new Token(i, 1, TokenKind.Placeholder));
                    i++;
                    continue;
                }

                if (char.IsDigit(c) || (IsCurrencySymbol(c) && i + 1 < end && char.IsDigit(text[i + 1])))
                {
                    int numberEnd = ScanNumber(text, i, end, out bool isWord);
                    tokens.Add(new Token(i, numberEnd - i, isWord ? TokenKind.Word : TokenKind.Number));
                    i = numberEnd;
                    continue;
                }

                if (char.IsLetter(c))
                {
                    int wordEnd = ScanWord(text, i, end);
                    tokens.Add(new Token(i, wordEnd - i, TokenKind.Word));
                    i = wordEnd;
                    continue;
                }

                if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                {
                    tokens.Add(new Token(i, 2, TokenKind.Symbol));
                    i += 2;
                    continue;
                }

                tokens.Add(new Token(i, 1, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
                i++;
            }
        }

        /// <summary>Whether <paramref name="c"/> is a currency sign that can lead a number ("$5", "€20").</summary>
        public static bool IsCurrencySymbol(char c) =>
            c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹' || c == '₽' || c == '₩' || c == '₺' || c == '₦' || c == '₴' || c == '₪';

        /// <summary>Whether <paramref name="c"/> is an apostrophe that can sit inside a word.</summary>
        public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

        private static int ScanWord(string text, int i, int end)
        {
            int start = i;
            bool dotted = false; // "U.S.", "e.g.": single letters joined by full stops
            i++;
            while (i < end)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c) || IsMark(c)) { i++; continue; }

                bool nextIsLetter = i + 1 < end && char.IsLetter(text[i + 1]);
                bool nextIsLetterOrDigit = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
                if (IsApostrophe(c) && nextIsLetter) { i += 2; continue; }
                if ((c == '-' || c == '\u2010' || c == '\u2011') && nextIsLetterOrDigit) { i += 2; continue; }
                if (c == '&' && nextIsLetter && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1])) { i += 2; continue; }
                if (c == '.' && nextIsLetter && i + 2 < end && text[i + 2] == '.' && IsSingleLetterRun(text, start, i))
                {
                    dotted = true;
                    i += 2;
                    continue;
                }

                break;
            }

            // The closing full stop of "U.S." belongs to the word.
            if (dotted && i < end && text[i] == '.') i++;
            return i;
        }

        // True when text[start..end) is letters separated by single full stops, each run one letter long.
        private static bool IsSingleLetterRun(string text, int start, int end)
        {
            for (int k = start; k < end; k++)
            {
                bool letterSlot = ((k - start) & 1) == 0;
                if (letterSlot ? !char.IsLetter(text[k]) : text[k] != '.') return false;
            }

            return true;
        }

        private static bool IsMark(char c)
        {
            var category = char.GetUnicodeCategory(c);
            return category == System.Globalization.UnicodeCategory.NonSpacingMark
                || category == System.Globalization.UnicodeCategory.SpacingCombiningMark;
        }

        private static int ScanNumber(string text, int i, int end, out bool isWord)
        {
            isWord = false;
            if (IsCurrencySymbol(text[i])) i++;
            while (i < end && char.IsDigit(text[i])) i++;

            // Group separators need three digits after them ("500,000"); a decimal point needs one ("1.13").
            while (i < end)
            {
                char c = text[i];
                if (c == ',' && ThreeDigitsAt(text, i + 1, end))
                {
                    i += 4;
                    continue;
                }

                if (c == '.' && i + 1 < end && char.IsDigit(text[i + 1]))
                {
                    i++;
                    while (i < end && char.IsDigit(text[i])) i++;
                    continue;
                }

                break;
            }

            if (i < end && text[i] == '%') return i + 1;

            // Letters glued to the number: a known suffix ("bn", "m", "st") keeps it a number; anything else ("3D",
            // "5G", "10am") makes the whole thing a word.
            int suffixStart = i;
            while (i < end && char.IsLetter(text[i])) i++;
            if (i == suffixStart) return i;
            if (IsNumberSuffix(text, suffixStart, i - suffixStart)) return i;
            isWord = true;
            while (i < end && (char.IsLetterOrDigit(text[i]) || ((text[i] == '-') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
                i++;
            return i;
        }

        private static bool ThreeDigitsAt(string text, int i, int end) =>
            i + 2 < end && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
            && (i + 3 >= end || !char.IsDigit(text[i + 3]));

        private static readonly HashSet<string> NumberSuffixes = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "bn", "b", "m", "mn", "mln", "k", "tn", "tr", "trn", "st", "nd", "rd", "th", "s",
        };

        private static bool IsNumberSuffix(string text, int start, int length) =>
            length <= 3 && NumberSuffixes.Contains(text.Substring(start, length));
    }
}

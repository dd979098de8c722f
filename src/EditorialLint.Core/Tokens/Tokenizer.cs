using System;
using System.Collections.Generic;
using EditorialLint.Text;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Tokens
{
    /// <summary>Splits prose into words, numbers, punctuation, symbols and placeholders.</summary>
    public static class Tokenizer
    {
        // ASCII characters by class, so that the common case costs one table load instead of a Unicode lookup.
        private const byte Space = 1, Letter = 2, Digit = 4, Punctuation = 8;
        private static readonly byte[] AsciiClass = CreateAsciiClass();

        // One buffer per thread, reused from document to document: tokens are written once and copied once, to an
        // array of the exact size, instead of growing a list (a second copy) for each document.
        [ThreadStatic]
        private static Token[]? t_buffer;

        /// <summary>Tokens of the whole prose view, block by block (whitespace between blocks yields nothing).</summary>
        public static Token[] Tokenize(ProseView prose)
        {
            var buffer = new TokenBuffer(t_buffer ?? new Token[1024]);
            foreach (var block in prose.Blocks) Tokenize(prose.Text, block, ref buffer);
            var tokens = buffer.ToArray();
            // Keep the buffer for the next document, unless a huge one grew it.
            if (buffer.Items.Length <= 1 << 18) t_buffer = buffer.Items;
            return tokens;
        }

        /// <summary>Appends the tokens of <paramref name="span"/> of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
        public static void Tokenize(string text, TextSpan span, List<Token> tokens)
        {
            var buffer = new TokenBuffer(new Token[Math.Max(16, span.Length / 4)]);
            Tokenize(text, span, ref buffer);
            for (int k = 0; k < buffer.Count; k++) tokens.Add(buffer.Items[k]);
        }

        private static void Tokenize(string text, TextSpan span, ref TokenBuffer tokens)
        {
            int i = span.Start;
            int end = span.End;
            while (i < end)
            {
                char c = text[i];
                if (c < 128)
                {
                    // ASCII: spaces, then letters (the bulk of the text) without the Unicode lookups below.
                    byte cls = AsciiClass[c];
                    if (cls == Space) { i++; continue; }
                    if (cls == Letter)
                    {
                        int asciiWordEnd = ScanWord(text, i, end);
                        tokens.Add(new Token(i, asciiWordEnd - i, TokenKind.Word));
                        i = asciiWordEnd;
                        continue;
                    }

                    if (cls == Punctuation)
                    {
                        tokens.Add(new Token(i, 1, TokenKind.Punctuation));
                        i++;
                        continue;
                    }
                }
                else if (char.IsWhiteSpace(c)) { i++; continue; }

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
                if (c < 128 ? (AsciiClass[c] & (Letter | Digit)) != 0 : (char.IsLetterOrDigit(c) || IsMark(c))) { i++; continue; }

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

        private static bool IsNumberSuffix(string text, int start, int length)
        {
            if (length > 3) return false;
#if NET
            // Looked up by span: no string is made for the suffix.
            return NumberSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, length));
#else
            return NumberSuffixes.Contains(text.Substring(start, length));
#endif
        }

        private static byte[] CreateAsciiClass()
        {
            var table = new byte[128];
            for (int c = 0; c < 128; c++)
            {
                char ch = (char)c;
                if (char.IsWhiteSpace(ch)) table[c] = Space;
                else if (char.IsLetter(ch)) table[c] = Letter;
                else if (char.IsDigit(ch)) table[c] = Digit;
                else if (char.IsPunctuation(ch)) table[c] = Punctuation;
            }

            return table;
        }

        private struct TokenBuffer
        {
            public Token[] Items;
            public int Count;

            public TokenBuffer(Token[] items)
            {
                Items = items;
                Count = 0;
            }

            public void Add(Token token)
            {
                if (Count == Items.Length) Array.Resize(ref Items, Items.Length * 2);
                Items[Count++] = token;
            }

            public Token[] ToArray()
            {
                if (Count == 0) return Array.Empty<Token>();
                var result = new Token[Count];
                Array.Copy(Items, result, Count);
                return result;
            }
        }
    }
}

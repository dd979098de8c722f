using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Numbers
{
    /// <summary>
    /// Finds every quantity in a document's prose, sentence by sentence over its tokens: digits with separators,
    /// decimals, scale words and suffixes; number words and phrases; ordinals, percentages, ranges; currencies by
    /// symbol, word and code with parenthesised conversions; durations, ages, measures; dates, years and weekdays;
    /// hedges that widen a value into a range. <see cref="SubjectFinder"/> then says what each figure counts.
    /// </summary>
    public static partial class NumberMentionParser
    {
        /// <summary>The mentions of a document, in text order.</summary>
        public static ImmutableArray<NumberMention> Parse(AnalyzedDocument document)
        {
            var scanner = new Scanner(document);
            var all = new List<NumberMention>();
            var sentences = document.Sentences;
            for (int s = 0; s < sentences.Length; s++)
            {
                int before = all.Count;
                scanner.ScanSentence(sentences[s], s, all);
                SubjectFinder.Complete(scanner, sentences[s], all, before);
            }

            for (int i = 0; i < all.Count; i++) all[i].Index = i;
            ConversionParser.Link(scanner, all);
            return all.ToImmutableArray();
        }

        /// <summary>Parses a text held in memory as a plain-text document (for tests and tools).</summary>
        public static ImmutableArray<NumberMention> Parse(string text, string path = "text.txt") =>
            Parse(AnalyzedDocument.FromText(path, text));

        /// <summary>Token access for the parser: cached strings, kinds and small tests, all by token index.</summary>
        internal sealed partial class Scanner
        {
            private readonly AnalyzedDocument _document;
            private readonly string?[] _text;
            private readonly string?[] _lower;
            private readonly List<string> _words = new List<string>(8);

            public Scanner(AnalyzedDocument document)
            {
                _document = document;
                _text = new string?[document.TokenCount];
                _lower = new string?[document.TokenCount];
            }

            public AnalyzedDocument Document => _document;

            // A scratch list for the words of one number phrase, reused so that reading one allocates none.
            internal List<string> Words => _words;

            public int Count => _document.TokenCount;

            public Token this[int k] => _document.GetToken(k);

            public string Text(int k) => _text[k] ??= _document.GetString(_document.GetToken(k));

            public string Lower(int k) => _lower[k] ??= Text(k).ToLowerInvariant();

            public bool IsWord(int k) => k >= 0 && k < Count && this[k].Kind == TokenKind.Word;

            public bool IsNumber(int k) => k >= 0 && k < Count && this[k].Kind == TokenKind.Number;

            public bool IsPunct(int k, char c)
            {
                if (k < 0 || k >= Count) return false;
                var t = this[k];
                return t.Kind == TokenKind.Punctuation && _document.Text[t.Start] == c;
            }

            public bool IsDash(int k) => IsPunct(k, '-') || IsPunct(k, '\u2013') || IsPunct(k, '\u2014') || IsPunct(k, '\u2012');

            // Compared char by char as ToLowerInvariant maps them, so that asking makes no lower-case copy of the token.
            public bool IsLower(int k, string word) => IsWord(k) && EqualsLower(_document.GetText(this[k]), word);

            public bool Adjacent(int a, int b) => this[a].End == this[b].Start;

            public bool IsCapitalised(int k) => IsWord(k) && char.IsUpper(_document.Text[this[k].Start]);

            public int TokenIndexAt(int proseOffset) => _document.TokenIndexAt(proseOffset);

            // Tokens [from, to) are only "(", ";", ",", "or", "about", "around", "approx", "c", ".".
            public bool OnlySeparatorsBetween(int from, int to)
            {
                if (to < from || to - from > 3) return false;
                for (int k = from; k < to; k++)
                {
                    if (IsPunct(k, ';') || IsPunct(k, ',') || IsPunct(k, '(') || IsPunct(k, '.')) continue;
                    if (IsWord(k))
                    {
                        var w = Lower(k);
                        if (w == "or" || w == "about" || w == "around" || w == "approx" || w == "approximately" || w == "c" || w == "roughly") continue;
                    }

                    return false;
                }

                return true;
            }

            // A figure as the construct parsers read it, before the quantity assembler (QuantityParser) gives it a
            // kind and unit: passed by value, so reading one allocates nothing.
            internal struct Core
            {
                public int Start;
                public int End;
                public int NumberEnd;
                public double Value;
                public double Low;
                public double High;
                public double Scale;
                public bool ScaleGiven;
                public double Resolution;
                public NumberForm Form;
                public string? Currency;
                public bool Percent;
                public bool Ordinal;
                public bool Decade;
                public bool Vague;
                public string? Digits;
                public bool HasSeparator;
                public bool HasDecimal;
                public string? GluedUnit;
                public string? HyphenUnit;
            }


            // Whether the lower-case form of text is the ASCII word: char by char, as ToLowerInvariant maps, with no copy.
            internal static bool EqualsLower(ReadOnlySpan<char> text, string word)
            {
                if (text.Length != word.Length) return false;
                for (int p = 0; p < text.Length; p++)
                    if (char.ToLowerInvariant(text[p]) != word[p]) return false;
                return true;
            }

        }
    }
}

using System;
using System.Collections.Generic;
using EditorialLint.Text;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Tokens
{
    /// <summary>
    /// Groups tokens into sentences. A sentence ends at ".", "!", "?" or "…" (with any closing quotes and brackets
    /// after it) when the next token opens a new sentence; abbreviations ("Mr.", "Aug. 24", "e.g."), initials and
    /// decimals do not end one. Sentences never cross blocks.
    /// </summary>
    public static class SentenceSplitter
    {
        // Words that take a full stop and are followed by more of the same sentence.
        private static readonly HashSet<string> Abbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "sen", "rep", "gov", "lt", "sgt", "capt", "cmdr",
            "adm", "maj", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "det", "vs", "v", "cf", "approx",
            "ft", "mt", "ave", "blvd", "rd", "est", "dept", "univ", "assn", "bros", "messrs", "mme", "mlle",
        };

        // Abbreviations that end a sentence unless a number follows ("Aug. 24", "No. 10", "Vol. 3", "b. 1950",
        // "c. 1900", "p. 12"); "no." is also the word "no" at the end of a sentence, "b." the letter ("plan b.").
        private static readonly HashSet<string> NumberedAbbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "nos", "vol", "fig", "op", "p", "pp", "para", "art", "ch", "sec",
            "b", "d", "c", "ca", "fl", "r",
        };

        private static readonly int MaxAbbreviationLength = LongestOf(Abbreviations, NumberedAbbreviations);

        /// <summary>The sentences of a document's tokens.</summary>
        public static Sentence[] Split(string text, Token[] tokens, ProseView prose)
        {
            var sentences = new List<Sentence>(tokens.Length / 12 + 2);
            var blocks = prose.Blocks;
            int first = 0;
            int block = tokens.Length > 0 ? prose.BlockIndexAt(tokens[0].Start) : -1;
            // Tokens come in order, so the end of the current block is enough to tell when the next token leaves it
            // (no search per token).
            int blockEnd = block >= 0 ? blocks[block].End : -1;
            for (int i = 0; i < tokens.Length; i++)
            {
                int next = i + 1;
                bool blockEnds = next >= tokens.Length || !InBlock(tokens[next].Start, block, blockEnd);
                bool sentenceEnds = blockEnds || EndsSentence(text, tokens, i, out next);
                if (!sentenceEnds) continue;

                // Closing quotes and brackets after the terminator stay with this sentence.
                int last = blockEnds ? i : next - 1;
                Add(sentences, tokens, first, last, block);
                first = last + 1;
                i = last;
                if (first < tokens.Length && !InBlock(tokens[first].Start, block, blockEnd))
                {
                    block = prose.BlockIndexAt(tokens[first].Start);
                    blockEnd = block >= 0 ? blocks[block].End : -1;
                }
            }

            return sentences.ToArray();
        }

        // Whether a token that starts at or after the current block's start lies in it; a token outside every block
        // (block -1) only shares that "block" with another such token, as BlockIndexAt would say.
        private static bool InBlock(int start, int block, int blockEnd) => block >= 0 ? start < blockEnd : false;

        private static int LongestOf(HashSet<string> a, HashSet<string> b)
        {
            int longest = 0;
            foreach (var word in a) longest = Math.Max(longest, word.Length);
            foreach (var word in b) longest = Math.Max(longest, word.Length);
            return longest;
        }

        private static void Add(List<Sentence> sentences, Token[] tokens, int first, int last, int block)
        {
            if (last < first) return;
            var span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
            sentences.Add(new Sentence(span, first, last - first + 1, block));
        }

        // Whether token i ends a sentence; 'next' is the first token of the next sentence.
        private static bool EndsSentence(string text, Token[] tokens, int i, out int next)
        {
            next = i + 1;
            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuation) return false;
            char c = text[token.Start];
            if (c != '.' && c != '!' && c != '?' && c != '…') return false;

            // Runs like "?!" or "..." end together; then closing quotes and brackets.
            int j = i + 1;
            while (j < tokens.Length && tokens[j].Kind == TokenKind.Punctuation && tokens[j].Start == tokens[j - 1].End
                   && IsTerminatorOrCloser(text[tokens[j].Start]))
                j++;
            if (j >= tokens.Length) { next = j; return true; }

            var following = tokens[j];
            // "3.5" and "Telegram.org" are not boundaries: the next token must be after whitespace.
            if (following.Start == tokens[j - 1].End) return false;

            if (!StartsSentence(text, tokens, j)) return false;

            if (c == '.' && i > 0 && tokens[i - 1].End == token.Start)
            {
                var previous = tokens[i - 1];
                // Every abbreviation is short: longer words need no lookup.
                if (previous.Kind == TokenKind.Word && previous.Length <= MaxAbbreviationLength)
                {
                    // An initial: "J. K. Rowling".
                    if (previous.Length == 1 && char.IsUpper(text[previous.Start])) return false;
#if NET
                    var word = text.AsSpan(previous.Start, previous.Length);
                    if (Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
                    if (following.Kind == TokenKind.Number && NumberedAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
#else
                    var word = text.Substring(previous.Start, previous.Length);
                    if (Abbreviations.Contains(word)) return false;
                    if (following.Kind == TokenKind.Number && NumberedAbbreviations.Contains(word)) return false;
#endif
                }
            }

            next = j;
            return true;
        }

        private static bool IsTerminatorOrCloser(char c) =>
            c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '\'' || c == '\u201D' || c == '\u2019'
            || c == ')' || c == ']' || c == '»';

        private static bool StartsSentence(string text, Token[] tokens, int j)
        {
            var token = tokens[j];
            char c = text[token.Start];
            switch (token.Kind)
            {
                case TokenKind.Word:
                    return char.IsUpper(c);
                case TokenKind.Number:
                case TokenKind.Placeholder:
                    return true;
                case TokenKind.Punctuation:
                    // An opening quote or bracket, then a capital: "He left. “We will...".
                    bool opener = c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '«' || c == '—' || c == '-';
                    return opener && (j + 1 >= tokens.Length || tokens[j + 1].Kind != TokenKind.Word || char.IsUpper(text[tokens[j + 1].Start]));
                default:
                    return true;
            }
        }
    }
}

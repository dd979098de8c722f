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

        // Abbreviations that end a sentence unless a number follows ("Aug. 24", "No. 10", "Vol. 3"); "no." is
        // also the word "no" at the end of a sentence.
        private static readonly HashSet<string> NumberedAbbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "nos", "vol", "fig", "op", "pp", "para", "art", "ch", "sec",
        };

        /// <summary>The sentences of a document's tokens.</summary>
        public static Sentence[] Split(string text, Token[] tokens, ProseView prose)
        {
            var sentences = new List<Sentence>(tokens.Length / 12 + 2);
            int first = 0;
            int block = tokens.Length > 0 ? prose.BlockIndexAt(tokens[0].Start) : -1;
            for (int i = 0; i < tokens.Length; i++)
            {
                int next = i + 1;
                bool blockEnds = next >= tokens.Length || prose.BlockIndexAt(tokens[next].Start) != block;
                bool sentenceEnds = blockEnds || EndsSentence(text, tokens, i, out next);
                if (!sentenceEnds) continue;

                // Closing quotes and brackets after the terminator stay with this sentence.
                int last = blockEnds ? i : next - 1;
                Add(sentences, tokens, first, last, block);
                first = last + 1;
                i = last;
                if (first < tokens.Length) block = prose.BlockIndexAt(tokens[first].Start);
            }

            return sentences.ToArray();
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
                if (previous.Kind == TokenKind.Word)
                {
                    var word = text.Substring(previous.Start, previous.Length);
                    if (Abbreviations.Contains(word)) return false;
                    if (NumberedAbbreviations.Contains(word) && following.Kind == TokenKind.Number) return false;
                    // An initial: "J. K. Rowling".
                    if (word.Length == 1 && char.IsUpper(word[0])) return false;
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

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Style
{
    /// <summary>
    /// EL3003: a bracket or quote mark opened and never closed in its paragraph, or closed without being opened.
    /// A quotation that runs on into the next paragraph (which then opens with a quote mark) is the news
    /// convention, not an error. Straight and curly double quotes pair with each other (mixing them is a different
    /// matter); emoticons, list labels ("1)", "a)", "Chapter 2)") and half-open ranges ("[0, 1)") open or close nothing.
    /// </summary>
    public sealed class UnbalancedPairRule : EditorialRule
    {
        /// <summary>EL3003.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.UnbalancedPair,
            "Unbalanced quote or bracket",
            "{0}",
            RuleCategories.Style,
            DiagnosticSeverity.Warning,
            "Every opening bracket and quote mark needs its closing partner in the same paragraph.");

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentAction(AnalyzeDocument);

        private static void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var prose = context.Document.Prose;
            var text = prose.Text;
            var blocks = prose.Blocks;
            int b = 0;
            bool carried = false; // a quotation left open (and reported) in an earlier paragraph that did not reopen it
            while (b < blocks.Length)
            {
                // A paragraph that stops mid-sentence (no closing punctuation, the next one going on in lower case) was
                // split by a lost line break: check the two as one.
                int last = b;
                while (last + 1 < blocks.Length && StopsMidSentence(text, blocks[last], blocks[last + 1])) last++;
                var span = TextSpan.FromBounds(blocks[b].Start, blocks[last].End);
                char nextBlockStart = last + 1 < blocks.Length ? text[blocks[last + 1].Start] : '\0';
                if (!LooksLikeCode(text, span)) AnalyzeBlock(context, text, span, nextBlockStart, ref carried);
                b = last + 1;
            }
        }

#if NET
        private static readonly System.Buffers.SearchValues<char> PairCharacters =
            System.Buffers.SearchValues.Create("()[]{}\"'\u201C\u201D\u2018\u2019");
#endif

        private static void AnalyzeBlock(DocumentAnalysisContext context, string text, TextSpan block, char nextBlockStart, ref bool carried)
        {
            bool sawDouble = false;
            var brackets = new List<int>();
            var doubles = new List<int>();
            bool lostBreaks = false; // a quotation reopened while open: paragraphs run together, each quote running on
            int openSingle = -1;

            for (int i = block.Start; i < block.End; i++)
            {
#if NET
                // Jump to the next bracket or quote mark (a vectorised search) instead of visiting every character.
                int skip = text.AsSpan(i, block.End - i).IndexOfAny(PairCharacters);
                if (skip < 0) break;
                i += skip;
#endif
                char c = text[i];
                switch (c)
                {
                    case '(':
                    case '[':
                    case '{':
                        if (c == '(' && IsEmoticon(text, block.Start, i)) break;
                        brackets.Add(i);
                        break;
                    case ')':
                    case ']':
                    case '}':
                        CloseBracket(context, text, block, brackets, i);
                        break;
                    case '\u201C':
                        sawDouble = true;
                        if (doubles.Count > 0 && i > block.Start && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= block.End || !char.IsLetterOrDigit(text[i + 1])))
                        {
                            // word.“ while a quotation is open: an opening mark turned the wrong way to close it.
                            Report(context, i, "'\u201C' closes a quotation but is turned the wrong way; use '\u201D'");
                            doubles.RemoveAt(doubles.Count - 1);
                        }
                        else
                        {
                            doubles.Add(i);
                        }

                        break;
                    case '\u201D':
                        sawDouble = true;
                        if (IsTurnedOpener(text, block, i))
                        {
                            // ”word: a closing mark turned the wrong way to open a quotation.
                            Report(context, i, "'\u201D' opens a quotation but is turned the wrong way; use '\u201C'");
                            doubles.Add(i);
                        }
                        else if (doubles.Count > 0)
                        {
                            doubles.RemoveAt(doubles.Count - 1);
                        }
                        else if (!IsInchMark(text, block.Start, i) && !ConsumeCarried(ref carried))
                        {
                            Report(context, i, "'\u201D' closes a quotation that was never opened in this paragraph");
                        }

                        break;
                    case '"':
                        sawDouble = true;
                        switch (Direction(text, block, i))
                        {
                            case QuoteDirection.Opening:
                                // A straight quote opening while another is open: the run-on convention with the
                                // paragraph break lost ("...from April. "Music fans..."), so start afresh.
                                if (doubles.Count > 0 && IsStraight(text[doubles[doubles.Count - 1]]))
                                {
                                    doubles[doubles.Count - 1] = i;
                                    lostBreaks = true;
                                }
                                else
                                {
                                    doubles.Add(i);
                                }

                                break;
                            case QuoteDirection.Closing:
                                if (doubles.Count > 0) doubles.RemoveAt(doubles.Count - 1);
                                else if (!IsInchMark(text, block.Start, i) && !ConsumeCarried(ref carried))
                                    Report(context, i, "'\"' closes a quotation that was never opened in this paragraph");
                                break;
                            default:
                                if (doubles.Count > 0) doubles.RemoveAt(doubles.Count - 1);
                                else if (!IsInchMark(text, block.Start, i)) doubles.Add(i); // 70"+ is an inch mark
                                break;
                        }

                        break;
                    case '\u2018':
                        if (IsApostrophe(text, block, i)) break;
                        // ‘ after a word and before a space or punctuation is a closing mark turned the wrong way.
                        if (openSingle >= 0 && i > block.Start && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= block.End || !char.IsLetterOrDigit(text[i + 1])))
                            openSingle = -1;
                        else if (openSingle >= 0 && i > block.Start && char.IsWhiteSpace(text[i - 1]) && (i + 1 >= block.End || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1])))
                            openSingle = -1;
                        else
                            openSingle = i;
                        break;
                    case '\u2019':
                        // Two closing single marks stand for a closing double one (“…’’).
                        if (i + 1 < block.End && text[i + 1] == '\u2019' && doubles.Count > 0)
                        {
                            doubles.RemoveAt(doubles.Count - 1);
                            i++;
                            break;
                        }

                        // Also the apostrophe, so it closes an open single quote but is never itself unbalanced.
                        if (i + 1 >= block.End || !char.IsLetter(text[i + 1])) openSingle = -1;
                        break;
                    case '\'':
                        // ''Word: two straight single marks standing for an opening double one.
                        if (i + 2 < block.End && text[i + 1] == '\'' && char.IsLetter(text[i + 2]) && (i == block.Start || char.IsWhiteSpace(text[i - 1])))
                        {
                            if (doubles.Count > 0 && IsStraight(text[doubles[doubles.Count - 1]]))
                            {
                                doubles.RemoveAt(doubles.Count - 1);
                                lostBreaks = true;
                            }

                            doubles.Add(i);
                            sawDouble = true;
                            i++;
                            break;
                        }

                        // word,'' : two straight single marks standing for a closing double one.
                        if (i + 1 < block.End && text[i + 1] == '\'' && i > block.Start && !char.IsWhiteSpace(text[i - 1])
                            && (i + 2 >= block.End || !char.IsLetterOrDigit(text[i + 2])))
                        {
                            if (doubles.Count > 0) doubles.RemoveAt(doubles.Count - 1);
                            sawDouble = true;
                            i++;
                            break;
                        }

                        // A straight mark closing a curly single quote (‘…') after a word, before a space or punctuation.
                        if (openSingle >= 0 && i > block.Start && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= block.End || !char.IsLetterOrDigit(text[i + 1])))
                            openSingle = -1;
                        break;
                }
            }

            foreach (int open in brackets)
                Report(context, open, $"'{text[open]}' is never closed in this paragraph");

            bool quoteRunsOn = nextBlockStart == '\u201C' || nextBlockStart == '"' || nextBlockStart == '\u2018' || nextBlockStart == '\'';
            if (sawDouble) carried = false;
            if (!quoteRunsOn)
            {
                foreach (int open in doubles)
                {
                    // A turned opener is reported already; where paragraphs ran together, the last quotation ran on.
                    if (text[open] != '\u201D' && !(lostBreaks && IsStraight(text[open])))
                        Report(context, open, $"'{text[open]}' opens a quotation that is never closed in this paragraph");
                    carried = true; // the paragraph that closes it is not reported again

                }
                if (openSingle >= 0)
                    Report(context, openSingle, "'\u2018' opens a quotation that is never closed in this paragraph");
            }
        }

        // A closing mark in a paragraph after one that left a quotation open (and was reported): the same quotation,
        // run on without the reopening mark; reported once, at its opening.
        private static bool ConsumeCarried(ref bool carried)
        {
            if (!carried) return false;
            carried = false;
            return true;
        }

        // A straight double mark, or the first of two straight single ones standing for it.
        private static bool IsStraight(char c) => c == '"' || c == '\'';

        private static void CloseBracket(DocumentAnalysisContext context, string text, TextSpan block, List<int> brackets, int i)
        {
            char c = text[i];
            if (c == ')' && IsEmoticon(text, block.Start, i)) return;
            if (brackets.Count > 0 && text[brackets[brackets.Count - 1]] == Opener(c))
            {
                brackets.RemoveAt(brackets.Count - 1);
                return;
            }

            // "[0, 1)" and "(0, 1]": a half-open range pairs a square bracket with a round one.
            if (brackets.Count > 0 && IsHalfOpenRange(text, brackets[brackets.Count - 1], i))
            {
                brackets.RemoveAt(brackets.Count - 1);
                return;
            }

            if ((c == ')' || c == ']') && IsLabel(text, block.Start, i)) return;

            // "[a (b]": the inner bracket is the one left open; the outer pair still closes.
            for (int k = brackets.Count - 2; k >= 0; k--)
            {
                if (text[brackets[k]] != Opener(c)) continue;
                for (int m = brackets.Count - 1; m > k; m--)
                    Report(context, brackets[m], $"'{text[brackets[m]]}' is never closed in this paragraph");
                brackets.RemoveRange(k, brackets.Count - k);
                return;
            }

            Report(context, i, $"'{c}' closes a bracket that was never opened in this paragraph");
        }

        private enum QuoteDirection
        {
            Unknown,
            Opening,
            Closing,
        }

        // A straight quote opens when it follows a space (or the start) and precedes a non-space; it closes when it
        // follows a non-space and precedes a space, punctuation or the end.
        private static QuoteDirection Direction(string text, TextSpan block, int i)
        {
            bool spaceBefore = i == block.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(' || text[i - 1] == '[' || text[i - 1] == '\u2014';
            bool spaceAfter = i + 1 >= block.End || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]);
            // "[Alastair] will…": a bracket straight after the mark is inside the quotation.
            if (spaceAfter && i + 1 < block.End && (text[i + 1] == '[' || text[i + 1] == '(')) spaceAfter = false;
            // "'Oh no,' he said": a single quote opening inside the double one.
            if (spaceAfter && i + 2 < block.End && (text[i + 1] == '\'' || text[i + 1] == '\u2018') && char.IsLetter(text[i + 2])) spaceAfter = false;
            if (spaceBefore && !spaceAfter) return QuoteDirection.Opening;
            if (!spaceBefore && spaceAfter) return QuoteDirection.Closing;
            return QuoteDirection.Unknown;
        }

        // ” after a space (or the start) and before a letter or digit opens a quotation, turned the wrong way.
        private static bool IsTurnedOpener(string text, TextSpan block, int i) =>
            (i == block.Start || char.IsWhiteSpace(text[i - 1])) && i + 1 < block.End && char.IsLetterOrDigit(text[i + 1]);

        // 6' 2" and 5’6”: a double mark straight after a digit is an inch mark.
        private static bool IsInchMark(string text, int blockStart, int i) => i > blockStart && char.IsDigit(text[i - 1]);

        // ‘ inside a word (a mis-turned apostrophe, "Economist‘s") or before a known elision ("‘em", "‘til", "‘90s").
        private static bool IsApostrophe(string text, TextSpan block, int i)
        {
            if (i > block.Start && char.IsLetter(text[i - 1]) && i + 1 < block.End && char.IsLetter(text[i + 1])) return true;
            int end = i + 1;
            while (end < block.End && char.IsLetterOrDigit(text[end])) end++;
            if (end == i + 1 || end < block.End && text[end] == '\u2019') return false;
            var word = text.AsSpan(i + 1, end - i - 1);
            if (word.Length >= 2 && char.IsDigit(word[0]) && char.IsDigit(word[1]) && (word.Length == 2 || word.Length == 3 && word[2] == 's'))
                return true; // ‘90s, class of ‘05
            foreach (var elision in Elisions)
                if (word.Equals(elision.AsSpan(), StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private static readonly string[] Elisions = { "em", "til", "till", "tis", "twas", "cause", "n", "round", "bout", "nuff", "cept" };

        private static char Opener(char closer) => closer == ')' ? '(' : closer == ']' ? '[' : '{';

        // ":)", ";-)", ":(", ":-(", "8-)", ":o)": emoticons open and close nothing.
        private static bool IsEmoticon(string text, int blockStart, int i)
        {
            int k = i - 1;
            if (k >= blockStart && (text[k] == '-' || text[k] == 'o' || text[k] == '\'')) k--;
            return k >= blockStart && (text[k] == ':' || text[k] == ';' || (text[k] == '8' && k < i - 1))
                && (k == blockStart || !char.IsLetterOrDigit(text[k - 1]));
        }

        // "[0, 1)" or "(-1, 1]": numbers (or a variable) either side of a comma and nothing else.
        private static bool IsHalfOpenRange(string text, int open, int close)
        {
            char o = text[open], c = text[close];
            if (!(o == '[' && c == ')' || o == '(' && c == ']')) return false;
            if (close - open > 30) return false;
            bool comma = false;
            for (int k = open + 1; k < close; k++)
            {
                char ch = text[k];
                if (ch == ',') comma = true;
                else if (!char.IsDigit(ch) && ch != ' ' && ch != '.' && ch != '-' && ch != '\u2212' && ch != '+' && ch != '\u221E'
                    && !(char.IsLetter(ch) && (k + 1 == close || !char.IsLetter(text[k + 1])) && (k == open + 1 || !char.IsLetter(text[k - 1]))))
                    return false;
            }

            return comma;
        }

        // A list or section label: "1)", "a)", "iv)", "2b)" opening a line, after ":" ";" "," "and" "or", or after a
        // word such as "Chapter" or "section" ("Chapter 2)").
        private static bool IsLabel(string text, int blockStart, int i)
        {
            int k = i - 1;
            if (k >= blockStart && text[k] == '.') k--; // "1.)"
            int labelEnd = k;
            while (k >= blockStart && char.IsLetterOrDigit(text[k])) k--;
            int length = labelEnd - k;
            if (length == 0 || length > 4) return false;
            var label = text.AsSpan(k + 1, length);
            if (!IsLabelText(label)) return false;
            if (k < blockStart || text[k] == '\n' || text[k] == '\r' || text[k] == '(') return true;
            if (text[k] != ' ' && text[k] != '\t') return false;
            int end = k;
            while (k >= blockStart && (text[k] == ' ' || text[k] == '\t')) k--;
            if (k < blockStart || text[k] == '\n' || text[k] == '\r' || text[k] == ':' || text[k] == ';' || text[k] == ',') return true;
            if ((text[k] == '.' || text[k] == '?' || text[k] == '!') && char.IsDigit(text[labelEnd])) return true; // "… end. 2) Next"
            int wordEnd = k + 1;
            while (k >= blockStart && char.IsLetter(text[k])) k--;
            var before = text.AsSpan(k + 1, wordEnd - k - 1);
            foreach (var w in LabelLeads)
                if (before.Equals(w.AsSpan(), StringComparison.OrdinalIgnoreCase)) return end > 0;
            return false;
        }

        private static readonly string[] LabelLeads = { "and", "or", "chapter", "section", "part", "step", "item", "point", "question", "option", "stage", "phase" };

        // Up to two digits with an optional letter ("1", "12", "2b"), one letter, or a small roman numeral.
        private static bool IsLabelText(ReadOnlySpan<char> label)
        {
            if (label.Length == 1) return true;
            int digits = 0;
            while (digits < label.Length && char.IsDigit(label[digits])) digits++;
            if (digits > 0) return digits <= 2 && label.Length - digits <= 1;
            foreach (char ch in label)
                if ("ivxIVX".IndexOf(ch) < 0) return false;
            return true;
        }

        // A paragraph that ends on a letter or a comma while the next one starts in lower case.
        private static bool StopsMidSentence(string text, TextSpan block, TextSpan next)
        {
            int end = block.End - 1;
            while (end > block.Start && char.IsWhiteSpace(text[end])) end--;
            char last = text[end];
            if (!char.IsLetter(last) && last != ',') return false;
            char first = text[next.Start];
            if (first == ')' || first == ']') return true; // "Apple (AAPL" / ") has released": split inside a bracket
            return char.IsLower(first) || char.IsUpper(first) && last != ',' && char.IsLower(last) && EndsInFunctionWord(text, block.Start, end);
        }

        // "…all of the" / "…write their": a paragraph cannot end on an article, a possessive or a preposition.
        private static bool EndsInFunctionWord(string text, int start, int end)
        {
            int k = end;
            while (k >= start && char.IsLetter(text[k])) k--;
            var word = text.AsSpan(k + 1, end - k);
            foreach (var w in DanglingWords)
                if (word.Equals(w.AsSpan(), StringComparison.Ordinal)) return true;
            return false;
        }

        private static readonly string[] DanglingWords = { "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "of", "to", "and", "in", "on", "with", "for", "was", "is", "were", "I" };

        // Source code that lost its markup: a paragraph ending in an opening brace ("int main() {").
        private static bool LooksLikeCode(string text, TextSpan span)
        {
            int end = span.End - 1;
            while (end > span.Start && char.IsWhiteSpace(text[end])) end--;
            if (end >= span.Start && text[end] == '{') return true;
            // Statements: "reqHeaders.append(…);", "function(e) { … });".
            var body = text.AsSpan(span.Start, span.Length);
            return body.IndexOf(");".AsSpan(), StringComparison.Ordinal) >= 0 && body.IndexOf("function(".AsSpan(), StringComparison.Ordinal) >= 0
                || body.IndexOf("var ".AsSpan(), StringComparison.Ordinal) >= 0 && body.IndexOf(" = ".AsSpan(), StringComparison.Ordinal) >= 0 && body.IndexOf(");".AsSpan(), StringComparison.Ordinal) >= 0;
        }

        private static void Report(DocumentAnalysisContext context, int offset, string message)
        {
            if (context.Document.Text[offset] == ProseView.Placeholder) return;
            context.Report(Descriptor, new TextSpan(offset, 1), null, message);
        }
    }
}

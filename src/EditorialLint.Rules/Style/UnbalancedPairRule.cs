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
    /// convention, not an error.
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
            for (int b = 0; b < blocks.Length; b++)
            {
                char nextBlockStart = b + 1 < blocks.Length ? text[blocks[b + 1].Start] : '\0';
                AnalyzeBlock(context, text, blocks[b], nextBlockStart);
            }
        }

#if NET
        private static readonly System.Buffers.SearchValues<char> PairCharacters =
            System.Buffers.SearchValues.Create("()[]{}\"\u201C\u201D\u2018\u2019");
#endif

        private static void AnalyzeBlock(DocumentAnalysisContext context, string text, TextSpan block, char nextBlockStart)
        {
            var brackets = new Stack<int>();
            var curlyDouble = new Stack<int>();
            int straightDouble = -1;
            int curlySingle = -1;

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
                        brackets.Push(i);
                        break;
                    case ')':
                    case ']':
                    case '}':
                        if (brackets.Count > 0 && text[brackets.Peek()] == Opener(c))
                        {
                            brackets.Pop();
                        }
                        else if (brackets.Count == 0 && !IsListMarkerOrEmoticon(text, block.Start, i))
                        {
                            Report(context, i, $"'{c}' closes a bracket that was never opened in this paragraph");
                        }

                        break;
                    case '\u201C':
                        curlyDouble.Push(i);
                        break;
                    case '\u201D':
                        if (curlyDouble.Count > 0) curlyDouble.Pop();
                        else Report(context, i, "'\u201D' closes a quotation that was never opened in this paragraph");
                        break;
                    case '"':
                        switch (Direction(text, block, i))
                        {
                            case QuoteDirection.Opening:
                                // Opening again while a quotation is open: the run-on convention with the
                                // paragraph break lost ("...from April. "Music fans..."), so start afresh.
                                straightDouble = i;
                                break;
                            case QuoteDirection.Closing:
                                if (straightDouble >= 0) straightDouble = -1;
                                else if (!(i > block.Start && char.IsDigit(text[i - 1]))) // 6' 2" is an inch mark
                                    Report(context, i, "'\"' closes a quotation that was never opened in this paragraph");
                                break;
                            default:
                                straightDouble = straightDouble < 0 ? i : -1;
                                break;
                        }

                        break;
                    case '\u2018':
                        if (curlySingle < 0) curlySingle = i;
                        break;
                    case '\u2019':
                        // Also the apostrophe, so it closes an open single quote but is never itself unbalanced.
                        curlySingle = -1;
                        break;
                }
            }

            foreach (int open in brackets)
                Report(context, open, $"'{text[open]}' is never closed in this paragraph");

            bool quoteRunsOn = nextBlockStart == '\u201C' || nextBlockStart == '"' || nextBlockStart == '\u2018';
            if (!quoteRunsOn)
            {
                foreach (int open in curlyDouble)
                    Report(context, open, "'\u201C' opens a quotation that is never closed in this paragraph");
                if (straightDouble >= 0)
                    Report(context, straightDouble, "'\"' opens a quotation that is never closed in this paragraph");
                if (curlySingle >= 0)
                    Report(context, curlySingle, "'\u2018' opens a quotation that is never closed in this paragraph");
            }
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
            if (spaceBefore && !spaceAfter) return QuoteDirection.Opening;
            if (!spaceBefore && spaceAfter) return QuoteDirection.Closing;
            return QuoteDirection.Unknown;
        }

        private static char Opener(char closer) => closer == ')' ? '(' : closer == ']' ? '[' : '{';

        // "1)" or "a)" opening a line is a list marker; ":)" is an emoticon.
        private static bool IsListMarkerOrEmoticon(string text, int blockStart, int i)
        {
            if (i > blockStart && (text[i - 1] == ':' || text[i - 1] == ';')) return true;
            int k = i - 1;
            while (k >= blockStart && char.IsLetterOrDigit(text[k]) && i - k <= 3) k--;
            if (k == i - 1) return false;
            return k < blockStart || text[k] == '\n' || text[k] == '\r' || (text[k] == ' ' && IsLineStart(text, blockStart, k));
        }

        private static bool IsLineStart(string text, int blockStart, int k)
        {
            while (k >= blockStart && (text[k] == ' ' || text[k] == '\t')) k--;
            return k < blockStart || text[k] == '\n' || text[k] == '\r';
        }

        private static void Report(DocumentAnalysisContext context, int offset, string message)
        {
            if (context.Document.Text[offset] == ProseView.Placeholder) return;
            context.Report(Descriptor, new TextSpan(offset, 1), null, message);
        }
    }
}

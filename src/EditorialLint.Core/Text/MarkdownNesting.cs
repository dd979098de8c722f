using System;

namespace EditorialLint.Text
{
    /// <summary>
    /// Measures how deeply a Markdown document nests block quotes and lists, in one pass over its lines, before
    /// Markdig sees it: Markdig gives up on about 128 levels of its own blocks (a list costs it two, the list and its
    /// item) with an exception that says neither where nor how deep. The measure follows CommonMark's container rules
    /// closely enough to be an upper bound for real documents: a line continues a list item when indented to the
    /// item's content, continues a quote when it starts with <c>&gt;</c>, and otherwise keeps its containers (a lazy
    /// continuation line) unless it opens new ones or is blank. The same walk counts the emphasis and link marks of
    /// each paragraph, which Markdig keeps open (as containers) until the paragraph ends: it walks down all of them
    /// for every inline it adds, and gives up past 10,240 (<see cref="MaxInlineMarks"/>); and what Markdig would scan for
    /// each paragraph's HTML openers that never close (<see cref="MaxHtmlScan"/>).
    /// </summary>
    public static class MarkdownNesting
    {
        /// <summary>
        /// The deepest nesting of quotes and lists linted (each quote or list is one level). Far beyond anything an
        /// article needs, and low enough that Markdig never reaches its own limit even when every level is a list.
        /// </summary>
        public const int MaxDepth = 50;

        /// <summary>
        /// The most emphasis and link marks linted in one paragraph: each <c>[</c>, and each run of <c>*</c> or <c>_</c>
        /// that could open or close emphasis, matched or not. Markdig keeps every one of them open until the paragraph
        /// ends and throws past 10,240 (found by measuring Markdig 1.6.0: 10,240 runs of "*a " parse, 10,241 throw);
        /// the count here is an upper bound of Markdig's (code spans, autolinks and HTML are not told apart, and a
        /// closing <c>]</c> is not subtracted), so a paragraph within this limit is one Markdig parses. No article comes
        /// near it: a paragraph with ten thousand emphasised words or links is generated or hostile.
        /// </summary>
        public const int MaxInlineMarks = 10_000;

        /// <summary>
        /// The most characters linted that Markdig would scan, in one paragraph, for the closers of HTML openers that
        /// never close: <c>&lt;?</c> (closed by <c>?&gt;</c>), <c>&lt;!--</c> (<c>--&gt;</c>), <c>&lt;![CDATA[</c>
        /// (<c>]]&gt;</c>) and a declaration <c>&lt;!</c> and a letter (<c>&gt;</c>). For each such opener Markdig scans to
        /// the paragraph's end and then reads the opener as text, so a paragraph of them costs its length squared (Markdig
        /// 1.6.0: 64,000 characters of <c>&lt;?</c> took 4.6 s, docs/benchmarks.md). The count is the sum, over the openers
        /// not closed later in their paragraph, of the distance to its end (an upper bound: code spans are not told apart).
        /// About half a second of Markdig's scanning; an article's stray <c>&lt;?</c> costs its paragraph's length once.
        /// </summary>
        public const int MaxHtmlScan = 100_000_000;

        /// <summary>
        /// The deepest nesting of <paramref name="source"/>, the 0-based line where it is first reached and that line's
        /// start offset. Lines here are Markdown's (they end at "\n", "\r\n" or "\r"); a position shown to the user
        /// comes from the offset, through the document's own line index, which may break lines elsewhere too.
        /// </summary>
        public static (int Depth, int Line, int LineStart) Measure(string source)
        {
            var shape = Walk(source);
            return (shape.Depth, shape.DepthLine, shape.DepthLineStart);
        }

        /// <summary>
        /// The most emphasis and link marks in one paragraph of <paramref name="source"/> (see <see cref="MaxInlineMarks"/>),
        /// the 0-based line where that count is first reached, and that line's start offset.
        /// </summary>
        public static (int Marks, int Line, int LineStart) MeasureInlineMarks(string source)
        {
            var shape = Walk(source);
            return (shape.Marks, shape.MarksLine, shape.MarksLineStart);
        }

        /// <summary>
        /// Throws <see cref="MarkdownTooDeepException"/> when <paramref name="source"/> nests past <see cref="MaxDepth"/> or
        /// holds a paragraph of more than <see cref="MaxInlineMarks"/> emphasis and link marks.
        /// </summary>
        public static void EnsureWithinLimit(string source)
        {
            var shape = Walk(source);
            if (shape.Depth > MaxDepth) throw new MarkdownTooDeepException(shape.Depth, shape.DepthLine, shape.DepthLineStart, MaxDepth);
            if (shape.Marks > MaxInlineMarks)
                throw new MarkdownTooDeepException(shape.Marks, shape.MarksLine, shape.MarksLineStart, MaxInlineMarks, MarkdownLimit.InlineMarks);
            if (shape.HtmlScan > MaxHtmlScan)
                throw new MarkdownTooDeepException((int)Math.Min(int.MaxValue, shape.HtmlScan), shape.HtmlScanLine, shape.HtmlScanLineStart, MaxHtmlScan,
                    MarkdownLimit.HtmlScan);
        }

        /// <summary>
        /// The most characters Markdig would scan for unclosed HTML openers in one paragraph of <paramref name="source"/>
        /// (see <see cref="MaxHtmlScan"/>), the 0-based line where that paragraph's first unclosed opener is, and that
        /// line's start offset.
        /// </summary>
        public static (long Scan, int Line, int LineStart) MeasureHtmlScan(string source)
        {
            var shape = Walk(source);
            return (shape.HtmlScan, shape.HtmlScanLine, shape.HtmlScanLineStart);
        }

        private struct Shape
        {
            public int Depth, DepthLine, DepthLineStart, Marks, MarksLine, MarksLineStart, HtmlScanLine, HtmlScanLineStart;
            public long HtmlScan;
        }

        // The HTML openers of one paragraph still waiting for their closers, per kind: how many, the sum of their offsets,
        // and where the first of them is. Markdig scans from each to the paragraph's end when no closer comes.
        private struct PendingHtml
        {
            public long Count, OffsetSum;
            public int FirstLine, FirstLineStart;

            public void Open(int offset, int line, int lineStart)
            {
                if (Count == 0)
                {
                    FirstLine = line;
                    FirstLineStart = lineStart;
                }

                Count++;
                OffsetSum += offset;
            }

            // A closer: the first pending opener ends here and the others lie inside it (text, never scanned).
            public void Close() => Count = OffsetSum = 0;

            public long ScanTo(int paragraphEnd) => (Count * paragraphEnd) - OffsetSum;
        }

        private const int HtmlKinds = 4;

        private static Shape Walk(string source)
        {
            var shape = default(Shape);
            int marks = 0;
            var html = new PendingHtml[HtmlKinds];
            int paragraphEnd = 0;
            // Each open container: a quote (-1) or a list item (the column its content starts at).
            var open = new int[16];
            int count = 0;
            int line = 0;
            int i = 0;
            while (i <= source.Length)
            {
                int end = source.IndexOfAny(LineBreaks, i);
                if (end < 0) end = source.Length;

                int pos = i, column = 0, matched = 0;
                bool blank = IsBlank(source, i, end);
                for (; matched < count; matched++)
                {
                    if (open[matched] >= 0)
                    {
                        if (blank) continue;
                        int indent = Indentation(source, pos, end, column, out int afterIndent, out _);
                        if (indent < open[matched] - column) break;
                        // Consume exactly the item's indentation (the rest may open further containers).
                        Advance(source, ref pos, ref column, open[matched], afterIndent);
                    }
                    else
                    {
                        int indent = Indentation(source, pos, end, column, out int afterIndent, out int afterColumn);
                        if (indent > 3 || afterIndent >= end || source[afterIndent] != '>') break;
                        pos = afterIndent + 1;
                        column = afterColumn + 1;
                        SkipQuoteSpace(source, ref pos, ref column, end);
                    }
                }

                int opened = 0;
                // Whether an opened container ends the paragraph before it: a quote does; a list item does unless it is
                // empty or ordered from a number other than 1, which cannot interrupt a paragraph (CommonMark), so that
                // Markdig reads "2) …" after a paragraph line as more of the paragraph and keeps its marks open.
                bool interrupts = false;
                while (true)
                {
                    int indent = Indentation(source, pos, end, column, out int afterIndent, out int afterColumn);
                    if (indent > 3 || afterIndent >= end) break;
                    char c = source[afterIndent];
                    if (c == '>')
                    {
                        Push(ref open, matched + opened, -1);
                        opened++;
                        interrupts = true;
                        pos = afterIndent + 1;
                        column = afterColumn + 1;
                        SkipQuoteSpace(source, ref pos, ref column, end);
                        continue;
                    }

                    int markerEnd = ListMarkerEnd(source, afterIndent, end);
                    if (markerEnd < 0) break;
                    if (!IsBlank(source, markerEnd, end) && (!char.IsDigit(c) || OrderedStart(source, afterIndent) == 1)) interrupts = true;
                    int contentColumn = afterColumn + (markerEnd - afterIndent) + 1;
                    Push(ref open, matched + opened, contentColumn);
                    opened++;
                    pos = markerEnd < end ? markerEnd + 1 : end;
                    column = contentColumn;
                }

                if (opened > 0) count = matched + opened;
                else if (blank) count = matched;
                // else: a lazy continuation line keeps every container open.

                // A blank line ends a paragraph, a new quote or a list item that can interrupt one starts one; other lines
                // continue it (an upper bound: a heading or a fence also ends one in Markdown, and a sibling list item
                // numbered 2 or more is counted as more of the paragraph before it).
                if (blank || interrupts)
                {
                    marks = 0;
                    EndParagraph(html, paragraphEnd, ref shape);
                }

                if (!blank)
                {
                    paragraphEnd = end;
                    marks += ScanInline(source, pos, end, html, line, i);
                    if (marks > shape.Marks)
                    {
                        shape.Marks = marks;
                        shape.MarksLine = line;
                        shape.MarksLineStart = i;
                    }
                }

                if (count > shape.Depth)
                {
                    shape.Depth = count;
                    shape.DepthLine = line;
                    shape.DepthLineStart = i;
                }

                if (end >= source.Length) break;
                i = end + (source[end] == '\r' && end + 1 < source.Length && source[end + 1] == '\n' ? 2 : 1);
                line++;
            }

            EndParagraph(html, paragraphEnd, ref shape);
            return shape;
        }

        // A paragraph ends: what Markdig scans for its openers still pending, kept when it is the most so far.
        private static void EndParagraph(PendingHtml[] html, int paragraphEnd, ref Shape shape)
        {
            long scan = 0;
            int firstLine = int.MaxValue, firstLineStart = 0;
            for (int kind = 0; kind < html.Length; kind++)
            {
                if (html[kind].Count == 0) continue;
                scan += html[kind].ScanTo(paragraphEnd);
                if (html[kind].FirstLine < firstLine)
                {
                    firstLine = html[kind].FirstLine;
                    firstLineStart = html[kind].FirstLineStart;
                }

                html[kind].Close();
            }

            if (scan > shape.HtmlScan)
            {
                shape.HtmlScan = scan;
                shape.HtmlScanLine = firstLine;
                shape.HtmlScanLineStart = firstLineStart;
            }
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        // One line's content, in one pass: its marks (returned), each '[' and each run of '*' or '_' but those that can
        // neither open nor close emphasis (white space on both sides; '_' between letters or digits), which Markdig leaves
        // as text; and its HTML openers and closers (kinds: 0 "<?" … "?>", 1 "<!--" … "-->", 2 "<![CDATA[" … "]]>",
        // 3 "<!" and a letter … ">"), added to html. An escaped character is text.
        private static int ScanInline(string s, int from, int end, PendingHtml[] html, int line, int lineStart)
        {
            int marks = 0;
            for (int k = from; k < end; k++)
            {
                char c = s[k];
                if (c == '\\')
                {
                    k++;
                    continue;
                }

                if (c == '[')
                {
                    marks++;
                    continue;
                }

                if (c == '<')
                {
                    OpenHtml(s, k, end, html, line, lineStart);
                    continue;
                }

                if (c == '>')
                {
                    CloseHtml(s, k, from, html);
                    continue;
                }

                if (c != '*' && c != '_') continue;
                int runEnd = k + 1;
                while (runEnd < end && s[runEnd] == c) runEnd++;
                char before = k > from ? s[k - 1] : ' ';
                char after = runEnd < end ? s[runEnd] : ' ';
                bool spaced = IsUnicodeWhitespace(before) && IsUnicodeWhitespace(after);
                bool inWord = c == '_' && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after);
                if (!spaced && !inWord) marks++;
                k = runEnd - 1;
            }

            return marks;
        }

        // The HTML opener, if any, that starts with the '<' at k.
        private static void OpenHtml(string s, int k, int end, PendingHtml[] html, int line, int lineStart)
        {
            if (k + 1 >= end) return;
            char next = s[k + 1];
            if (next == '?') html[0].Open(k, line, lineStart);
            else if (next != '!') return;
            else if (k + 4 <= end && s[k + 2] == '-' && s[k + 3] == '-') html[1].Open(k, line, lineStart);
            else if (k + 9 <= end && string.CompareOrdinal(s, k, "<![CDATA[", 0, 9) == 0) html[2].Open(k, line, lineStart);
            else if (k + 2 < end && IsAsciiLetter(s[k + 2])) html[3].Open(k, line, lineStart);
        }

        // The '>' at k closes a declaration, and the others after their own characters.
        private static void CloseHtml(string s, int k, int from, PendingHtml[] html)
        {
            if (k > from && s[k - 1] == '?') html[0].Close();
            if (k - from >= 2 && s[k - 1] == '-' && s[k - 2] == '-') html[1].Close();
            if (k - from >= 2 && s[k - 1] == ']' && s[k - 2] == ']') html[2].Close();
            html[3].Close();
        }

        // CommonMark's Unicode whitespace, which decides whether a '*' or '_' can open or close emphasis: the space
        // separators (Zs), tab, line feed, form feed and carriage return. Not .NET's char.IsWhiteSpace, which also takes
        // U+2028, U+2029 and U+0085: a '_' before U+2028 can open emphasis in Markdig, so it must count as a mark.
        private static bool IsUnicodeWhitespace(char c) =>
            c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator;

        private static readonly char[] LineBreaks = { '\n', '\r' };

        // The optional space after '>'. A tab there gives one of its columns to it (CommonMark), so the rest of the tab
        // still counts as indentation: column moves on one while pos stays on a tab wider than one column.
        private static void SkipQuoteSpace(string source, ref int pos, ref int column, int end)
        {
            if (pos >= end) return;
            if (source[pos] == ' ' || (source[pos] == '\t' && column % 4 == 3)) pos++;
            else if (source[pos] != '\t') return;
            column++;
        }

        private static bool IsBlank(string s, int start, int end)
        {
            for (int k = start; k < end; k++)
                if (s[k] != ' ' && s[k] != '\t') return false;
            return true;
        }

        // Columns of spaces and tabs (a tab moves to the next multiple of 4) from pos; where they end.
        private static int Indentation(string s, int pos, int end, int column, out int after, out int afterColumn)
        {
            int col = column;
            int k = pos;
            while (k < end && (s[k] == ' ' || s[k] == '\t'))
            {
                col = s[k] == '\t' ? col + 4 - (col % 4) : col + 1;
                k++;
            }

            after = k;
            afterColumn = col;
            return col - column;
        }

        private static void Advance(string s, ref int pos, ref int column, int targetColumn, int limit)
        {
            while (pos < limit && column < targetColumn)
            {
                column = s[pos] == '\t' ? column + 4 - (column % 4) : column + 1;
                pos++;
            }
        }

        // The end of a list marker ("-", "+", "*", "1." or "1)") at k that is followed by a space, a tab or the end of
        // the line; -1 when there is none.
        private static int ListMarkerEnd(string s, int k, int end)
        {
            int m;
            char c = s[k];
            if (c == '-' || c == '+' || c == '*')
            {
                m = k + 1;
            }
            else
            {
                m = k;
                while (m < end && m - k < 9 && s[m] >= '0' && s[m] <= '9') m++;
                if (m == k || m >= end || (s[m] != '.' && s[m] != ')')) return -1;
                m++;
            }

            if (m < end && s[m] != ' ' && s[m] != '\t') return -1;
            return m;
        }

        // The start number of the ordered list marker at k (at most nine digits, checked by ListMarkerEnd).
        private static int OrderedStart(string s, int k)
        {
            int value = 0;
            while (s[k] >= '0' && s[k] <= '9') value = (value * 10) + (s[k++] - '0');
            return value;
        }

        private static void Push(ref int[] open, int index, int value)
        {
            if (index >= open.Length) Array.Resize(ref open, open.Length * 2);
            open[index] = value;
        }
    }

    /// <summary>Which of the Markdown front end's limits a document passed.</summary>
    public enum MarkdownLimit
    {
        /// <summary>Quotes and lists nested past <see cref="MarkdownNesting.MaxDepth"/>.</summary>
        Depth,

        /// <summary>A paragraph of more than <see cref="MarkdownNesting.MaxInlineMarks"/> emphasis and link marks.</summary>
        InlineMarks,

        /// <summary>A paragraph whose unclosed HTML openers Markdig would scan past <see cref="MarkdownNesting.MaxHtmlScan"/> characters for.</summary>
        HtmlScan,
    }

    /// <summary>A Markdown document past one of the front end's limits (<see cref="MarkdownLimit"/>); it is not linted.</summary>
    public sealed class MarkdownTooDeepException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public MarkdownTooDeepException(int depth, int line, int lineStart, int limit, MarkdownLimit kind = MarkdownLimit.Depth)
            : base(Describe(depth, kind) + "; the limit is " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            Depth = depth;
            Line = line;
            LineStart = lineStart;
            Limit = limit;
            Kind = kind;
        }

        /// <summary>
        /// The nesting depth found (quotes and lists), the number of emphasis and link marks in one paragraph, or the
        /// characters Markdig would scan for one paragraph's unclosed HTML openers.
        /// </summary>
        public int Depth { get; }

        /// <summary>Which limit was passed.</summary>
        public MarkdownLimit Kind { get; }

        /// <summary>Whether the limit passed is <see cref="MarkdownNesting.MaxInlineMarks"/>.</summary>
        public bool InlineMarks => Kind == MarkdownLimit.InlineMarks;

        /// <summary>What was found, as a finding says it: "Quotes and lists are nested 300 levels deep".</summary>
        public string Description => Describe(Depth, Kind);

        private static string Describe(int depth, MarkdownLimit kind)
        {
            var count = depth.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            switch (kind)
            {
                case MarkdownLimit.InlineMarks:
                    return "One paragraph holds " + count + " emphasis and link marks ('*', '_', '[')";
                case MarkdownLimit.HtmlScan:
                    return "One paragraph holds HTML openers ('<?', '<!--', '<![CDATA[', '<!') that never close, which the Markdown parser would scan "
                        + count + " characters for";
                default:
                    return "Quotes and lists are nested " + depth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels deep";
            }
        }

        /// <summary>The 0-based line where it is reached, counting Markdown's line breaks only (see <see cref="LineStart"/>).</summary>
        public int Line { get; }

        /// <summary>The offset where that line starts in the text measured: what a finding's position comes from.</summary>
        public int LineStart { get; }

        /// <summary>The limit.</summary>
        public int Limit { get; }
    }
}

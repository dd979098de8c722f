using System.Collections.Generic;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Fixing
{
    /// <summary>
    /// Quotations in a text, so that no fix rewrites them: a quotation is what someone said, and a linter may point
    /// at a slip in it but must not put words in a speaker's mouth. Double quotation marks only (curly “…”, straight
    /// "…" paired left to right, guillemets «…»): single marks double as apostrophes. A quotation left open ends at
    /// the end of its paragraph (a blank line).
    /// </summary>
    public static class QuotedText
    {
        /// <summary>The insides of the quotations of <paramref name="text"/> (the marks themselves excluded), in order.</summary>
        public static List<TextSpan> Quotations(string text)
        {
            var found = new List<TextSpan>();
            int open = -1;
            char closer = '\0';
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' && IsParagraphEnd(text, i))
                {
                    if (open >= 0) found.Add(TextSpan.FromBounds(open + 1, i));
                    open = -1;
                    continue;
                }

                if (open < 0)
                {
                    closer = c switch { '\u201C' => '\u201D', '"' => '"', '\u00AB' => '\u00BB', _ => '\0' };
                    if (closer != '\0') open = i;
                }
                else if (c == closer)
                {
                    found.Add(TextSpan.FromBounds(open + 1, i));
                    open = -1;
                }
            }

            if (open >= 0) found.Add(TextSpan.FromBounds(open + 1, text.Length));
            return found;
        }

        /// <summary>The fixes of <paramref name="fixes"/> that touch no quotation of <paramref name="text"/>.</summary>
        public static List<TextFix> OutsideQuotations(string text, List<TextFix> fixes)
        {
            if (fixes.Count == 0 || text.IndexOfAny(QuoteMarks) < 0) return fixes;
            var quotations = Quotations(text);
            var kept = new List<TextFix>(fixes.Count);
            foreach (var fix in fixes)
                if (!TouchesAny(quotations, fix.Span)) kept.Add(fix);
            return kept;
        }

        private static readonly char[] QuoteMarks = { '"', '\u201C', '\u00AB' };

        // Binary search: the first quotation ending after the fix starts, then whether it begins before the fix ends.
        private static bool TouchesAny(List<TextSpan> quotations, TextSpan span)
        {
            int lo = 0, hi = quotations.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (quotations[mid].End <= span.Start) lo = mid + 1;
                else hi = mid - 1;
            }

            if (lo >= quotations.Count) return false;
            var q = quotations[lo];
            return span.Length == 0 ? q.Start <= span.Start && span.Start < q.End : q.Start < span.End;
        }

        private static bool IsParagraphEnd(string text, int newline)
        {
            int k = newline + 1;
            while (k < text.Length && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) k++;
            return k >= text.Length || text[k] == '\n';
        }
    }
}

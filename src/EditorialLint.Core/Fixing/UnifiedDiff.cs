using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EditorialLint.Fixing
{
    /// <summary>
    /// A unified diff (as <c>diff -u</c> and <c>git diff</c> write it) between two texts, line by line, with three
    /// lines of context, from a Myers shortest edit script. <c>--fix-dry-run</c> prints it.
    /// </summary>
    public static class UnifiedDiff
    {
        private const int Context = 3;

        /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/>, or an empty string when they are equal.</summary>
        public static string Create(string path, string before, string after)
        {
            if (string.Equals(before, after, StringComparison.Ordinal)) return string.Empty;
            var a = SplitLines(before);
            var b = SplitLines(after);
            var edits = Diff(a, b);

            var output = new StringBuilder();
            output.Append("--- a/").Append(path).Append('\n');
            output.Append("+++ b/").Append(path).Append('\n');

            int i = 0;
            while (i < edits.Count)
            {
                // Find the next change, then grow a hunk until changes are more than 2*Context lines apart.
                while (i < edits.Count && edits[i].Kind == ' ') i++;
                if (i >= edits.Count) break;
                int start = Math.Max(0, i - Context);
                int end = i;
                int lastChange = i;
                while (end < edits.Count)
                {
                    if (edits[end].Kind != ' ') lastChange = end;
                    else if (end - lastChange > 2 * Context) break;
                    end++;
                }

                end = Math.Min(edits.Count, lastChange + Context + 1);
                WriteHunk(output, edits, start, end);
                i = end;
            }

            return output.ToString();
        }

        private static void WriteHunk(StringBuilder output, List<(char Kind, string Line, int A, int B)> edits, int start, int end)
        {
            int aStart = -1, bStart = -1, aCount = 0, bCount = 0;
            for (int k = start; k < end; k++)
            {
                var e = edits[k];
                if (e.Kind != '+') { if (aStart < 0) aStart = e.A; aCount++; }
                if (e.Kind != '-') { if (bStart < 0) bStart = e.B; bCount++; }
            }

            // A hunk with no old (or new) lines is numbered after the line before it, as diff does.
            if (aStart < 0) aStart = edits[start].A;
            if (bStart < 0) bStart = edits[start].B;
            output.Append("@@ -").Append(Range(aStart, aCount)).Append(" +").Append(Range(bStart, bCount)).Append(" @@\n");
            for (int k = start; k < end; k++)
            {
                var line = edits[k].Line;
                output.Append(edits[k].Kind).Append(TrimEnd(line)).Append('\n');
                if (!EndsWithBreak(line)) output.Append("\\ No newline at end of file\n");
            }
        }

        private static string Range(int start, int count)
        {
            int shown = count == 0 ? start : start + 1;
            return count == 1 ? shown.ToString(CultureInfo.InvariantCulture) : shown.ToString(CultureInfo.InvariantCulture) + "," + count.ToString(CultureInfo.InvariantCulture);
        }

        // Each line keeps its terminator so that a changed line ending shows as a change.
        private static List<string> SplitLines(string text)
        {
            var lines = new List<string>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    lines.Add(text.Substring(start, i - start + 1));
                    start = i + 1;
                }
            }

            if (start < text.Length) lines.Add(text.Substring(start));
            return lines;
        }

        private static bool EndsWithBreak(string line) => line.Length > 0 && (line[line.Length - 1] == '\n' || line[line.Length - 1] == '\r');

        private static string TrimEnd(string line) => line.TrimEnd('\r', '\n');

        // Myers' O((N+M)D) algorithm; A and B in the result are the 0-based line numbers in each text.
        private static List<(char Kind, string Line, int A, int B)> Diff(List<string> a, List<string> b)
        {
            int n = a.Count, m = b.Count, max = n + m;
            var v = new int[2 * max + 2];
            var trace = new List<int[]>();
            int d;
            for (d = 0; d <= max; d++)
            {
                trace.Add((int[])v.Clone());
                bool done = false;
                for (int k = -d; k <= d; k += 2)
                {
                    int x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                    int y = x - k;
                    while (x < n && y < m && string.Equals(a[x], b[y], StringComparison.Ordinal)) { x++; y++; }
                    v[max + k] = x;
                    if (x >= n && y >= m) { done = true; break; }
                }

                if (done) break;
            }

            var edits = new List<(char, string, int, int)>();
            int cx = n, cy = m;
            for (int step = d; step > 0; step--)
            {
                var pv = trace[step];
                int k = cx - cy;
                int prevK = k == -step || (k != step && pv[max + k - 1] < pv[max + k + 1]) ? k + 1 : k - 1;
                int px = pv[max + prevK];
                int py = px - prevK;
                while (cx > px && cy > py) { cx--; cy--; edits.Add((' ', a[cx], cx, cy)); }
                if (cx == px) { cy--; edits.Add(('+', b[cy], cx, cy)); }
                else { cx--; edits.Add(('-', a[cx], cx, cy)); }
            }

            while (cx > 0 && cy > 0) { cx--; cy--; edits.Add((' ', a[cx], cx, cy)); }
            edits.Reverse();
            return edits;
        }
    }
}

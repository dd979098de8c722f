using System;
using System.Collections.Generic;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Fixing
{
    /// <summary>
    /// Picks the fixes of one pass and applies them: fixes that overlap (or insert at the same point) cannot both
    /// be applied safely, so the first in text order wins and the others wait for the next pass, after a re-lint.
    /// <c>--fix</c> and the editor's "fix all" actions choose with the same <c>SelectNonOverlapping</c>.
    /// </summary>
    public static class FixApplier
    {
        /// <summary>
        /// The fixes of <paramref name="diagnostics"/> that can be applied together, in text order: unsafe ones only
        /// when <paramref name="includeUnsafe"/>, only those of <paramref name="ruleId"/> when it is given; spans outside
        /// the text are ignored.
        /// </summary>
        public static List<TextFix> SelectNonOverlapping(IEnumerable<Diagnostic> diagnostics, bool includeUnsafe, int textLength, string? ruleId = null)
        {
            var fixes = new List<(TextFix Fix, string Id)>();
            foreach (var d in diagnostics)
            {
                if (ruleId is not null && d.Id != ruleId) continue;
                if (TextFix.FromDiagnostic(d) is { } fix) fixes.Add((fix, d.Id));
            }

            return SelectNonOverlapping(fixes, includeUnsafe, textLength);
        }

        /// <summary>
        /// The same choice over fixes already taken from their findings (reports that keep findings flattened), each
        /// with its rule ID, which breaks ties.
        /// </summary>
        public static List<TextFix> SelectNonOverlapping(IEnumerable<(TextFix Fix, string Id)> fixes, bool includeUnsafe, int textLength)
        {
            var candidates = new List<(TextFix Fix, string Id)>();
            foreach (var (fix, id) in fixes)
            {
                if (!fix.IsSafe && !includeUnsafe) continue;
                if (fix.Span.End > textLength) continue;
                candidates.Add((fix, id));
            }

            candidates.Sort((a, b) =>
            {
                int c = a.Fix.Span.Start.CompareTo(b.Fix.Span.Start);
                if (c != 0) return c;
                c = a.Fix.Span.Length.CompareTo(b.Fix.Span.Length);
                if (c != 0) return c;
                c = string.CompareOrdinal(a.Id, b.Id);
                return c != 0 ? c : string.CompareOrdinal(a.Fix.Replacement, b.Fix.Replacement);
            });

            var chosen = new List<TextFix>();
            int lastStart = -1, lastEnd = -1;
            foreach (var (fix, _) in candidates)
            {
                var span = fix.Span;
                if (chosen.Count > 0 && (span.Start < lastEnd || span.Start == lastStart)) continue;
                chosen.Add(fix);
                lastStart = span.Start;
                lastEnd = span.End;
            }

            return chosen;
        }

        /// <summary>
        /// Applies non-overlapping fixes in text order; line breaks in replacements are written in the document's own
        /// line ending. Everything outside the fixed spans is kept as it was.
        /// </summary>
        public static string Apply(string text, IReadOnlyList<TextFix> fixes, LineEnding lineEnding = LineEnding.None)
        {
            var builder = new StringBuilder(text.Length + 16);
            int at = 0;
            foreach (var fix in fixes)
            {
                if (fix.Span.Start < at) throw new ArgumentException("Fixes overlap or are out of order.", nameof(fixes));
                builder.Append(text, at, fix.Span.Start - at);
                builder.Append(WithLineEnding(fix.Replacement, lineEnding));
                at = fix.Span.End;
            }

            builder.Append(text, at, text.Length - at);
            return builder.ToString();
        }

        private static string WithLineEnding(string replacement, LineEnding lineEnding)
        {
            if (replacement.IndexOf('\n') < 0 && replacement.IndexOf('\r') < 0) return replacement;
            var eol = lineEnding switch
            {
                LineEnding.CrLf => "\r\n",
                LineEnding.Cr => "\r",
                _ => "\n",
            };
            return replacement.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", eol);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Testing
{
    /// <summary>
    /// Text with expected spans marked inside it, as Roslyn's analyzer tests do: <c>[|span|]</c> for a diagnostic of
    /// the rule under test, <c>{|EL1001:span|}</c> for a diagnostic of a given ID.
    /// </summary>
    public sealed class MarkedText
    {
        private MarkedText(string text, IReadOnlyList<(string? Id, TextSpan Span)> spans)
        {
            Text = text;
            Spans = spans;
        }

        /// <summary>The text with the markers removed.</summary>
        public string Text { get; }

        /// <summary>The marked spans over <see cref="Text"/>, in order of their start.</summary>
        public IReadOnlyList<(string? Id, TextSpan Span)> Spans { get; }

        /// <summary>Parses marked text.</summary>
        public static MarkedText Parse(string marked)
        {
            var text = new StringBuilder(marked.Length);
            var spans = new List<(string?, TextSpan)>();
            var open = new Stack<(string? Id, int Start)>();
            int i = 0;
            while (i < marked.Length)
            {
                if (Starts(marked, i, "[|"))
                {
                    open.Push((null, text.Length));
                    i += 2;
                }
                else if (marked[i] == '{' && Starts(marked, i + 1, "|"))
                {
                    int colon = marked.IndexOf(':', i + 2);
                    if (colon < 0) throw new FormatException("A '{|' marker needs an ID and a colon: {|EL1001:text|}");
                    open.Push((marked.Substring(i + 2, colon - i - 2), text.Length));
                    i = colon + 1;
                }
                else if (Starts(marked, i, "|]") || Starts(marked, i, "|}"))
                {
                    if (open.Count == 0) throw new FormatException($"Unopened marker at {i}.");
                    var (id, start) = open.Pop();
                    spans.Add((id, TextSpan.FromBounds(start, text.Length)));
                    i += 2;
                }
                else
                {
                    text.Append(marked[i]);
                    i++;
                }
            }

            if (open.Count > 0) throw new FormatException("A marker was never closed.");
            spans.Sort((a, b) => a.Item2.Start != b.Item2.Start ? a.Item2.Start.CompareTo(b.Item2.Start) : string.CompareOrdinal(a.Item1, b.Item1));
            return new MarkedText(text.ToString(), spans);
        }

        private static bool Starts(string s, int i, string what) => string.CompareOrdinal(s, i, what, 0, what.Length) == 0;
    }
}

using System.Collections.Generic;
using System.Linq;
using CsCheck;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer.Tests.Documents
{
    public sealed class LineIndexTests
    {
        // Texts built from pieces that stress line breaks and UTF-16: CR, LF, CRLF, U+2028, surrogate pairs.
        private static readonly Gen<string> Texts = Gen.OneOf("a", "bc", " ", "\n", "\r", "\r\n", "\u2028", "\U0001F600", "\u00E9")
            .Array[0, 30].Select(parts => string.Concat(parts));

        [Fact]
        public void EveryOffset_RoundTripsThroughItsPosition()
        {
            Texts.Sample(text =>
            {
                var index = new LineIndex(text);
                for (int offset = 0; offset <= text.Length; offset++)
                {
                    bool insideCrLf = offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n';
                    if (insideCrLf) continue; // no position names the point between CR and LF
                    var position = index.GetPosition(offset);
                    index.GetOffset(position).Should().Be(offset, "offset {0} in {1}", offset, Escape(text));
                }
            });
        }

        [Fact]
        public void LineCount_CountsOnlyCrLfAndCrAndLfBreaks()
        {
            Texts.Sample(text =>
            {
                int breaks = 0;
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) breaks++;
                }

                new LineIndex(text).LineCount.Should().Be(breaks + 1);
            });
        }

        [Fact]
        public void PositionPastTheEndOfALine_ClampsToTheEndOfThatLine()
        {
            var index = new LineIndex("ab\r\ncd");
            index.GetOffset(0, 99).Should().Be(2, "the line's content ends before its CRLF");
            index.GetOffset(5, 0).Should().Be(6, "a line past the end is the end of the text");
        }

        [Fact]
        public void IncrementalChanges_MatchSplicingTheTextAtTheSameOffsets()
        {
            var edits = Gen.Select(Texts, Gen.Double[0, 1], Gen.Double[0, 1], Texts);
            Gen.Select(Texts, edits.Array[1, 5]).Sample((start, changes) =>
            {
                var snapshot = new DocumentSnapshot("file:///x.txt", "/x.txt", Text.DocumentKind.PlainText, 1, start);
                var expected = start;
                var events = new List<TextDocumentContentChangeEvent>();
                foreach (var (_, a, b, inserted) in changes)
                {
                    var index = new LineIndex(expected);
                    int from = Snap(expected, (int)(a * expected.Length));
                    int to = Snap(expected, (int)(b * expected.Length));
                    if (to < from) (from, to) = (to, from);
                    events.Add(new TextDocumentContentChangeEvent { Range = index.GetRange(from, to), Text = inserted });
                    expected = expected.Substring(0, from) + inserted + expected.Substring(to);
                }

                snapshot.WithChanges(2, events).Text.Should().Be(expected);
            });
        }

        // Offsets between CR and LF have no position of their own; move them to the line break's start.
        private static int Snap(string text, int offset) =>
            offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n' ? offset - 1 : offset;

        private static string Escape(string text) =>
            string.Concat(text.Select(c => c < 32 || c > 126 ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
    }
}

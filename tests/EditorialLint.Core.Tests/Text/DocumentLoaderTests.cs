using System.Linq;
using System.Text;
using EditorialLint.Diagnostics;
using EditorialLint.Text;

namespace EditorialLint.Core.Tests.Text
{
    public class DocumentLoaderTests
    {
        [Fact]
        public void Utf8WithoutBom_IsReadAsIs()
        {
            var result = DocumentLoader.Load("a.txt", Encoding.UTF8.GetBytes("café"));
            result.Document!.Content.Should().Be("café");
            result.Document.HasByteOrderMark.Should().BeFalse();
            result.Diagnostics.Should().BeEmpty();
        }

        [Fact]
        public void Utf8Bom_IsRememberedAndNotPartOfTheText()
        {
            var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Hi")).ToArray();
            var result = DocumentLoader.Load("a.txt", bytes);
            result.Document!.Content.Should().Be("Hi");
            result.Document.HasByteOrderMark.Should().BeTrue();
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Utf16WithBom_IsDecoded(bool bigEndian)
        {
            var encoding = new UnicodeEncoding(bigEndian, true);
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Ünïcode text")).ToArray();
            var result = DocumentLoader.Load("a.txt", bytes);
            result.Document!.Content.Should().Be("Ünïcode text");
            result.Diagnostics.Should().BeEmpty();
        }

        [Fact]
        public void InvalidUtf8_IsReportedAtTheFirstBadByteAndTheRestIsRead()
        {
            // "line one\ncaf\xE9 society": the bad byte is on line 2, column 4.
            var bytes = Encoding.ASCII.GetBytes("line one\ncaf").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(" society")).ToArray();
            var result = DocumentLoader.Load("a.txt", bytes);
            result.Document!.Content.Should().Be("line one\ncaf\uFFFD society");
            var d = result.Diagnostics.Should().ContainSingle().Subject;
            d.Id.Should().Be(RuleIdentifiers.InvalidUtf8);
            var span = d.Location.GetLineSpan();
            (span.StartLinePosition.Line, span.StartLinePosition.Character).Should().Be((1, 3));
        }

        [Theory]
        [InlineData(new byte[] { 0xC0, 0xAF })]       // overlong "/"
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate
        [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // past U+10FFFF
        [InlineData(new byte[] { 0xE2, 0x82 })]       // truncated at the end
        [InlineData(new byte[] { 0x80 })]             // a lone continuation byte
        public void MalformedSequences_AreInvalid(byte[] bad)
        {
            var bytes = Encoding.ASCII.GetBytes("ok ").Concat(bad).ToArray();
            var result = DocumentLoader.Load("a.txt", bytes);
            result.Diagnostics.Should().ContainSingle(d => d.Id == RuleIdentifiers.InvalidUtf8);
        }

        [Fact]
        public void NulBytes_MakeTheFileBinaryAndItIsSkipped()
        {
            var result = DocumentLoader.Load("a.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 });
            result.Document.Should().BeNull();
            result.Diagnostics.Should().ContainSingle(d => d.Id == RuleIdentifiers.BinaryFile);
        }

        [Fact]
        public void MissingFile_IsReportedNotThrown()
        {
            var result = DocumentLoader.LoadFile("/nonexistent/folder/article.md");
            result.Document.Should().BeNull();
            result.Diagnostics.Should().ContainSingle(d => d.Id == RuleIdentifiers.UnreadableFile);
        }

        [Theory]
        [InlineData("a\nb\nc", LineEnding.Lf)]
        [InlineData("a\r\nb\r\nc", LineEnding.CrLf)]
        [InlineData("a\rb\rc", LineEnding.Cr)]
        [InlineData("abc", LineEnding.None)]
        public void LineEnding_IsDetected(string text, LineEnding expected) =>
            new SourceDocument("a.txt", text).LineEnding.Should().Be(expected);

        [Theory]
        [InlineData("one\ntwo\nthree")]
        [InlineData("one\r\ntwo\r\nthree")]
        [InlineData("one\rtwo\rthree")]
        public void EveryLineEnding_GivesTheRightLineNumbers(string text)
        {
            var document = new SourceDocument("a.txt", text);
            int offset = text.IndexOf("three", System.StringComparison.Ordinal);
            document.Text.Lines.GetLinePosition(offset).Line.Should().Be(2);
        }

        [Theory]
        [InlineData(100, 100, 0, 100)]      // the usual case: it ends at its length
        [InlineData(100, 40, 0, 100)]       // it grew after its length was read: every byte is still read
        [InlineData(200_000, 10, 0, 200_000)] // grew by more than a chunk
        [InlineData(100, 150, 0, 100)]      // shrank: what is there
        [InlineData(100, 40, 60, -1)]       // grew past the limit: nothing
        [InlineData(100, 100, 100, 100)]    // exactly at the limit
        [InlineData(101, 100, 100, -1)]     // one byte past it
        [InlineData(100, 0, 0, 100)]        // length unknown (standard input)
        public void ReadBounded_ReadsEveryByte_UnlessThereAreMoreThanTheLimit(int actual, int expectedLength, int limit, int expected)
        {
            var bytes = Enumerable.Range(0, actual).Select(i => (byte)(i * 7)).ToArray();
            var read = DocumentLoader.ReadBounded(new System.IO.MemoryStream(bytes), expectedLength, limit);
            if (expected < 0)
            {
                read.Should().BeNull();
                return;
            }

            read.Should().Equal(bytes.Take(expected));
        }
}
}

using System.Linq;
using System.Text;
using EditorialLint.Text;

namespace EditorialLint.Core.Tests.Text
{
    public class Utf32LoadingTests
    {
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Utf32WithByteOrderMark_IsReadAsUtf32(bool bigEndian)
        {
            var encoding = new UTF32Encoding(bigEndian, byteOrderMark: true);
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Café reopened.\n")).ToArray();
            var loaded = DocumentLoader.Load("a.md", bytes);
            loaded.Diagnostics.Should().BeEmpty();
            loaded.Document!.Content.Should().Be("Café reopened.\n");
            loaded.Document.HasByteOrderMark.Should().BeTrue();
            loaded.Document.Encoding.GetPreamble().Should().Equal(encoding.GetPreamble());
        }

        [Fact]
        public void Utf16LittleEndian_IsStillUtf16()
        {
            var encoding = new UnicodeEncoding(false, true);
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Text.\n")).ToArray();
            DocumentLoader.Load("a.md", bytes).Document!.Content.Should().Be("Text.\n");
        }
    }
}

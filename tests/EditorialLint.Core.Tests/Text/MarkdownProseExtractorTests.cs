using System.Linq;
using EditorialLint.Text;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Tests.Text
{
    public class MarkdownProseExtractorTests
    {
        private static string[] Blocks(string markdown)
        {
            var prose = MarkdownProseExtractor.Extract(markdown);
            return prose.Blocks.Select(b => prose.Text.Substring(b.Start, b.Length)).ToArray();
        }

        [Fact]
        public void Emphasis_DoesNotBreakTheProse() =>
            Blocks("They paid a **nice** of 500,000 _euros_.\n").Should().Equal("They paid a nice of 500,000 euros.");

        [Fact]
        public void LinkText_IsProseAndItsUrlIsNot() =>
            Blocks("See [the report](https://example.org/r) now.\n").Should().Equal("See the report now.");

        [Fact]
        public void ImageAltText_IsProse() =>
            Blocks("![A crowd in Paris](p.jpg)\n").Should().Equal("A crowd in Paris");

        [Fact]
        public void InlineCodeAndAutolinks_BecomeOnePlaceholderEach() =>
            Blocks("Run `lint --all` or see <https://x.org> and https://y.org today.\n")
                .Should().Equal("Run \uFFFC or see \uFFFC and \uFFFC today.");

        [Fact]
        public void CodeBlocksHtmlFrontMatterAndDefinitions_AreNotProse()
        {
            var markdown = "---\ntitle: the the\n---\n\n```\nthe the\n```\n\n    indented code\n\n<div>html block</div>\n\n[ref]: https://example.org\n\nReal prose.\n";
            Blocks(markdown).Should().Equal("Real prose.");
        }

        [Fact]
        public void HeadingsListsQuotesAndTableCells_AreSeparateBlocks()
        {
            var markdown = "# Title\n\n- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| c | d |\n";
            Blocks(markdown).Should().Equal("Title", "one", "two", "quoted", "a", "b", "c", "d");
        }

        [Fact]
        public void SoftLineBreak_ReadsAsASpace() =>
            Blocks("first line\nsecond line\n").Should().Equal("first line second line");

        [Fact]
        public void Entities_AreDecoded() =>
            Blocks("Fish &amp; chips\n").Should().Equal("Fish & chips");

        [Fact]
        public void NulCharacters_ReadAsReplacementCharacters_EachAtItsOwnSourcePosition()
        {
            var markdown = "a\0b\0\0c\n" + new string('\0', 2_000) + "d\n";

            var prose = MarkdownProseExtractor.Extract(markdown);

            prose.Text.Should().StartWith("a\uFFFDb\uFFFD\uFFFDc");
            for (int i = 0; i < prose.Text.Length; i++)
                if (prose.Text[i] == '\uFFFD') markdown[prose.ToSourceOffset(i)].Should().Be('\0', "prose offset {0}", i);
        }

        [Fact]
        public void Escapes_AreDecoded() =>
            Blocks("Not \\*emphasis\\*\n").Should().Equal("Not *emphasis*");

        [Theory]
        [InlineData("They paid a **nice** of money.\n")]
        [InlineData("They paid a **nice** of money.\r\n")]
        [InlineData("Intro\r\n\r\n- item **nice** one\r\n")]
        [InlineData("\tIndented? No: a tab in a list\n\n- \tnice\n")]
        [InlineData("> a quote with a [nice](http://x) link\n> over two lines\n")]
        [InlineData("Lone\rCR\rline endings nice\r")]
        [InlineData("Escaped \\*stars\\* and \\_underscores\\_ nice\n")]
        public void EveryProseCharacter_MapsToTheSameSourceCharacter(string markdown)
        {
            var prose = MarkdownProseExtractor.Extract(markdown);
            foreach (var block in prose.Blocks)
            {
                for (int i = block.Start; i < block.End; i++)
                {
                    char c = prose.Text[i];
                    int source = prose.ToSourceOffset(i);
                    if (c == ' ' && markdown[source] != ' ')
                        markdown[source].Should().BeOneOf('\n', '\r'); // a soft line break
                    else
                        markdown[source].Should().Be(c, "prose offset {0} of {1}", i, prose.Text);
                }
            }
        }

        [Fact]
        public void ProseSpan_MapsToTheSourceSpanIncludingInnerMarkup()
        {
            const string markdown = "a **nice** of\n";
            var prose = MarkdownProseExtractor.Extract(markdown);
            int start = prose.Text.IndexOf("nice of", System.StringComparison.Ordinal);
            var source = prose.ToSourceSpan(new TextSpan(start, "nice of".Length));
            markdown.Substring(source.Start, source.Length).Should().Be("nice** of");
            prose.IsVerbatim(new TextSpan(start, "nice".Length), markdown).Should().BeTrue();
            prose.IsVerbatim(new TextSpan(start, "nice of".Length), markdown).Should().BeFalse();
        }
    }
}

using EditorialLint.Text;

namespace EditorialLint.Core.Tests.Text
{
    /// <summary>
    /// Markdown without any bare-URL marker is parsed without the autolink extension (it is faster); the result
    /// must be the same as with it, and every bare URL form must still take the full pipeline.
    /// </summary>
    public class BareUrlFastPathTests
    {
        [Theory]
        [InlineData("See http://example.org today.\n")]
        [InlineData("See HTTPS://EXAMPLE.ORG today.\n")]
        [InlineData("See ftp://example.org today.\n")]
        [InlineData("See WWW.Example.org today.\n")]
        [InlineData("Write to MAILTO:desk@example.org today.\n")]
        [InlineData("Call tel:+441234567890 today.\n")]
        public void EveryBareUrlForm_TakesTheFullPipeline(string markdown)
        {
            MarkdownProseExtractor.MayHoldBareUrl(markdown).Should().BeTrue();
            var prose = MarkdownProseExtractor.Extract(markdown);
            prose.Text.Should().Be(MarkdownProseExtractor.Extract(markdown, detectBareUrls: true).Text);
        }

        [Theory]
        [InlineData("See http://example.org today.\n")]
        [InlineData("See https://example.org today.\n")]
        [InlineData("See ftp://example.org today.\n")]
        [InlineData("See www.example.org today.\n")]
        [InlineData("See mailto:desk@example.org today.\n")]
        public void BareUrls_AreLeftOutOfProse(string markdown)
        {
            var prose = MarkdownProseExtractor.Extract(markdown).Text;
            prose.Should().StartWith("See").And.Contain(ProseView.Placeholder.ToString()).And.NotContain("example");
        }

        [Theory]
        [InlineData("Profits jumped 76% to $1.13bn (£600m), the firm said: \"We are pleased.\"\n")]
        [InlineData("# Heading with *emphasis*\n\nA paragraph with **bold**, `code`, <b>html</b> and [a link](/page).\n\n- which\n- was\n- here\n")]
        [InlineData("> Quote: where were we?\n>\n> Mostly fine. Hmm.\n\n| a | b |\n|---|---|\n| when | how |\n")]
        [InlineData("Line one\\\nline two &amp; three\n\n    indented code\n\n1. first\n2. second\n")]
        public void TextWithoutUrlMarkers_GivesTheSameProseEitherWay(string markdown)
        {
            MarkdownProseExtractor.MayHoldBareUrl(markdown).Should().BeFalse();
            var fast = MarkdownProseExtractor.Extract(markdown, detectBareUrls: false);
            var full = MarkdownProseExtractor.Extract(markdown, detectBareUrls: true);
            fast.Text.Should().Be(full.Text);
            fast.Blocks.Should().Equal(full.Blocks);
            for (int i = 0; i <= full.Text.Length; i++)
                fast.ToSourceOffset(i).Should().Be(full.ToSourceOffset(i));
        }
    }
}

using System.Linq;
using EditorialLint.Text;
using EditorialLint.Tokens;

namespace EditorialLint.Core.Tests.Tokens
{
    public class TokenizerTests
    {
        // Each case: the text, then its tokens as "kind:text" separated by " | ".
        [Theory]
        [InlineData("Telegram's users", "W:Telegram's | W:users")]
        [InlineData("Telegram’s users", "W:Telegram’s | W:users")]
        [InlineData("we will't agree", "W:we | W:will't | W:agree")]
        [InlineData("a well-known fact", "W:a | W:well-known | W:fact")]
        [InlineData("COVID-19 cases", "W:COVID-19 | W:cases")]
        [InlineData("users' data", "W:users | P:' | W:data")]
        [InlineData("500,000 euros", "N:500,000 | W:euros")]
        [InlineData("1.13 million", "N:1.13 | W:million")]
        [InlineData("$600m deal", "N:$600m | W:deal")]
        [InlineData("€500,000 fine", "N:€500,000 | W:fine")]
        [InlineData("£5.7bn bid", "N:£5.7bn | W:bid")]
        [InlineData("9.5bn users", "N:9.5bn | W:users")]
        [InlineData("950M users", "N:950M | W:users")]
        [InlineData("76% of", "N:76% | W:of")]
        [InlineData("the 121st day", "W:the | N:121st | W:day")]
        [InlineData("August 25th, 2024", "W:August | N:25th | P:, | N:2024")]
        [InlineData("the 1990s", "W:the | N:1990s")]
        [InlineData("a 39-year-old man", "W:a | N:39 | P:- | W:year-old | W:man")]
        [InlineData("ranges 5-10", "W:ranges | N:5 | P:- | N:10")]
        [InlineData("1,2,3", "N:1 | P:, | N:2 | P:, | N:3")]
        [InlineData("3D and 5G", "W:3D | W:and | W:5G")]
        [InlineData("the U.S. and e.g. this", "W:the | W:U.S. | W:and | W:e.g. | W:this")]
        [InlineData("AT&T and R&D", "W:AT&T | W:and | W:R&D")]
        [InlineData("commented → on", "W:commented | S:→ | W:on")]
        [InlineData("end. Next", "W:end | P:. | W:Next")]
        [InlineData("café naïve", "W:café | W:naïve")]
        [InlineData("wait... what", "W:wait | P:. | P:. | P:. | W:what")]
        [InlineData("emoji 😀 here", "W:emoji | S:😀 | W:here")]
        [InlineData("3.5.", "N:3.5 | P:.")]
        [InlineData("", "")]
        public void Text_IsSplitIntoTheExpectedTokens(string text, string expected)
        {
            var prose = ProseView.ForPlainText(text);
            var tokens = Tokenizer.Tokenize(prose);
            var actual = string.Join(" | ", tokens.Select(t => Code(t.Kind) + ":" + text.Substring(t.Start, t.Length)));
            actual.Should().Be(expected);
        }

        [Fact]
        public void Placeholder_IsItsOwnToken()
        {
            var prose = MarkdownProseExtractor.Extract("Run `x` now.\n");
            var tokens = Tokenizer.Tokenize(prose);
            tokens.Select(t => t.Kind).Should().Equal(TokenKind.Word, TokenKind.Placeholder, TokenKind.Word, TokenKind.Punctuation);
        }

        private static string Code(TokenKind kind) => kind switch
        {
            TokenKind.Word => "W",
            TokenKind.Number => "N",
            TokenKind.Punctuation => "P",
            TokenKind.Symbol => "S",
            _ => "X",
        };
    }
}

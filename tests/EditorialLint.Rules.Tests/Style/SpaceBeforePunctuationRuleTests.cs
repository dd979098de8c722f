using EditorialLint.Rules.Style;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Style
{
    public class SpaceBeforePunctuationRuleTests
    {
        private static readonly SpaceBeforePunctuationRule Rule = new SpaceBeforePunctuationRule();

        [Theory]
        [InlineData("image credit[| :|] Reuters")]
        [InlineData("Is it true[| ?|]")]
        [InlineData("He left[| ,|] then returned.")]
        [InlineData("It rose 5%[| .|]")]
        public void SpaceBeforeAMark_IsReported(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Theory]
        [InlineData("image credit: Reuters. Is it true?")]
        [InlineData("The rate rose by .5 points ... and then fell.")]
        [InlineData("Meet at :30 past. Smile :)")]
        [InlineData("Run `x` : it works.")]
        [InlineData("Domains such as .com and files ending .png. A strange match . . . he said.")]
        public void OrdinaryPunctuation_IsNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.md");

        [Theory]
        [InlineData("He left[| ,|]then returned.")]
        [InlineData("Bring bread[| ;|]milk too.")]
        [InlineData("She lives in[| .|]Leeds now.")]
        public void SpaceOnTheWrongSideOfTheMark_IsReported(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Fact]
        public void Fix_MovesTheSpaceAfterTheComma()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "He left[| ,|]then returned.", "t.txt");
            RuleVerifier.ApplyFixes("He left ,then returned.", diagnostics).Should().Be("He left, then returned.");
        }

        [Theory]
        [InlineData("The vote \u2014 a close one \u2014 passed. It fell \u2013 then rose.")]
        [InlineData("And then \u2026 nothing. And then ... nothing.")]
        [InlineData("She said \u00ABBonjour\u00A0! Comment allez-vous ?\u00BB and left.")]
        [InlineData("Le mot\u202F: merci.")]
        [InlineData("Nice :-) and fine ;-) today.")]
        [InlineData("Reply to @ana .@ben and run ./build.sh now.")]
        public void AllowedTypography_IsNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Fact]
        public void Fix_RemovesTheSpace()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "image credit[| :|] Reuters", "t.txt");
            RuleVerifier.ApplyFixes("image credit : Reuters", diagnostics).Should().Be("image credit: Reuters");
        }
    }
}

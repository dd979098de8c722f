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

        [Fact]
        public void Fix_RemovesTheSpace()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "image credit[| :|] Reuters", "t.txt");
            RuleVerifier.ApplyFixes("image credit : Reuters", diagnostics).Should().Be("image credit: Reuters");
        }
    }
}

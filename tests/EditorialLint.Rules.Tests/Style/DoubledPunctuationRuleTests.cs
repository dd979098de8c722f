using EditorialLint.Analysis;
using EditorialLint.Rules.Style;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Style
{
    public class DoubledPunctuationRuleTests
    {
        private static readonly DoubledPunctuationRule Rule = new DoubledPunctuationRule();

        [Theory]
        [InlineData("He left,[|,|] then came back.")]
        [InlineData("She moved to the U.S.[|.|]")]
        [InlineData("Really?[|?|]")]
        [InlineData("Stop![|!|] Now.")]
        [InlineData("It ended.[|.|] Then more.")]
        public void DoubledMark_IsReported(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Theory]
        [InlineData("He left, then came back... later.")]
        [InlineData("Really?! Yes.")]
        [InlineData("Wait.... what")]
        public void EllipsisAndInterrobang_AreNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("Use Standard::Disclaimer and cast '5'::int or total::float.")]
        [InlineData("Call write(..) then log(..) as usual.")]
        [InlineData("He said it was fine [..] and left. The side. ..then more.")]
        public void CodeThatLostItsMarkupAndElisions_AreNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("Note:[|:|] the ferry is late.")]
        [InlineData("It was \"done\".[|.|] Then more.")]
        public void DoubledMarkNextToAWord_IsStillReported(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Fact]
        public void RunOfThreeCommas_IsReportedOnce() =>
            RuleVerifier.Verify(Rule, "Odd,[|,|], indeed.", "t.txt");

        [Fact]
        public void DoubledComma_HasASafeFix()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "He left,[|,|] then.", "t.txt");
            TextFix.FromDiagnostic(diagnostics[0])!.Value.IsSafe.Should().BeTrue();
            RuleVerifier.ApplyFixes("He left,, then.", diagnostics).Should().Be("He left, then.");
        }
    }
}

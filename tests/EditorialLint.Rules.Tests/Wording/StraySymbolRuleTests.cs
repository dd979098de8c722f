using EditorialLint.Rules.Wording;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Wording
{
    public class StraySymbolRuleTests
    {
        private static readonly StraySymbolRule Rule = new StraySymbolRule();

        [Theory]
        [InlineData("Pavel Durov first commented [|→|] on his detention.")]
        [InlineData("The minister [|■|] said the talks would go on.")]
        [InlineData("Prices went from €20 [|→|] €21.")]
        [InlineData("Great news [|😀|] for everyone.")]
        public void SymbolBetweenWords_IsReported(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Theory]
        [InlineData("• A bullet that opens a line is a list.\n  • So is this one.")]
        [InlineData("→ An arrow that opens a line is a marker.")]
        [InlineData("Copyright © 2024 and 20°C are ordinary. So is 5 + 3.")]
        [InlineData("The end. →")]
        [InlineData("A lone \uD83D surrogate and a lone \uDE00 low one.")]
        public void OrdinarySymbolsAndLineMarkers_AreNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Fact]
        public void Fix_RemovesTheSymbolAndItsSpace()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "He commented [|→|] on it.", "t.txt");
            RuleVerifier.ApplyFixes("He commented → on it.", diagnostics).Should().Be("He commented on it.");
        }
    }
}

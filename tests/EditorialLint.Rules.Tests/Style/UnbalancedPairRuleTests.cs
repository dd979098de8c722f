using EditorialLint.Rules.Style;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Style
{
    public class UnbalancedPairRuleTests
    {
        private static readonly UnbalancedPairRule Rule = new UnbalancedPairRule();

        [Fact]
        public void UnclosedBracket_IsReportedAtTheBracket() =>
            RuleVerifier.Verify(Rule, "The reports [|(|]like the ones we publish show progress.\n", "t.md");

        [Fact]
        public void BracketClosedButNeverOpened_IsReported() =>
            RuleVerifier.Verify(Rule, "It ended[|)|] there.", "t.txt");

        [Fact]
        public void UnclosedCurlyQuote_IsReported() =>
            RuleVerifier.Verify(Rule, "He said: [|“|]We will not leave.\n\nThen he left.", "t.txt");

        [Fact]
        public void UnclosedStraightQuote_IsReported() =>
            RuleVerifier.Verify(Rule, "He said: [|\"|]We will not leave.", "t.txt");

        [Fact]
        public void QuotationRunningIntoTheNextParagraph_IsNotReported() =>
            RuleVerifier.Verify(Rule, "“We will stay,\n\n“and we will fight,” he said.", "t.txt");

        [Fact]
        public void BalancedPairs_ListMarkersEmoticonsAndInchMarks_AreNotReported() =>
            RuleVerifier.Verify(Rule, "The reports (like these) show “progress” and \"more\".\n1) first\na) second :)\nHe is 6' 2\" tall.", "t.txt");

        [Fact]
        public void BracketsInCode_AreNotProse() =>
            RuleVerifier.Verify(Rule, "Call `f(x` now.\n", "t.md");

        [Fact]
        public void EachParagraph_IsBalancedOnItsOwn() =>
            RuleVerifier.Verify(Rule, "First [|(|]paragraph.\n\nSecond paragraph[|)|].", "t.txt");
    }
}

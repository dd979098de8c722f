using EditorialLint.Rules.Style;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Style
{
    public class RepeatedWordRuleTests
    {
        private static readonly RepeatedWordRule Rule = new RepeatedWordRule();

        [Fact]
        public void SameWordTwice_IsReported() =>
            RuleVerifier.Verify(Rule, "He went to the [|the|] shop.");

        [Fact]
        public void RepeatAcrossALineBreak_IsReported() =>
            RuleVerifier.Verify(Rule, "He went to the\n[|the|] shop.\n");

        [Fact]
        public void RepeatAcrossEmphasis_IsReportedOverTheMarkup() =>
            RuleVerifier.Verify(Rule, "He went to the **[|the|]** shop.\n");

        [Fact]
        public void RepeatWithDifferentCase_IsReported() =>
            RuleVerifier.Verify(Rule, "The [|the|] shop was shut.");

        [Fact]
        public void LegitimateDoubles_AreNotReported() =>
            RuleVerifier.Verify(Rule, "What it is is a mess. He had had enough. I know that that is true.");

        [Fact]
        public void WordsSeparatedByPunctuation_AreNotReported() =>
            RuleVerifier.Verify(Rule, "Go, go, go. It was over. Over the hills.");

        [Fact]
        public void RepeatInInlineCode_IsNotProse() =>
            RuleVerifier.Verify(Rule, "Run `the the` command.\n");

        [Fact]
        public void Fix_RemovesTheSecondWord()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "He went to the [|the|] shop.");
            RuleVerifier.ApplyFixes("He went to the the shop.", diagnostics).Should().Be("He went to the shop.");
        }

        [Fact]
        public void Fix_IsOfferedOnlyWhereTheSourceHasNoMarkup()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "He went to the **[|the|]** shop.\n");
            Analysis.TextFix.FromDiagnostic(diagnostics[0]).Should().BeNull();
        }
    }
}

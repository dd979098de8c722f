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
            RuleVerifier.Verify(Rule, "What it is is a mess. He had had enough. I know that that is true.", "t.txt");

        [Theory]
        [InlineData("By noon they had had enough of the rain.")]
        [InlineData("She said that that plan would never pass.")]
        [InlineData("We know that that can wait until Monday.")]
        [InlineData("The firm hopes to record record profits this year.")]
        [InlineData("Ministers will address address changes next week.")]
        [InlineData("What the plan needs is is more money.")]
        [InlineData("The can can hold two litres.")]
        public void GrammaticalRepeats_AreNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("She said that [|that|] this council would act.")]
        [InlineData("The plan is [|is|] ready.")]
        [InlineData("Put the cup on [|on|] the shelf.")]
        [InlineData("The vote will [|will|] take place.")]
        [InlineData("We went to [|to|] the coast.")]
        [InlineData("The firm was placed in [|in|] the past.")]
        public void Slips_AreReported(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Fact]
        public void CapitalisedDoubleAfterAVerb_IsReported() =>
            RuleVerifier.Verify(Rule, "The launch date is June [|June|].", "t.txt");

        [Theory]
        [InlineData("They flew to Bora Bora in June. April April was her stage name.")]
        [InlineData("The officer, said Said Khan, was calm. The senior law lord Lord Hale spoke.")]
        [InlineData("June June opened the show.")]
        public void NamesThatDouble_AreNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("She waved bye bye from the bus.")]
        [InlineData("Ha ha, very funny. He laughed: ha ha ha.")]
        [InlineData("Ok ok, I will go. Okay okay.")]
        [InlineData("Stop stop! It was very very cold, far far away.")]
        [InlineData("The answer is a million million, or 1.3 quadrillion quadrillion.")]
        [InlineData("Best for: coffee, coffee coffee.")]
        [InlineData("Spell it b a s i c.")]
        public void ReduplicationInterjectionsAndDeliberateRuns_AreNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("About Acme\n\nAcme makes tools.")]
        [InlineData("There is a debate going on on the budget. She was logging in in May.")]
        [InlineData("Add to this this new rule.")]
        public void ParagraphBreaksParticlesAndPronouns_AreNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Fact]
        public void RepeatedIAndA_AreReported() =>
            RuleVerifier.Verify(Rule, "But I [|I|] was late for a [|a|] meeting.", "t.txt");

        [Fact]
        public void IsIsAcrossALineBreakInMarkdown_IsReported() =>
            RuleVerifier.Verify(Rule, "The report is\n[|is|] late.\n", "t.md");

        [Fact]
        public void OnOnAcrossEmphasis_IsReported() =>
            RuleVerifier.Verify(Rule, "Put it on *[|on|]* the table.\n", "t.md");

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

using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Wording
{
    public class DocumentSpinScoreRuleTests
    {
        private static readonly DocumentSpinScoreRule Rule = new DocumentSpinScoreRule();

        private static string Text(string marked) => MarkedText.Parse(marked).Text;

        [Fact]
        public void SpunStory_IsReportedOnceOnItsFirstLine() =>
            RuleVerifier.Verify(Rule, "# [|Harbour operator fined over diesel spill|]" + Text(UnlikelyWordInContextRuleTests.SpunStory).Substring("# Harbour operator fined over diesel spill".Length));

        [Fact]
        public void CleanStory_IsNotReported() =>
            RuleVerifier.Verify(Rule, UnlikelyWordInContextRuleTests.CleanStory);

        [Fact]
        public void SpunStory_ScoresFarAboveTheCleanOne()
        {
            float spun = DocumentSpinScoreRule.SpinScore(AnalyzedDocument.FromText("spun.md", Text(UnlikelyWordInContextRuleTests.SpunStory)))!.Value;
            float clean = DocumentSpinScoreRule.SpinScore(AnalyzedDocument.FromText("clean.md", UnlikelyWordInContextRuleTests.CleanStory))!.Value;
            spun.Should().BeGreaterThan(3 * clean + 1);
        }

        [Fact]
        public void ShortDocument_IsNotScoredAsAWhole() =>
            RuleVerifier.Verify(Rule, "We will't agree. The authorities is perhaps confused. Take legal motion. Go away the country at the identical time.");

        [Fact]
        public void ThresholdOption_RaisesTheBar()
        {
            var options = new DictionaryRuleOptions(new Dictionary<string, string> { ["editorial_lint.EL2900.threshold"] = "1000" });
            RuleVerifier.Lint(new[] { Rule }, Text(UnlikelyWordInContextRuleTests.SpunStory), "story.md", options).Should().BeEmpty();
        }

        [Fact]
        public void PlainTextStory_IsReportedOnItsFirstLine()
        {
            var text = Text(UnlikelyWordInContextRuleTests.SpunStory).Substring(2); // no Markdown heading marker
            var diagnostics = RuleVerifier.Lint(new[] { Rule }, text, "story.txt");
            diagnostics.Should().ContainSingle();
            var line = diagnostics[0].Location.GetLineSpan();
            line.StartLinePosition.Line.Should().Be(0);
            line.StartLinePosition.Character.Should().Be(0);
            line.EndLinePosition.Line.Should().Be(0);
        }
    }
}

using EditorialLint.Rules.Style;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Style
{
    public class IndefiniteArticleRuleTests
    {
        private static readonly IndefiniteArticleRule Rule = new IndefiniteArticleRule();

        [Theory]
        [InlineData("It took [|a|] hour.")]
        [InlineData("She ate [|a|] apple.")]
        [InlineData("She is [|an|] university lecturer.")]
        [InlineData("He wrote [|an|] useful note.")]
        [InlineData("It is [|an|] one-off.")]
        [InlineData("He was fined by [|a|] MP.")]
        [InlineData("He drove [|a|] SUV.")]
        [InlineData("She met [|an|] UN envoy.")]
        [InlineData("It was [|a|] 18-year-old.")]
        [InlineData("It was [|a|] 8% rise.")]
        [InlineData("[|An|] European court ruled.")]
        [InlineData("She gave [|a|] honest answer.")]
        public void WrongArticle_IsReported(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Theory]
        [InlineData("It took an hour. She ate an apple. She is a university lecturer.")]
        [InlineData("He was fined by an MP and a UN envoy. An FBI agent spoke.")]
        [InlineData("A NATO summit began. An OPEC meeting ended.")]
        [InlineData("An unnamed official spoke. An unimportant detail. An onerous task.")]
        [InlineData("A European court ruled. A one-off. A useful note. A eulogy.")]
        [InlineData("It was an 18-year-old. It was a 1,000-strong crowd. It was an 80,000 crowd. In a 1800 report.")]
        [InlineData("An historic day. A historic day.")]
        [InlineData("Type A blood, plan a or plan b.")]
        [InlineData("It was a U-turn, an X-ray and a T-shirt. An IMF team, an EU summit, an MSc, an OBE.")]
        [InlineData("A Uefa Cup tie. An Xbox game. An ntl spokesman. A US-based firm.")]
        public void RightOrUndecidableArticle_IsNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Fact]
        public void Fix_SwapsTheArticleAndKeepsItsCase()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "[|A|] hour passed.", "t.txt");
            RuleVerifier.ApplyFixes("A hour passed.", diagnostics).Should().Be("An hour passed.");
        }
    }
}

using System.Globalization;
using System.Linq;
using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Numbers
{
    public class QuantityConflictRuleTests
    {
        private static readonly QuantityConflictRule Rule = new QuantityConflictRule();

        [Fact]
        public void SameCountGivenTwice_InOneArticle_IsReported() =>
            RuleVerifier.Verify(Rule,
                "Telegram's user base reached 950 million, it said.\n\nThe number of Telegram users has surged to [|9.5 billion|], he said.\n");

        [Fact]
        public void OrderOfMagnitudeSlip_IsNamed_AndTheOtherFigureIsLocated()
        {
            var diagnostics = RuleVerifier.Verify(Rule,
                "Telegram's user base reached 950 million, it said.\n\nThe number of Telegram users has surged to [|9.5 billion|], he said.\n");
            var message = diagnostics[0].GetMessage(CultureInfo.InvariantCulture);
            message.Should().Contain("'9.5 billion' here, but '950 million' at line 1").And.Contain("order of magnitude");
            diagnostics[0].AdditionalLocations.Should().ContainSingle()
                .Which.GetLineSpan().StartLinePosition.Line.Should().Be(0);
        }

        [Fact]
        public void MoneyOfTheSameThing_GivenTwice_IsReported() =>
            RuleVerifier.Verify(Rule,
                "The court set a fine of 500,000 euros on Monday.\n\nLawyers said a fine of [|5 million euros|] was unheard of.\n");

        [Fact]
        public void TheOddFigure_IsReported_AgainstTheMajority() =>
            RuleVerifier.Verify(Rule,
                "The user base reached [|95 million|] in May. Analysts doubted it. The user base reached 950 million, the firm said. "
                + "Its user base reached 950 million, a spokesman added.");

        [Fact]
        public void FiguresWithinRoundingOrHedges_AreNotReported() =>
            RuleVerifier.Verify(Rule,
                "The user base reached 950 million in May. Later the user base reached nearly 1 billion. Its user base stands at about 960 million.");

        [Fact]
        public void DifferentTimeFrames_AreNotReported() =>
            RuleVerifier.Verify(Rule,
                "Quarterly profits reached $1.13bn, the firm said. For the full year, profits reached $3.36bn.");

        [Fact]
        public void DifferentPlaces_AreNotReported() =>
            RuleVerifier.Verify(Rule,
                "In France, the workforce stands at 5,000. The workforce stands at 40,000 worldwide.");

        [Fact]
        public void ChangesAndEarlierValues_AreNotLevels() =>
            RuleVerifier.Verify(Rule,
                "Profits rose 27% to $284m. Profits were up from $200m a year earlier. Profits rose by $84m.");

        [Fact]
        public void TwoFiguresInOneSentence_AreAContrast_NotAConflict() =>
            RuleVerifier.Verify(Rule, "The user base reached 500 million in 2019 and the user base reached 950 million this year.");

        [Fact]
        public void DifferentOwners_AreDifferentThings() =>
            RuleVerifier.Verify(Rule,
                "Telegram has 950 million users, it says. WhatsApp has 2 billion users, by contrast.");

        [Fact]
        public void BareCountsOfSubsets_AreNotCompared() =>
            RuleVerifier.Verify(Rule,
                "Eighteen firms pulled out. Investors in these two firms may now go to court.");

        [Fact]
        public void ConversionsInBrackets_AreNotSeparateFigures() =>
            RuleVerifier.Verify(Rule,
                "A fine of 500,000 euros ($555,833) applies. The fine of 500,000 euros is the maximum.");

        [Fact]
        public void FigureInMarkdownEmphasis_IsReportedOverTheMarkup()
        {
            var diagnostics = RuleVerifier.Verify(Rule,
                "Telegram's user base reached 950 million.\n\nThe number of Telegram users has surged to **[|9.5** billion|].\n");
            diagnostics.Should().ContainSingle();
        }

        [Fact]
        public void CrlfText_ReportsExactLinesAndColumns()
        {
            var diagnostics = RuleVerifier.Verify(Rule,
                "Telegram's user base reached 950 million.\r\n\r\nThe number of Telegram users has surged to [|9.5 billion|].\r\n", "t.txt");
            var position = diagnostics.Single().Location.GetLineSpan().StartLinePosition;
            position.Line.Should().Be(2);
            position.Character.Should().Be("The number of Telegram users has surged to ".Length);
        }
    }
}

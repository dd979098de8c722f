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
        [InlineData("She took [|a|] HIV test.")]
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

        [Theory]
        [InlineData("The crew launched a NASA probe and held a LAN party.")]
        [InlineData("Each laptop has a MAC address, a NAT router and a REST interface.")]
        [InlineData("She wrote a README and a NATO brief.")]
        [InlineData("It needs an HEVC decoder and a SIM card.")]
        public void CapitalsReadAsAWord_FollowTheirFirstSound(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("He drew [|an|] NASA logo.")]
        [InlineData("They rented [|an|] LAN cable.")]
        [InlineData("The tool builds [|a|] HTML page from [|a|] LLM answer.")]
        public void CapitalsReadAsAWordOrSpelledOut_AreStillChecked(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Theory]
        [InlineData("The proof uses an Euler path and an Eulerian circuit.")]
        [InlineData("They took a Eurostar train, a one-off trip of an hour.")]
        [InlineData("It was a unilateral move and a unidirectional valve.")]
        public void SilentOrYouOrOiSounds_FollowTheSound(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("It took [|a|] Euler diagram to explain.")]
        [InlineData("They took [|an|] Eurostar train.")]
        [InlineData("It was [|an|] unilateral move.")]
        public void SilentOrYouOrOiSounds_WrongArticle_IsReported(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Theory]
        [InlineData("She ran a SQL query, then an SQL query.")]
        [InlineData("He sent a URL and an URL, a FAQ and an FAQ.")]
        [InlineData("Mail came from an fbi.gov address and a bbc.co.uk one.")]
        [InlineData("The pitcher fell behind in an 0-2 count, then a 0-1 count.")]
        [InlineData("A St Louis native met a Dr Foster and a Mt Etna guide.")]
        [InlineData("Ask for a RAC or an RAC; add a LOC constraint or an LOC constraint.")]
        public void GenuinelyUncertainReadings_AreNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("It uses an mLSTM stack, an eBay listing and a vCard.")]
        public void LowerCaseLetterBeforeCapitals_IsSaidByName(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Fact]
        public void LowerCaseLetterBeforeCapitals_WrongArticle_IsReported() =>
            RuleVerifier.Verify(Rule, "It uses [|a|] mLSTM stack.", "t.txt");

        [Theory]
        [InlineData("It was an 87W charger and an 80TB drive; a 52% share.")]
        [InlineData("It was an 11-hour flight and an 8GB card.")]
        public void WordsStartingWithDigits_AreReadAsTheirNumber(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("It was [|a|] 87W charger.")]
        [InlineData("It was [|an|] 64GB card.")]
        public void WordsStartingWithDigits_WrongArticle_IsReported(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Theory]
        [InlineData("It was [|a|] \"open secret\" in the village.", "t.txt")]
        [InlineData("It was [|a|] \u201Copen secret\u201D in the village.", "t.txt")]
        [InlineData("She called it [|an|] \u2018useful\u2019 idea.", "t.txt")]
        [InlineData("It was [|a|] *open* secret in the village.\n", "t.md")]
        [InlineData("It was [|an|] **unique** case.\n", "t.md")]
        public void ArticleBeforeAQuotedOrEmphasisedWord_IsChecked(string marked, string path) => RuleVerifier.Verify(Rule, marked, path);

        [Theory]
        [InlineData("It was an \"open secret\" and a *useful* hint.\n")]
        [InlineData("It was a \u201Cunique\u201D case and an \u2018honest\u2019 answer.\n")]
        public void RightArticleBeforeAQuotedOrEmphasisedWord_IsNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.md");

        [Fact]
        public void Fix_SwapsTheArticleAndKeepsItsCase()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "[|A|] hour passed.", "t.txt");
            RuleVerifier.ApplyFixes("A hour passed.", diagnostics).Should().Be("An hour passed.");
        }
    }
}

using EditorialLint.Rules.Wording;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Wording
{
    public class GluedWordsRuleTests
    {
        private static readonly GluedWordsRule Rule = new GluedWordsRule();

        [Fact]
        public void LowerCaseWordGluedToACapitalisedOne_IsReportedWithASpace()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "They asked for the [|encryptionSecret|] Key.");
            diagnostics[0].GetMessage().Should().Contain("'encryption Secret'");
            RuleVerifier.ApplyFixes("They asked for the encryptionSecret Key.", diagnostics).Should().Be("They asked for the encryption Secret Key.");
        }

        [Fact]
        public void ArticleGluedToAName_IsReported() =>
            RuleVerifier.Verify(Rule, "Experts at [|theWorld|] Meteorological Organisation agreed.");

        [Fact]
        public void BrandForms_AreNotReported() =>
            RuleVerifier.Verify(Rule, "He sold his iPhone and iPad on eBay, paid with PayPal, ate at McDonald's, flew easyJet and watched YouTube on macOS.");

        [Fact]
        public void HandlesHashtagsAndAddresses_AreNotReported() =>
            RuleVerifier.Verify(Rule, "Follow @newsDesk and #bringBackOurGirls, or see example.com/latestNews today.");

        [Fact]
        public void CodeInMarkdown_IsNotProse() =>
            RuleVerifier.Verify(Rule, "Set `encryptionSecret` in the file.\n");

        [Fact]
        public void CodeNameOfThreeParts_IsNotReported() =>
            RuleVerifier.Verify(Rule, "The page calls addEventListener once the menu opens.");

        [Fact]
        public void CodeNames_InATextAboutCode_AreNotReported() =>
            RuleVerifier.Verify(Rule, "The reply carries statusText and bodyUsed, and the request keeps formData until it is sent.");

        [Fact]
        public void OneGluedPair_InATextWithOneCodeName_IsStillReported() =>
            RuleVerifier.Verify(Rule, "The page calls addEventListener, and [|theWorld|] Bank agreed.");

        [Fact]
        public void NameTheArticleWritesTwice_IsNotReported() =>
            RuleVerifier.Verify(Rule, "The studio sells a design board for $750. Its fullest plan, the homePlan, costs $1,500; a homePlan comes in a box.");

        [Fact]
        public void NameAlsoWrittenWithACapital_IsNotReported() =>
            RuleVerifier.Verify(Rule, "HomePlan is the studio's fullest service. Clients who choose the homePlan get a floor plan.");

        [Fact]
        public void GluedPairWrittenOnce_BesideARepeatedName_IsStillReported() =>
            RuleVerifier.Verify(Rule, "A homePlan costs $1,500, and each homePlan follows [|theWorld|] Bank's advice.");

        [Fact]
        public void PartsThatAreNotWords_AreNotReported() =>
            RuleVerifier.Verify(Rule, "The mRNA vaccine and the xyzQwerty code were shown.");
    }
}

using EditorialLint.Analysis;
using EditorialLint.Rules.Wording;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Wording
{
    public class CountryNameForAdjectiveRuleTests
    {
        private static readonly CountryNameForAdjectiveRule Rule = new CountryNameForAdjectiveRule();

        [Fact]
        public void CountryNameBeforeCitizen_IsReportedWithTheAdjective()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "As a [|France|] citizen, I visit often.");
            diagnostics[0].GetMessage().Should().Contain("'French citizen'");
            RuleVerifier.ApplyFixes("As a France citizen, I visit often.", diagnostics).Should().Be("As a French citizen, I visit often.");
            TextFix.FromDiagnostic(diagnostics[0])!.Value.IsSafe.Should().BeTrue();
        }

        [Fact]
        public void CountryNameBeforeAuthoritiesAndConsulate_IsReported() =>
            RuleVerifier.Verify(Rule, "The [|France|] authorities called the [|Germany|] Consulate in Dubai.");

        [Fact]
        public void CountryNameAfterACapitalisedDeterminer_IsReported() =>
            RuleVerifier.Verify(Rule, "Every [|Spain|] citizen may vote. Our [|Italy|] embassy is shut.");

        [Fact]
        public void CountryNameWithoutAnArticle_GetsAnUnsafeFix()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "[|Iran|] authorities have insisted on it.");
            TextFix.FromDiagnostic(diagnostics[0])!.Value.IsSafe.Should().BeFalse();
        }

        [Fact]
        public void CountryNameAsAnAttributiveNounInSport_IsNotReported() =>
            RuleVerifier.Verify(Rule, "The France coach praised the England captain and the Wales national coach.");

        [Fact]
        public void AdjectivesAndAbbreviations_AreNotReported() =>
            RuleVerifier.Verify(Rule, "French citizens and UK authorities met the US embassy staff and New Zealand officials.");

        [Fact]
        public void CountryInsideAName_IsNotReported() =>
            RuleVerifier.Verify(Rule, "Air France people were there. China National Petroleum bid. Dungog, Australia residents cheered.");

        [Fact]
        public void LowerCaseHomonym_IsNotReported() =>
            RuleVerifier.Verify(Rule, "The turkey people ate was dry, and china plates broke.");
    }
}

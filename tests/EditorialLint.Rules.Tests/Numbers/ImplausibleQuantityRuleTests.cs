using System.Globalization;
using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Numbers
{
    public class ImplausibleQuantityRuleTests
    {
        private static readonly ImplausibleQuantityRule Rule = new ImplausibleQuantityRule();

        [Fact]
        public void MoreUsersThanPeopleOnEarth_IsReported()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "The number of Telegram users has surged to [|9.5 billion|] this year.");
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture).Should().Contain("than there are people on Earth");
        }

        [Fact]
        public void MorePeopleThanOnEarth_InWords_IsReported() =>
            RuleVerifier.Verify(Rule, "It says it serves [|ten billion|] customers.");

        [Fact]
        public void LargeCountsOfThingsThatAreNotPeople_AreNotReported() =>
            RuleVerifier.Verify(Rule, "It sent 9.5 billion messages and has 12 billion downloads.");

        [Fact]
        public void HypotheticalPopulations_AreNotReported() =>
            RuleVerifier.Verify(Rule, "That is not enough when you have 10 billion people to serve. By then there could be 9 billion people.");

        [Fact]
        public void ShareOfAWholeAbove100Percent_IsReported() =>
            RuleVerifier.Verify(Rule, "The party won [|112%|] of the vote. The firm bought a [|120%|] stake in the club.");

        [Fact]
        public void GrowthAndRatiosAbove100Percent_AreNotReported() =>
            RuleVerifier.Verify(Rule, "Sales rose 150% this year. Debt stands at 120% of GDP. It hit 110% of its target.");

        [Fact]
        public void AgeAbove125_ForAPerson_IsReported() =>
            RuleVerifier.Verify(Rule, "The [|130-year-old|] man was found. She died aged [|131|] at home.");

        [Fact]
        public void AgeOfThings_IsNotReported() =>
            RuleVerifier.Verify(Rule, "The 150-year-old tree fell. He is 39 years old. The 122-year-old woman was the oldest.");

        [Fact]
        public void DateThatDoesNotExist_IsReported()
        {
            var diagnostics = RuleVerifier.Verify(Rule,
                "The vote is on [|February 30|]. The deadline is [|April 31|]. It opened on [|29 February 2023|].");
            diagnostics[2].GetMessage(CultureInfo.InvariantCulture).Should().Contain("February has 28 days in 2023");
        }

        [Fact]
        public void DatesThatExist_AreNotReported() =>
            RuleVerifier.Verify(Rule, "It opened on February 29, 2024. It shut on April 30. It began on 31 December 1999.");
    }
}

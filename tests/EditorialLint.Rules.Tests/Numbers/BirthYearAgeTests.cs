using System.Globalization;
using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Numbers
{
    /// <summary>EL1007 with a year of birth: each form of the birth year, and each kind of false alarm it must not raise.</summary>
    public class BirthYearAgeTests
    {
        private const string Dated = "---\ntitle: A bakery opens\ndate: 2024-03-04\n---\n";

        [Theory]
        [InlineData("Ada Okafor was born 1990 in Lagos.")]
        [InlineData("Ada Okafor (b. 1990) opened a bakery in Harrowby.")]
        [InlineData("Ada Okafor was born 12 May 1990 in Lagos.")]
        [InlineData("Ada Okafor, who was born in 1990, opened a bakery in Harrowby.")]
        [InlineData("Born in 1990, Ada Okafor grew up in Lagos.")]
        [InlineData("Ada Okafor, born in 1990, grew up in Lagos.")]
        [InlineData("Ada Okafor (born 1990) opened a bakery in Harrowby.")]
        public void BirthYear_ThenAnAgeThatDoesNotFit_IsReported(string birth) =>
            RuleVerifier.Verify(new AgeConflictRule(), Dated + "\n" + birth + "\n\nThe bakery was busy, said Okafor, [|31|].\n");

        [Fact]
        public void AgeFirst_ThenABirthYearThatDoesNotFit_IsReportedOnTheBirthYear() =>
            RuleVerifier.Verify(new AgeConflictRule(), Dated + "\nThe 31-year-old Okafor opened a bakery.\n\nOkafor, born in [|1980|], grew up in Lagos.\n");

        [Fact]
        public void TheMessage_SaysTheAgeTheBirthYearImplies()
        {
            var diagnostics = RuleVerifier.Verify(new AgeConflictRule(),
                Dated + "\nAda Okafor, born in 1990, grew up in Lagos.\n\nOkafor, [|31|], said the work had begun.\n");
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture).Should().Be("Okafor is 31 here, but born in 1990 (so 33 or 34 in 2024) at line 6");
        }

        [Theory]
        [InlineData("33")]
        [InlineData("34")]
        [InlineData("35")]
        public void AgeWithinAYearOfTheBirthYear_IsNotReported(string age) =>
            RuleVerifier.Verify(new AgeConflictRule(), Dated + "\nAda Okafor, born in 1990, grew up in Lagos.\n\nOkafor, " + age + ", said the work had begun.\n");

        [Fact]
        public void DatelineGivesTheArticleYearToo() =>
            RuleVerifier.Verify(new AgeConflictRule(),
                "LONDON, 4 March 2024 — Ada Okafor, born in 1990, opened a bakery.\n\nOkafor, [|31|], said the work had begun.\n");

        [Fact]
        public void WithoutAnArticleYear_BirthYearAndAgeAreNotCompared() =>
            RuleVerifier.Verify(new AgeConflictRule(), "Ada Okafor, born in 1990, grew up in Lagos.\n\nOkafor, 31, said the work had begun.\n");

        [Fact]
        public void WithoutAnArticleYear_TwoBirthYearsOfOnePerson_StillConflict() =>
            RuleVerifier.Verify(new AgeConflictRule(), "Ada Okafor, born in 1990, grew up in Lagos.\n\nOkafor (b. [|1991|]) said the work had begun.\n");

        [Fact]
        public void TwoFullDatesOfBirth_AreLeftToTheDateRule() =>
            RuleVerifier.Verify(new AgeConflictRule(), "Ada Okafor was born on 12 May 1990 in Lagos.\n\nOkafor was born on 12 May 1991, her sister said.\n");

        [Fact]
        public void ChildBornInAYear_IsNotThePerson() =>
            RuleVerifier.Verify(new AgeConflictRule(), Dated + "\nAda Okafor, 34, runs the bakery.\n\nHer son, born in 2015, helps at weekends. Her son Tomas, born in 2016, helps too.\n");

        [Fact]
        public void ParentBornInAYear_IsNotThePerson() =>
            RuleVerifier.Verify(new AgeConflictRule(), Dated + "\nAda Okafor, 34, runs the bakery.\n\nHer father, who was born in 1950, built the ovens.\n");

        [Fact]
        public void PossessiveBeforeTheBirth_IsSomeoneElsesBirth() =>
            RuleVerifier.Verify(new AgeConflictRule(), Dated + "\nAda Okafor, 34, runs the bakery.\n\nOkafor's daughter was born in 2019. Okafor's daughter Ife, born in 2019, sleeps upstairs.\n");

        [Fact]
        public void RelativeNamedAfterOfOrInApposition_IsNotThePerson() =>
            RuleVerifier.Verify(new AgeConflictRule(),
                Dated + "\nOkafor, 34, runs the bakery.\n\nThe daughter of Okafor was born in 2019. Her daughter, Ife Okafor, born in 2019, sleeps upstairs.\n");

        [Fact]
        public void CompanyFoundedOrEstablishedInAYear_IsNotABirth() =>
            RuleVerifier.Verify(new AgeConflictRule(), Dated + "\nOkafor, 34, runs the bakery.\n\nOkafor Foods, founded in 1990, supplies it. Okafor, established in 2001, is a brand.\n");

        [Fact]
        public void TwoFirstNamesForOneSurname_AreTwoPeople() =>
            RuleVerifier.Verify(new AgeConflictRule(), Dated + "\nAda Okafor, born in 1990, runs the bakery.\n\nTomas Okafor, 61, built the ovens. Okafor, 61, said so.\n");

        [Fact]
        public void AgeInASentenceNamingAnotherYear_IsNotComparedWithTheBirthYear() =>
            RuleVerifier.Verify(new AgeConflictRule(),
                Dated + "\nAda Okafor was born in 1990.\n\nIn 2010, when she was 20, Okafor moved to Harrowby. In 2010, Okafor, 20, won a baking prize.\n");
    }
}

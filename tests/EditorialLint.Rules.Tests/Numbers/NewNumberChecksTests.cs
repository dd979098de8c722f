using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Numbers
{
    /// <summary>The checks of issue 13, one category or false-alarm kind per test, in our own sentences.</summary>
    public class NewNumberChecksTests
    {
        [Fact]
        public void OnePersonGivenTwoAges_IsReported() =>
            RuleVerifier.Verify(new AgeConflictRule(),
                "Ada Okafor, 31, opened a bakery in Harrowby.\n\nThe [|13-year-old|] Okafor said the work had only begun.\n");

        [Fact]
        public void AgesOneYearApart_OrOfTwoPeopleOfOneSurname_AreNotReported() =>
            RuleVerifier.Verify(new AgeConflictRule(),
                "Ada Okafor, 31, opened a bakery. Okafor, 32, said it was busy.\n\nMr Lind, 51, and Mrs Lind, 42, run the shop. Lind, 42, said so.\n");

        [Fact]
        public void SharesOfOneVote_AboveOneHundred_AreReported() =>
            RuleVerifier.Verify(new SharesOfWholeRule(), "In the Dunmere referendum, [|55% voted yes, 38% no and 17%|] abstained.");

        [Fact]
        public void SharesWithinRounding_OrOfSeveralAnswers_OrOfTwoWholes_AreNotReported() =>
            RuleVerifier.Verify(new SharesOfWholeRule(),
                "In the vote, 55% said yes, 38% no and 8% abstained.\n\nVoters could choose more than one answer: 60% backed roads, 55% backed schools and 10% opposed both.\n\n"
                + "Some 55% of men and 60% of women backed it, while the rest were against.\n");

        [Fact]
        public void TemperatureChange_ConvertsWithoutTheOffset() =>
            RuleVerifier.Verify(new ConversionMismatchRule(),
                "Average temperatures rose by 2C (3.6F) over the century. The sea has warmed by 1.2C ([|34.2F|]) since records began.");

        [Fact]
        public void ConversionRestated_AtAnotherRate_IsReported() =>
            RuleVerifier.Verify(new ConversionMismatchRule(),
                "Ondara agreed to pay €15 million ($16.3 million) to settle the claim.\n\nAt €15m, or [|about $21m|], the sum dwarfs earlier cases.\n");

        [Fact]
        public void SubscriberBase_AndMembers_OfOneOwner_MeetOnAPowerOfTenSlip() =>
            RuleVerifier.Verify(new QuantityConflictRule(),
                "Pellucid's subscriber base climbed to 30 million, it said.\n\nThe [|300 million|] members Pellucid now reports make it the largest service.\n");

        [Fact]
        public void CompoundAdjective_AndMeasureInProse_AreOneMeasure() =>
            RuleVerifier.Verify(new QuantityConflictRule(),
                "The 8,000-tonne ship docked at Port Senna on Tuesday.\n\nThe ship weighs [|800 tonnes|] and carries a crew of dozens.\n");

        [Fact]
        public void MarketRoundUp_EachParagraphAnotherCompany_IsNotReported() =>
            RuleVerifier.Verify(new QuantityConflictRule(),
                "Vantrel has 40,000 employees, it said on Monday.\n\nLumora, by contrast, employs 4,000 people. Its workforce stands at 4,000.\n\n"
                + "Quillon's user base reached 2 million. Tessaly's user base reached 200,000, the smaller firm said.\n");

        [Fact]
        public void FiguresOfAnotherPeriodOrPlace_AreKeptApart() =>
            RuleVerifier.Verify(new QuantityConflictRule(),
                "Quarterly profits at Corvane reached $1.1bn. For the full year, profits at Corvane reached $4.2bn.\n\n"
                + "In France, the workforce stands at 5,000. The workforce stands at 50,000 worldwide.\n");

        [Fact]
        public void LaunchAndItsNoun_DatedTwice_AreReported() =>
            RuleVerifier.Verify(new DateConflictRule(),
                "Ondara launched the service on 3 March after two years of work.\n\nSince its launch on [|13 March|], the Ondara service has drawn interest.\n");

        [Fact]
        public void ImplausibleCount_UnderFrequencyModifiers_IsReported() =>
            RuleVerifier.Verify(new ImplausibleQuantityRule(), "Halvard says it now has [|20 billion|] weekly listeners.");
    }
}

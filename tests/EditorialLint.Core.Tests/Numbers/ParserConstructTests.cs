using EditorialLint.Numbers;

namespace EditorialLint.Core.Tests.Numbers
{
    /// <summary>
    /// Table tests for the constructs issue 13 added to the parser (files under Numbers/Parsing and SubjectFinder), one
    /// theory per construct, each row a marked figure and what it must parse to.
    /// </summary>
    public class ParserConstructTests
    {
        public static TheoryData<string, string> CompoundAdjectives => new TheoryData<string, string>
        {
            { "The [|8,000-tonne|] ship docked.", "kind=Measure unit=t subject=ship source=MeasuredObject" },
            { "Work began on a [|96-kilometre|] pipeline near the coast.", "kind=Measure unit=km subject=pipeline" },
            { "The council approved a [|3,400-seat|] arena.", "kind=Count subject=seat owner=arena" },
            { "The [|45-bed|] hospital opened last year.", "kind=Count subject=bed owner=hospital noq=last" },
            { "The ship weighs [|800 tonnes|] and carries a crew.", "kind=Measure subject=ship source=MeasuredObject" },
            { "The pipeline will run for [|9.6 kilometres|] across farmland.", "kind=Measure subject=pipeline" },
            { "The arena will have [|340|] seats, the plans show.", "subject=seat owner=arena" },
        };

        public static TheoryData<string, string> RestatedConversions => new TheoryData<string, string>
        {
            { "At €15m, or [|about $21m|], the sum is large.", "kind=Money unit=USD conv=true" },
            { "The €800,000 payment, [|roughly £894,400|], is due.", "kind=Money unit=GBP conv=true" },
            { "It paid €5m, [|$6m|] and £7m to three firms.", "kind=Money conv=false" },
        };

        public static TheoryData<string, string> Owners => new TheoryData<string, string>
        {
            { "The subscriber base of Eskervale reached [|4.8 million|].", "subject=subscriber owner=eskervale" },
            { "The listener count of Tessaly reached [|12,000|], it said.", "subject=listener owner=tessaly" },
            { "In a statement, Rivenholt said it has [|10,200|] members.", "subject=member owner=rivenholt" },
            { "The [|420,000|] members Pellucid now reports make it large.", "subject=member owner=pellucid" },
        };

        public static TheoryData<string, string> Modifiers => new TheoryData<string, string>
        {
            { "Halvard has [|20 billion|] weekly listeners.", "subject=listener" },
            { "The city has [|2 million|] registered voters.", "subject=voter" },
            { "The increase in user count to [|950M|] caused pains.", "subject=user" },
            { "The measure was backed by [|55%|] of voters.", "kind=Percent role=Level" },
            { "Profits rose by [|5%|] last year.", "kind=Percent role=Change" },
        };

        public static TheoryData<string, string> Clauses => new TheoryData<string, string>
        {
            { "Quillon, which has [|12,000|] members, plans to hire more engineers.", "subject=member noq=plans" },
            { "For the full year, profits reached [|$4.2bn|].", "q=year" },
            { "In France, the workforce stands at [|5,000|].", "q=france" },
        };

        public static TheoryData<string> NotFigures => new TheoryData<string>
        {
            "Cut the foam about 3/4 inch smaller.",
            "The peaks came at around 09:30 each day.",
        };

        [Theory]
        [MemberData(nameof(CompoundAdjectives))]
        public void CompoundAdjective_IsParsedAsSpecified(string marked, string spec) => MentionExpectation.Check(marked, spec);

        [Theory]
        [MemberData(nameof(RestatedConversions))]
        public void RestatedConversion_IsParsedAsSpecified(string marked, string spec) => MentionExpectation.Check(marked, spec);

        [Theory]
        [MemberData(nameof(Owners))]
        public void Owner_IsFoundAsSpecified(string marked, string spec) => MentionExpectation.Check(marked, spec);

        [Theory]
        [MemberData(nameof(Modifiers))]
        public void ModifierOrRole_IsReadAsSpecified(string marked, string spec) => MentionExpectation.Check(marked, spec);

        [Theory]
        [MemberData(nameof(Clauses))]
        public void QualifiersOfTheClause_AreReadAsSpecified(string marked, string spec) => MentionExpectation.Check(marked, spec);

        [Theory]
        [MemberData(nameof(NotFigures))]
        public void FractionsAndTimes_AreNotMeasuresOrCounts(string text)
        {
            foreach (var m in NumberMentionParser.Parse(text))
                (m.Kind == QuantityKind.Measure || m.Kind == QuantityKind.Count).Should().BeFalse(m.ToString());
        }
    }
}

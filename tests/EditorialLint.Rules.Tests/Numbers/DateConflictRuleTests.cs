using System.Globalization;
using System.Linq;
using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Numbers
{
    public class DateConflictRuleTests
    {
        private static readonly DateConflictRule Rule = new DateConflictRule();

        [Fact]
        public void SameEventGivenTwoDates_InOneArticle_IsReported()
        {
            var diagnostics = RuleVerifier.Verify(Rule,
                "Mara Lind was arrested on August 24 in Oslo.\n\nLind, detained on [|August 25|], was freed on bail.\n");
            diagnostics.Single().GetMessage(CultureInfo.InvariantCulture).Should().Be("Arrest dated August 25 here, but August 24 at line 1");
        }

        [Fact]
        public void DifferentEventsOrPeople_AreNotReported() =>
            RuleVerifier.Verify(Rule,
                "Mara Lind was arrested on August 24. Lind was charged on August 28. Tom Greve was arrested on August 26.");

        [Fact]
        public void SameDateTwice_IsNotReported() =>
            RuleVerifier.Verify(Rule, "Mara Lind was arrested on August 24. Lind, detained on Aug. 24, was freed.");

        [Fact]
        public void WeekdayThatDoesNotMatchItsDate_IsReported_WithAFix()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "The vote took place on [|Saturday, March 3, 2024|] in Oslo.");
            diagnostics.Single().GetMessage(CultureInfo.InvariantCulture).Should().Be("March 3, 2024 was a Sunday, not a Saturday");
            RuleVerifier.ApplyFixes("The vote took place on Saturday, March 3, 2024 in Oslo.", diagnostics)
                .Should().Be("The vote took place on Sunday, March 3, 2024 in Oslo.");
        }

        [Fact]
        public void WeekdayThatMatches_OrDateWithoutYear_IsNotReported() =>
            RuleVerifier.Verify(Rule, "It was held on Saturday, March 2, 2024. It ends on Friday, March 3.");

        [Fact]
        public void SameEventGivenTwoDates_AcrossArticles_IsReportedInBoth() =>
            CorpusVerifier.Verify(Rule,
                ("a.txt", "Mara Lind, who has been in Oslo since her arrest on [|August 24|], posted bail."),
                ("b.txt", "On [|August 25th|], Kestrel Pay founder Mara Lind was detained in Oslo."));

        [Fact]
        public void MajorityDate_AcrossArticles_LeavesTheAgreeingArticlesAlone() =>
            CorpusVerifier.Verify(Rule,
                ("a.txt", "Mara Lind was arrested on August 24 in Oslo."),
                ("b.txt", "Lind's arrest on August 24 shocked Oslo. Lind denies wrongdoing."),
                ("c.txt", "On [|August 25th|], Mara Lind was detained in Oslo."));
    }
}

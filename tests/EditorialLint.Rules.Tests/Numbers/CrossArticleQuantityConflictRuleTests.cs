using System.Globalization;
using System.Linq;
using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Numbers
{
    public class CrossArticleQuantityConflictRuleTests
    {
        private static readonly CrossArticleQuantityConflictRule Rule = new CrossArticleQuantityConflictRule();

        // Every test article tells one invented story: Mara Lind's payments app Kestrel Pay, based in Oslo.
        private static string Story(string figure) =>
            figure + " Mara Lind founded Kestrel Pay in Oslo in 2015. Lind told reporters in Oslo that Kestrel Pay would not list its shares.";

        private static readonly string Agreeing1 = Story("Kestrel Pay says its user base now reaches 40 million.");
        private static readonly string Agreeing2 = Story("The app has seen its user base climb to 40 million.");
        private static readonly string Agreeing3 = Story("The number of Kestrel Pay users has reached 40 million.");

        [Fact]
        public void OneArticleAgainstThree_IsReportedInTheOddArticle() =>
            CorpusVerifier.Verify(Rule,
                ("a.txt", Agreeing1),
                ("b.txt", Agreeing2),
                ("c.txt", Agreeing3),
                ("d.txt", Story("The number of Kestrel Pay users has surged to [|400 million|].")));

        // One invented story told three times: the Calder Vale pipeline of Fenwright Energy.
        private static string Pipeline(string figure) =>
            figure + " Fenwright Energy will build it near Calder Vale. Residents of Calder Vale told Fenwright Energy they had doubts.";

        [Fact]
        public void CompoundAdjective_InOneArticle_MeetsTheMeasureInProse_InOthers() =>
            CorpusVerifier.Verify(Rule,
                ("a.txt", Pipeline("Work has begun on a 96-kilometre pipeline.")),
                ("b.txt", Pipeline("The pipeline will run for 96 kilometres.")),
                ("c.txt", Pipeline("The pipeline will run for [|9.6 kilometres|].")));

        [Fact]
        public void Message_NamesTheOtherArticles_AndTheMajorityValue()
        {
            var diagnostics = CorpusVerifier.Verify(Rule,
                ("a.txt", Agreeing1),
                ("b.txt", Agreeing2),
                ("c.txt", Agreeing3),
                ("d.txt", Story("The number of Kestrel Pay users has surged to [|400 million|].")));
            var message = diagnostics.Single().GetMessage(CultureInfo.InvariantCulture);
            message.Should().Contain("'400 million' users here, but '40 million' in 3 other articles (a.txt:1, b.txt:1, c.txt:1)")
                .And.Contain("3 of 4 articles give '40 million'")
                .And.Contain("order of magnitude");
            diagnostics.Single().AdditionalLocations.Should().HaveCount(3);
        }

        [Fact]
        public void TwoArticlesThatDisagree_AreBothReported() =>
            CorpusVerifier.Verify(Rule,
                ("a.txt", Story("Its user base now reaches [|40 million|].")),
                ("b.txt", Story("Kestrel Pay's user base has climbed to [|55 million|].")));

        [Fact]
        public void ArticlesAboutDifferentStories_AreNotCompared() =>
            CorpusVerifier.Verify(Rule,
                ("a.txt", Story("Its user base now reaches 40 million.")),
                ("b.txt", "Harbour Bank's user base has climbed to 3 million, said Tom Greve. Tom Greve runs Harbour Bank from Bergen. Greve likes Bergen."));

        [Fact]
        public void AgreeingArticles_AreSilent() =>
            CorpusVerifier.Verify(Rule, ("a.txt", Agreeing1), ("b.txt", Agreeing2), ("c.txt", Agreeing3));

        [Fact]
        public void DifferentQualifiers_AreNotCompared() =>
            CorpusVerifier.Verify(Rule,
                ("a.txt", Story("Its user base now reaches 40 million.")),
                ("b.txt", Story("In Norway, its user base has climbed to 5 million.")));

        [SharedDataFact]
        public void Seeds_FlagOnlyTheMistranslatedFigure_PointingAtTheOtherArticles()
        {
            var engine = new EditorialLint.Engine.LintEngine(new EditorialLint.Analysis.EditorialRule[] { Rule, new QuantityConflictRule(), new ImplausibleQuantityRule() });
            var inputs = new[] { "000", "001", "002", "003", "004" }
                .Select(n => SharedData.Seed(n)!)
                .Select(path => EditorialLint.Engine.DocumentInput.FromFile(path, System.IO.Path.GetFileName(path)))
                .ToList();
            var diagnostics = engine.Run(inputs, jobs: 1).Diagnostics;

            var conflicts = diagnostics.Where(d => d.Id == "EL1001" || d.Id == "EL1002").ToList();
            conflicts.Should().ContainSingle("only 004's '9.5 billion' contradicts the other articles");
            var el1002 = conflicts[0];
            el1002.Id.Should().Be("EL1002");
            el1002.Location.GetLineSpan().Path.Should().StartWith("004_");
            el1002.GetMessage(CultureInfo.InvariantCulture).Should().Contain("'9.5 billion'").And.Contain("'950 million' in 4 other articles");
            el1002.AdditionalLocations.Select(l => l.GetLineSpan().Path.Substring(0, 3)).Should().BeEquivalentTo("000", "001", "002", "003");

            diagnostics.Where(d => d.Id == "EL1003").Should().ContainSingle()
                .Which.Location.SourceSpan.Should().Be(el1002.Location.SourceSpan);
        }
    }
}

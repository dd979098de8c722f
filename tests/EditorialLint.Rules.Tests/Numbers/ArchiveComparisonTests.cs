using System.Globalization;
using System.Linq;
using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Numbers
{
    /// <summary>EL1002 and EL1005 against an archive of published articles (<c>--archive</c>).</summary>
    public class ArchiveComparisonTests
    {
        private static readonly CrossArticleQuantityConflictRule Figures = new CrossArticleQuantityConflictRule();
        private static readonly DateConflictRule Dates = new DateConflictRule();

        // One invented story: Mara Lind's payments app Kestrel Pay, based in Oslo.
        private static string Story(string date, string title, string figure) =>
            "---\ntitle: " + title + "\ndate: " + date + "\n---\n\n" + figure
            + " Mara Lind founded Kestrel Pay in Oslo in 2015. Lind told reporters in Oslo that Kestrel Pay would not list its shares.\n";

        private static InMemoryArchive ThreeArticlesSaying(string figure, string date) => new InMemoryArchive(
            ("archive/one.md", Story(date, "Kestrel Pay grows", "Kestrel Pay says its user base now reaches " + figure + ".")),
            ("archive/two.md", Story(date, "Oslo app on the rise", "The app has seen its user base climb to " + figure + ".")),
            ("archive/three.md", Story(date, "Lind's plans", "The number of Kestrel Pay users has reached " + figure + ".")));

        [Fact]
        public void AFigureThatTheArchiveGivesOtherwise_IsReported_WithTheArchivedMajorityAndItsArticles()
        {
            var diagnostics = CorpusVerifier.Verify(Figures, ThreeArticlesSaying("40 million", "2024-03-04"),
                ("today.md", Story("2024-06-01", "Kestrel Pay today", "The number of Kestrel Pay users has surged to [|55 million|].")));

            diagnostics.Single().GetMessage(CultureInfo.InvariantCulture).Should()
                .Contain("'55 million' users here, but '40 million' in 3 archived articles (Kestrel Pay grows, 2024-03-04; Lind's plans, 2024-03-04; Oslo app on the rise, 2024-03-04)")
                .And.Contain("3 of 4 articles give '40 million'");
        }

        [Fact]
        public void AStoryToldInManyArchivedArticles_IsCountedArticleByArticle_WithTheFirstOfTheMostAgreedFigures()
        {
            // 300 articles: 180 give "40 million", 100 "41 million" (close enough to agree with it), 20 "25 million".
            var articles = Enumerable.Range(0, 300).Select(i => (
                "archive/" + i.ToString("D3", CultureInfo.InvariantCulture) + ".md",
                Story("2024-03-04", "Kestrel Pay story " + i.ToString(CultureInfo.InvariantCulture),
                    "The number of Kestrel Pay users has reached " + (i < 180 ? "40 million" : i < 280 ? "41 million" : "25 million") + ".")))
                .ToArray();

            var diagnostics = CorpusVerifier.Verify(Figures, new InMemoryArchive(articles),
                ("today.md", Story("2024-06-01", "Kestrel Pay today", "The number of Kestrel Pay users has surged to [|55 million|].")));

            diagnostics.Single().GetMessage(CultureInfo.InvariantCulture).Should()
                .Contain("'55 million' users here, but '40 million' in 300 archived articles")
                .And.Contain("280 of 301 articles give '40 million'");
        }

        [Fact]
        public void AFigureThatTheArchiveGivesToo_IsSilent() =>
            CorpusVerifier.Verify(Figures, ThreeArticlesSaying("40 million", "2024-03-04"),
                ("today.md", Story("2024-06-01", "Kestrel Pay today", "The number of Kestrel Pay users has reached 40 million.")));

        [Fact]
        public void ACountThatGrewSinceTheArchivedYears_IsSilent() =>
            CorpusVerifier.Verify(Figures, ThreeArticlesSaying("40 million", "2022-03-04"),
                ("today.md", Story("2024-06-01", "Kestrel Pay today", "The number of Kestrel Pay users has surged to 55 million.")));

        [Fact]
        public void ATenfoldJump_IsReportedWhateverTheYears() =>
            CorpusVerifier.Verify(Figures, ThreeArticlesSaying("40 million", "2022-03-04"),
                ("today.md", Story("2024-06-01", "Kestrel Pay today", "The number of Kestrel Pay users has surged to [|400 million|].")));

        [Fact]
        public void AnUndatedArticle_IsNotExcusedByTheYears() =>
            CorpusVerifier.Verify(Figures, ThreeArticlesSaying("40 million", "2022-03-04"),
                ("today.md", "The number of Kestrel Pay users has surged to [|55 million|]. Mara Lind founded Kestrel Pay in Oslo in 2015. "
                    + "Lind told reporters in Oslo that Kestrel Pay would not list its shares."));

        [Fact]
        public void TheLintedArticle_IsNotComparedWithItsOwnArchivedCopy()
        {
            var archive = new InMemoryArchive(("today.md", Story("2024-06-01", "Kestrel Pay today", "The number of Kestrel Pay users has reached 40 million.")));

            CorpusVerifier.Verify(Figures, archive,
                ("today.md", Story("2024-06-01", "Kestrel Pay today", "The number of Kestrel Pay users has surged to 55 million.")));
        }

        [Fact]
        public void AStoryTheArchiveDoesNotTell_IsSilent() =>
            CorpusVerifier.Verify(Figures, ThreeArticlesSaying("40 million", "2024-03-04"),
                ("other.md", "---\ndate: 2024-06-01\n---\n\nHarbour Bank's user base has climbed to 3 million, said Tom Greve. Tom Greve runs Harbour Bank from Bergen. Greve likes Bergen."));

        private static string Arrest(string date, string title, string when) =>
            "---\ntitle: " + title + "\ndate: " + date + "\n---\n\nPolice said Mara Lind was arrested on " + when + " in Oslo. Kestrel Pay said Lind would step down.\n";

        [Fact]
        public void AnEventThatTheArchiveDatesOtherwise_IsReported_WithTheArchivedDate()
        {
            var archive = new InMemoryArchive(
                ("archive/a.md", Arrest("2024-08-26", "Kestrel founder held", "August 24, 2024")),
                ("archive/b.md", Arrest("2024-08-27", "Lind in custody", "August 24, 2024")));

            var diagnostics = CorpusVerifier.Verify(Dates, archive,
                ("today.md", "---\ndate: 2024-09-01\n---\n\nPolice said Mara Lind was arrested on [|August 25, 2024|] in Oslo. Kestrel Pay said Lind would step down.\n"));

            diagnostics.Single().GetMessage(CultureInfo.InvariantCulture).Should()
                .Be("Arrest dated August 25, 2024 here, but August 24, 2024 in 2 archived articles (Kestrel founder held, 2024-08-26; Lind in custody, 2024-08-27)");
        }

        [Fact]
        public void AnEventThatTheArchiveDatesAlike_IsSilent() =>
            CorpusVerifier.Verify(Dates, new InMemoryArchive(("archive/a.md", Arrest("2024-08-26", "Kestrel founder held", "August 24, 2024"))),
                ("today.md", Arrest("2024-09-01", "Later", "August 24, 2024")));

        [Fact]
        public void AnEvent_IsNotComparedWithItsOwnArchivedCopy() =>
            CorpusVerifier.Verify(Dates, new InMemoryArchive(("today.md", Arrest("2024-08-26", "Held", "August 24, 2024"))),
                ("today.md", Arrest("2024-08-26", "Held", "August 25, 2024")));

        [Fact]
        public void WithoutComparableFigures_TheArchiveIsNotAsked()
        {
            var archive = ThreeArticlesSaying("40 million", "2024-03-04");

            CorpusVerifier.Verify(Figures, archive, ("plain.md", "Nothing here is counted."));

            archive.Lookups.Should().Be(0);
            archive.Preparations.Should().Be(0, "nothing needs the archive, so it is not even opened");
        }

        [Fact]
        public void ADatedEvent_IsLookedUpOnce_AheadOfTheEndOfTheRun()
        {
            var archive = new InMemoryArchive(("archive/a.md", Arrest("2024-08-26", "Kestrel founder held", "August 24, 2024")));

            CorpusVerifier.Verify(Dates, archive, ("today.md", Arrest("2024-09-01", "Lind steps down", "August 24, 2024")));

            archive.Lookups.Should().Be(1);
            archive.Preparations.Should().Be(0);
        }

        [Fact]
        public void AnEventThatRecurs_IsNotLookedUpInTheArchive()
        {
            var archive = new InMemoryArchive(("archive/a.md", Arrest("2024-08-26", "Kestrel founder held", "August 24, 2024")));

            CorpusVerifier.Verify(Dates, archive,
                ("today.md", "---\ntitle: Kestrel Card\ndate: 2024-09-01\n---\n\nKestrel Pay launched its card on August 24, 2024 in Oslo.\n"));

            archive.Lookups.Should().Be(0, "launches recur, so EL1005 compares none with the archive");
            archive.Preparations.Should().Be(0);
        }

        [Fact]
        public void AComparableFigure_IsLookedUpOnce_ForTwoArticlesGivingIt()
        {
            var archive = ThreeArticlesSaying("40 million", "2024-03-04");

            CorpusVerifier.Verify(Figures, archive,
                ("today.md", Story("2024-06-01", "Kestrel Pay today", "The number of Kestrel Pay users has reached 40 million.")),
                ("later.md", Story("2024-06-02", "Kestrel Pay later", "The number of Kestrel Pay users has reached 40 million.")));

            archive.Lookups.Should().Be(1, "the first article's key is read ahead, and the second article asks for the same key");
            archive.Preparations.Should().Be(0, "reading the key ahead opens the archive; no separate hint is needed");
        }

        [Fact]
        public void AComparableFigure_IsLookedUpWhileTheRunGoesOn_BeforeItsEnd()
        {
            var archive = ThreeArticlesSaying("40 million", "2024-03-04");
            var engine = new EditorialLint.Engine.LintEngine(new[] { Figures }) { Archive = archive };
            var session = engine.StartSession();

            session.Analyze(EditorialLint.Analysis.AnalyzedDocument.FromText("today.md",
                Story("2024-06-01", "Kestrel Pay today", "The number of Kestrel Pay users has surged to 55 million.")));

            System.Threading.SpinWait.SpinUntil(() => archive.Lookups == 1, System.TimeSpan.FromSeconds(30))
                .Should().BeTrue("the document's keys are read as soon as it is linted, not at the end of the run");
            session.Complete(new[] { "today.md" }).Should().ContainSingle(d => d.Id == "EL1002");
            archive.Lookups.Should().Be(1, "the end of the run finds the key read");
        }
    }
}

using System.Collections.Immutable;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Baselines;
using EditorialLint.Core.Tests.Support;
using EditorialLint.Engine;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Core.Tests.Baselines
{
    public class BaselineTests
    {
        private static readonly EditorialRule[] Rules = { new ColourRule() };

        private static Linted Lint(string text, string path = "desk/a.md")
        {
            var fingerprints = new FingerprintRecorder();
            var result = new LintEngine(Rules).Run(fingerprints.Record(new[] { DocumentInput.FromText(path, text) }));
            return new Linted(result.Diagnostics, fingerprints);
        }

        private sealed record Linted(ImmutableArray<Diagnostic> Diagnostics, FingerprintRecorder Fingerprints)
        {
            public string GetFingerprint(Diagnostic diagnostic) => Fingerprints.Of(diagnostic);
        }

        private static Baseline Record(Linted result)
        {
            var text = Baseline.Write(result.Diagnostics.Select(d => (d, result.GetFingerprint(d)!)));
            var baseline = Baseline.Parse("baseline.txt", text.Split('\n'), out var error);
            error.Should().BeNull();
            return baseline!;
        }

        private const string Story = "The colour was red.\n\nShe said the sky had no colour at all.\n";

        [Fact]
        public void RecordedFindings_AreNotReportedAgain()
        {
            var baseline = Record(Lint(Story));
            baseline.Count.Should().Be(2);
            var again = Lint(Story);
            baseline.NewFindings(again.Diagnostics, again.GetFingerprint).Should().BeEmpty();
        }

        [Fact]
        public void Baseline_SurvivesLinesInsertedAbove()
        {
            var baseline = Record(Lint(Story));
            var edited = Lint("# A new headline\n\nA new first paragraph.\n\n" + Story.Replace("\n\n", "\n\nAnother paragraph.\n\n"));
            edited.Diagnostics.Should().HaveCount(2);
            baseline.NewFindings(edited.Diagnostics, edited.GetFingerprint).Should().BeEmpty();
        }

        [Fact]
        public void NewFinding_IsReported_EvenASecondCopyOfARecordedOne()
        {
            var baseline = Record(Lint(Story));
            var edited = Lint(Story + "\nThe colour was red.\n\nA new colour story.\n");
            var fresh = baseline.NewFindings(edited.Diagnostics, edited.GetFingerprint);
            fresh.Select(d => d.Location.GetLineSpan().StartLinePosition.Line).Should().Equal(4, 6);
        }

        [Fact]
        public void Fingerprint_DependsOnRulePathAndFlaggedText_NotOnPosition()
        {
            var a = Lint("The colour was red.\n");
            var b = Lint("\n\n\nThe colour was red.\n");
            var c = Lint("The colour was red.\n", "desk/b.md");
            var d = Lint("The colour was blue.\n");
            a.GetFingerprint(a.Diagnostics[0]).Should().Be(b.GetFingerprint(b.Diagnostics[0]))
                .And.NotBe(c.GetFingerprint(c.Diagnostics[0]))
                .And.NotBe(d.GetFingerprint(d.Diagnostics[0]));
        }

        [Fact]
        public void BadBaselineFile_IsReportedWithItsLine()
        {
            Baseline.Parse("b.txt", new[] { Baseline.Header, "not-a-fingerprint\tEL3901" }, out var error).Should().BeNull();
            error!.Id.Should().Be("EL9045");
            error.GetMessage().Should().Contain("line 2");
        }
    }
}

using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Numbers
{
    /// <summary>The invented articles in samples/numbers make every numbers rule fire, each where the samples say.</summary>
    public class NumberSamplesTests
    {
        private static readonly EditorialRule[] Rules =
        {
            new QuantityConflictRule(), new CrossArticleQuantityConflictRule(), new ImplausibleQuantityRule(),
            new ConversionMismatchRule(), new DateConflictRule(), new NumberStyleRule(),
        };

        private static System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> LintSamples()
        {
            var folder = Path.Combine(SharedData.RepositoryRoot, "samples", "numbers");
            var inputs = Directory.GetFiles(folder).OrderBy(f => f, System.StringComparer.Ordinal)
                .Select(f => DocumentInput.FromFile(f, Path.GetFileName(f))).ToList();
            inputs.Should().HaveCountGreaterThanOrEqualTo(4);
            return new LintEngine(Rules).Run(inputs, jobs: 1).Diagnostics;
        }

        [Fact]
        public void EveryNumbersRule_FiresOnTheSamples() =>
            LintSamples().Select(d => d.Id).Distinct().Should().BeEquivalentTo("EL1001", "EL1002", "EL1003", "EL1004", "EL1005", "EL1006");

        [Fact]
        public void TheArenaStory_ShowsEachCheckOfIssue13()
        {
            var path = Path.Combine(SharedData.RepositoryRoot, "samples", "numbers", "lakeside-arena-poll.md");
            var rules = BuiltInRules.CreateAll().Where(r => r.SupportedDiagnostics.Any(d => d.Id.StartsWith("EL1", System.StringComparison.Ordinal)));
            var found = new LintEngine(rules).Run(new[] { DocumentInput.FromFile(path, "lakeside-arena-poll.md") }, jobs: 1).Diagnostics;
            found.Select(d => d.Id).Distinct().Should().BeEquivalentTo("EL1001", "EL1003", "EL1004", "EL1005", "EL1007", "EL1008");
        }

        [Fact]
        public void TheBakerProfile_ShowsABirthYearAgainstAnAge_DatedByItsFrontMatter()
        {
            var path = Path.Combine(SharedData.RepositoryRoot, "samples", "numbers", "millbrook-baker-profile.md");
            var rules = BuiltInRules.CreateAll().Where(r => r.SupportedDiagnostics.Any(d => d.Id.StartsWith("EL1", System.StringComparison.Ordinal)));
            var found = new LintEngine(rules).Run(new[] { DocumentInput.FromFile(path, "millbrook-baker-profile.md") }, jobs: 1).Diagnostics;
            found.Should().ContainSingle().Which.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
                .Should().Be("Okonkwo is 54 here, but born in 1979 (so 44 or 45 in 2024) at line 12");
        }

        [Fact]
        public void TheMistranslatedReport_IsTheOddOneOut()
        {
            var el1002 = LintSamples().Where(d => d.Id == "EL1002").ToList();
            el1002.Should().ContainSingle().Which.Location.GetLineSpan().Path.Should().Be("kestrel-pay-translated.txt");
        }
    }
}

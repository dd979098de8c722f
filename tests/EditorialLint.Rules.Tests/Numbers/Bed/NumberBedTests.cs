using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace EditorialLint.Rules.Tests.Numbers.Bed
{
    /// <summary>
    /// The generated test bed (<see cref="NumberBedGenerator"/>): each planted problem must be found by its rule, over
    /// the planted figure or pointing at it, in at least 95% of the cases of every category, and no clean twin may draw
    /// any EL1 finding at all.
    /// </summary>
    public class NumberBedTests
    {
        private static readonly ImmutableArray<EditorialRule> NumberRules = BuiltInRules.CreateAll()
            .Where(r => r.SupportedDiagnostics.Any(d => d.Id.StartsWith("EL1", System.StringComparison.Ordinal)))
            .ToImmutableArray();

        private readonly ITestOutputHelper _output;

        public NumberBedTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void TheBed_HasAtLeast300Cases_InAtLeast12Categories_AndIsTheSameOnEveryRun()
        {
            var cases = NumberBedGenerator.Generate();
            cases.Should().HaveCountGreaterThanOrEqualTo(300);
            cases.Select(c => c.Category).Distinct().Should().HaveCountGreaterThanOrEqualTo(12);
            var again = NumberBedGenerator.Generate();
            again.Select(c => c.Planted + c.Clean).Should().Equal(cases.Select(c => c.Planted + c.Clean));
            cases.Should().OnlyContain(c => c.Planted != c.Clean && c.PlantedSpan.Length > 0);
        }

        // Seed 13 was the one tuned on; seed 99 was first run after tuning, as a check that the rules did not learn one draw.
        [Theory]
        [InlineData(13)]
        [InlineData(99)]
        public void PlantedProblems_AreFound_InAtLeast95PercentOfEveryCategory(int seed)
        {
            var cases = NumberBedGenerator.Generate(seed);
            var missed = new List<string>();
            var failing = new List<string>();
            foreach (var group in cases.GroupBy(c => c.Category))
            {
                int found = 0, total = 0;
                foreach (var c in group)
                {
                    total++;
                    var diagnostics = Lint(c.Planted);
                    if (diagnostics.Any(d => d.Id == c.RuleId && Touches(d, c))) found++;
                    else missed.Add(c + ": " + c.Planted.Replace("\n\n", " ") + " => " + Describe(diagnostics));
                }

                double recall = (double)found / total;
                _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-40} {1,3}/{2,3} {3:P0}", group.Key, found, total, recall));
                if (recall < 0.95) failing.Add(group.Key);
            }

            foreach (var m in missed) _output.WriteLine("missed " + m);
            failing.Should().BeEmpty("every category must reach 95% recall");
        }

        // Some age cases state the age through a year of birth in an article its front matter dates: each is found by the
        // comparison of the birth year with the age, since the article states no second age or birth year.
        [Theory]
        [InlineData(13)]
        [InlineData(99)]
        public void AgeCases_ThroughABirthYear_AreDatedByFrontMatter_AndFound(int seed)
        {
            var dated = NumberBedGenerator.Generate(seed).Where(c => c.RuleId == "EL1007" && c.Planted.StartsWith("---\n", System.StringComparison.Ordinal)).ToList();
            dated.Should().HaveCountGreaterThanOrEqualTo(5);
            int found = 0;
            foreach (var c in dated)
            {
                _output.WriteLine(c.Planted.Replace("\n", " "));
                if (Lint(c.Planted).Any(d => d.Id == "EL1007" && Touches(d, c))) found++;
            }

            _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "through a birth year: {0}/{1}", found, dated.Count));
            ((double)found / dated.Count).Should().BeGreaterThanOrEqualTo(0.95);
        }

        [Theory]
        [InlineData(13)]
        [InlineData(99)]
        public void CleanTwins_DrawNoNumbersFinding(int seed)
        {
            var noisy = new List<string>();
            foreach (var c in NumberBedGenerator.Generate(seed))
            {
                var diagnostics = Lint(c.Clean);
                if (diagnostics.Length > 0) noisy.Add(c + ": " + c.Clean.Replace("\n\n", " ") + " => " + Describe(diagnostics));
            }

            foreach (var n in noisy) _output.WriteLine(n);
            noisy.Should().BeEmpty();
        }

        [Theory]
        [InlineData(13)]
        [InlineData(99)]
        public void FalseAlarmKinds_DrawNoNumbersFinding(int seed)
        {
            var noisy = new List<string>();
            var cases = NumberBedGenerator.GenerateFalseAlarmKinds(seed);
            cases.Should().HaveCountGreaterThanOrEqualTo(50);
            foreach (var (kind, text) in cases)
            {
                var diagnostics = Lint(text);
                if (diagnostics.Length > 0) noisy.Add(kind + ": " + text.Replace("\n\n", " ") + " => " + Describe(diagnostics));
            }

            foreach (var n in noisy) _output.WriteLine(n);
            noisy.Should().BeEmpty();
        }

        // An article with front matter (the age cases dated through it) is Markdown; the rest are plain text.
        private static ImmutableArray<Diagnostic> Lint(string text) =>
            RuleVerifier.Lint(NumberRules, text, text.StartsWith("---\n", System.StringComparison.Ordinal) ? "bed.md" : "bed.txt");

        // The finding is on the planted figure, or points at it from the other figure of the pair.
        private static bool Touches(Diagnostic d, BedCase c)
        {
            if (d.Location.SourceSpan.OverlapsWith(c.PlantedSpan) || d.Location.SourceSpan.IntersectsWith(c.PlantedSpan)) return true;
            foreach (var l in d.AdditionalLocations)
                if (l.SourceSpan.IntersectsWith(c.PlantedSpan)) return true;
            return false;
        }

        private static string Describe(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.Length == 0 ? "(nothing)" : string.Join("; ", diagnostics.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)));
    }
}

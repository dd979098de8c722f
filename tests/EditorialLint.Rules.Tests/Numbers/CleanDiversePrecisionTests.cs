using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Testing;
using Xunit.Abstractions;

namespace EditorialLint.Rules.Tests.Numbers
{
    /// <summary>
    /// Every numbers rule over the 1,061 clean articles of 20 genres in ../shared/data/clean-diverse, linted as one run.
    /// Every finding was read (docs/quality-numbers.md); the budget below is what was found then, so a change that makes
    /// the rules noisier on copy from other outlets fails here.
    /// </summary>
    public class CleanDiversePrecisionTests
    {
        private readonly ITestOutputHelper _output;

        public CleanDiversePrecisionTests(ITestOutputHelper output) => _output = output;

        [SharedDataFact]
        public void CleanDiverse_RaisesAtMostTheRecordedFindings_AndNoConflicts()
        {
            var folder = Path.Combine(SharedData.SharedRoot!, "data", "clean-diverse");
            var rules = BuiltInRules.CreateAll().Where(r => r.SupportedDiagnostics.Any(d => d.Id.StartsWith("EL1", System.StringComparison.Ordinal)));
            var found = SharedFolderLint.NumberFindings(folder, rules, _output, out int articles);

            int Count(string id) => found.Count(d => d.Id == id);
            foreach (var id in new[] { "EL1001", "EL1002", "EL1003", "EL1005", "EL1007", "EL1008" })
                Count(id).Should().Be(0, id + " found nothing on clean copy when last read");
            Count("EL1004").Should().BeLessThanOrEqualTo(3, "3 conversion findings were read: rates of another year");
            Count("EL1006").Should().BeLessThanOrEqualTo(4, "4 style findings were read: real mixes of digits and words");
            found.Count.Should().BeLessThanOrEqualTo(articles / 100, "the target is at most one questionable finding per 100 articles");
        }
    }
}

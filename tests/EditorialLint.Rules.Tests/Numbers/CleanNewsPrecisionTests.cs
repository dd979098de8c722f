using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;
using Xunit.Abstractions;

namespace EditorialLint.Rules.Tests.Numbers
{
    /// <summary>
    /// The numbers rules over the 2,225 clean BBC articles in ../shared, linted as one run. Every finding there was read
    /// (docs/quality-numbers.md): the conversion findings are mostly real slips in the BBC copy, and the budget below is
    /// the count found when the rules were last tuned, so a change that makes them noisier fails here.
    /// </summary>
    public class CleanNewsPrecisionTests
    {
        private readonly ITestOutputHelper _output;

        public CleanNewsPrecisionTests(ITestOutputHelper output) => _output = output;

        [SharedDataFact]
        public void CleanNews_RaisesAtMostTheRecordedFindings_AndNoConflicts()
        {
            var folder = Path.Combine(SharedData.SharedRoot!, "data", "clean-news", "bbc");
            var rules = new EditorialRule[]
            {
                new QuantityConflictRule(), new CrossArticleQuantityConflictRule(), new ImplausibleQuantityRule(),
                new ConversionMismatchRule(), new DateConflictRule(), new NumberStyleRule(),
            };
            var found = SharedFolderLint.NumberFindings(folder, rules, _output, out int articles);
            articles.Should().Be(2225);

            int Count(string id) => found.Count(d => d.Id == id);
            Count("EL1001").Should().Be(0, "clean news has no figure that contradicts itself");
            Count("EL1002").Should().Be(0);
            Count("EL1003").Should().Be(0);
            Count("EL1005").Should().Be(0);
            Count("EL1004").Should().BeLessThanOrEqualTo(24, "24 conversion findings were read: 20 are real slips in the copy");
            Count("EL1006").Should().BeLessThanOrEqualTo(3);
            found.Count.Should().BeLessThanOrEqualTo(2225 / 50, "the target is at most one questionable finding per 50 articles");
        }
    }
}

using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using EditorialLint.Engine;
using EditorialLint.Rules.Wording;
using EditorialLint.Text;

namespace EditorialLint.Benchmarks
{
    /// <summary>
    /// The context model on its own: EL2010 (a word its context makes unlikely next to a thesaurus neighbour) and
    /// EL2900 (the per-document spin score, which shares the same swap evidence), on 100 KB of articles, the
    /// document analysis included. Its tables are opened once, before the first measured call (the thesaurus read in
    /// place, the count tables' lines copied into cache-line-aligned memory), so there is no load step to time.
    /// </summary>
    [MemoryDiagnoser]
    public class ContextModelBenchmarks
    {
        private DocumentInput[] _articles = null!;
        private LintEngine _model = null!;
        private LintEngine _noRules = null!;

        /// <summary>Which articles make up the input.</summary>
        [Params(BenchmarkInput.Samples, BenchmarkInput.News)]
        public string Input { get; set; } = BenchmarkInput.Samples;

        [GlobalSetup]
        public void Setup()
        {
            _articles = BenchmarkInput.Articles(100_000, Input).Select((text, i) =>
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                var path = "articles/" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".md";
                return new DocumentInput(path, () => DocumentLoader.Load(path, bytes));
            }).ToArray();
            _model = new LintEngine(new Analysis.EditorialRule[] { new UnlikelyWordInContextRule(), new DocumentSpinScoreRule() });
            _noRules = new LintEngine(System.Array.Empty<Analysis.EditorialRule>());
        }

        [Benchmark(Baseline = true, Description = "100 KB as articles, no rules (analysis only)")]
        public int NoRules() => _noRules.Run(_articles, jobs: 1).DocumentCount;

        [Benchmark(Description = "100 KB as articles, EL2010 + EL2900 (context model)")]
        public int ContextModel() => _model.Run(_articles, jobs: 1).Diagnostics.Length;
    }
}

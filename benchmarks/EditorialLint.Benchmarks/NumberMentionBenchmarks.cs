using System.Collections.Immutable;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Numbers;
using EditorialLint.Rules;
using EditorialLint.Text;

namespace EditorialLint.Benchmarks
{
    /// <summary>
    /// Number mentions (the shared per-document parse behind EL1xxx) on 100 KB of Markdown, the EL1xxx rules on their
    /// own, and the cross-article check (EL1002) over many articles: its corpus-end pass must stay near-linear in
    /// the number of mentions, so 1 MB should cost about ten times 100 KB.
    /// </summary>
    [MemoryDiagnoser]
    public class NumberMentionBenchmarks
    {
        private AnalyzedDocument _document = null!;
        private LintEngine _numberRules = null!;
        private DocumentInput[] _articles100K = null!;
        private DocumentInput[] _articles1M = null!;

        /// <summary>Which articles make up the input.</summary>
        [Params(BenchmarkInput.Samples, BenchmarkInput.News)]
        public string Input { get; set; } = BenchmarkInput.Samples;

        [GlobalSetup]
        public void Setup()
        {
            _document = AnalyzedDocument.Create(new SourceDocument("bench.md", BenchmarkInput.Markdown(100_000, Input)));
            _numberRules = new LintEngine(BuiltInRules.CreateAll().Where(r => r.GetType().Namespace == "EditorialLint.Rules.Numbers"));
            _articles100K = AsInputs(BenchmarkInput.Articles(100_000, Input));
            _articles1M = AsInputs(BenchmarkInput.Articles(1_000_000, Input));
        }

        [Benchmark(Description = "Number mentions, 100 KB (parse only)")]
        public ImmutableArray<NumberMention> Mentions() => NumberMentionParser.Parse(_document);

        [Benchmark(Description = "EL1xxx rules, 100 KB as articles (analysis included)")]
        public int NumberRules100K() => _numberRules.Run(_articles100K, jobs: 1).Diagnostics.Length;

        [Benchmark(Description = "EL1xxx rules, 1 MB as articles (analysis included)")]
        public int NumberRules1M() => _numberRules.Run(_articles1M, jobs: 1).Diagnostics.Length;

        private static DocumentInput[] AsInputs(string[] texts) =>
            texts.Select((text, i) =>
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                var path = "articles/" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + ".md";
                return new DocumentInput(path, () => DocumentLoader.Load(path, bytes));
            }).ToArray();
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Benchmarks
{
    /// <summary>
    /// What the engine costs beyond the rules: linting many article-sized documents (per-document overhead, parallel
    /// scheduling) with and without rules, and sorting the findings. Cold start-up is not a steady state, so
    /// BenchmarkDotNet cannot time it: <see cref="StartupProbe"/> does.
    /// </summary>
    [MemoryDiagnoser]
    public class EngineOverheadBenchmarks
    {
        private DocumentInput[] _articles = null!;
        private LintEngine _engine = null!;
        private LintEngine _noRules = null!;
        private Diagnostic[] _diagnostics = null!;

        /// <summary>Which articles make up the documents.</summary>
        [Params(BenchmarkInput.Samples, BenchmarkInput.News)]
        public string Input { get; set; } = BenchmarkInput.Samples;

        [GlobalSetup]
        public void Setup()
        {
            // 500 KB of whole articles, each its own document, as a folder of articles is linted.
            var texts = BenchmarkInput.Articles(500_000, Input);
            _articles = texts.Select((text, i) =>
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                var path = "articles/" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".md";
                return new DocumentInput(path, () => DocumentLoader.Load(path, bytes));
            }).ToArray();
            _engine = new LintEngine(BuiltInRules.CreateAll());
            _noRules = new LintEngine(System.Array.Empty<Analysis.EditorialRule>());

            // 10,000 findings over 100 files in a scrambled order.
            var descriptor = new DiagnosticDescriptor("EL3001", "Repeated word", "Word '{0}' is repeated", "Style", DiagnosticSeverity.Warning, true);
            var random = new System.Random(7);
            _diagnostics = Enumerable.Range(0, 10_000).Select(i =>
            {
                int line = random.Next(0, 400);
                int column = random.Next(0, 80);
                var span = new TextSpan(line * 81 + column, 3);
                var location = Location.Create("articles/" + random.Next(0, 100) + ".md", span,
                    new LinePositionSpan(new LinePosition(line, column), new LinePosition(line, column + 3)));
                return Diagnostic.Create(descriptor, location, "the");
            }).ToArray();
        }

        [Benchmark(Description = "500 KB as articles, no rules (load, prose, tokens, sentences), 1 job")]
        public int NoRules() => _noRules.Run(_articles, jobs: 1).DocumentCount;

        [Benchmark(Description = "500 KB as articles, all built-in rules, 1 job")]
        public int AllRules() => _engine.Run(_articles, jobs: 1).Diagnostics.Length;

        [Benchmark(Description = "500 KB as articles, all built-in rules, 2 jobs")]
        public int AllRulesTwoJobs() => _engine.Run(_articles, jobs: 2).Diagnostics.Length;

        [Benchmark(Description = "Sort 10,000 diagnostics")]
        public ImmutableArray<Diagnostic> Sort() => LintEngine.Sort(_diagnostics);
    }
}

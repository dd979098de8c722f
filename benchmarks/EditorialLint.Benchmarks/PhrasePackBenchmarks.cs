using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using EditorialLint.Engine;
using EditorialLint.Packs;
using EditorialLint.Rules.Packs;
using EditorialLint.Text;

namespace EditorialLint.Benchmarks
{
    /// <summary>
    /// Rule packs: loading the built-in packs (YAML parse, phrase tries; what every run pays at start-up, warm here)
    /// and matching them on 100 KB of articles: the largest substitution pack (7,268 tortured phrases) on its own,
    /// and every built-in pack together, the document analysis included.
    /// </summary>
    [MemoryDiagnoser]
    public class PhrasePackBenchmarks
    {
        private IReadOnlyList<(string Path, string Text)> _files = null!;
        private Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> _known = null!;
        private DocumentInput[] _articles = null!;
        private LintEngine _largestPack = null!;
        private LintEngine _allPacks = null!;
        private LintEngine _noRules = null!;

        /// <summary>Which articles make up the input.</summary>
        [Params(BenchmarkInput.Samples, BenchmarkInput.News)]
        public string Input { get; set; } = BenchmarkInput.Samples;

        [GlobalSetup]
        public void Setup()
        {
            _files = BuiltInPacks.Files();
            // The descriptors the packs' IDs resolve to, as the built-in loader has them.
            _known = new Dictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor>(System.StringComparer.Ordinal);
            foreach (var d in Rules.BuiltInRules.AllDescriptors(Rules.BuiltInRules.CreateCSharpRules())) _known[d.Id] = d;
            foreach (var d in PackRuleDescriptors.All) _known[d.Id] = d;
            _articles = BenchmarkInput.Articles(100_000, Input).Select((text, i) =>
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                var path = "articles/" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".md";
                return new DocumentInput(path, () => DocumentLoader.Load(path, bytes));
            }).ToArray();
            var packs = BuiltInPacks.Rules;
            _largestPack = new LintEngine(new[] { packs.OrderByDescending(p => p.Definition.Entries.Length).First() });
            _allPacks = new LintEngine(packs);
            _noRules = new LintEngine(System.Array.Empty<Analysis.EditorialRule>());
        }

        [Benchmark(Description = "Load every built-in pack (parse + build)")]
        public int LoadBuiltInPacks() => new PackLoader(id => _known.TryGetValue(id, out var d) ? d : null).LoadFiles(_files, "rules").Rules.Length;

        [Benchmark(Baseline = true, Description = "100 KB as articles, no rules (analysis only)")]
        public int NoRules() => _noRules.Run(_articles, jobs: 1).DocumentCount;

        [Benchmark(Description = "100 KB as articles, the largest substitution pack")]
        public int LargestPack() => _largestPack.Run(_articles, jobs: 1).Diagnostics.Length;

        [Benchmark(Description = "100 KB as articles, every built-in pack")]
        public int AllPacks() => _allPacks.Run(_articles, jobs: 1).Diagnostics.Length;
    }
}

using System.Collections.Immutable;
using System.Globalization;
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
    /// One run-on sentence of N figures (counts, percentages, money, years and ages, no full stop): the number parser and
    /// the EL1xxx rules must stay linear in its length, so 64,000 figures should cost about four times 16,000.
    /// </summary>
    [MemoryDiagnoser]
    public class RunOnNumbersBenchmarks
    {
        private AnalyzedDocument _document = null!;
        private LintEngine _numberRules = null!;
        private DocumentInput[] _input = null!;

        /// <summary>How many figures the sentence holds.</summary>
        [Params(16_000, 64_000)]
        public int Figures { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var text = RunOn(Figures);
            _document = AnalyzedDocument.Create(new SourceDocument("runon.txt", text));
            _numberRules = new LintEngine(BuiltInRules.CreateAll().Where(r => r.GetType().Namespace == "EditorialLint.Rules.Numbers"));
            var bytes = Encoding.UTF8.GetBytes(text);
            _input = new[] { new DocumentInput("runon.txt", () => DocumentLoader.Load("runon.txt", bytes)) };
        }

        [Benchmark(Description = "Number mentions, one run-on sentence (parse only)")]
        public ImmutableArray<NumberMention> Parse() => NumberMentionParser.Parse(_document);

        [Benchmark(Description = "EL1xxx rules, one run-on sentence (analysis included)")]
        public int Rules() => _numberRules.Run(_input, jobs: 1).Diagnostics.Length;

        /// <summary>A sentence of <paramref name="figures"/> figures of mixed kinds joined by commas and words.</summary>
        public static string RunOn(int figures)
        {
            var b = new StringBuilder(figures * 16);
            b.Append("The report lists ");
            for (int i = 0; i < figures; i++)
            {
                switch (i % 6)
                {
                    case 0: b.Append((i % 997 + 3).ToString(CultureInfo.InvariantCulture)).Append(" users"); break;
                    case 1: b.Append((i % 89 + 1).ToString(CultureInfo.InvariantCulture)).Append('%'); break;
                    case 2: b.Append('$').Append((i % 500 + 1).ToString(CultureInfo.InvariantCulture)).Append('m'); break;
                    case 3: b.Append("in ").Append((1900 + i % 120).ToString(CultureInfo.InvariantCulture)); break;
                    case 4: b.Append("Okafor, ").Append((i % 80 + 18).ToString(CultureInfo.InvariantCulture)); break;
                    default: b.Append((i % 9 + 1).ToString(CultureInfo.InvariantCulture)).Append(" days"); break;
                }

                b.Append(i % 3 == 2 ? " and " : ", ");
            }

            b.Append("in all\n");
            return b.ToString();
        }
    }
}

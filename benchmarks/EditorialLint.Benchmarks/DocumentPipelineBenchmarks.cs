using System.Text;
using BenchmarkDotNet.Attributes;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Text;
using EditorialLint.Tokens;

namespace EditorialLint.Benchmarks
{
    /// <summary>
    /// The per-document pipeline on 100 KB of Markdown: decoding, Markdown prose extraction, tokens and sentences,
    /// and the whole built-in rule set, on the sample articles (full of findings) and on clean news (see
    /// <see cref="BenchmarkInput"/>). MB/s = 0.1 / mean seconds.
    /// </summary>
    [MemoryDiagnoser]
    public class DocumentPipelineBenchmarks
    {
        /// <summary>Which articles make up the 100 KB.</summary>
        [Params(BenchmarkInput.Samples, BenchmarkInput.News)]
        public string Input { get; set; } = BenchmarkInput.Samples;

        private byte[] _markdownBytes = null!;
        private string _markdown = null!;
        private string _plain = null!;
        private ProseView _prose = null!;
        private Token[] _tokens = null!;
        private LintEngine _engine = null!;

        [GlobalSetup]
        public void Setup()
        {
            _markdown = BenchmarkInput.Markdown(100_000, Input);
            _markdownBytes = Encoding.UTF8.GetBytes(_markdown);
            _plain = BenchmarkInput.PlainText(100_000);
            _prose = MarkdownProseExtractor.Extract(_markdown);
            _tokens = Tokenizer.Tokenize(_prose);
            _engine = new LintEngine(BuiltInRules.CreateAll());
        }

        [Benchmark(Description = "Decode 100 KB (UTF-8 validate + SourceText)")]
        public SourceDocument? Load() => DocumentLoader.Load("bench.md", _markdownBytes).Document;

        [Benchmark(Description = "Markdown prose view, 100 KB")]
        public ProseView MarkdownProse() => MarkdownProseExtractor.Extract(_markdown);

        [Benchmark(Description = "Plain-text prose view, 100 KB")]
        public ProseView PlainProse() => ProseView.ForPlainText(_plain);

        [Benchmark(Description = "Tokens, 100 KB of prose")]
        public Token[] Tokens() => Tokenizer.Tokenize(_prose);

        [Benchmark(Description = "Sentences, 100 KB of prose")]
        public Sentence[] Sentences() => SentenceSplitter.Split(_prose.Text, _tokens, _prose);

        [Benchmark(Description = "Load + prose + tokens + sentences, 100 KB")]
        public AnalyzedDocument Analyze() => AnalyzedDocument.Create(DocumentLoader.Load("bench.md", _markdownBytes).Document!);

        [Benchmark(Description = "All built-in rules, 100 KB")]
        public int AllRules() => _engine.Run(new[] { new DocumentInput("bench.md", () => DocumentLoader.Load("bench.md", _markdownBytes)) }, jobs: 1).Diagnostics.Length;
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;

namespace EditorialLint.Benchmarks
{
    /// <summary>
    /// Benchmark inputs. "samples": the repository's own sample articles (deliberately full of findings), repeated to
    /// the wanted size, so that the figures need nothing outside the repository. "news": clean BBC news articles
    /// from the corpus that <c>benchmarks/make_corpus.py</c> (or <c>benchmarks/compare.sh</c>) builds under
    /// <c>benchmarks/.work/corpus</c>: what the tool mostly reads, with few findings.
    /// </summary>
    internal static class BenchmarkInput
    {
        public const string Samples = "samples";
        public const string News = "news";

        public static string Markdown(int bytes, string input = Samples) => string.Concat(Articles(bytes, input, "*.md").Select(a => a + "\n\n"));

        public static string PlainText(int bytes) => Build(bytes, "*.txt");

        /// <summary>Whole articles, in a stable order, until they add up to at least <paramref name="bytes"/> characters.</summary>
        public static string[] Articles(int bytes, string input, string pattern = "*.md")
        {
            var texts = Sources(input, pattern);
            var result = new System.Collections.Generic.List<string>();
            int total = 0;
            for (int i = 0; total < bytes; i++)
            {
                var text = texts[i % texts.Length];
                result.Add(text);
                total += text.Length;
            }

            return result.ToArray();
        }

        private static string Build(int bytes, string pattern)
        {
            var texts = Sources(Samples, pattern);
            var sb = new StringBuilder(bytes + 4096);
            for (int i = 0; sb.Length < bytes; i++) sb.Append(texts[i % texts.Length]).Append("\n\n");
            return sb.ToString();
        }

        private static string[] Sources(string input, string pattern)
        {
            string folder = input == News
                ? Path.Combine(FindRoot(), "benchmarks", ".work", "corpus", "5m")
                : Path.Combine(FindRoot(), "samples");
            if (!Directory.Exists(folder))
            {
                throw new InvalidOperationException(
                    "no " + folder + ": build the news corpus first (python3 benchmarks/make_corpus.py ../shared/data/clean-news/bbc benchmarks/.work/corpus --tiers 5m)");
            }

            var texts = Directory.GetFiles(folder, pattern, SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(File.ReadAllText)
                .ToArray();
            if (texts.Length == 0) throw new InvalidOperationException("no files matching " + pattern + " under " + folder);
            return texts;
        }

        private static string FindRoot()
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "EditorialLint.sln"))) dir = Path.GetDirectoryName(dir);
            return dir ?? throw new InvalidOperationException("EditorialLint.sln not found");
        }
    }
}

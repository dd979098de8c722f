using System;
using System.IO;
using System.Linq;
using System.Text;

namespace EditorialLint.Benchmarks
{
    /// <summary>
    /// Benchmark input built from the repository's own sample articles, repeated to the wanted size, so that the
    /// figures do not depend on ../shared.
    /// </summary>
    internal static class BenchmarkInput
    {
        public static string Markdown(int bytes) => Build(bytes, "*.md");

        public static string PlainText(int bytes) => Build(bytes, "*.txt");

        private static string Build(int bytes, string pattern)
        {
            var samples = Path.Combine(FindRoot(), "samples");
            var texts = Directory.GetFiles(samples, pattern, SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(File.ReadAllText)
                .ToArray();
            if (texts.Length == 0) throw new InvalidOperationException("no samples matching " + pattern + " under " + samples);
            var sb = new StringBuilder(bytes + 4096);
            for (int i = 0; sb.Length < bytes; i++) sb.Append(texts[i % texts.Length]).Append("\n\n");
            return sb.ToString();
        }

        private static string FindRoot()
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "EditorialLint.sln"))) dir = Path.GetDirectoryName(dir);
            return dir ?? throw new InvalidOperationException("EditorialLint.sln not found");
        }
    }
}

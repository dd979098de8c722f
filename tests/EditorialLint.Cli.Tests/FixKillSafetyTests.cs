using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace EditorialLint.Cli.Tests
{
    /// <summary>
    /// <c>--fix</c> writes each file whole or not at all: killed (SIGKILL, no chance to clean up) at random points of a
    /// run over many files, every file is either as it was or completely fixed, never half written or empty.
    /// </summary>
    public sealed class FixKillSafetyTests
    {
        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public FixKillSafetyTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

        private const int Files = 40;
        private const int Kills = 10;

        // Our own sentences, with safe fixes (a repeated word, a space before punctuation) on every line.
        private static string Article(int index)
        {
            var text = new StringBuilder($"# Report {index}\n\n");
            for (int line = 0; line < 120; line++)
                text.Append($"Item {index}-{line}: the council met on Monday and and agreed the budget , then left.\n\n");
            return text.ToString();
        }

        private static Process StartFix(string folder)
        {
            // The CLI as its own process (the apphost's assembly beside the tests), run by the same dotnet host.
            var info = new ProcessStartInfo(Environment.ProcessPath!)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder,
            };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "editorial-lint.dll"));
            foreach (var arg in new[] { "--fix", "-q", "--jobs", "1", "." }) info.ArgumentList.Add(arg);
            var process = Process.Start(info)!;
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            return process;
        }

        private static void WriteOriginals(string folder)
        {
            for (int i = 0; i < Files; i++) File.WriteAllText(Path.Combine(folder, $"article-{i:D2}.md"), Article(i), new UTF8Encoding(false));
        }

        [Fact]
        public void FixKilledAtRandomPoints_LeavesEveryFileUntouchedOrCompletelyFixed()
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
            using var reference = new TempFolder();
            WriteOriginals(reference.Path);
            var clock = Stopwatch.StartNew();
            using (var complete = StartFix(reference.Path))
                complete.WaitForExit((int)TimeSpan.FromMinutes(3).TotalMilliseconds).Should().BeTrue("a run over 40 small files ends");
            var fullRun = clock.Elapsed;
            var fixedTexts = Enumerable.Range(0, Files).Select(i => File.ReadAllText(Path.Combine(reference.Path, $"article-{i:D2}.md"))).ToArray();
            for (int i = 0; i < Files; i++) fixedTexts[i].Should().NotBe(Article(i), "every article has fixes to apply");

            var random = new Random(16);
            var outcomes = new List<int>();
            using var folder = new TempFolder();
            for (int kill = 0; kill < Kills; kill++)
            {
                WriteOriginals(folder.Path);
                using (var run = StartFix(folder.Path))
                {
                    System.Threading.Thread.Sleep(TimeSpan.FromMilliseconds(random.NextDouble() * fullRun.TotalMilliseconds));
                    try { run.Kill(); } catch (InvalidOperationException) { } // it may have finished
                    run.WaitForExit((int)TimeSpan.FromMinutes(1).TotalMilliseconds).Should().BeTrue();
                }

                int fixedCount = 0;
                for (int i = 0; i < Files; i++)
                {
                    var text = File.ReadAllText(Path.Combine(folder.Path, $"article-{i:D2}.md"));
                    if (text == fixedTexts[i]) fixedCount++;
                    else text.Should().Be(Article(i), $"article-{i:D2}.md is untouched or completely fixed (kill {kill})");
                }

                outcomes.Add(fixedCount);
                // What a kill can leave behind is a hidden temporary file beside an article, never another article.
                Directory.GetFiles(folder.Path).Select(Path.GetFileName)
                    .Where(name => !name!.StartsWith('.')).Should().HaveCount(Files);
                foreach (var temp in Directory.GetFiles(folder.Path, ".*")) File.Delete(temp);
            }

            // Where the kills landed (files fully fixed each time), for whoever reads the log.
            _output.WriteLine($"full run {fullRun.TotalSeconds:F1} s; files fixed when killed: {string.Join(", ", outcomes)}");
            outcomes.Should().HaveCount(Kills);
        }
    }
}

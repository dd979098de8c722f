using System;
using System.Diagnostics;
using System.IO;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Benchmarks
{
    /// <summary>
    /// Cold start-up, step by step, in a fresh process (BenchmarkDotNet measures warm code, which hides start-up):
    /// <c>dotnet run -c Release --project benchmarks/EditorialLint.Benchmarks -- startup FILE</c>. Run it a few times
    /// and take the smallest figures; the CLI is ReadyToRun-compiled, so its JIT share is smaller than here.
    /// </summary>
    internal static class StartupProbe
    {
        public static void Run(string file)
        {
            var clock = Stopwatch.StartNew();
            double last = 0;
            void Step(string what)
            {
                double now = clock.Elapsed.TotalMilliseconds;
                Console.WriteLine($"{what,-48} {now - last,8:F1} ms");
                last = now;
            }

            var csharp = BuiltInRules.CreateCSharpRules();
            Step($"C# rules created ({csharp.Length})");
            var files = BuiltInPacks.Files();
            Step($"embedded pack files read ({files.Count})");
            for (int round = 1; round <= 2; round++)
            {
                var yaml = new YamlDotNet.RepresentationModel.YamlStream();
                yaml.Load(new StringReader(files[files.Count - 1].Text));
                Step($"  YAML tree of {Path.GetFileName(files[files.Count - 1].Path)} only, round {round}");
                var matcher = new EditorialLint.Packs.PhraseMatcher(ignoreCase: true);
                int n = 0;
                foreach (var line in files[files.Count - 1].Text.Split('\n'))
                {
                    int colon = line.IndexOf("\": \"", StringComparison.Ordinal);
                    if (line.StartsWith("  \"", StringComparison.Ordinal) && colon > 0) matcher.Add(line.Substring(3, colon - 3), n++);
                }

                Step($"  phrase matcher of {n} phrases only, round {round}");
            }

            for (int round = 1; round <= 2; round++)
            {
                foreach (var (path, text) in files)
                {
                    new EditorialLint.Packs.PackLoader().LoadFile(path, text, "rules");
                    Step($"  load {Path.GetFileName(path)} ({text.Length / 1024} KB), round {round}");
                }
            }

            var packs = BuiltInPacks.Rules;
            Step($"built-in packs loaded ({packs.Length} rules)");
            var lexicon = EditorialLint.Rules.Wording.Lexicon.PartOfSpeechLexicon.Default;
            Step($"part-of-speech lexicon opened ({lexicon.Count} forms)");
            var engine = new LintEngine(csharp.AddRange(packs));
            Step("engine created (rules initialised)");
            var result = engine.Run(new[] { DocumentInput.FromFile(file, Path.GetFileName(file)) }, jobs: 1);
            Step($"first document linted ({result.Diagnostics.Length} findings)");
            result = engine.Run(new[] { DocumentInput.FromFile(file, Path.GetFileName(file)) }, jobs: 1);
            Step("same document again (warm)");
            Console.WriteLine($"{"total",-48} {clock.Elapsed.TotalMilliseconds,8:F1} ms");
        }
    }
}

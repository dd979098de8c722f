using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Cli.Output;
using EditorialLint.Packs;
using EditorialLint.Rules;
using EditorialLint.Rules.Packs;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Cli
{
    /// <summary>
    /// <c>editorial-lint test-rules [PACK…]</c>: loads rule packs (the built-in ones when none is given) and runs
    /// the examples of every rule file. Exit code 0 when every example holds, 1 when one fails (each failure is
    /// reported at its example), 2 when a pack does not load.
    /// </summary>
    internal static class TestRulesRunner
    {
        public static int Run(IReadOnlyList<string> packs, CliEnvironment env, bool quiet)
        {
            var rules = new List<PackRule>();
            var problems = new List<Diagnostic>();
            if (packs.Count == 0)
            {
                rules.AddRange(BuiltInPacks.Rules);
                problems.AddRange(BuiltInPacks.Diagnostics);
            }
            else
            {
                var known = BuiltInRules.AllDescriptors().ToDictionary(d => d.Id, d => d);
                var loader = new PackLoader(id => known.TryGetValue(id, out var d) ? d : null);
                foreach (var pack in packs)
                {
                    var full = Path.GetFullPath(Path.Combine(env.CurrentDirectory, pack));
                    if (!Directory.Exists(full)) throw new UsageException($"'{pack}' is not a folder of rule files");
                    var loaded = loader.LoadDirectory(full, env.CurrentDirectory);
                    rules.AddRange(loaded.Rules);
                    problems.AddRange(loaded.Diagnostics);
                }
            }

            if (problems.Count > 0)
            {
                TextFormatter.Write(env.Output, Finding.FromAll(Engine.LintEngine.Sort(problems)), ranges: false, color: false);
                if (problems.Any(p => p.Severity == DiagnosticSeverity.Error)) return 2;
            }

            var result = PackExampleRunner.Run(rules);
            TextFormatter.Write(env.Output, Finding.FromAll(result.Failures), ranges: false, color: false);
            if (!quiet)
                env.Error.WriteLine($"{result.RuleCount} rule file{(result.RuleCount == 1 ? "" : "s")}, {result.ExampleCount} example{(result.ExampleCount == 1 ? "" : "s")}: {result.Failures.Length} failed");
            return result.Failures.IsEmpty ? 0 : 1;
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Baselines;
using EditorialLint.Cli.Output;
using EditorialLint.Engine;
using EditorialLint.Fixing;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Cli
{
    /// <summary>What <c>--fix</c> did: an exit code when the run ends here (dry run), and per-file problems.</summary>
    internal sealed class FixOutcome
    {
        public int? ExitCode { get; set; }

        public List<Diagnostic> Problems { get; } = new List<Diagnostic>();
    }

    /// <summary>
    /// <c>--fix</c>, <c>--fix-unsafe</c> and <c>--fix-dry-run</c>: fixes each file to a fixed point (only findings
    /// that would be reported: suppressed and baselined ones are left alone), writing atomically, or prints the
    /// unified diff of what it would change. A file that cannot be fixed is reported (EL9046) and the others go on.
    /// </summary>
    internal static class FixRunner
    {
        public static FixOutcome Run(LintSettings settings, CliEnvironment env, LintEngine engine, IReadOnlyList<DiscoveredFile> files, Baseline? baseline)
        {
            bool includeUnsafe = settings.Fix == FixMode.All;
            var outcome = new FixOutcome();
            var diffs = new StringBuilder();
            int changedFiles = 0, applied = 0;
            foreach (var file in files)
            {
                // A file over the size limit is not fixed; the lint that follows reports it (EL9007).
                if (settings.Limits.MaxFileSize > 0 && new System.IO.FileInfo(file.FullPath).Length > settings.Limits.MaxFileSize) continue;

                FileFixResult result;
                try
                {
                    result = FileFixer.FixFile(file.FullPath, file.DisplayPath, document => Lint(engine, document, baseline), includeUnsafe, settings.FixDryRun);
                }
                catch (System.Exception e) when (!(e is System.OperationCanceledException))
                {
                    // The file is left as it is; the lint that follows reports why (a dry run reports it here).
                    if (settings.FixDryRun) outcome.Problems.Add(DocumentFailure.Create(file.DisplayPath, e));
                    continue;
                }

                outcome.Problems.AddRange(result.Problems);
                if (result.Fix is { Changed: true } fix && (result.Written || settings.FixDryRun))
                {
                    changedFiles++;
                    applied += fix.AppliedCount;
                }

                if (!string.IsNullOrEmpty(result.Diff)) diffs.Append(result.Diff);
            }

            string Plural(int n, string word) => n + " " + word + (n == 1 ? string.Empty : "s");
            if (!settings.FixDryRun)
            {
                if (!settings.Quiet) env.Error.WriteLine($"{(applied == 1 ? "1 fix" : applied + " fixes")} applied to {Plural(changedFiles, "file")}");
                return outcome;
            }

            env.Output.Write(diffs.ToString());
            if (outcome.Problems.Count > 0) TextFormatter.Write(env.Error, Finding.FromAll(outcome.Problems), ranges: false, color: false);
            if (!settings.Quiet) env.Error.WriteLine($"{(applied == 1 ? "1 fix" : applied + " fixes")} would change {Plural(changedFiles, "file")} (dry run: nothing written)");

            // As diff does: 1 when there are changes to make, 0 when there are none.
            outcome.ExitCode = outcome.Problems.Any(p => p.Severity == DiagnosticSeverity.Error) ? 2 : changedFiles > 0 ? 1 : 0;
            return outcome;
        }

        private static ImmutableArray<Diagnostic> Lint(LintEngine engine, SourceDocument document, Baseline? baseline)
        {
            var found = engine.LintSource(document);
            return baseline is null ? found : baseline.NewFindings(found, d => DiagnosticFingerprint.Compute(d, document.Text));
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Baselines;
using EditorialLint.Cli.Output;
using EditorialLint.Configuration;
using EditorialLint.Engine;
using EditorialLint.Fixing;
using EditorialLint.Rules;
using EditorialLint.Text;
using EditorialLint.Workspace;
using Microsoft.CodeAnalysis;
using Spectre.Console;

namespace EditorialLint.Cli
{
    /// <summary>The settings of one lint run, as parsed from the command line.</summary>
    public sealed class LintSettings
    {
        /// <summary>Files and folders to lint.</summary>
        public IReadOnlyList<string> Paths { get; init; } = Array.Empty<string>();

        /// <summary>Globs of files to take from folders.</summary>
        public IReadOnlyList<string> Includes { get; init; } = Array.Empty<string>();

        /// <summary>Globs of files to leave out of folders.</summary>
        public IReadOnlyList<string> Excludes { get; init; } = Array.Empty<string>();

        /// <summary>Read the document from standard input.</summary>
        public bool Stdin { get; init; }

        /// <summary>The name standard input is linted and reported as.</summary>
        public string? StdinFilename { get; init; }

        /// <summary>The output format.</summary>
        public OutputFormat Format { get; init; }

        /// <summary>Write findings to this file instead of standard output.</summary>
        public string? OutputFile { get; init; }

        /// <summary>Print ranges, not just start positions, in text output.</summary>
        public bool Ranges { get; init; }

        /// <summary>Documents linted at once (0: the core count).</summary>
        public int Jobs { get; init; }

        /// <summary>No summary line or progress bar.</summary>
        public bool Quiet { get; init; }

        /// <summary>Exit with 1 on warnings too.</summary>
        public bool WarningsAsErrors { get; init; }

        /// <summary>A configuration file applied on top of the discovered <c>.editorconfig</c> files (<c>--config</c>).</summary>
        public string? ConfigFile { get; init; }

        /// <summary>Rule pack folders that apply to every file (<c>--rules</c>).</summary>
        public IReadOnlyList<string> RuleDirectories { get; init; } = Array.Empty<string>();

        /// <summary>Report only findings not recorded in this baseline (<c>--baseline</c>).</summary>
        public string? BaselineFile { get; init; }

        /// <summary>Apply fixes: safe ones (<c>--fix</c>), every suggestion (<c>--fix-unsafe</c>), or neither.</summary>
        public FixMode Fix { get; init; }

        /// <summary>Print the fixes as a unified diff and change nothing (<c>--fix-dry-run</c>).</summary>
        public bool FixDryRun { get; init; }

        /// <summary>The size and findings limits (<c>--max-file-size</c>, <c>--max-findings</c>).</summary>
        public Input.InputLimits Limits { get; init; } = Input.InputLimits.Default;

        /// <summary>Follow symbolic links out of the folders given (<c>--follow-links</c>).</summary>
        public bool FollowLinks { get; init; }

        /// <summary>Load C# plugins (<c>--allow-plugins</c>); see <see cref="PluginTrust"/>.</summary>
        public bool AllowPlugins { get; init; }

        /// <summary>The archive of published articles to compare with (<c>--archive</c>); see <see cref="Archive.ArchiveLocation"/>.</summary>
        public string? Archive { get; init; }

        /// <summary>Record the findings in this baseline file and report nothing (<c>baseline write FILE</c>).</summary>
        public string? WriteBaseline { get; init; }
    }

    /// <summary>Which fixes <c>--fix</c> applies.</summary>
    public enum FixMode
    {
        /// <summary>No fixing.</summary>
        None,
        /// <summary>Fixes marked safe.</summary>
        Safe,
        /// <summary>Every fix, safe or not.</summary>
        All,
    }

    /// <summary>Runs a lint from parsed settings and writes the results.</summary>
    public static class LintRunner
    {
        /// <summary>Lints and reports; returns the exit code.</summary>
        public static int Run(LintSettings settings, CliEnvironment env)
        {
            var inputs = CollectInputs(settings, env, out var files, out var discovery);
            if (!settings.Quiet)
                foreach (var note in discovery.Notes) env.Error.WriteLine("editorial-lint: note: " + Output.OutputEscaping.InLine(note));
            if (settings.Stdin && (settings.Fix != FixMode.None || settings.FixDryRun))
                throw new UsageException("--fix needs files; it cannot rewrite standard input");
            if (settings.OutputFile is not null && settings.OutputFile != "-")
                ReportTarget.Check("--output", settings.OutputFile, env.CurrentDirectory, files.Select(f => f.FullPath));
            if (settings.WriteBaseline is not null)
                ReportTarget.Check("the baseline", settings.WriteBaseline, env.CurrentDirectory, files.Select(f => f.FullPath));

            // The model's weights load on a spare core while the workspace is made and the documents read.
            if (inputs.Count > 0) BuiltInRules.Prepare();

            // Configuration, rule packs and plugins: a problem here means the run cannot be trusted (exit code 2).
            var workspace = LintWorkspace.Create(inputs.Select(i => i.Path), new LintWorkspaceOptions
            {
                BaseDirectory = env.CurrentDirectory,
                ConfigFile = settings.ConfigFile,
                RuleDirectories = settings.RuleDirectories,
                BuiltInRules = BuiltInRules.CreateAll(),
                PluginTrust = PluginTrust.Decide(settings.AllowPlugins),
                PluginHost = CliPlugins.Create(env.CurrentDirectory),
            });
            if (workspace.HasErrors)
            {
                WriteFindings(settings, env, Finding.FromAll(workspace.Diagnostics), inputs.Count, workspace);
                env.Error.WriteLine("editorial-lint: error: the configuration, a rule pack or a plugin is invalid (see above); nothing was linted");
                return 2;
            }

            Baseline? baseline = null;
            if (settings.BaselineFile is not null)
            {
                baseline = Baseline.Read(Path.GetFullPath(Path.Combine(env.CurrentDirectory, settings.BaselineFile)), out var baselineError);
                if (baseline is null)
                {
                    WriteFindings(settings, env, Finding.FromAll(new[] { baselineError! }), inputs.Count, workspace);
                    return 2;
                }
            }

            // The archive: checked now (a missing one is exit code 2 before any linting), opened when a rule first asks.
            using var archive = OpenArchive(settings, env, workspace, inputs);
            // Once a document has a figure or an event to compare, EL1002 and EL1005 hand its keys to the run
            // (IFactArchive.Prepare), which opens the archive and reads them in the background while the rest is linted:
            // a run with nothing to look up never opens it (docs/archive.md, "Cost of a lookup").
            var engine = workspace.Engine;
            engine.MaxFindingsPerDocument = settings.Limits.MaxFindingsPerDocument;
            engine.Archive = archive;
            var fixProblems = new List<Diagnostic>();
            if (settings.Fix != FixMode.None || settings.FixDryRun)
            {
                // Fix first, then lint what the files now say: the report shows what is left.
                var outcome = FixRunner.Run(settings, env, engine, files, baseline);
                if (outcome.ExitCode is int code)
                {
                    // A dry run prints a diff, not a report: warnings about the setup (a plugin not loaded) go to standard error.
                    if (!workspace.Diagnostics.IsEmpty) TextFormatter.Write(env.Error, Finding.FromAll(workspace.Diagnostics), ranges: false, color: false);
                    return code;
                }
                fixProblems.AddRange(outcome.Problems);
            }

            // Fingerprints only when the output asks for them: a baseline to match or write, SARIF's partialFingerprints.
            bool sarif = settings.Format == OutputFormat.Sarif;
            var fingerprints = baseline is not null || settings.WriteBaseline is not null || sarif ? new FingerprintRecorder() : null;
            var linted = fingerprints?.Record(inputs) ?? inputs;

            var started = System.Diagnostics.Stopwatch.StartNew();
            bool showProgress = env.IsErrorTerminal && !settings.Quiet && inputs.Count >= 200;
            LintResult result;
            try
            {
                result = showProgress ? RunWithProgress(engine, linted, settings.Jobs) : engine.Run(linted, settings.Jobs);
            }
            catch (Archive.ArchiveException e)
            {
                // The archive was asked and could not answer (corrupt, locked, gone): the run cannot be trusted.
                throw new UsageException(e.Message);
            }

            if (settings.WriteBaseline is not null)
                return WriteBaselineFile(settings, env, result, fingerprints!);

            var reported = baseline is null ? result.Diagnostics : baseline.NewFindings(result.Diagnostics, fingerprints!.Of);
            var findings = Finding.FromAll(workspace.Diagnostics.Concat(discovery.Problems))
                .Concat(Finding.FromAll(reported, sarif ? fingerprints!.Of : null))
                .Concat(Finding.FromAll(fixProblems))
                .ToList();
            WriteFindings(settings, env, findings, result.DocumentCount, workspace, inputs);

            if (!settings.Quiet) WriteSummary(env, findings, result.DocumentCount, started.Elapsed);
            bool failed = findings.Any(f => f.Severity == DiagnosticSeverity.Error
                || (settings.WarningsAsErrors && f.Severity == DiagnosticSeverity.Warning));
            return failed ? 1 : 0;
        }

        private static Archive.LazyArchive? OpenArchive(LintSettings settings, CliEnvironment env, LintWorkspace workspace, List<DocumentInput> inputs)
        {
            var configured = inputs.Count > 0 ? workspace.Options.GetOptions(inputs[0].Path) : null;
            var location = Archive.ArchiveLocation.Resolve(settings.Archive, env.CurrentDirectory, configured);
            try
            {
                return ArchiveRunner.ForLintRun(location);
            }
            catch (Archive.ArchiveException e)
            {
                throw new UsageException(e.Message);
            }
        }

        // Apart, and never inlined, so that Spectre.Console is loaded only for a run that shows a progress bar (loading it
        // was a measurable part of a one-article run's start-up).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static LintResult RunWithProgress(LintEngine engine, IReadOnlyList<DocumentInput> inputs, int jobs)
        {
            LintResult? captured = null;
            AnsiConsole.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("Linting", maxValue: inputs.Count);
                captured = engine.Run(inputs, jobs, new Progress<int>(done => task.Value = done));
            });
            return captured!;
        }

        private static int WriteBaselineFile(LintSettings settings, CliEnvironment env, LintResult result, FingerprintRecorder fingerprints)
        {
            var target = Path.GetFullPath(Path.Combine(env.CurrentDirectory, settings.WriteBaseline!));
            var text = Baseline.Write(result.Diagnostics.Select(d => (d, fingerprints.Of(d))));
            WriteFile(target, settings.WriteBaseline!, writer => writer.Write(text));

            if (!settings.Quiet)
                env.Error.WriteLine($"{result.Diagnostics.Length} finding{(result.Diagnostics.Length == 1 ? "" : "s")} in {result.DocumentCount} document{(result.DocumentCount == 1 ? "" : "s")} recorded in {settings.WriteBaseline}");
            return 0;
        }

        private static List<DocumentInput> CollectInputs(LintSettings settings, CliEnvironment env, out List<DiscoveredFile> files, out DiscoveryResult discovery)
        {
            var inputs = new List<DocumentInput>();
            if (settings.Stdin)
            {
                var name = settings.StdinFilename ?? "stdin.md";
                using var stdin = env.OpenStandardInput();
                // Bounded: standard input fed from a device never ends.
                var bytes = DocumentLoader.ReadBounded(stdin, 0, settings.Limits.MaxFileSize);
                if (bytes is null)
                    throw new UsageException($"standard input is larger than the limit of {settings.Limits.MaxFileSize} bytes (raise it with --max-file-size)");
                inputs.Add(new DocumentInput(name, () => DocumentLoader.Load(name, bytes)));
            }

            discovery = FileDiscovery.Find(settings.Paths, settings.Includes, settings.Excludes, env.CurrentDirectory, settings.FollowLinks);
            files = discovery.Files.ToList();
            foreach (var file in files)
                inputs.Add(DocumentInput.FromFile(file.FullPath, file.DisplayPath, settings.Limits));
            return inputs;
        }

        // The HTML report renders the articles themselves, so it is given the inputs too.
        private static void WriteFindings(LintSettings settings, CliEnvironment env, IReadOnlyList<Finding> findings, int documents, LintWorkspace workspace,
            IReadOnlyList<DocumentInput>? inputs = null)
        {
            if (settings.OutputFile is null || settings.OutputFile == "-")
            {
                Write(env.Output, settings, findings, documents, workspace, color: env.IsOutputTerminal && env.UseColor, inputs);
                return;
            }

            var target = Path.GetFullPath(Path.Combine(env.CurrentDirectory, settings.OutputFile));
            WriteFile(target, settings.OutputFile, writer => Write(writer, settings, findings, documents, workspace, color: false, inputs));
        }

        // Written beside the target and moved over it (AtomicFileWriter), so a reader never sees half a report.
        private static void WriteFile(string target, string shown, Action<TextWriter> write)
        {
            var directory = Path.GetDirectoryName(target);
            if (directory is not null && !Directory.Exists(directory))
                throw new UsageException($"cannot write '{shown}': folder '{directory}' does not exist");
            var error = AtomicFileWriter.Replace(target, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true);
                write(writer);
            });
            if (error is not null) throw new UsageException($"cannot write '{shown}': {error}");
        }

        private static void Write(TextWriter writer, LintSettings settings, IReadOnlyList<Finding> findings, int documents, LintWorkspace workspace, bool color,
            IReadOnlyList<DocumentInput>? inputs = null)
        {
            switch (settings.Format)
            {
                case OutputFormat.Html:
                    Output.Html.HtmlFormatter.Write(writer, findings, Output.Html.ReportData.Load(inputs ?? Array.Empty<DocumentInput>()), workspace.Options, LintWorkspace.Version);
                    break;
                case OutputFormat.Json:
                    JsonFormatter.Write(writer, findings, documents, LintWorkspace.Version);
                    break;
                case OutputFormat.Sarif:
                    SarifFormatter.Write(writer, findings, workspace.Descriptors, LintWorkspace.Version);
                    break;
                case OutputFormat.GitHub:
                    GitHubFormatter.Write(writer, findings);
                    break;
                default:
                    TextFormatter.Write(writer, findings, settings.Ranges, color);
                    break;
            }
        }

        private static void WriteSummary(CliEnvironment env, IReadOnlyList<Finding> findings, int documents, TimeSpan elapsed)
        {
            int errors = findings.Count(f => f.Severity == DiagnosticSeverity.Error);
            int warnings = findings.Count(f => f.Severity == DiagnosticSeverity.Warning);
            int infos = findings.Count - errors - warnings;
            string Plural(int n, string word) => n + " " + word + (n == 1 ? string.Empty : "s");
            env.Error.WriteLine(
                $"{Plural(documents, "document")} linted in {elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}s: " +
                $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "suggestion")}");
        }
    }
}

using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using EditorialLint.Cli.Output;
using EditorialLint.Rules;

namespace EditorialLint.Cli
{
    /// <summary>Parses the command line and dispatches. Every user mistake ends in exit code 2 and one clear line.</summary>
    public static class CliApplication
    {
        /// <summary>Runs the tool with <paramref name="args"/> in <paramref name="env"/>; returns the exit code.</summary>
        public static int Run(string[] args, CliEnvironment env)
        {
            var paths = new Argument<string[]>("paths")
            {
                Description = "Files and folders to lint. Folders are searched for *.md, *.markdown and *.txt.",
                Arity = ArgumentArity.ZeroOrMore,
            };
            var format = new Option<string>("--format", "-f")
            {
                Description = "Output format: text (MSBuild style), json, sarif, github or html (a page for editors; use with --output).",
                DefaultValueFactory = _ => "text",
            };
            format.AcceptOnlyFromAmong("text", "json", "sarif", "github", "html");
            var output = new Option<string?>("--output", "-o") { Description = "Write findings to this file instead of standard output ('-': standard output). Never an input, a link, a FIFO or a device." };
            var include = new Option<string[]>("--include") { Description = "Glob of files to take from folders (repeatable).", AllowMultipleArgumentsPerToken = false };
            var exclude = new Option<string[]>("--exclude") { Description = "Glob of files to leave out of folders (repeatable)." };
            var stdin = new Option<bool>("--stdin") { Description = "Lint the text on standard input." };
            var stdinFilename = new Option<string?>("--stdin-filename") { Description = "Name to report standard input as; its extension picks Markdown or text." };
            var jobs = new Option<int>("--jobs", "-j") { Description = "Documents linted at once (default: the number of cores)." };
            var ranges = new Option<bool>("--range") { Description = "Text output: print (line,col,endLine,endCol) instead of (line,col)." };
            var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary line on standard error." };
            var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit with 1 when there is any warning, not only an error." };
            var listRules = new Option<bool>("--list-rules") { Description = "List the rules and exit." };
            var explain = new Option<string?>("--explain") { Description = "Print the documentation page of a rule (e.g. EL3001) and exit." };
            var config = new Option<string?>("--config") { Description = "An .editorconfig-format file applied on top of those found above each linted file.", Recursive = true };
            var rulesDirs = new Option<string[]>("--rules") { Description = "A rule pack folder (YAML rules, C# rule files) that applies to every file (repeatable).", Recursive = true };
            var baselineFile = new Option<string?>("--baseline") { Description = "Report only findings that are not in this baseline (see 'baseline write')." };
            var fix = new Option<bool>("--fix") { Description = "Apply the fixes marked safe, then report what is left." };
            var fixUnsafe = new Option<bool>("--fix-unsafe") { Description = "Apply every fix, safe or not, then report what is left." };
            var allowPlugins = new Option<bool>("--allow-plugins") { Description = "Load C# plugins (rule files and assemblies) named by configuration and packs: they run code on this machine. Also EDITORIAL_LINT_ALLOW_PLUGINS=1.", Recursive = true };
            var followLinks = new Option<bool>("--follow-links") { Description = "Follow symbolic links that lead out of the folders given (each real folder is still visited once).", Recursive = true };
            var maxFileSize = new Option<string?>("--max-file-size") { Description = "Files larger than this are not linted (EL9007): bytes, or with KB, MB or GB; 0 for no limit (default 16MB).", Recursive = true };
            var maxFindings = new Option<int?>("--max-findings") { Description = "Findings shown per document; the rest are counted (EL9008). 0 for no limit (default 10000).", Recursive = true };
            var archive = new Option<string?>("--archive") { Description = "Compare figures and event dates with this archive of published articles too (EL1002, EL1005): a SQLite file built with 'archive add'. Also EDITORIAL_LINT_ARCHIVE, or editorial_lint.archive in .editorconfig." };
            var fixDryRun = new Option<bool>("--fix-dry-run") { Description = "Print the fixes as a unified diff and change nothing (with --fix-unsafe: every fix)." };

            var root = new RootCommand("EditorialLint: lints articles for spun wording, mangled synonyms, conflicting figures and style slips.")
            {
                paths, format, output, include, exclude, stdin, stdinFilename, jobs, ranges, quiet, warningsAsErrors, listRules, explain,
                config, rulesDirs, baselineFile, fix, fixUnsafe, fixDryRun, allowPlugins, followLinks, maxFileSize, maxFindings, archive,
            };

            // editorial-lint baseline write FILE [paths…]: records today's findings so later runs report only new ones.
            var baselineTarget = new Argument<string>("file") { Description = "The baseline file to write." };
            var baselinePaths = new Argument<string[]>("paths") { Description = "Files and folders to lint.", Arity = ArgumentArity.OneOrMore };
            var baselineWrite = new Command("write", "Lint and record every finding in a baseline file.") { baselineTarget, baselinePaths, include, exclude, jobs, quiet };
            baselineWrite.SetAction(parse =>
            {
                var settings = new LintSettings
                {
                    Paths = parse.GetValue(baselinePaths) ?? Array.Empty<string>(),
                    Includes = parse.GetValue(include) ?? Array.Empty<string>(),
                    Excludes = parse.GetValue(exclude) ?? Array.Empty<string>(),
                    Jobs = Math.Max(0, parse.GetValue(jobs)),
                    Quiet = parse.GetValue(quiet),
                    ConfigFile = parse.GetValue(config),
                    RuleDirectories = parse.GetValue(rulesDirs) ?? Array.Empty<string>(),
                    WriteBaseline = parse.GetValue(baselineTarget),
                    AllowPlugins = parse.GetValue(allowPlugins),
                    FollowLinks = parse.GetValue(followLinks),
                    Limits = ParseLimits(parse.GetValue(maxFileSize), parse.GetValue(maxFindings)),
                };
                return LintRunner.Run(settings, env);
            });
            root.Subcommands.Add(new Command("baseline", "Baselines: record findings so that later runs report only new ones.") { baselineWrite });
            root.Subcommands.Add(ArchiveCommand(env, include, exclude, jobs, quiet, followLinks, maxFileSize));

            // editorial-lint test-rules [PACK…]: runs the examples of rule packs.
            var packs = new Argument<string[]>("packs") { Description = "Rule pack folders (default: the built-in packs).", Arity = ArgumentArity.ZeroOrMore };
            var testRules = new Command("test-rules", "Run the flag/pass examples of every rule file in rule packs.") { packs, quiet };
            testRules.SetAction(parse => TestRulesRunner.Run(parse.GetValue(packs) ?? Array.Empty<string>(), env, parse.GetValue(quiet)));
            root.Subcommands.Add(testRules);
            var lsp = new Command("lsp", "Run the language server for editors (Language Server Protocol over standard input and output).");
            lsp.Options.Add(new Option<bool>("--stdio") { Description = "Talk over standard input and output (the only transport; accepted because editors pass it)." });
            lsp.SetAction(parse => LanguageServer.LanguageServerHost.RunOverStandardStreams(LanguageServerOptions(env, parse.GetValue(allowPlugins))));
            root.Subcommands.Add(lsp);
            root.Subcommands.Add(Serve.ServeCommand.Create(env, config, rulesDirs));

            root.SetAction(parse =>
            {
                if (parse.GetValue(listRules))
                {
                    RuleCatalog.WriteList(env.Output, Workspace.LintWorkspace.FromRules(BuiltInRules.CreateAll()).Descriptors);
                    return 0;
                }

                var explainId = parse.GetValue(explain);
                if (explainId is not null)
                {
                    var page = RuleCatalog.ReadPage(explainId.Trim());
                    if (page is null) throw new UsageException($"no rule '{explainId}'; run 'editorial-lint --list-rules' to see them");
                    env.Output.Write(page);
                    return 0;
                }

                var jobCount = parse.GetValue(jobs);
                if (jobCount < 0) throw new UsageException("--jobs must be 0 (the core count) or more");
                var settings = new LintSettings
                {
                    Paths = parse.GetValue(paths) ?? Array.Empty<string>(),
                    Includes = parse.GetValue(include) ?? Array.Empty<string>(),
                    Excludes = parse.GetValue(exclude) ?? Array.Empty<string>(),
                    Stdin = parse.GetValue(stdin),
                    StdinFilename = parse.GetValue(stdinFilename),
                    Format = ParseFormat(parse.GetValue(format)),
                    OutputFile = parse.GetValue(output),
                    Ranges = parse.GetValue(ranges),
                    Jobs = jobCount,
                    Quiet = parse.GetValue(quiet),
                    WarningsAsErrors = parse.GetValue(warningsAsErrors),
                    ConfigFile = parse.GetValue(config),
                    RuleDirectories = parse.GetValue(rulesDirs) ?? Array.Empty<string>(),
                    BaselineFile = parse.GetValue(baselineFile),
                    Fix = parse.GetValue(fixUnsafe) ? FixMode.All : parse.GetValue(fix) ? FixMode.Safe : FixMode.None,
                    FixDryRun = parse.GetValue(fixDryRun),
                    AllowPlugins = parse.GetValue(allowPlugins),
                    FollowLinks = parse.GetValue(followLinks),
                    Limits = ParseLimits(parse.GetValue(maxFileSize), parse.GetValue(maxFindings)),
                    Archive = parse.GetValue(archive),
                };
                // A word that looks like an option but is none lands among the paths; say what it is.
                var unknown = settings.Paths.FirstOrDefault(p => p.StartsWith("-", StringComparison.Ordinal) && p.Length > 1
                    && !File.Exists(Path.Combine(env.CurrentDirectory, p)) && !Directory.Exists(Path.Combine(env.CurrentDirectory, p)));
                if (unknown is not null) throw new UsageException($"unknown option '{unknown}'; see 'editorial-lint --help'");
                if (!settings.Stdin && settings.Paths.Count == 0)
                    throw new UsageException("give files or folders to lint, or --stdin; see 'editorial-lint --help'");
                if (settings.StdinFilename is not null && !settings.Stdin)
                    throw new UsageException("--stdin-filename needs --stdin");
                return LintRunner.Run(settings, env);
            });

            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors) env.Error.WriteLine("editorial-lint: error: " + OutputEscaping.InLine(error.Message));
                env.Error.WriteLine("Run 'editorial-lint --help' for usage.");
                return 2;
            }

            try
            {
                var configuration = new InvocationConfiguration { Output = env.Output, Error = env.Error, EnableDefaultExceptionHandler = false };
                return parseResult.Invoke(configuration);
            }
            catch (UsageException e)
            {
                env.Error.WriteLine("editorial-lint: error: " + OutputEscaping.InLine(e.Message));
                return 2;
            }
            catch (Exception e) when (Environment.GetEnvironmentVariable("EDITORIAL_LINT_DEBUG") is null)
            {
                env.Error.WriteLine("editorial-lint: internal error: " + e.GetType().Name + ": " + OutputEscaping.InLine(e.Message));
                env.Error.WriteLine("Set EDITORIAL_LINT_DEBUG=1 to see the stack trace, and please report it.");
                return 2;
            }
        }

        /// <summary>
        /// How <c>editorial-lint lsp</c> sets up its server: the same plugin host and the same plugin trust as a lint run
        /// (<c>--allow-plugins</c> or the environment), logging to standard error.
        /// </summary>
        internal static LanguageServer.LanguageServerOptions LanguageServerOptions(CliEnvironment env, bool allowPlugins = false) =>
            new LanguageServer.LanguageServerOptions
            {
                Log = env.Error,
                PluginHost = CliPlugins.Create(env.CurrentDirectory),
                PluginTrust = Configuration.PluginTrust.Decide(allowPlugins),
                OpenArchive = location => new Archive.LazyArchive(location),
            };

        // editorial-lint archive add|remove|stats --db FILE: the archive of published articles (docs/archive.md).
        private static Command ArchiveCommand(CliEnvironment env, Option<string[]> include, Option<string[]> exclude, Option<int> jobs, Option<bool> quiet,
            Option<bool> followLinks, Option<string?> maxFileSize)
        {
            var db = new Option<string?>("--db") { Description = "The archive: a SQLite file, created on first use (default: EDITORIAL_LINT_ARCHIVE)." };
            var addPaths = new Argument<string[]>("paths") { Description = "Articles and folders to archive (found as a lint run finds them).", Arity = ArgumentArity.OneOrMore };
            var removePaths = new Argument<string[]>("paths") { Description = "Articles and folders to remove (a path no longer on disk is removed by name).", Arity = ArgumentArity.OneOrMore };
            ArchiveSettings Settings(ParseResult parse, Argument<string[]>? paths) => new ArchiveSettings
            {
                Database = parse.GetValue(db),
                Paths = paths is null ? Array.Empty<string>() : parse.GetValue(paths) ?? Array.Empty<string>(),
                Includes = parse.GetValue(include) ?? Array.Empty<string>(),
                Excludes = parse.GetValue(exclude) ?? Array.Empty<string>(),
                Jobs = Math.Max(0, parse.GetValue(jobs)),
                Quiet = parse.GetValue(quiet),
                FollowLinks = parse.GetValue(followLinks),
                Limits = ParseLimits(parse.GetValue(maxFileSize), null),
            };

            var add = new Command("add", "Index articles into the archive; an article added again replaces its mentions when it changed.") { addPaths, db, include, exclude, jobs, quiet };
            add.SetAction(parse => ArchiveRunner.Add(Settings(parse, addPaths), env));
            var remove = new Command("remove", "Remove articles and their mentions from the archive.") { removePaths, db, include, exclude, quiet };
            remove.SetAction(parse => ArchiveRunner.Remove(Settings(parse, removePaths), env));
            var stats = new Command("stats", "Show what the archive holds.") { db };
            stats.SetAction(parse => ArchiveRunner.Stats(Settings(parse, null), env));
            return new Command("archive", "The archive of published articles that lint runs compare figures and dates with (--archive).") { add, remove, stats };
        }

        private static Input.InputLimits ParseLimits(string? maxFileSize, int? maxFindings)
        {
            if (maxFileSize is null && maxFindings is null) return Input.InputLimits.Default;
            var limits = new Input.InputLimits();
            if (maxFileSize is not null)
                limits.MaxFileSize = Input.InputLimits.ParseSize(maxFileSize) ?? throw new UsageException($"--max-file-size '{maxFileSize}' is not a size (bytes, or a number with KB, MB or GB)");
            if (maxFindings is int n)
                limits.MaxFindingsPerDocument = n >= 0 ? n : throw new UsageException("--max-findings must be 0 (no limit) or more");
            return limits;
        }

        private static OutputFormat ParseFormat(string? value) => value switch
        {
            "json" => OutputFormat.Json,
            "sarif" => OutputFormat.Sarif,
            "github" => OutputFormat.GitHub,
            "html" => OutputFormat.Html,
            _ => OutputFormat.Text,
        };
    }
}

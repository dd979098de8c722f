using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using EditorialLint.Archive;
using EditorialLint.Cli.Output;
using EditorialLint.Engine;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Cli
{
    /// <summary>The settings of an <c>archive</c> command.</summary>
    public sealed class ArchiveSettings
    {
        /// <summary>The archive (<c>--db</c>, else <c>EDITORIAL_LINT_ARCHIVE</c>).</summary>
        public string? Database { get; init; }

        /// <summary>Files and folders to add or remove.</summary>
        public IReadOnlyList<string> Paths { get; init; } = Array.Empty<string>();

        /// <summary>Globs of files to take from folders.</summary>
        public IReadOnlyList<string> Includes { get; init; } = Array.Empty<string>();

        /// <summary>Globs of files to leave out of folders.</summary>
        public IReadOnlyList<string> Excludes { get; init; } = Array.Empty<string>();

        /// <summary>Documents indexed at once (0: the core count).</summary>
        public int Jobs { get; init; }

        /// <summary>No summary line.</summary>
        public bool Quiet { get; init; }

        /// <summary>Follow symbolic links out of the folders given.</summary>
        public bool FollowLinks { get; init; }

        /// <summary>The size limit of a file.</summary>
        public Input.InputLimits Limits { get; init; } = Input.InputLimits.Default;
    }

    /// <summary>
    /// <c>editorial-lint archive add|remove|stats</c>: keeps the archive of published articles that lint runs compare
    /// with (<c>--archive</c>). Articles are found as a lint run finds them; see docs/archive.md.
    /// </summary>
    public static class ArchiveRunner
    {
        /// <summary>Indexes the articles at the settings' paths into the archive; returns the exit code.</summary>
        public static int Add(ArchiveSettings settings, CliEnvironment env) => Guard(env, () =>
        {
            var db = Database(settings, env);
            var discovery = FileDiscovery.Find(settings.Paths, settings.Includes, settings.Excludes, env.CurrentDirectory, settings.FollowLinks);
            var problems = new List<Diagnostic>(discovery.Problems);
            var inputs = discovery.Files
                .Select(f => (DocumentInput.FromFile(f.FullPath, f.DisplayPath, settings.Limits), f.FullPath))
                .ToList();
            using var store = ArchiveStoreFactory.Open(db, create: true);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = store.Add(ArchiveIndexer.IndexAll(inputs, settings.Jobs, d =>
            {
                lock (problems) problems.Add(d);
            }));
            Report(env, problems);
            if (store.PreviousVersion > 0 && store.PreviousVersion < ArchiveMigrations.CurrentVersion && !settings.Quiet)
                env.Error.WriteLine("editorial-lint: note: the archive was migrated from schema version " + store.PreviousVersion.ToString(CultureInfo.InvariantCulture)
                    + " to " + ArchiveMigrations.CurrentVersion.ToString(CultureInfo.InvariantCulture));
            if (!settings.Quiet)
                env.Error.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "{0} archived in {1:0.00}s: {2} added, {3} replaced, {4} unchanged; {5} mentions written to {6}",
                    Plural(result.Added + result.Replaced + result.Unchanged, "article"), started.Elapsed.TotalSeconds, result.Added, result.Replaced,
                    result.Unchanged, result.Mentions, store.Location));
            return problems.Any(p => p.Severity == DiagnosticSeverity.Error) ? 1 : 0;
        });

        /// <summary>Removes the articles at the settings' paths (files, folders, or paths no longer on disk).</summary>
        public static int Remove(ArchiveSettings settings, CliEnvironment env) => Guard(env, () =>
        {
            var db = Database(settings, env);
            var identities = new List<string>();
            var onDisk = new List<string>();
            foreach (var path in settings.Paths)
            {
                var full = Path.GetFullPath(Path.Combine(env.CurrentDirectory, path));
                // An article deleted from disk can still be removed from the archive by its path.
                if (File.Exists(full) || Directory.Exists(full)) onDisk.Add(path);
                else identities.Add(ArchiveIndexer.Identity(full));
            }

            if (onDisk.Count > 0)
                identities.AddRange(FileDiscovery.Find(onDisk, settings.Includes, settings.Excludes, env.CurrentDirectory, settings.FollowLinks)
                    .Files.Select(f => ArchiveIndexer.Identity(f.FullPath)));
            using var store = ArchiveStoreFactory.Open(db, create: false);
            int removed = store.Remove(identities);
            if (!settings.Quiet)
                env.Error.WriteLine(Plural(removed, "article") + " removed from " + store.Location
                    + (removed < identities.Count ? " (" + (identities.Count - removed).ToString(CultureInfo.InvariantCulture) + " were not archived)" : string.Empty));
            return 0;
        });

        /// <summary>Prints what the archive holds.</summary>
        public static int Stats(ArchiveSettings settings, CliEnvironment env) => Guard(env, () =>
        {
            using var store = ArchiveStoreFactory.Open(Database(settings, env), create: false);
            var stats = store.Stats();
            var o = env.Output;
            o.WriteLine("archive:        " + store.Location + " (" + store.Dialect.Name + ")");
            o.WriteLine("schema version: " + stats.SchemaVersion.ToString(CultureInfo.InvariantCulture));
            o.WriteLine("articles:       " + stats.Articles.ToString(CultureInfo.InvariantCulture));
            o.WriteLine("mentions:       " + stats.Mentions.ToString(CultureInfo.InvariantCulture));
            o.WriteLine("figures:        " + stats.Figures.ToString(CultureInfo.InvariantCulture) + " (compared by EL1002)");
            o.WriteLine("events:         " + stats.Events.ToString(CultureInfo.InvariantCulture) + " (compared by EL1005)");
            o.WriteLine("other:          " + stats.OtherMentions.ToString(CultureInfo.InvariantCulture));
            if (stats.SizeInBytes is long size)
                o.WriteLine("size:           " + size.ToString("#,0", CultureInfo.InvariantCulture) + " bytes (" + (size / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB)");
            return 0;
        });

        /// <summary>
        /// Opens the archive of a lint run (lazily: see <see cref="LazyArchive"/>) or returns null when none is given.
        /// Throws <see cref="ArchiveException"/> when the given one cannot be an archive.
        /// </summary>
        public static LazyArchive? ForLintRun(string? location) => location is null ? null : new LazyArchive(location);

        private static string Database(ArchiveSettings settings, CliEnvironment env)
        {
            var db = settings.Database ?? Environment.GetEnvironmentVariable(ArchiveLocation.EnvironmentVariable);
            if (string.IsNullOrWhiteSpace(db)) throw new UsageException("give the archive with --db FILE (or set " + ArchiveLocation.EnvironmentVariable + ")");
            return ArchiveLocation.IsServer(db) ? db : Path.GetFullPath(Path.Combine(env.CurrentDirectory, db));
        }

        private static void Report(CliEnvironment env, List<Diagnostic> problems)
        {
            if (problems.Count > 0)
                TextFormatter.Write(env.Error, Finding.FromAll(LintEngine.Sort(problems)), ranges: false, color: false);
        }

        // An archive that cannot be opened or written is the command's failure (exit code 2), with the store's message.
        private static int Guard(CliEnvironment env, Func<int> action)
        {
            try
            {
                return action();
            }
            catch (ArchiveException e)
            {
                env.Error.WriteLine("editorial-lint: error: " + OutputEscaping.InLine(e.Message));
                return 2;
            }
        }

        private static string Plural(int n, string word) => n.ToString(CultureInfo.InvariantCulture) + " " + word + (n == 1 ? string.Empty : "s");
    }
}

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Testing;

namespace EditorialLint.Cli.Tests
{
    /// <summary>editorial-lint archive add/remove/stats and lint runs with --archive, EDITORIAL_LINT_ARCHIVE or .editorconfig.</summary>
    public class ArchiveCliTests
    {
        // One invented story told in several articles: Mara Lind's payments app Kestrel Pay, based in Oslo.
        private static string Story(string title, string date, string figure) =>
            "---\ntitle: " + title + "\ndate: " + date + "\nurl: https://example.org/" + title.Replace(' ', '-').ToLowerInvariant() + "\n---\n\n"
            + figure + " Mara Lind founded Kestrel Pay in Oslo in 2015. Lind told reporters in Oslo that Kestrel Pay would not list its shares.\n";

        private static TempFolder Newsroom()
        {
            var folder = new TempFolder();
            folder.Write("published/one.md", Story("Kestrel Pay grows", "2024-03-04", "The number of Kestrel Pay users has reached 40 million."));
            folder.Write("published/two.md", Story("Oslo app on the rise", "2024-03-05", "Kestrel Pay says its user base now reaches 40 million."));
            folder.Write("drafts/today.md", Story("Kestrel Pay today", "2024-06-01", "The number of Kestrel Pay users has surged to 55 million."));
            return folder;
        }

        [Fact]
        public void ArchiveAdd_StoresTheArticles_AndStatsCountThem()
        {
            using var folder = Newsroom();

            var (code, _, error) = CliRunner.Run(folder.Path, "archive", "add", "published", "--db", "archive.db");

            code.Should().Be(0, error);
            error.Should().Contain("2 articles archived").And.Contain("2 added");
            File.Exists(Path.Combine(folder.Path, "archive.db")).Should().BeTrue();
            var stats = CliRunner.Run(folder.Path, "archive", "stats", "--db", "archive.db");
            stats.ExitCode.Should().Be(0);
            stats.Output.Should().Contain("articles:       2").And.Contain("figures:        2").And.Contain("schema version: 2");
        }

        [Fact]
        public void ALintRunWithTheArchive_ReportsTheFigureThePublishedArticlesGiveOtherwise()
        {
            using var folder = Newsroom();
            CliRunner.Run(folder.Path, "archive", "add", "published", "--db", "archive.db").ExitCode.Should().Be(0);

            var (code, output, error) = CliRunner.Run(folder.Path, "drafts/today.md", "--archive", "archive.db", "-q");

            code.Should().Be(0, error);
            output.Should().Contain("drafts/today.md(7,47): warning EL1002: '55 million' users here, but '40 million' in 2 archived articles (Kestrel Pay grows, 2024-03-04; Oslo app on the rise, 2024-03-05)");
            CliRunner.Run(folder.Path, "drafts/today.md", "-q").Output.Should().NotContain("EL1002", "without an archive there is nothing to compare with");
        }

        [Fact]
        public void ReLintingAnArchivedArticle_DoesNotConflictWithItself()
        {
            using var folder = Newsroom();
            CliRunner.Run(folder.Path, "archive", "add", "published", "drafts", "--db", "archive.db").ExitCode.Should().Be(0);

            // today.md is archived too; linted alone, it meets only the two others.
            CliRunner.Run(folder.Path, "published/one.md", "--archive", "archive.db", "-q").Output.Should().NotContain("EL1002");
        }

        [Fact]
        public void ReAddingAChangedArticle_ReplacesItsMentions_AndRemoveTakesItOut()
        {
            using var folder = Newsroom();
            CliRunner.Run(folder.Path, "archive", "add", "published", "--db", "archive.db");
            folder.Write("published/two.md", Story("Oslo app on the rise", "2024-03-05", "Kestrel Pay says its user base now reaches 55 million."));

            CliRunner.Run(folder.Path, "archive", "add", "published", "--db", "archive.db").Error.Should().Contain("1 replaced, 1 unchanged");
            CliRunner.Run(folder.Path, "drafts/today.md", "--archive", "archive.db", "-q").Output.Should().NotContain("EL1002", "one archived article agrees, one does not");

            File.Delete(Path.Combine(folder.Path, "published/two.md"));
            CliRunner.Run(folder.Path, "archive", "remove", "published/two.md", "--db", "archive.db").Error.Should().Contain("1 article removed");
            CliRunner.Run(folder.Path, "archive", "stats", "--db", "archive.db").Output.Should().Contain("articles:       1");
        }

        [Fact]
        public void TheArchive_CanComeFromTheEditorConfig_RelativeToIt()
        {
            using var folder = Newsroom();
            CliRunner.Run(folder.Path, "archive", "add", "published", "--db", "data/archive.db").ExitCode.Should().Be(0);
            folder.Write("drafts/.editorconfig", "[*.md]\neditorial_lint.archive = ../data/archive.db\n");

            CliRunner.Run(folder.Path, "drafts/today.md", "-q").Output.Should().Contain("in 2 archived articles");
        }

        [Fact]
        public void AnEditorConfigArchiveThatDoesNotExist_IsAConfigurationError()
        {
            using var folder = Newsroom();
            folder.Write("drafts/.editorconfig", "[*.md]\neditorial_lint.archive = missing.db\n");

            var (code, output, _) = CliRunner.Run(folder.Path, "drafts/today.md");

            code.Should().Be(2);
            output.Should().Contain("Archive 'missing.db' was not found");
        }

        [Fact]
        public void AMissingArchive_ExitsWithTwo_NamingIt()
        {
            using var folder = Newsroom();

            var (code, _, error) = CliRunner.Run(folder.Path, "drafts/today.md", "--archive", "nowhere.db");

            code.Should().Be(2);
            error.Should().Contain("No archive at '" + Path.Combine(folder.Path, "nowhere.db") + "'").And.Contain("archive add");
            File.Exists(Path.Combine(folder.Path, "nowhere.db")).Should().BeFalse("a lint run never creates an archive");
        }

        [Fact]
        public void AnArchiveThatIsNotADatabase_ExitsWithTwo_AndIsLeftAlone()
        {
            using var folder = Newsroom();
            var bad = folder.Write("archive.db", "these are notes, not a database\n");

            var (code, _, error) = CliRunner.Run(folder.Path, "drafts/today.md", "--archive", "archive.db");

            code.Should().Be(2);
            error.Should().Contain("not a readable SQLite database");
            File.ReadAllText(bad).Should().Be("these are notes, not a database\n");
            CliRunner.Run(folder.Path, "archive", "add", "published", "--db", "archive.db").ExitCode.Should().Be(2);
            File.ReadAllText(bad).Should().Be("these are notes, not a database\n");
        }

        [Fact]
        public void AnArchiveThatIsNotADatabase_WithNothingToLookUp_LintsAsWithoutTheArchive()
        {
            // The store starts opening in the background at the start of the run; the failure only counts when a rule asks.
            using var folder = Newsroom();
            folder.Write("archive.db", "these are notes, not a database\n");
            folder.Write("drafts/plain.md", "Mara Lind spoke to reporters in Oslo about the app.\n");

            var without = CliRunner.Run(folder.Path, "drafts/plain.md");
            var (code, output, error) = CliRunner.Run(folder.Path, "drafts/plain.md", "--archive", "archive.db");

            code.Should().Be(without.ExitCode);
            output.Should().Be(without.Output);
            error.Should().NotContain("archive");
        }

        [SkippableFact]
        public void ALintRun_ReadsAnArchiveInAFolderItCannotWrite()
        {
            // A published archive on a read-only mount: SQLite cannot create the shared-memory file (-shm) a WAL-mode
            // database is read through, so the run reads the file itself as immutable (no write-ahead log beside it). The
            // folder's name has the characters a SQLite URI escapes.
            if (!OperatingSystem.IsLinux()) throw new SkipTestException("read-only mounts are made with Linux's unshare");
            using var folder = Newsroom();
            Directory.CreateDirectory(Path.Combine(folder.Path, "shelf #2 ?100%"));
            CliRunner.Run(folder.Path, "archive", "add", "published", "--db", "shelf #2 ?100%/archive.db").ExitCode.Should().Be(0);
            File.Exists(Path.Combine(folder.Path, "shelf #2 ?100%", "archive.db-wal")).Should().BeFalse("the writer removes its log when it closes");

            var (code, output, error) = RunOnReadOnlyMount(folder.Path, "shelf #2 ?100%", "drafts/today.md", "--archive", "shelf #2 ?100%/archive.db", "-q");

            code.Should().Be(0, error);
            output.Should().Contain("warning EL1002: '55 million' users here, but '40 million' in 2 archived articles");
            Directory.GetFiles(Path.Combine(folder.Path, "shelf #2 ?100%")).Select(Path.GetFileName).Should().Equal("archive.db");
        }

        [SkippableFact]
        public void AnArchiveWithAWriteAheadLog_InAFolderTheRunCannotWrite_IsAClearError()
        {
            // Committed pages may still be in the log, which SQLite reads only through the -shm file it cannot create here:
            // reading the file alone could give stale figures, so the run says what is wrong instead.
            using var folder = Newsroom();
            Directory.CreateDirectory(Path.Combine(folder.Path, "shelf"));
            CliRunner.Run(folder.Path, "archive", "add", "published", "--db", "shelf/archive.db").ExitCode.Should().Be(0);
            folder.Write("shelf/archive.db-wal", string.Empty);

            var (code, _, error) = RunOnReadOnlyMount(folder.Path, "shelf", "drafts/today.md", "--archive", "shelf/archive.db", "-q");

            code.Should().Be(2);
            error.Should().Contain("shelf/archive.db' cannot be opened").And.Contain("cannot be written by this process")
                .And.Contain("'archive.db-wal' does").And.NotContain("   at ");
        }

        [SkippableFact]
        public void AddingToAnArchiveInAFolderTheRunCannotWrite_SaysTheFolderCannotBeWritten_AndChangesNothing()
        {
            using var folder = Newsroom();
            Directory.CreateDirectory(Path.Combine(folder.Path, "shelf"));
            CliRunner.Run(folder.Path, "archive", "add", "published/one.md", "--db", "shelf/archive.db").ExitCode.Should().Be(0);
            var before = File.ReadAllBytes(Path.Combine(folder.Path, "shelf", "archive.db"));

            var (code, _, error) = RunOnReadOnlyMount(folder.Path, "shelf", "archive", "add", "published/two.md", "--db", "shelf/archive.db");

            code.Should().Be(2);
            error.Should().Contain("shelf/archive.db' cannot be opened").And.Contain("The folder '").And.Contain("cannot be written by this process: adding or removing articles needs it")
                .And.NotContain("   at ");
            File.ReadAllBytes(Path.Combine(folder.Path, "shelf", "archive.db")).Should().Equal(before);
        }

        // Runs the CLI as its own process with `readOnly` (a folder under `folder`) mounted read-only, in a mount namespace
        // of its own (unshare; as root, since root writes through a folder's permissions). Skips where that is not allowed.
        private static (int ExitCode, string Output, string Error) RunOnReadOnlyMount(string folder, string readOnly, params string[] args)
        {
            if (!OperatingSystem.IsLinux()) throw new SkipTestException("read-only mounts are made with Linux's unshare");
            var mount = Path.Combine(folder, readOnly);
            var info = new ProcessStartInfo("unshare") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
            if (Environment.UserName != "root") info.ArgumentList.Add("--map-root-user");
            foreach (var arg in new[] { "--mount", "sh", "-c", "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" || exit 97; shift; exec \"$@\"", "sh", mount,
                Environment.ProcessPath!, Path.Combine(AppContext.BaseDirectory, "editorial-lint.dll") })
                info.ArgumentList.Add(arg);
            foreach (var arg in args) info.ArgumentList.Add(arg);
            Process process;
            try
            {
                process = Process.Start(info)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new SkipTestException("no unshare on this machine: " + e.Message);
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                process.WaitForExit();
                if (process.ExitCode == 97 || error.Result.StartsWith("unshare:", StringComparison.Ordinal))
                    throw new SkipTestException("this machine does not allow a read-only mount in a namespace: " + error.Result.Trim());
                return (process.ExitCode, output.Result, error.Result);
            }
        }

        [Fact]
        public void ArchiveCommands_WithoutADatabase_SayHowToGiveOne() =>
            CliRunner.Run(Path.GetTempPath(), "archive", "stats").Error.Should().Contain("--db");

        [Fact]
        public void ASampleArchive_BuiltFromTheRepositorySamples_FlagsTheMistranslatedSample()
        {
            using var folder = new TempFolder();
            var samples = Path.Combine(SharedData.RepositoryRoot, "samples", "numbers");
            Directory.CreateDirectory(Path.Combine(folder.Path, "published"));
            Directory.CreateDirectory(Path.Combine(folder.Path, "today"));
            // The mistranslated sample is today's copy; the others were published before it.
            foreach (var file in Directory.GetFiles(samples))
            {
                var name = Path.GetFileName(file);
                File.Copy(file, Path.Combine(folder.Path, name.Contains("translated", StringComparison.Ordinal) ? "today" : "published", name));
            }

            CliRunner.Run(folder.Path, "archive", "add", "published", "--db", "samples.db").ExitCode.Should().Be(0);
            var (_, output, _) = CliRunner.Run(folder.Path, "today", "--archive", "samples.db", "-q");

            output.Should().Contain("warning EL1002: '9 billion' users here, but '40 million' in 2 archived articles")
                .And.Contain("warning EL1005: Arrest dated March 5 here, but March 4 in 2 archived articles");
        }

        [Fact]
        public async Task TwoArchiveAddProcessesAtOnce_LoseNoMentions()
        {
            using var folder = new TempFolder();
            for (int i = 0; i < 30; i++)
            {
                folder.Write("a/" + i + ".md", Story("A" + i, "2024-03-04", "The number of Kestrel Pay users has reached 40 million."));
                folder.Write("b/" + i + ".md", Story("B" + i, "2024-03-04", "Kestrel Pay says its user base now reaches 40 million."));
            }

            var tool = typeof(CliApplication).Assembly.Location;
            Task<(int Code, string Error)> Add(string what) => Task.Run(() =>
            {
                var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.Path, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
                foreach (var a in new[] { tool, "archive", "add", what, "--db", "archive.db" }) info.ArgumentList.Add(a);
                using var process = Process.Start(info)!;
                var error = process.StandardError.ReadToEnd();
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                return (process.ExitCode, error);
            });

            var results = await Task.WhenAll(Add("a"), Add("b"));

            results.Should().AllSatisfy(r => r.Code.Should().Be(0, r.Error));
            CliRunner.Run(folder.Path, "archive", "stats", "--db", "archive.db").Output.Should().Contain("articles:       60").And.Contain("figures:        60");
        }
    }
}

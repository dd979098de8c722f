using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace EditorialLint.Cli.Tests
{
    /// <summary>Careless and hostile input: one bad file never stops a run, and nothing hangs.</summary>
    public class HostileInputTests
    {
        [Fact]
        public void DeeplyNestedMarkdown_IsReportedOnItsLine_AndTheOtherFilesAreLinted()
        {
            using var folder = new TempFolder();
            folder.Write("a-deep.md", "Title\n\n" + string.Concat(Enumerable.Repeat("> ", 300)) + "text\n");
            folder.Write("b-article.md", "The harbour reopened after the the storm.\n");
            var (code, output, error) = CliRunner.Run(folder.Path, ".");
            code.Should().Be(1);
            output.Should().Contain("a-deep.md(3,1): error EL9006: Quotes and lists are nested 300 levels deep here; the limit is 50");
            output.Should().Contain("b-article.md(1,32): warning EL3001");
            error.Should().NotContain("internal error");
        }
    
        // Runs the CLI on a worker thread and fails instead of hanging (the cases here used to block forever).
        private static (int ExitCode, string Output, string Error) RunBounded(string directory, params string[] args)
        {
            var run = Task.Run(() => CliRunner.Run(directory, args));
            run.Wait(TimeSpan.FromMinutes(2)).Should().BeTrue("the run must finish, not block");
            return run.Result;
        }

        private static bool MakeFifo(string path) => !OperatingSystem.IsWindows() && ExternalCommand.Run("mkfifo", path);

        [Fact]
        public void FifoInAFolder_IsSkippedWithANote_AndTheOtherFilesAreLinted()
        {
            using var folder = new TempFolder();
            if (!MakeFifo(Path.Combine(folder.Path, "pipe.md"))) return;
            folder.Write("a.md", "He went to the the shop.\n");
            var (code, output, error) = RunBounded(folder.Path, ".");
            code.Should().Be(0);
            output.Should().Contain("a.md(1,16): warning EL3001");
            error.Should().Contain("note: skipped 'pipe.md': a FIFO (named pipe), not a regular file");
        }

        [Fact]
        public void FifoNamedOnTheCommandLine_IsRefusedWithoutOpeningIt()
        {
            using var folder = new TempFolder();
            if (!MakeFifo(Path.Combine(folder.Path, "pipe.md"))) return;
            folder.Write("a.md", "Fine.\n");
            var (code, output, _) = RunBounded(folder.Path, "pipe.md", "a.md");
            code.Should().Be(1);
            output.Should().Contain("pipe.md(1,1): error EL9009: 'pipe.md' is a FIFO (named pipe), not a regular file; it was not opened");
        }

        [Fact]
        public void DeviceNamedOnTheCommandLine_IsRefused()
        {
            if (OperatingSystem.IsWindows() || !File.Exists("/dev/zero")) return;
            using var folder = new TempFolder();
            var (code, output, _) = RunBounded(folder.Path, "/dev/zero");
            code.Should().Be(1);
            output.Should().Contain("error EL9009: '/dev/zero' is a character device, not a regular file");
        }

        [Fact]
        public void SymbolicLinkLoops_End_AndEachFileIsLintedOnce()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            folder.Write("docs/a/one.md", "He went to the the shop.\n");
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "docs/a/up"), "..");
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "docs/a/self"), ".");
            Directory.CreateSymbolicLink(Path.Combine(folder.Path, "docs/b"), "a");
            var (_, output, _) = RunBounded(folder.Path, "docs", "-q");
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain("EL3001");
        }

        [Fact]
        public void LinkOutOfTheFoldersGiven_IsNotFollowed_UnlessAsked()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            folder.Write("elsewhere/secret.md", "He went to the the shop.\n");
            folder.Write("docs/a.md", "Fine.\n");
            File.CreateSymbolicLink(Path.Combine(folder.Path, "docs/linked.md"), Path.Combine(folder.Path, "elsewhere/secret.md"));
            var (_, output, error) = RunBounded(folder.Path, "docs");
            output.Should().BeEmpty();
            error.Should().Contain("note: skipped 'docs/linked.md': a link to a file outside the paths given (--follow-links follows it)");

            RunBounded(folder.Path, "docs", "--follow-links", "-q").Output.Should().Contain("docs/linked.md(1,16): warning EL3001");
        }

        [Fact]
        public void UnlistableFolder_IsReported()
        {
            if (OperatingSystem.IsWindows() || Environment.UserName == "root") return; // root lists every folder
            using var folder = new TempFolder();
            folder.Write("docs/locked/a.md", "Fine.\n");
            var locked = Path.Combine(folder.Path, "docs/locked");
            File.SetUnixFileMode(locked, UnixFileMode.None);
            try
            {
                var (code, output, _) = RunBounded(folder.Path, "docs");
                code.Should().Be(1);
                output.Should().Contain("docs/locked(1,1): error EL9003: The file could not be read: the folder could not be listed");
            }
            finally
            {
                File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        [Fact]
        public void FileOverTheSizeLimit_IsReportedWithTheLimit_AndHowToChangeIt()
        {
            using var folder = new TempFolder();
            folder.Write("big.md", new string('x', 3000) + "\n");
            folder.Write("small.md", "He went to the the shop.\n");
            var (code, output, _) = RunBounded(folder.Path, ".", "--max-file-size", "2KB");
            code.Should().Be(1);
            output.Should().Contain("big.md(1,1): error EL9007: The file is 3001 bytes, over the limit of 2048 bytes, so it was not linted (raise the limit with --max-file-size)");
            output.Should().Contain("small.md(1,16): warning EL3001");
            RunBounded(folder.Path, ".", "--max-file-size", "0").Output.Should().NotContain("EL9007");
        }

        [Fact]
        public void StandardInputOverTheSizeLimit_IsRefused()
        {
            using var folder = new TempFolder();
            var (code, _, error) = CliRunner.RunWithInput(folder.Path, new string('x', 5000), "--stdin", "--max-file-size", "4KB");
            code.Should().Be(2);
            error.Should().Contain("standard input is larger than the limit of 4096 bytes (raise it with --max-file-size)");
        }

        [Fact]
        public void FindingsPastTheLimit_AreCountedInOneFinding()
        {
            using var folder = new TempFolder();
            // Forty slips (a run of one repeated word is read as deliberate, so each sentence has two separate slips).
            folder.Write("many.md", string.Concat(Enumerable.Repeat("It was on on the mat and the the cat slept. ", 20)) + "\n");
            var (_, output, _) = RunBounded(folder.Path, "many.md", "--max-findings", "5", "-q");
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Count(l => l.Contains("EL3001")).Should().Be(5);
            lines.Should().Contain("many.md(1,1): warning EL9008: 35 more findings in this document not shown; the limit is 5 per document (change it with --max-findings)");
        }

        [Theory]
        [InlineData("--max-file-size", "lots")]
        [InlineData("--max-findings", "-1")]
        public void BadLimit_ExitsWithTwo(string option, string value)
        {
            using var folder = new TempFolder();
            folder.Write("a.md", "Fine.\n");
            CliRunner.Run(folder.Path, "a.md", option, value).ExitCode.Should().Be(2);
        }
    }
}

namespace EditorialLint.Cli.Tests
{
    /// <summary>A repository cannot run code on the machine that lints it, whatever the mode of the run.</summary>
    public class PluginPermissionCliTests
    {
        private static TempFolder RepositoryWithPlantedPlugin(out string marker)
        {
            var folder = new TempFolder();
            marker = System.IO.Path.Combine(folder.Path, "ran.txt");
            folder.Write(".editorconfig", "root = true\n[*.md]\neditorial_lint.rule_packs = .house\n");
            folder.Write(".house/Planted.cs",
                "using EditorialLint.Analysis;\nusing System.Collections.Immutable;\nusing Microsoft.CodeAnalysis;\n" +
                "public sealed class Planted : EditorialRule\n{\n" +
                "    static Planted() { System.IO.File.WriteAllText(@\"" + marker + "\", \"ran\"); }\n" +
                "    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;\n" +
                "    public override void Initialize(RuleInitializationContext context) { }\n}\n");
            folder.Write("docs/a.md", "The harbour reopened after the storm.\n");
            return folder;
        }

        [Theory]
        [InlineData("docs")]
        [InlineData("--fix-dry-run", "docs")]
        [InlineData("--stdin", "--stdin-filename", "docs/b.md")]
        public void PluginNamedByTheRepository_IsReportedAndNotRun(params string[] args)
        {
            using var folder = RepositoryWithPlantedPlugin(out var marker);
            var (_, output, error) = CliRunner.RunWithInput(folder.Path, "Some text.\n", args);
            File.Exists(marker).Should().BeFalse();
            (output + error).Should().Contain("warning EL9032: The C# plugin '.house/Planted.cs' was not loaded");
        }

        [Fact]
        public void PluginRuns_WithAllowPlugins()
        {
            using var folder = RepositoryWithPlantedPlugin(out var marker);
            var (code, _, _) = CliRunner.Run(folder.Path, "docs", "--allow-plugins", "-q");
            code.Should().Be(0);
            File.Exists(marker).Should().BeTrue();
        }

        [Fact]
        public void RulePackClimbingOutOfTheRepository_IsAnError()
        {
            using var folder = new TempFolder();
            folder.Write("repo/.editorconfig", "root = true\n[*.md]\neditorial_lint.rule_packs = ../../..\n");
            folder.Write("repo/a.md", "Fine.\n");
            var (code, output, _) = CliRunner.Run(System.IO.Path.Combine(folder.Path, "repo"), "a.md");
            code.Should().Be(2);
            output.Should().Contain(".editorconfig(3,29): error EL9033: '../../..' resolves to");
        }
    }
}

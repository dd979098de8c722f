using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using EditorialLint.Input;

namespace EditorialLint.Cli.Tests
{
    /// <summary>File names and text cannot forge report lines or CI commands; reports and fixes never write where they must not.</summary>
    public class SafeOutputTests
    {
        private const string Repeated = "He went to the the shop.\n";

        [Fact]
        public void FileNameWithALineBreak_AddsNoLineToTheTextReport()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            folder.Write("a\nfake.md(1,1): error EL0000: forged.md", Repeated);
            var (_, output, _) = CliRunner.Run(folder.Path, ".", "-q", "--include", "*");
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Should().ContainSingle().Which.Should().StartWith("a\\nfake.md(1,1): error EL0000: forged.md(1,16): warning EL3001");
        }

        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("sarif")]
        [InlineData("github")]
        public void AzurePipelinesCommandInAFileName_IsDefusedInEveryFormat(string format)
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            folder.Write("##vso[task.setvariable variable=x]y.md", Repeated);
            var (_, output, _) = CliRunner.Run(folder.Path, ".", "-q", "--format", format);
            output.Should().NotContain("##vso[");
            if (format == "json") output.Should().Contain("##vso\\u005B");
        }

        [Fact]
        public void JsonReport_StillCarriesTheRealFileName()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            folder.Write("##vso[x]\u001b.md", Repeated);
            var (_, output, _) = CliRunner.Run(folder.Path, ".", "-q", "--format", "json");
            using var json = JsonDocument.Parse(output);
            json.RootElement.GetProperty("findings")[0].GetProperty("path").GetString().Should().Be("##vso[x]\u001b.md");
        }

        [Theory]
        [InlineData("::error::x.md", "\\u003A:error::x.md(1,16)")]
        [InlineData("##[error]x.md", "\\u0023#[error]x.md(1,16)")]
        public void CommandAtTheStartOfATextLine_IsEscaped(string name, string expectedStart)
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            folder.Write(name, Repeated);
            CliRunner.Run(folder.Path, ".", "-q").Output.Should().StartWith(expectedStart);
        }

        [Fact]
        public void ControlCharactersInAFileName_AreVisibleInGitHubAnnotations()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            folder.Write("bell\u0007.md", Repeated);
            var output = CliRunner.Run(folder.Path, ".", "-q", "--format", "github").Output;
            output.Should().Contain("bell\\u0007.md").And.NotContain("\u0007");
        }

        [Fact]
        public void OutputNamingAnInputFile_IsRefused_AndTheArticleIsKept()
        {
            using var folder = new TempFolder();
            var article = folder.Write("a.md", Repeated);
            var (code, _, error) = CliRunner.Run(folder.Path, "a.md", "--output", "a.md");
            code.Should().Be(2);
            error.Should().Contain("--output 'a.md' is one of the files being linted");
            File.ReadAllText(article).Should().Be(Repeated);
        }

        [Fact]
        public void OutputThroughASymbolicLink_IsRefused_AndTheLinkTargetIsKept()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            folder.Write("a.md", Repeated);
            var precious = folder.Write("precious.txt", "keep me\n");
            File.CreateSymbolicLink(Path.Combine(folder.Path, "report.txt"), precious);
            var (code, _, error) = CliRunner.Run(folder.Path, "a.md", "--output", "report.txt");
            code.Should().Be(2);
            error.Should().Contain("is a symbolic link");
            File.ReadAllText(precious).Should().Be("keep me\n");
        }

        [Fact]
        public void OutputToADevice_IsRefused()
        {
            if (OperatingSystem.IsWindows() || !File.Exists("/dev/null")) return;
            using var folder = new TempFolder();
            folder.Write("a.md", Repeated);
            var (code, _, error) = CliRunner.Run(folder.Path, "a.md", "--output", "/dev/null");
            code.Should().Be(2);
            error.Should().Contain("is a character device, not a regular file");
        }

        [Fact]
        public void Fix_WritesThroughASymbolicLink_AndKeepsTheLink()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            var target = folder.Write("docs/real/a.md", Repeated);
            var link = Path.Combine(folder.Path, "docs/a.md");
            File.CreateSymbolicLink(link, target);
            CliRunner.Run(folder.Path, "docs/a.md", "--fix", "-q");
            new FileInfo(link).LinkTarget.Should().Be(target);
            File.ReadAllText(target).Should().Be("He went to the shop.\n");
        }

        [Fact]
        public void Fix_KeepsHardLinks()
        {
            if (!OperatingSystem.IsLinux()) return;
            using var folder = new TempFolder();
            var first = folder.Write("a.md", Repeated);
            var second = Path.Combine(folder.Path, "b.txt");
            if (!ExternalCommand.Run("ln", first, second)) return;
            CliRunner.Run(folder.Path, "a.md", "--fix", "-q");
            File.ReadAllText(first).Should().Be("He went to the shop.\n");
            File.ReadAllText(second).Should().Be("He went to the shop.\n", "both names still lead to the same file");
            FileOwnership.Query(first)!.Value.Links.Should().Be(2);
            Directory.GetFiles(folder.Path).Should().HaveCount(2, "no safety copy is left behind");
        }

        [Fact]
        public void Fix_KeepsTheOwnerOfAnotherUsersFile()
        {
            if (!OperatingSystem.IsLinux() || Environment.UserName != "root") return; // only root can give a file away
            using var folder = new TempFolder();
            var article = folder.Write("a.md", Repeated);
            if (!ExternalCommand.Run("chown", "12345", article)) return;
            CliRunner.Run(folder.Path, "a.md", "--fix", "-q");
            File.ReadAllText(article).Should().Be("He went to the shop.\n");
            FileOwnership.Query(article)!.Value.Owner.Should().Be(12345u);
        }

        [Fact]
        public void Fix_KeepsPermissions()
        {
            if (OperatingSystem.IsWindows()) return;
            using var folder = new TempFolder();
            var article = folder.Write("a.md", Repeated);
            File.SetUnixFileMode(article, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
            CliRunner.Run(folder.Path, "a.md", "--fix", "-q");
            File.GetUnixFileMode(article).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }
    }
}

namespace EditorialLint.Cli.Tests
{
    public class QuotationFixTests
    {
        [Fact]
        public void FixUnsafe_LeavesWordsInsideQuotationMarks_AndFixesTheRest()
        {
            using var folder = new TempFolder();
            var article = folder.Write("a.md", "The mayor said \u201Cwe will build the the bridge\u201D and and left.\n");
            CliRunner.Run(folder.Path, "a.md", "--fix-unsafe", "-q");
            System.IO.File.ReadAllText(article).Should().Be("The mayor said \u201Cwe will build the the bridge\u201D and left.\n");
        }
    }
}

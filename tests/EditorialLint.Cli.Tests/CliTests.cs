using System.IO;
using System.Linq;
using System.Text.Json;
using EditorialLint.Testing;

namespace EditorialLint.Cli.Tests
{
    public class CliTests
    {
        private const string Article = "# Storm\n\nThe harbour reopened after the the storm.\nImage credit : Trust\n";

        [Fact]
        public void TextOutput_IsMsBuildCanonicalWithRelativePaths()
        {
            using var folder = new TempFolder();
            folder.Write("news/storm.md", Article);
            var (code, output, error) = CliRunner.Run(folder.Path, "news");
            code.Should().Be(0);
            output.Should().Be(
                "news/storm.md(3,32): warning EL3001: 'the' is repeated\n" +
                "news/storm.md(4,13): warning EL3004: Remove the space before ':'\n");
            error.Should().MatchRegex(@"^1 document linted in [0-9.]+s: 0 errors, 2 warnings, 0 suggestions\n$");
        }

        [Fact]
        public void LspCommand_GetsAPluginHost_AsALintRunDoes()
        {
            using var folder = new TempFolder();
            var env = new CliEnvironment(TextWriter.Null, TextWriter.Null, folder.Path);
            CliApplication.LanguageServerOptions(env).PluginHost.Should().NotBeNull("the dotnet tool loads plugins in every command");
        }

        [Fact]
        public void RangeOption_PrintsEndPositions()
        {
            using var folder = new TempFolder();
            folder.Write("storm.md", Article);
            var (_, output, _) = CliRunner.Run(folder.Path, "storm.md", "--range", "-q");
            output.Split('\n')[0].Should().Be("storm.md(3,32,3,35): warning EL3001: 'the' is repeated");
        }

        [Fact]
        public void WarningsAsErrors_ExitsWithOne()
        {
            using var folder = new TempFolder();
            folder.Write("storm.md", Article);
            CliRunner.Run(folder.Path, "storm.md", "--warnings-as-errors").ExitCode.Should().Be(1);
        }

        [Fact]
        public void CleanArticle_ExitsWithZeroAndPrintsNothing()
        {
            using var folder = new TempFolder();
            folder.Write("clean.txt", "The library will open later on weekdays.\n");
            var (code, output, _) = CliRunner.Run(folder.Path, "clean.txt", "--warnings-as-errors");
            code.Should().Be(0);
            output.Should().BeEmpty();
        }

        [Theory]
        [InlineData("--bogus")]
        [InlineData("missing-folder")]
        [InlineData("--format", "xml", "x.md")]
        [InlineData("--jobs", "-3", "x.md")]
        [InlineData("--jobs", "many", "x.md")]
        [InlineData("--stdin-filename", "a.md", "x.md")]
        [InlineData("--explain", "EL0000")]
        [InlineData("--include", "{unclosed", ".")]
        [InlineData()]
        public void UsageMistake_ExitsWithTwoAndOneClearMessage(params string[] args)
        {
            using var folder = new TempFolder();
            folder.Write("x.md", "Text.\n");
            var (code, output, error) = CliRunner.Run(folder.Path, args);
            code.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().StartWith("editorial-lint: error: ");
            error.Should().NotContain("   at ", "a user mistake never prints a stack trace");
        }

        [Fact]
        public void Folders_AreSearchedForMarkdownAndTextOnly_AndIncludeExcludeApply()
        {
            using var folder = new TempFolder();
            folder.Write("a/one.md", "the the\n");
            folder.Write("a/two.txt", "the the\n");
            folder.Write("a/three.html", "the the\n");
            folder.Write("a/drafts/four.md", "the the\n");
            folder.Write("a/.git/five.md", "the the\n");
            var all = CliRunner.Run(folder.Path, "a", "-q").Output;
            all.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('(')[0])
                .Should().Equal("a/drafts/four.md", "a/one.md", "a/two.txt");
            var filtered = CliRunner.Run(folder.Path, "a", "-q", "--exclude", "drafts/**", "--include", "*.md").Output;
            filtered.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('(')[0])
                .Should().Equal("a/one.md");
        }

        [Fact]
        public void ExplicitFile_WithAnUnknownExtension_IsLintedAsText()
        {
            using var folder = new TempFolder();
            folder.Write("note.rst", "the the\n");
            CliRunner.Run(folder.Path, "note.rst", "-q").Output.Should().StartWith("note.rst(1,5): warning EL3001");
        }

        [Fact]
        public void Stdin_IsLintedUnderTheGivenName()
        {
            using var folder = new TempFolder();
            var (code, output, _) = CliRunner.RunWithInput(folder.Path, "Go to the the shop.\n", "--stdin", "--stdin-filename", "draft.md", "-q");
            code.Should().Be(0);
            output.Should().Be("draft.md(1,11): warning EL3001: 'the' is repeated\n");
        }

        [Fact]
        public void GitHubFormat_WritesWorkflowCommands()
        {
            using var folder = new TempFolder();
            folder.Write("storm.md", "Credit : Trust, 50%, done\n");
            var (_, output, _) = CliRunner.Run(folder.Path, "storm.md", "--format", "github", "-q");
            output.Should().Be("::warning file=storm.md,line=1,col=7,endLine=1,endColumn=9,title=EL3004 Space before punctuation::Remove the space before ':'\n");
        }

        [Fact]
        public void JsonFormat_CarriesPositionsOffsetsAndFixes()
        {
            using var folder = new TempFolder();
            folder.Write("storm.md", Article);
            var (_, output, _) = CliRunner.Run(folder.Path, "storm.md", "--format", "json", "-q");
            using var json = JsonDocument.Parse(output);
            var first = json.RootElement.GetProperty("findings")[0];
            first.GetProperty("id").GetString().Should().Be("EL3001");
            first.GetProperty("line").GetInt32().Should().Be(3);
            first.GetProperty("column").GetInt32().Should().Be(32);
            first.GetProperty("offset").GetInt32().Should().Be(Article.IndexOf("the storm", System.StringComparison.Ordinal));
            var fix = first.GetProperty("fix");
            fix.GetProperty("safe").GetBoolean().Should().BeTrue();
            fix.GetProperty("replacement").GetString().Should().BeEmpty();
        }

        [Fact]
        public void OutputOption_WritesTheReportToAFile()
        {
            using var folder = new TempFolder();
            folder.Write("storm.md", Article);
            var (code, output, _) = CliRunner.Run(folder.Path, "storm.md", "--output", "report.txt", "-q");
            code.Should().Be(0);
            output.Should().BeEmpty();
            File.ReadAllText(Path.Combine(folder.Path, "report.txt")).Should().StartWith("storm.md(3,32): warning EL3001");
        }

        [Fact]
        public void ListRules_ShowsEveryBuiltInRule()
        {
            var (code, output, _) = CliRunner.Run(SharedData.RepositoryRoot, "--list-rules");
            code.Should().Be(0);
            output.Should().Contain("EL3001").And.Contain("Repeated word").And.Contain("EL9001");
        }

        [Fact]
        public void Explain_PrintsTheRulePage()
        {
            var (code, output, _) = CliRunner.Run(SharedData.RepositoryRoot, "--explain", "el3001");
            code.Should().Be(0);
            output.Should().StartWith("# EL3001: Repeated word");
        }

        [Fact]
        public void ResultsAreTheSame_WithOneJobOrMany()
        {
            using var folder = new TempFolder();
            for (int i = 0; i < 40; i++) folder.Write($"d{i:D2}.md", $"Article {i} has the the slip , here.\n");
            var one = CliRunner.Run(folder.Path, ".", "--jobs", "1", "-q").Output;
            var many = CliRunner.Run(folder.Path, ".", "--jobs", "4", "-q").Output;
            many.Should().Be(one);
            one.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(80);
        }

        [SharedDataFact]
        public void Seeds_AreLintedWithCorrectPositions_IncludingTheStrayArrowIn000()
        {
            var (code, output, _) = CliRunner.Run(SharedData.SeedsFolder!, ".", "-q");
            code.Should().BeOneOf(0, 1);
            var seed000 = Directory.GetFiles(SharedData.SeedsFolder!, "000_*.txt").Single();
            var name = Path.GetFileName(seed000);
            output.Should().Contain($"{name}(1,29): warning EL2007: Stray '→' (U+2192)");
            var text = File.ReadAllText(seed000);
            text.Split('\n')[0].Substring(28, 1).Should().Be("→", "column 29 is the arrow");
        }
    }
}

namespace EditorialLint.Cli.Tests
{
    public class CliEncodingAndGoldenTests
    {
        [Fact]
        public void BomAndTabs_DoNotShiftColumns()
        {
            using var folder = new TempFolder();
            var path = System.IO.Path.Combine(folder.Path, "bom.md");
            // BOM, then a tab: the tab is one column, the BOM is not part of the text.
            System.IO.File.WriteAllText(path, "Go\tto the the shop.\r\n", new System.Text.UTF8Encoding(true));
            var (_, output, _) = CliRunner.Run(folder.Path, "bom.md", "-q", "--format", "json");
            using var json = System.Text.Json.JsonDocument.Parse(output);
            var finding = json.RootElement.GetProperty("findings")[0];
            finding.GetProperty("column").GetInt32().Should().Be(11);
            finding.GetProperty("offset").GetInt32().Should().Be(10);
        }

        [Fact]
        public void StyleSamples_MatchTheGoldenOutput()
        {
            var root = EditorialLint.Testing.SharedData.RepositoryRoot;
            var (code, output, _) = CliRunner.Run(root, "samples/style", "-q");
            code.Should().Be(0);
            var golden = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "tests", "EditorialLint.Cli.Tests", "Golden", "samples-style.txt")).Replace("\r\n", "\n");
            output.Should().Be(golden);
        }
    }
}

namespace EditorialLint.Cli.Tests
{
    public class RuleOptionCliTests
    {
        [Fact]
        public void NumberStyleOption_FromEditorConfig_ReachesTheRule()
        {
            using var folder = new TempFolder();
            folder.Write(".editorconfig", "root = true\n[*.md]\neditorial_lint.EL1006.style = ap\n");
            folder.Write("a.md", "It took 4 days and then five days.\n");
            var (code, output, _) = CliRunner.Run(folder.Path, "a.md", "-q");
            code.Should().Be(0);
            output.Should().Be("a.md(1,9): info EL1006: '4 days' should be spelled out below 10 (AP style)\n");
        }

        [Fact]
        public void NumberStyleOption_WithABadValue_IsReportedWithItsLine()
        {
            using var folder = new TempFolder();
            folder.Write(".editorconfig", "root = true\n[*.md]\neditorial_lint.EL1006.style = roman\n");
            folder.Write("a.md", "It took 4 days.\n");
            var (code, output, _) = CliRunner.Run(folder.Path, "a.md", "-q");
            code.Should().Be(2);
            output.Should().StartWith(".editorconfig(3,");
            output.Should().Contain("EL9011");
        }
    }
}

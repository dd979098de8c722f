using System.IO;
using System.Linq;

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

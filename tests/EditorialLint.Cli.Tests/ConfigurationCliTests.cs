using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Testing;

namespace EditorialLint.Cli.Tests
{
    /// <summary>--config, --rules, .editorconfig severities and exit codes, test-rules, plugins through the CLI.</summary>
    public class ConfigurationCliTests
    {
        private const string Repeated = "He went to the the shop.\n";

        [Theory]
        [InlineData(null, 0)]
        [InlineData("editorial_lint.EL3001.severity = error", 1)]
        [InlineData("editorial_lint.EL3001.severity = none", 0)]
        [InlineData("editorial_lint.category.Style.severity = error", 1)]
        [InlineData("editorial_lint.category.Style.severity = error\neditorial_lint.EL3001.severity = suggestion", 0)]
        public void EditorConfigSeverities_ChangeTheExitCode(string? setting, int expected)
        {
            using var folder = new TempFolder();
            folder.Write("news/a.md", Repeated);
            if (setting is not null) folder.Write(".editorconfig", "root = true\n[*.md]\n" + setting + "\n");
            CliRunner.Run(folder.Path, "news", "-q").ExitCode.Should().Be(expected);
        }

        [Fact]
        public void SeverityNone_RemovesTheFinding()
        {
            using var folder = new TempFolder();
            folder.Write("a.md", Repeated);
            folder.Write(".editorconfig", "root = true\n[*]\neditorial_lint.EL3001.severity = none\n");
            CliRunner.Run(folder.Path, "a.md", "-q").Output.Should().BeEmpty();
        }

        [Fact]
        public void BadConfiguration_ExitsWithTwo_NamingFileLineAndColumn()
        {
            using var folder = new TempFolder();
            folder.Write("a.md", Repeated);
            folder.Write(".editorconfig", "root = true\n[*.md]\neditorial_lint.EL3001.severity = loud\neditorial_lint.EL3001.colour = red\n");
            var (code, output, error) = CliRunner.Run(folder.Path, "a.md");
            code.Should().Be(2);
            output.Should().StartWith(
                ".editorconfig(3,34): error EL9011: Invalid value 'loud' for 'editorial_lint.EL3001.severity'" );
            output.Should().Contain(".editorconfig(4,1): error EL9010: Unknown key 'editorial_lint.EL3001.colour'");
            error.Should().Contain("nothing was linted");
        }

        [Fact]
        public void ExplicitConfig_AppliesOnTop()
        {
            using var folder = new TempFolder();
            folder.Write("a.md", Repeated);
            folder.Write(".editorconfig", "root = true\n[*]\neditorial_lint.EL3001.severity = none\n");
            folder.Write("ci/strict.editorconfig", "editorial_lint.EL3001.severity = error\n");
            CliRunner.Run(folder.Path, "a.md", "--config", "ci/strict.editorconfig", "-q").ExitCode.Should().Be(1);
        }

        private const string SlangPack = "id: House.Slang\ntype: existence\nmessage: \"'{match}' is too casual\"\nlevel: error\ntokens: [gonna]\nexamples:\n  flag: [\"It is gonna rain.\"]\n  pass: [\"It is going to rain.\"]\n";

        [Fact]
        public void RulesOption_AddsAPack()
        {
            using var folder = new TempFolder();
            folder.Write("house/slang.yml", SlangPack);
            folder.Write("a.md", "It is gonna rain.\n");
            var (code, output, _) = CliRunner.Run(folder.Path, "a.md", "--rules", "house", "-q");
            code.Should().Be(1);
            output.Should().Be("a.md(1,7): error House.Slang: 'gonna' is too casual\n");
        }

        [Fact]
        public void RulePacksKey_AppliesOnlyUnderItsFolder()
        {
            using var folder = new TempFolder();
            folder.Write("desk/house/slang.yml", SlangPack);
            folder.Write("desk/.editorconfig", "root = true\n[*.md]\neditorial_lint.rule_packs = house\neditorial_lint.House.Slang.severity = warning\n");
            folder.Write("desk/a.md", "It is gonna rain.\n");
            folder.Write("other/b.md", "It is gonna rain.\n");
            var (code, output, _) = CliRunner.Run(folder.Path, "desk", "other", "-q");
            code.Should().Be(0);
            output.Should().Be("desk/a.md(1,7): warning House.Slang: 'gonna' is too casual\n");
        }

        [Fact]
        public void BadPack_ExitsWithTwo_NamingFileLineAndColumn()
        {
            using var folder = new TempFolder();
            folder.Write("house/bad.yml", "id: House.Bad\ntype: existence\nmessage: m\ncolour: red\ntokens: [a]\n");
            folder.Write("a.md", "Fine.\n");
            var (code, output, _) = CliRunner.Run(folder.Path, "a.md", "--rules", "house", "--allow-plugins");
            code.Should().Be(2);
            output.Should().StartWith("house/bad.yml(4,1): error EL9021: Unknown key 'colour' for a existence rule");
        }

        [Fact]
        public void TestRules_PassesTheBuiltInPacks() =>
            CliRunner.Run(Path.GetTempPath(), "test-rules").Should().Match<(int ExitCode, string Output, string Error)>(r => r.ExitCode == 0 && r.Output.Length == 0);

        [Fact]
        public void TestRules_ReportsAFailingExampleAtItsPosition_AndExitsWithOne()
        {
            using var folder = new TempFolder();
            folder.Write("house/slang.yml", SlangPack.Replace("pass: [\"It is going to rain.\"]", "pass: [\"It is gonna rain.\"]"));
            var (code, output, error) = CliRunner.Run(folder.Path, "test-rules", "house");
            code.Should().Be(1);
            output.Should().StartWith("house/slang.yml(8,10): error EL9025: Rule House.Slang: this 'pass' example is flagged");
            error.Should().Contain("1 rule file, 2 examples: 1 failed");
        }

        [Fact]
        public void TestRules_ExitsWithTwoOnABadPack()
        {
            using var folder = new TempFolder();
            folder.Write("house/bad.yml", "id: House.Bad\ntype: nonsense\nmessage: m\n");
            CliRunner.Run(folder.Path, "test-rules", "house").ExitCode.Should().Be(2);
        }

        [Fact]
        public void CSharpRuleInAPack_IsCompiledAndRuns()
        {
            using var folder = new TempFolder();
            var sample = Path.Combine(SharedData.RepositoryRoot, "samples", "plugins", "house", "LongSentenceRule.cs");
            folder.Write("house/LongSentenceRule.cs", File.ReadAllText(sample));
            folder.Write(".editorconfig", "root = true\n[*.md]\neditorial_lint.House.LongSentence.max_words = 10\n");
            folder.Write("a.md", "One two three four five six seven eight nine ten eleven.\n");
            var (code, output, _) = CliRunner.Run(folder.Path, "a.md", "--rules", "house", "--allow-plugins", "-q");
            code.Should().Be(0);
            output.Should().Be("a.md(1,50): info House.LongSentence: This sentence runs to 11 words; the house limit is 10\n");
        }

        [Fact]
        public void CSharpRuleThatDoesNotCompile_ExitsWithTwo_AtItsPosition()
        {
            using var folder = new TempFolder();
            folder.Write("house/Broken.cs", "using EditorialLint.Analysis;\npublic sealed class Broken : EditorialRule { int x = Missing; }\n");
            folder.Write("a.md", "Fine.\n");
            var (code, output, _) = CliRunner.Run(folder.Path, "a.md", "--rules", "house", "--allow-plugins");
            code.Should().Be(2);
            output.Should().Contain("house/Broken.cs(2,54): error EL9030: CS0103:");
        }
    }

    /// <summary>Suppressions, baselines and --fix through the CLI.</summary>
    public class WorkflowCliTests
    {
        [Fact]
        public void InlineDirective_SuppressesAndAnUnusedOneIsReported()
        {
            using var folder = new TempFolder();
            folder.Write("a.md", "<!-- editorial-lint disable-next-line EL3001 -- quoting -->\nHe went to the the shop.\n\n<!-- editorial-lint disable-next-line EL3001 -->\nA clean line.\n");
            var (_, output, _) = CliRunner.Run(folder.Path, "a.md", "-q");
            output.Should().Be("a.md(4,1): warning EL9041: 'editorial-lint disable-next-line EL3001' suppresses nothing; remove it\n");
        }

        [Fact]
        public void Baseline_HidesRecordedFindings_EvenAfterLinesAreInserted()
        {
            using var folder = new TempFolder();
            folder.Write("a.md", "He went to the the shop.\n");
            CliRunner.Run(folder.Path, "baseline", "write", "lint.baseline", "a.md", "-q").ExitCode.Should().Be(0);
            File.ReadAllText(Path.Combine(folder.Path, "lint.baseline")).Should().Contain("\tEL3001\ta.md\t1:16\t");

            folder.Write("a.md", "# Headline\n\nA new paragraph.\n\nHe went to the the shop.\n\nShe saw a a dog.\n");
            var (code, output, _) = CliRunner.Run(folder.Path, "a.md", "--baseline", "lint.baseline", "-q");
            output.Should().Be("a.md(7,11): warning EL3001: 'a' is repeated\n");
            code.Should().Be(0);
        }

        [Fact]
        public void MissingBaseline_ExitsWithTwo()
        {
            using var folder = new TempFolder();
            folder.Write("a.md", "Fine.\n");
            CliRunner.Run(folder.Path, "a.md", "--baseline", "nope.baseline").ExitCode.Should().Be(2);
        }

        [Fact]
        public void Sarif_CarriesPartialFingerprints()
        {
            using var folder = new TempFolder();
            folder.Write("a.md", "He went to the the shop.\n");
            var (_, output, _) = CliRunner.Run(folder.Path, "a.md", "-f", "sarif", "-q");
            output.Should().MatchRegex("\"partialFingerprints\": \\{\\s*\"editorialLint/v1\": \"[0-9a-f]{32}\"");
        }

        [Fact]
        public void Fix_AppliesSafeFixes_AndASecondRunChangesNothing()
        {
            using var folder = new TempFolder();
            var path = folder.Write("a.md", "He went to the the shop.\r\nThey utilise tools.\r\n");
            folder.Write("house/spun.yml", "id: House.Spun\ntype: substitution\nmessage: \"'{match}' for '{suggestion}'\"\nswap:\n  utilise: use\n");

            var (code, output, error) = CliRunner.Run(folder.Path, "a.md", "--rules", "house", "--fix");
            File.ReadAllText(path).Should().Be("He went to the shop.\r\nThey utilise tools.\r\n", "the pack's swap is unsafe: --fix leaves it");
            output.Should().Be("a.md(2,6): warning House.Spun: 'utilise' for 'use'\n");
            error.Should().StartWith("1 fix applied to 1 file");
            code.Should().Be(0);

            var bytes = File.ReadAllBytes(path);
            CliRunner.Run(folder.Path, "a.md", "--rules", "house", "--fix", "-q");
            File.ReadAllBytes(path).Should().Equal(bytes);

            CliRunner.Run(folder.Path, "a.md", "--rules", "house", "--fix-unsafe", "-q").ExitCode.Should().Be(0);
            File.ReadAllText(path).Should().Be("He went to the shop.\r\nThey use tools.\r\n");
        }

        [Fact]
        public void FixDryRun_PrintsADiff_AndWritesNothing()
        {
            using var folder = new TempFolder();
            var path = folder.Write("a.md", "Title\n\nHe went to the the shop.\n");
            var (code, output, _) = CliRunner.Run(folder.Path, "a.md", "--fix-dry-run", "-q");
            output.Should().Be("--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,3 @@\n Title\n \n-He went to the the shop.\n+He went to the shop.\n");
            code.Should().Be(1);
            File.ReadAllText(path).Should().Be("Title\n\nHe went to the the shop.\n");
        }

        [Fact]
        public void Fix_OfStandardInput_IsAUsageError() =>
            CliRunner.RunWithInput(Path.GetTempPath(), "the the", "--stdin", "--fix").ExitCode.Should().Be(2);
    }
}

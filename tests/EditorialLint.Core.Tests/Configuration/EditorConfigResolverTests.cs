using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Configuration;
using EditorialLint.Core.Tests.Support;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Core.Tests.Configuration
{
    public class EditorConfigResolverTests
    {
        private static readonly DiagnosticDescriptor Style = ColourRule.Descriptor;

        private static ReportDiagnostic SeverityOf(EditorConfigResolver resolver, string path, DiagnosticDescriptor descriptor) =>
            resolver.GetOptions(path).GetSeverity(descriptor);

        [Theory]
        [InlineData("*.md", "a.md", true)]
        [InlineData("*.md", "sub/deeper/a.md", true)]
        [InlineData("*.md", "a.txt", false)]
        [InlineData("*.{md,txt}", "sub/a.txt", true)]
        [InlineData("sub/*.md", "sub/a.md", true)]
        [InlineData("sub/*.md", "sub/deeper/a.md", false)]
        [InlineData("sub/**.md", "sub/deeper/a.md", true)]
        [InlineData("/a.md", "a.md", true)]
        [InlineData("/a.md", "sub/a.md", false)]
        [InlineData("news-[0-9].md", "news-7.md", true)]
        [InlineData("news-{1..3}.md", "news-4.md", false)]
        [InlineData("[!x]*.md", "xa.md", false)]
        public void GlobSections_MatchExactlyAsRoslynDoes(string glob, string file, bool expected)
        {
            using var dir = new TempDirectory();
            var text = "root = true\n[" + glob + "]\neditorial_lint.EL3901.severity = error\n";
            var configPath = dir.Write(".editorconfig", text);
            var path = dir.Full(file);

            var roslyn = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(text, configPath)))
                .GetOptionsForSourcePath(path).AnalyzerOptions.ContainsKey("editorial_lint.el3901.severity");
            var resolver = new EditorConfigResolver(dir.Path);
            var ours = SeverityOf(resolver, path, Style) == ReportDiagnostic.Error;

            ours.Should().Be(roslyn, "the resolver must agree with Roslyn's own matcher");
            ours.Should().Be(expected);
        }

        [Fact]
        public void NestedConfig_OverridesTheParentForFilesBelowIt()
        {
            using var dir = new TempDirectory();
            dir.Write(".editorconfig", "root = true\n[*]\neditorial_lint.EL3901.severity = error\n");
            dir.Write("desk/.editorconfig", "[*.md]\neditorial_lint.EL3901.severity = none\n");
            var resolver = new EditorConfigResolver(dir.Path);

            SeverityOf(resolver, "top.md", Style).Should().Be(ReportDiagnostic.Error);
            SeverityOf(resolver, "desk/story.md", Style).Should().Be(ReportDiagnostic.Suppress);
            SeverityOf(resolver, "desk/story.txt", Style).Should().Be(ReportDiagnostic.Error);
        }

        [Fact]
        public void RootTrue_StopsTheSearchForParentConfigs()
        {
            using var dir = new TempDirectory();
            dir.Write(".editorconfig", "[*]\neditorial_lint.EL3901.severity = error\n");
            dir.Write("desk/.editorconfig", "root = true\n[*.txt]\neditorial_lint.EL3901.style = us\n");
            var resolver = new EditorConfigResolver(dir.Path);

            SeverityOf(resolver, "desk/story.md", Style).Should().Be(ReportDiagnostic.Default);
            resolver.GetOptions("desk/story.txt").GetRuleOption("EL3901", "style").Should().Be("us");
            resolver.Files.Should().ContainSingle();
        }

        [Fact]
        public void RuleSeverity_WinsOverItsCategory()
        {
            using var dir = new TempDirectory();
            dir.Write(".editorconfig", "root = true\n[*]\neditorial_lint.category.Style.severity = none\neditorial_lint.EL3901.severity = suggestion\n");
            var resolver = new EditorConfigResolver(dir.Path);
            var other = new DiagnosticDescriptor("EL3999", "t", "m", "Style", DiagnosticSeverity.Warning, true);

            SeverityOf(resolver, "a.md", Style).Should().Be(ReportDiagnostic.Info);
            SeverityOf(resolver, "a.md", other).Should().Be(ReportDiagnostic.Suppress);
        }

        [Theory]
        [InlineData("error", ReportDiagnostic.Error)]
        [InlineData("warning", ReportDiagnostic.Warn)]
        [InlineData("suggestion", ReportDiagnostic.Info)]
        [InlineData("info", ReportDiagnostic.Info)]
        [InlineData("silent", ReportDiagnostic.Hidden)]
        [InlineData("none", ReportDiagnostic.Suppress)]
        [InlineData("default", ReportDiagnostic.Default)]
        [InlineData("Error", ReportDiagnostic.Error)]
        public void SeverityValues_AreRead(string value, ReportDiagnostic expected)
        {
            SeverityValue.TryParse(value, out var severity).Should().BeTrue();
            severity.Should().Be(expected);
        }

        [Fact]
        public void ExplicitConfig_AppliesOnTopOfDiscoveredOnes_AndItsTopKeysApplyEverywhere()
        {
            using var dir = new TempDirectory();
            dir.Write(".editorconfig", "root = true\n[*]\neditorial_lint.EL3901.severity = none\neditorial_lint.EL3901.style = uk\n");
            var strict = dir.Write("ci/strict.editorconfig", "editorial_lint.EL3901.severity = error\n[desk/*.md]\neditorial_lint.EL3901.style = us\n");
            var resolver = new EditorConfigResolver(dir.Path, strict);

            SeverityOf(resolver, "a.md", Style).Should().Be(ReportDiagnostic.Error);
            resolver.GetOptions("a.md").GetRuleOption("EL3901", "style").Should().Be("uk");
            resolver.GetOptions("desk/b.md").GetRuleOption("EL3901", "style").Should().Be("us");
        }

        [Fact]
        public void KeysAndRuleIds_AreCaseInsensitive()
        {
            using var dir = new TempDirectory();
            dir.Write(".editorconfig", "root = true\n[*]\nEditorial_Lint.el3901.Severity = ERROR\n");
            var resolver = new EditorConfigResolver(dir.Path);
            SeverityOf(resolver, "a.md", Style).Should().Be(ReportDiagnostic.Error);
        }

        [Fact]
        public void RulePackPaths_AreRelativeToTheFileThatNamesThem()
        {
            using var dir = new TempDirectory();
            Directory.CreateDirectory(dir.Full("desk/house"));
            dir.Write(".editorconfig", "root = true\n");
            dir.Write("desk/.editorconfig", "[*.md]\neditorial_lint.rule_packs = house\n");
            var resolver = new EditorConfigResolver(dir.Path);

            var options = resolver.GetEditorConfigOptions("desk/a.md");
            options.ActiveRulePacks.Should().Equal(Path.GetFullPath(dir.Full("desk/house")));
            resolver.GetEditorConfigOptions("a.md").ActiveRulePacks.Should().BeEmpty();
            resolver.RulePackDirectories.Should().Equal(Path.GetFullPath(dir.Full("desk/house")));
        }
    }
}

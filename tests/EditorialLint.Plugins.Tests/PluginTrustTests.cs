using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Workspace;
using EditorialLint.Configuration;
using EditorialLint.Engine;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Plugins.Tests
{
    /// <summary>A repository cannot run code on the machine that lints it: plugins load only when the user allows them.</summary>
    public sealed class PluginTrustTests : IDisposable
    {
        private const string SlangRule =
            "id: House.Slang\ntype: existence\nmessage: \"'{match}' is too casual\"\nlevel: suggestion\ntokens: [gonna]\nexamples:\n  flag: [\"It was gonna rain.\"]\n  pass: [\"It was going to rain.\"]\n";

        private readonly string _temp = Path.Combine(Path.GetTempPath(), "el-trust-tests-" + Guid.NewGuid().ToString("N").Substring(0, 12));

        public PluginTrustTests() => Directory.CreateDirectory(_temp);

        public void Dispose()
        {
            try { Directory.Delete(_temp, recursive: true); }
            catch (IOException) { }
        }

        private string Write(string relative, string text)
        {
            var full = Path.Combine(_temp, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            return full;
        }

        // A rule whose static constructor leaves a mark on disk: proof that its code ran.
        private string PlantRule(string relative, string marker) => Write(relative,
            "using EditorialLint.Analysis;\nusing System.Collections.Immutable;\nusing Microsoft.CodeAnalysis;\n" +
            "public sealed class Planted : EditorialRule\n{\n" +
            "    static Planted() { System.IO.File.WriteAllText(@\"" + marker + "\", \"ran\"); }\n" +
            "    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;\n" +
            "    public override void Initialize(RuleInitializationContext context) { }\n}\n");

        private LintWorkspace Setup(string article, PluginTrust trust) =>
            LintWorkspace.Create(new[] { article }, new LintWorkspaceOptions { BaseDirectory = _temp, PluginHost = PluginHost.WithoutDiskCache(_temp), PluginTrust = trust });

        [Fact]
        public void CSharpFileInARepositoryPack_DoesNotRun_WithoutPermission_AndTheYamlRulesStillLoad()
        {
            var marker = Path.Combine(_temp, "ran.txt");
            Write(".editorconfig", "root = true\n[*.md]\neditorial_lint.rule_packs = .house\n");
            PlantRule(".house/Planted.cs", marker);
            Write(".house/slang.yml", SlangRule);
            var article = Write("a.md", "It was gonna rain.\n");

            var setup = Setup(article, PluginTrust.Denied);

            File.Exists(marker).Should().BeFalse("no code from the repository may run");
            var warning = setup.Diagnostics.Should().ContainSingle().Subject;
            warning.Id.Should().Be("EL9032");
            warning.Severity.Should().Be(DiagnosticSeverity.Warning);
            warning.GetMessage().Should().Contain(".house/Planted.cs").And.Contain("--allow-plugins").And.Contain("EDITORIAL_LINT_ALLOW_PLUGINS=1");
            setup.HasErrors.Should().BeFalse();
            var found = new LintEngine(setup.Rules, setup.Options).Run(new[] { DocumentInput.FromFile(article, "a.md") }).Diagnostics;
            found.Select(d => d.Id).Should().Equal("House.Slang");
        }

        [Fact]
        public void PluginAssemblyNamedByConfiguration_IsNotLoaded_WithoutPermission()
        {
            Write(".editorconfig", "root = true\n[*.md]\neditorial_lint.plugins = tools/x.dll\n");
            Write("tools/x.dll", "not really an assembly");
            var article = Write("a.md", "Fine.\n");

            var setup = Setup(article, PluginTrust.Denied);

            setup.Diagnostics.Select(d => d.Id).Should().Equal("EL9032");
            setup.Diagnostics[0].GetMessage().Should().Contain("tools/x.dll");
        }

        [Fact]
        public void CSharpFile_Runs_WhenAllowed()
        {
            var marker = Path.Combine(_temp, "ran.txt");
            Write(".editorconfig", "root = true\n[*.md]\neditorial_lint.rule_packs = house\n");
            PlantRule("house/Planted.cs", marker);
            var article = Write("a.md", "Fine.\n");

            var setup = Setup(article, PluginTrust.AllowedBy("the test"));
            setup.Diagnostics.Should().BeEmpty();
            // Instantiating the rule ran its static constructor.
            File.Exists(marker).Should().BeTrue();
        }

        [Theory]
        [InlineData(false, null, false)]
        [InlineData(true, null, true)]
        [InlineData(false, "1", true)]
        [InlineData(false, "true", true)]
        [InlineData(false, "0", false)]
        [InlineData(false, "", false)]
        public void Permission_ComesFromTheOptionOrTheEnvironment(bool option, string? variable, bool allowed)
        {
            var env = new Dictionary<string, string?> { [PluginTrust.EnvironmentVariable] = variable };
            PluginTrust.Decide(option, getEnvironmentVariable: n => env.TryGetValue(n, out var v) ? v : null).Allowed.Should().Be(allowed);
        }

        [Fact]
        public void UserLevelSetting_AllowsPlugins() => PluginTrust.Decide(false, userSetting: true, getEnvironmentVariable: _ => null).Allowed.Should().BeTrue();

        [Theory]
        [InlineData("../outside-pack")]
        [InlineData("../../..")]
        public void RulePackOutsideTheRepository_IsAnError_AndIsNotWalked(string packPath)
        {
            var repository = Path.Combine(_temp, "repo");
            Directory.CreateDirectory(Path.Combine(repository, ".git"));
            Write("outside-pack/slang.yml", SlangRule);
            Write("repo/.editorconfig", "root = true\n[*.md]\neditorial_lint.rule_packs = " + packPath + "\n");
            var article = Write("repo/a.md", "It was gonna rain.\n");

            var setup = Setup(article, PluginTrust.Denied);

            var error = setup.Diagnostics.Should().ContainSingle().Subject;
            error.Id.Should().Be("EL9033");
            error.Location.GetLineSpan().StartLinePosition.Line.Should().Be(2);
            setup.Rules.Should().NotContain(r => r.SupportedDiagnostics.Any(d => d.Id == "House.Slang"));
        }

        [Fact]
        public void SymbolicLinkOutOfTheRepository_CountsAsOutside()
        {
            if (OperatingSystem.IsWindows()) return;
            var repository = Path.Combine(_temp, "repo");
            Directory.CreateDirectory(Path.Combine(repository, ".git"));
            Write("outside-pack/slang.yml", SlangRule);
            Directory.CreateSymbolicLink(Path.Combine(repository, "linked"), Path.Combine(_temp, "outside-pack"));
            Write("repo/.editorconfig", "root = true\n[*.md]\neditorial_lint.rule_packs = linked\n");
            var article = Write("repo/a.md", "Fine.\n");

            Setup(article, PluginTrust.Denied).Diagnostics.Select(d => d.Id).Should().Equal("EL9033");
        }

        [Fact]
        public void PackGivenWithConfigOrRules_MayLieAnywhere()
        {
            Write("outside-pack/slang.yml", SlangRule);
            Directory.CreateDirectory(Path.Combine(_temp, "repo", ".git"));
            Write("repo/house.editorconfig", "editorial_lint.rule_packs = ../outside-pack\n");
            var article = Write("repo/a.md", "It was gonna rain.\n");

            var setup = LintWorkspace.Create(new[] { article }, new LintWorkspaceOptions { BaseDirectory = Path.Combine(_temp, "repo"), ConfigFile = "house.editorconfig" });
            setup.Diagnostics.Should().BeEmpty();
        }
    }
}

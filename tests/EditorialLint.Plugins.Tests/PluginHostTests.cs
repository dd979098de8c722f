using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Configuration;
using EditorialLint.Workspace;
using EditorialLint.Engine;
using EditorialLint.Testing;

namespace EditorialLint.Plugins.Tests
{
    public sealed class PluginHostTests : IDisposable
    {
        private readonly string _temp = Path.Combine(Path.GetTempPath(), "el-plugin-tests-" + Guid.NewGuid().ToString("N").Substring(0, 12));

        public PluginHostTests() => Directory.CreateDirectory(_temp);

        public void Dispose()
        {
            try { Directory.Delete(_temp, recursive: true); }
            catch (IOException) { }
        }

        private static string Root => SharedData.RepositoryRoot;

        private static string SampleRule => Path.Combine(Root, "samples", "plugins", "house", "LongSentenceRule.cs");

        private static EditorialRule CompileSample()
        {
            var result = PluginHost.WithoutDiskCache(Root).CompileRules(new[] { SampleRule });
            result.Diagnostics.Should().BeEmpty();
            return result.Rules.Should().ContainSingle().Subject;
        }

        private static RuleOptions MaxWords(int n) =>
            new DictionaryRuleOptions(new Dictionary<string, string> { ["editorial_lint.House.LongSentence.max_words"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        [Fact]
        public void SamplePlugin_CompilesAndReportsALongSentence() =>
            RuleVerifier.Verify(CompileSample(), "One two three four five six seven eight nine ten [|eleven|] twelve. Short one here.", "a.md", MaxWords(10));

        [Fact]
        public void SamplePlugin_IsSilentUnderItsLimit() =>
            RuleVerifier.Verify(CompileSample(), "One two three four five six seven eight nine ten.", "a.md", MaxWords(10));

        [Fact]
        public void SamplePack_RunsThroughItsConfig_CSharpAndYamlRulesTogether()
        {
            var article = Path.Combine(Root, "samples", "plugins", "article.md");
            var setup = LintWorkspace.Create(new[] { article }, new LintWorkspaceOptions
            {
                BaseDirectory = Root,
                ConfigFile = Path.Combine("samples", "plugins", "house.editorconfig"),
                PluginHost = PluginHost.WithoutDiskCache(Root),
                PluginTrust = PluginTrust.AllowedBy("the test"),
            });
            setup.Diagnostics.Should().BeEmpty("the sample's option key is declared by its rule");

            var text = File.ReadAllText(article);
            var found = setup.Engine.Run(new[] { DocumentInput.FromFile(article, "samples/plugins/article.md") }).Diagnostics;
            found.Select(d => (d.Id, text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)))
                .Should().Equal(("House.LongSentence", "the"), ("House.Slang", "gonna"));
        }

        [Fact]
        public void PackRulesNamedInAFolderConfig_DoNotRunOutsideIt()
        {
            // The pack inside the folder tree the configuration belongs to (packs outside it are refused).
            var pack = Path.Combine(_temp, "house");
            Directory.CreateDirectory(pack);
            foreach (var file in Directory.GetFiles(Path.Combine(Root, "samples", "plugins", "house")))
                File.Copy(file, Path.Combine(pack, Path.GetFileName(file)));
            Directory.CreateDirectory(Path.Combine(_temp, "desk"));
            File.WriteAllText(Path.Combine(_temp, ".editorconfig"), "root = true\n");
            File.WriteAllText(Path.Combine(_temp, "desk", ".editorconfig"), "[*.md]\neditorial_lint.rule_packs = " + pack + "\n");
            var inside = Path.Combine(_temp, "desk", "a.md");
            var outside = Path.Combine(_temp, "b.md");
            File.WriteAllText(inside, "It was gonna rain.\n");
            File.WriteAllText(outside, "It was gonna rain.\n");

            var setup = LintWorkspace.Create(new[] { inside, outside }, new LintWorkspaceOptions { BaseDirectory = _temp, PluginHost = PluginHost.WithoutDiskCache(_temp), PluginTrust = PluginTrust.AllowedBy("the test") });
            setup.Diagnostics.Should().BeEmpty();
            var found = setup.Engine.Run(new[] { DocumentInput.FromFile(inside, "desk/a.md"), DocumentInput.FromFile(outside, "b.md") }).Diagnostics;
            found.Select(d => (d.Id, d.Location.GetLineSpan().Path)).Should().Equal(("House.Slang", "desk/a.md"));
        }

        [Fact]
        public void CompileError_IsReportedAtItsFileLineAndColumn()
        {
            var path = Path.Combine(_temp, "Broken.cs");
            var marked = MarkedText.Parse("using EditorialLint.Analysis;\npublic sealed class Broken : EditorialRule\n{\n    public override void Initialize(RuleInitializationContext context) => {|EL9030:Missing|}();\n}\n");
            File.WriteAllText(path, marked.Text);
            var result = PluginHost.WithoutDiskCache(_temp).CompileRules(new[] { path });

            result.Rules.Should().BeEmpty();
            var missing = result.Diagnostics.Single(d => d.GetMessage().StartsWith("CS0103", StringComparison.Ordinal));
            missing.Location.GetLineSpan().Path.Should().Be("Broken.cs");
            marked.Text.Substring(missing.Location.SourceSpan.Start, missing.Location.SourceSpan.Length).Should().Be("Missing");
            result.Diagnostics.Should().Contain(d => d.GetMessage().StartsWith("CS0534", StringComparison.Ordinal), "SupportedDiagnostics is not implemented");
        }

        [Fact]
        public void CompiledRules_AreCachedByContentHash()
        {
            var path = Path.Combine(_temp, "Rule.cs");
            File.WriteAllText(path, File.ReadAllText(SampleRule) + "\n// " + Guid.NewGuid() + "\n");
            var cache = Path.Combine(_temp, "cache");

            var first = new PluginHost(_temp, cache);
            first.CompileRules(new[] { path }).Rules.Should().ContainSingle();
            first.LastCompileWasCached.Should().BeFalse();
            Directory.GetFiles(cache, "*.dll").Should().ContainSingle();

            var second = new PluginHost(_temp, cache);
            second.CompileRules(new[] { path }).Rules.Should().ContainSingle();
            second.LastCompileWasCached.Should().BeTrue();
        }

        [Fact]
        public void AssemblyPlugin_IsLoadedAndItsRulesFire()
        {
            var image = PluginHost.Compile(new[] { (SampleRule, "LongSentenceRule.cs", File.ReadAllText(SampleRule)) }, Guid.NewGuid().ToString("N")).Image;
            image.Should().NotBeNull();
            var dll = Path.Combine(_temp, "HouseRules.dll");
            File.WriteAllBytes(dll, image!);

            var result = new PluginHost(_temp).LoadAssembly(dll);
            result.Diagnostics.Should().BeEmpty();
            RuleVerifier.Verify(result.Rules.Single(), "One two three four five six seven eight nine ten [|eleven|].", "a.md", MaxWords(10));
        }

        [Fact]
        public void NotAnAssembly_IsReported()
        {
            var dll = Path.Combine(_temp, "Bad.dll");
            File.WriteAllText(dll, "not an assembly");
            var result = new PluginHost(_temp).LoadAssembly(dll);
            result.Rules.Should().BeEmpty();
            result.Diagnostics.Single().Id.Should().Be("EL9031");
        }

        [Fact]
        public void RuleWhoseConstructorThrows_IsReported_AndTheOthersLoad()
        {
            var path = Path.Combine(_temp, "Throws.cs");
            File.WriteAllText(path, File.ReadAllText(SampleRule) + """

                namespace House.Rules
                {
                    public sealed class ThrowingRule : EditorialRule
                    {
                        public ThrowingRule() => throw new InvalidOperationException("no");
                        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;
                        public override void Initialize(RuleInitializationContext context) { }
                    }
                }
                """);
            var result = PluginHost.WithoutDiskCache(_temp).CompileRules(new[] { path });
            result.Rules.Should().ContainSingle();
            result.Diagnostics.Single().GetMessage().Should().Contain("ThrowingRule").And.Contain("InvalidOperationException");
        }
    }
}

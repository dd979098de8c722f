using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Packs;
using EditorialLint.Rules.Packs;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Packs
{
    /// <summary>
    /// The compiled form of the built-in packs (<c>src/EditorialLint.Rules/Packs/Data/builtin-packs.bin</c>): it is made
    /// from the YAML in <c>rules/</c>, it is what start-up reads, and what it gives equals what the YAML parser gives.
    /// </summary>
    public class CompiledBuiltInPackTests
    {
        private static string CompiledPath => Path.Combine(SharedData.RepositoryRoot, "src", "EditorialLint.Rules", "Packs", "Data", "builtin-packs.bin");

        public static TheoryData<string> PackFiles()
        {
            var data = new TheoryData<string>();
            foreach (var (path, _) in YamlOnDisk()) data.Add(path);
            return data;
        }

        [Fact]
        public void CompiledForm_IsUpToDateWithTheYamlInRules()
        {
            var expected = BuiltInPacks.Compile(YamlOnDisk());
            if (Environment.GetEnvironmentVariable("UPDATE_PACKS") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(CompiledPath)!);
                File.WriteAllBytes(CompiledPath, expected);
            }

            File.Exists(CompiledPath).Should().BeTrue("the compiled packs are generated: run tools/update-packs.sh");
            File.ReadAllBytes(CompiledPath).SequenceEqual(expected).Should().BeTrue("a rule file changed since the packs were compiled: run tools/update-packs.sh");
        }

        [Fact]
        public void BuiltInPacks_AreReadFromTheCompiledForm() =>
            BuiltInPacks.FromCompiledForm.Should().BeTrue("the embedded compiled form is current (see CompiledForm_IsUpToDateWithTheYamlInRules)");

        [Theory]
        [MemberData(nameof(PackFiles))]
        public void EachCompiledPack_HoldsWhatTheYamlParserMakes(string path)
        {
            var compiled = BuiltInPacks.Rules.Single(r => r.Definition.FilePath == path).Definition;
            PackDefinitionText.Describe(compiled).Should().Be(PackDefinitionText.Describe(ParseYaml(path).Definition));
        }

        [Theory]
        [MemberData(nameof(PackFiles))]
        public void EachCompiledPack_FindsWhatTheYamlPackFinds_InItsExamplesAndTheSamples(string path)
        {
            var compiled = BuiltInPacks.Rules.Single(r => r.Definition.FilePath == path);
            var parsed = ParseYaml(path);
            var texts = Examples(parsed.Definition).ToList();
            texts.Add(string.Join("\n\n", texts));
            foreach (var sample in Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "samples"), "*.md", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
                texts.Add(File.ReadAllText(sample));

            int found = 0;
            foreach (var text in texts)
            {
                var expected = RuleVerifier.Lint(new EditorialRule[] { parsed }, text).Select(PackDefinitionText.Show).ToList();
                RuleVerifier.Lint(new EditorialRule[] { compiled }, text).Select(PackDefinitionText.Show).Should().Equal(expected, "in: " + text);
                found += expected.Count;
            }

            found.Should().BePositive("the examples of a pack flag something");
        }

        private static IEnumerable<string> Examples(PackRuleDefinition d) =>
            d.Flag.Concat(d.Pass).Concat(d.Entries.SelectMany(e => e.Flag.Concat(e.Pass))).Select(e => e.Text);

        private static PackRule ParseYaml(string path)
        {
            var source = YamlOnDisk().Single(f => f.Path == path).Source;
            var result = new PackLoader().LoadFile(path, Encoding.UTF8.GetString(source), "rules");
            result.Diagnostics.Should().BeEmpty();
            return result.Rules.Single();
        }

        private static IReadOnlyList<(string Path, byte[] Source)> YamlOnDisk()
        {
            var root = Path.Combine(SharedData.RepositoryRoot, "rules");
            return Directory.GetFiles(root, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
                .Select(f => ("rules/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes(f)))
                .OrderBy(f => f.Item1, StringComparer.Ordinal)
                .ToList();
        }
    }
}

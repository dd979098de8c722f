using System;
using System.IO;
using System.Linq;
using System.Reflection;
using EditorialLint.Diagnostics;
using EditorialLint.Packs;
using EditorialLint.Rules.Packs;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Packs
{
    /// <summary>Every rule pack in <c>rules/</c>: it loads, it is embedded, its examples hold.</summary>
    public class BuiltInPackTests
    {
        public static TheoryData<string> PackFiles()
        {
            var data = new TheoryData<string>();
            foreach (var (path, _) in BuiltInPacks.Files()) data.Add(path);
            return data;
        }

        [Fact]
        public void EveryFileInRules_IsEmbedded()
        {
            var root = Path.Combine(SharedData.RepositoryRoot, "rules");
            var onDisk = Directory.GetFiles(root, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
                .Select(f => "rules/" + Path.GetRelativePath(root, f).Replace('\\', '/'))
                .OrderBy(f => f, StringComparer.Ordinal);
            BuiltInPacks.Files().Select(f => f.Path).Should().Equal(onDisk);
        }

        [Fact]
        public void EveryBuiltInPack_LoadsWithoutErrors() =>
            BuiltInPacks.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();

        [Theory]
        [MemberData(nameof(PackFiles))]
        public void EachPack_PassesItsOwnExamples(string path)
        {
            var rule = BuiltInPacks.Rules.Single(r => r.Definition.FilePath == path);
            var result = PackExampleRunner.Run(new[] { rule });
            result.Failures.Select(d => d.ToString()).Should().BeEmpty();
        }

        [Theory]
        [MemberData(nameof(PackFiles))]
        public void EachPack_HasFlagAndPassExamples(string path)
        {
            var rule = BuiltInPacks.Rules.Single(r => r.Definition.FilePath == path);
            var d = rule.Definition;
            (d.Flag.Length + d.Entries.Sum(e => e.Flag.Length)).Should().BePositive("a pack shows what it flags");
            (d.Pass.Length + d.Entries.Sum(e => e.Pass.Length)).Should().BePositive("a pack shows what it leaves alone");
        }

        [Theory]
        [MemberData(nameof(PackFiles))]
        public void EachBuiltInPackId_IsRegistered_WithADescriptorOfItsOwn(string path)
        {
            var id = BuiltInPacks.Rules.Single(r => r.Definition.FilePath == path).Definition.Id;
            var registered = typeof(BuiltInRuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral).Select(f => f.GetRawConstantValue() as string);
            registered.Should().Contain(id, "built-in packs use IDs from BuiltInRuleIds");
            var declared = PackRuleDescriptors.Find(id) ?? BuiltInRules.AllDescriptors(BuiltInRules.CreateCSharpRules()).FirstOrDefault(x => x.Id == id);
            declared.Should().NotBeNull("a built-in pack ID needs a descriptor (PackRuleDescriptors) for its title and release tracking");
        }

        [Fact]
        public void BuiltInRules_IncludeThePackRules() =>
            BuiltInRules.CreateAll().OfType<PackRule>().Should().HaveCount(BuiltInPacks.Files().Count);

        [Fact]
        public void Eggcorns_AreFlaggedWithTheSetPhrase()
        {
            var rule = BuiltInPacks.Rules.Single(r => r.Definition.FilePath == "rules/style/eggcorns.yml");
            var found = RuleVerifier.Verify(rule, "He gave them [|free reign|]. It was a [|Damp Squid|].");
            found.Select(d => d.GetMessage()).Should().Equal("'free reign' is a slip for 'free rein'", "'Damp Squid' is a slip for 'Damp squib'");
        }

        [Fact]
        public void TwoFilesWithOneId_ShareTheDescriptor()
        {
            var eggcorns = BuiltInPacks.Rules.Where(r => r.Definition.Id == BuiltInRuleIds.Eggcorn).ToList();
            eggcorns.Should().HaveCountGreaterThan(1);
            eggcorns.Select(r => r.Descriptor).Distinct().Should().ContainSingle().Which.Title.ToString().Should().Be(PackRuleDescriptors.Eggcorn.Title.ToString());
        }
    }
}

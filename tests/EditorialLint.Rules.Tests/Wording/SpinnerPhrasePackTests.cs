using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using EditorialLint.Packs;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Tests.Wording
{
    /// <summary>The EL2001 rule packs in rules/wording: they load cleanly and every example does what it says.</summary>
    public class SpinnerPhrasePackTests
    {
        public static IEnumerable<object[]> PackFiles() =>
            Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "rules", "wording"), "*.yaml")
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new object[] { Path.GetFileName(f) });

        [Theory]
        [MemberData(nameof(PackFiles))]
        public void Pack_LoadsWithoutErrors(string file)
        {
            var result = Load(file);
            result.Diagnostics.Should().BeEmpty();
            result.Rules.Should().ContainSingle().Which.Definition.Id.Should().Be("EL2001");
        }

        [Theory]
        [MemberData(nameof(PackFiles))]
        public void EveryEntryFlagExample_IsFlaggedByThatEntry(string file)
        {
            var rule = Load(file).Rules.Single();
            var entries = rule.Definition.Entries;
            for (int i = 0; i < entries.Length; i++)
            {
                foreach (var example in entries[i].Flag)
                {
                    var found = RuleVerifier.Lint(new[] { rule }, example.Text, "example.txt");
                    found.Select(Entry).Should().Contain(i, "'{0}' should flag \"{1}\"", entries[i].Match, example.Text);
                }
            }
        }

        [Theory]
        [MemberData(nameof(PackFiles))]
        public void EveryPassExample_IsNotFlagged(string file)
        {
            var rule = Load(file).Rules.Single();
            var examples = rule.Definition.Entries.SelectMany(e => e.Pass).Concat(rule.Definition.Pass);
            foreach (var example in examples)
                RuleVerifier.Lint(new[] { rule }, example.Text, "example.txt").Should().BeEmpty("\"{0}\" should pass", example.Text);
        }

        [Theory]
        [MemberData(nameof(PackFiles))]
        public void EveryPackFlagExample_IsFlagged(string file)
        {
            var rule = Load(file).Rules.Single();
            rule.Definition.Flag.Should().NotBeEmpty();
            foreach (var example in rule.Definition.Flag)
                RuleVerifier.Lint(new[] { rule }, example.Text, "example.txt").Should().NotBeEmpty("\"{0}\" should be flagged", example.Text);
        }

        [Fact]
        public void CuratedPack_GivesEveryEntryBothKindsOfExample()
        {
            var rule = Load("spinner-phrases.yaml").Rules.Single();
            foreach (var entry in rule.Definition.Entries)
            {
                entry.Flag.Should().NotBeEmpty("'{0}' needs a flag example", entry.Match);
                entry.Pass.Should().NotBeEmpty("'{0}' needs a pass example", entry.Match);
            }
        }

        [Fact]
        public void CuratedPack_SuggestsTheOriginalWording()
        {
            var rule = Load("spinner-phrases.yaml").Rules.Single();
            var text = "It is common practice to take legal motion against the service.";
            var found = RuleVerifier.Lint(new[] { rule }, text, "example.txt");
            found.Should().ContainSingle().Which.GetMessage(CultureInfo.InvariantCulture)
                .Should().Be("'take legal motion' looks like a spun form of 'take legal action'");
            RuleVerifier.ApplyFixes(text, found).Should().Be("It is common practice to take legal action against the service.");
        }

        private static int Entry(Diagnostic d) =>
            d.Properties.TryGetValue(PackRule.EntryProperty, out var v) ? int.Parse(v!, CultureInfo.InvariantCulture) : -1;

        private static PackLoadResult Load(string file)
        {
            var path = Path.Combine(SharedData.RepositoryRoot, "rules", "wording", file);
            return new PackLoader().LoadFile("rules/wording/" + file, File.ReadAllText(path), "rules");
        }
    }
}

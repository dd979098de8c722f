using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Packs;
using EditorialLint.Packs.Compiled;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Core.Tests.Packs.Compiled
{
    /// <summary>Rule files written in the compiled form and read back: the same definitions, the same findings.</summary>
    public class CompiledPackTests
    {
        private const string Substitution = """
            id: House.Spun
            type: substitution
            message: "'{match}' looks like a spun form of '{suggestion}'"
            level: error
            link: https://example.org/why
            title: Spun
            description: Spun wording.
            fix: safe
            unless: (?i)\bquoted\b
            swap:
              - match: legal motion
                suggest: [legal action, lawsuit]
                when: \bcourt\b
                flag: ["The court heard a legal motion."]
                pass: ["A legal motion, no venue."]
              - match: a nice of
                suggest: a fine of
              - match: won’t
                suggest: will not
              - match: café society
                suggest: high society
            examples:
              flag: ["They paid a nice of 500,000 euros."]
              pass: ["It was a nice day."]
            """;

        private const string Existence = """
            id: House.Weasel
            type: existence
            message: "Avoid '{match}'"
            tokens: [very unique, Truly]
            patterns: ['\b(?:some|many) (?:people|experts) say\b']
            examples:
              flag: ["Many experts say so."]
              pass: ["Experts said so."]
            """;

        private const string Consistency = """
            id: House.Spelling
            type: consistency
            message: "'{match}' and '{other}' in one article; use '{suggestion}'"
            either:
              - [colour, color]
              - [organise, organize]
            examples:
              flag: ["The colour and the color."]
              pass: ["The colour and the colours."]
            """;

        private const string Occurrence = """
            id: House.Adverbs
            type: occurrence
            message: "'{match}' {count} times (at most {max})"
            max: 1
            scope: paragraph
            tokens: [really]
            examples:
              flag: ["It was really, really good."]
              pass: ["It was really good."]
            """;

        private const string Conditional = """
            id: House.Acronyms
            type: conditional
            message: "'{match}' is not defined"
            first: \b([A-Z]{3,5})\b
            second: \(([A-Z]{3,5})\)
            exceptions: [NATO, BBC]
            examples:
              flag: ["The WTO met."]
              pass: ["The World Trade Organization (WTO) met. The WTO agreed. The BBC said."]
            """;

        public static TheoryData<string> Files() => new TheoryData<string> { Substitution, Existence, Consistency, Occurrence, Conditional };

        [Theory]
        [MemberData(nameof(Files))]
        public void CompiledDefinition_HoldsEveryFieldTheParserRead(string yaml)
        {
            var (parsed, compiled) = ParseAndCompile(yaml);
            PackDefinitionText.Describe(compiled.Definition).Should().Be(PackDefinitionText.Describe(parsed.Definition));
            compiled.Definition.CompiledIndex.Should().Match<PhraseIndex?>(i => (i is CompiledPhraseIndex) == (parsed.Definition.Type != PackRuleType.Conditional));
        }

        [Theory]
        [MemberData(nameof(Files))]
        public void CompiledRule_FindsWhatTheParsedRuleFinds(string yaml)
        {
            var (parsed, compiled) = ParseAndCompile(yaml);
            var rule = new PackLoader().LoadDefinitions(new[] { compiled.Definition }).Rules.Single();
            var texts = new[]
            {
                "The court heard a legal motion. A LEGAL MOTION in court, quoted. They paid A Nice Of 5 euros. We won’t go; we won't go. Café Society and CAFÉ SOCIETY.",
                "It is very unique. Truly, truly. TRULY. Some people say so.",
                "The colour and the color. We organise; they organize.",
                "It was really, really good.\n\nReally good. Really.",
                "The WTO met. The World Trade Organization (WTO) met. The BBC and NATO said. The IMF agreed.",
            };
            int found = 0;
            foreach (var text in texts)
            {
                var expected = RuleVerifier.Lint(new EditorialRule[] { parsed }, text).Select(PackDefinitionText.Show).ToList();
                RuleVerifier.Lint(new EditorialRule[] { rule }, text).Select(PackDefinitionText.Show).Should().Equal(expected);
                found += expected.Count;
            }

            found.Should().BePositive();
            PackExampleRunner.Run(new[] { rule }).Failures.Should().BeEmpty();
        }

        [Fact]
        public void Entries_ReadBackInFileOrder_AreDecodedOnce()
        {
            var (_, compiled) = ParseAndCompile(Substitution);
            var first = compiled.Definition.Entries;
            first.Select(e => e.Match).Should().Equal("legal motion", "a nice of", "won’t", "café society");
            compiled.Definition.Entries.Should().Equal(first, (a, b) => ReferenceEquals(a, b));
        }

        [Fact]
        public void SourceCheck_TellsTheYamlItWasCompiledFrom_FromAnyOther()
        {
            var (_, compiled) = ParseAndCompile(Substitution);
            var source = Encoding.UTF8.GetBytes(Substitution);
            compiled.IsCompiledFrom(source).Should().BeTrue();
            source[source.Length / 2] ^= 1;
            compiled.IsCompiledFrom(source).Should().BeFalse();
            compiled.IsCompiledFrom(source.AsSpan(1)).Should().BeFalse();
        }

        [Fact]
        public void DamagedData_IsRejected()
        {
            var data = CompiledPackWriter.Write(new[] { (PackRuleTests.Load(Substitution).Definition, Encoding.UTF8.GetBytes(Substitution)) });
            var badMagic = (byte[])data.Clone();
            badMagic[0] = (byte)'X';
            FluentActions.Invoking(() => CompiledPackReader.Read(badMagic)).Should().Throw<InvalidDataException>().WithMessage("*magic*");
            FluentActions.Invoking(() => CompiledPackReader.Read(data.AsSpan(0, data.Length / 2).ToArray())).Should().Throw<InvalidDataException>();
        }

        [Fact]
        public void TheSameFiles_AlwaysCompileToTheSameBytes()
        {
            var files = new[] { Substitution, Existence, Consistency, Occurrence, Conditional };
            byte[] Compile() => CompiledPackWriter.Write(files.Select((yaml, i) => (PackRuleTests.Load(yaml, "house/" + i + ".yml").Definition, Encoding.UTF8.GetBytes(yaml))));
            Compile().Should().Equal(Compile());
        }

        private static (PackRule Parsed, CompiledPack Compiled) ParseAndCompile(string yaml)
        {
            var parsed = PackRuleTests.Load(yaml);
            var data = CompiledPackWriter.Write(new[] { (parsed.Definition, Encoding.UTF8.GetBytes(yaml)) });
            return (parsed, CompiledPackReader.Read(data).Single());
        }
    }
}

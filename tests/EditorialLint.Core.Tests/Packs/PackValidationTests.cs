using System.Linq;
using EditorialLint.Packs;
using EditorialLint.Testing;

namespace EditorialLint.Core.Tests.Packs
{
    /// <summary>Bad rule files: every problem is an error at its position in the file, and the file gives no rule.</summary>
    public class PackValidationTests
    {
        private static void VerifyErrors(string markedYaml)
        {
            var expected = MarkedText.Parse(markedYaml);
            var result = new PackLoader().LoadFile("house/bad.yml", expected.Text, "house");

            result.Rules.Should().BeEmpty("a file with errors gives no rule");
            result.HasErrors.Should().BeTrue();
            var actual = result.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path, Text: expected.Text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))).ToList();
            var wanted = expected.Spans.Select(s => (Id: s.Id!, Path: "house/bad.yml", Text: expected.Text.Substring(s.Span.Start, s.Span.Length))).ToList();
            actual.Should().BeEquivalentTo(wanted, o => o.WithStrictOrdering());
        }

        [Fact]
        public void UnknownKey_IsReportedAtTheKey() =>
            VerifyErrors("id: House.A\ntype: substitution\nmessage: m\n{|EL9021:colour|}: red\nswap:\n  a: b\n");

        [Fact]
        public void KeyOfAnotherType_IsReportedAsUnknownForThisType() =>
            VerifyErrors("id: House.A\ntype: existence\nmessage: m\ntokens: [a]\n{|EL9021:swap|}:\n  a: b\n");

        [Fact]
        public void UnknownKeyInAnEntry_IsReportedAtTheKey() =>
            VerifyErrors("id: House.A\ntype: substitution\nmessage: m\nswap:\n  - match: a\n    suggest: b\n    {|EL9021:because|}: c\n");

        [Fact]
        public void WrongType_IsReportedAtTheValue() =>
            VerifyErrors("id: House.A\ntype: substitution\nmessage: m\nignorecase: {|EL9022:maybe|}\nswap: {|EL9022:plenty|}\n");

        [Fact]
        public void BadIdLevelAndLink_AreReportedAtTheirValues() =>
            VerifyErrors("id: {|EL9022:EL9001|}\ntype: existence\nmessage: m\nlevel: {|EL9022:fatal|}\nlink: {|EL9022:not a link|}\ntokens: [a]\n");

        [Fact]
        public void UnknownPlaceholder_IsReportedAtTheMessage() =>
            VerifyErrors("id: House.A\ntype: existence\nmessage: {|EL9022:\"Avoid '{match}', use '{suggestion}'\"|}\ntokens: [a]\n");

        [Fact]
        public void BadPattern_IsReportedAtThePattern() =>
            VerifyErrors("id: House.A\ntype: existence\nmessage: m\npatterns: ['ok', {|EL9023:'(unclosed'|}]\n");

        [Fact]
        public void DuplicateAndSelfSwaps_AreReported() =>
            VerifyErrors("id: House.A\ntype: substitution\nmessage: m\nswap:\n  nice of: fine of\n  {|EL9022:Nice Of|}: fine of\n  {|EL9022:legal action|}: legal action\n");

        [Fact]
        public void MissingMessageTokensAndMax_AreReportedAtTheStartOfTheRule() =>
            VerifyErrors("{|EL9022:|}{|EL9022:|}{|EL9022:|}type: occurrence\nid: House.A\n");

        [Fact]
        public void UnknownType_IsReportedAtTheType() =>
            VerifyErrors("id: House.A\ntype: {|EL9022:spelling|}\nmessage: m\n");

        [Fact]
        public void MalformedYaml_IsReportedWhereTheParserStopped() =>
            VerifyErrors("id: House.A\ntype: existence\nmessage: m\ntokens: [a, b\n{|EL9020:|}");

        [Fact]
        public void DuplicateKey_IsReported()
        {
            var result = new PackLoader().LoadFile("house/bad.yml", "id: House.A\nid: House.B\ntype: existence\nmessage: m\ntokens: [a]\n");
            result.Rules.Should().BeEmpty();
            result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("EL9020");
        }

        [Fact]
        public void FailingExamples_AreReportedAtTheExample()
        {
            var text = MarkedText.Parse("id: House.A\ntype: existence\nmessage: m\ntokens: [synergy]\nexamples:\n  flag: [{|EL9025:\"No such word here.\"|}]\n  pass: [{|EL9025:\"Synergy again.\"|}, \"Fine.\"]\n");
            var rules = new PackLoader().LoadFile("house/a.yml", text.Text).Rules;
            var failures = PackExampleRunner.Run(rules).Failures;
            failures.Select(d => (d.Id, text.Text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)))
                .Should().Equal(text.Spans.Select(s => (s.Id!, text.Text.Substring(s.Span.Start, s.Span.Length))));
        }
    }
}

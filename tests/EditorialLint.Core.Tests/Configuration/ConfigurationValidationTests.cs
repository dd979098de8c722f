using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Configuration;
using EditorialLint.Workspace;
using EditorialLint.Core.Tests.Support;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Core.Tests.Configuration
{
    public class ConfigurationValidationTests
    {
        // Lints nothing: writes the marked config, sets up a run and checks that the problems sit on the marked spans.
        private static ImmutableArray<Diagnostic> VerifyConfig(string marked)
        {
            using var dir = new TempDirectory();
            var expected = MarkedText.Parse(marked);
            dir.Write(".editorconfig", expected.Text);
            var setup = LintWorkspace.Create(new[] { dir.Full("a.md") }, new LintWorkspaceOptions
            {
                BaseDirectory = dir.Path,
                BuiltInRules = new EditorialRule[] { new ColourRule() },
            });

            var actual = setup.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path, Text: expected.Text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))).ToList();
            var wanted = expected.Spans.Select(s => (Id: s.Id!, Path: ".editorconfig", Text: expected.Text.Substring(s.Span.Start, s.Span.Length))).ToList();
            actual.Should().BeEquivalentTo(wanted, o => o.WithStrictOrdering());
            return setup.Diagnostics;
        }

        [Fact]
        public void ValidKeys_ReportNothing() =>
            VerifyConfig("root = true\nindent_style = space\n[*.md]\neditorial_lint.EL3901.severity = error\neditorial_lint.EL3901.style = US\neditorial_lint.EL3901.max = 3\neditorial_lint.category.Style.severity = none\ndotnet_diagnostic.CA1000.severity = none\n");

        [Fact]
        public void UnknownRuleId_IsReportedAtTheKey() =>
            VerifyConfig("root = true\n[*]\n{|EL9010:editorial_lint.EL3999.severity|} = error\n");

        [Fact]
        public void UnknownOption_IsReportedAtTheKey() =>
            VerifyConfig("root = true\n[*]\n{|EL9010:editorial_lint.EL3901.colour|} = us\n");

        [Fact]
        public void UnknownCategory_IsReportedAtTheKey() =>
            VerifyConfig("root = true\n[*]\n{|EL9010:editorial_lint.category.Grammar.severity|} = none\n");

        [Fact]
        public void KeyOfNoKnownShape_IsReported() =>
            VerifyConfig("root = true\n[*]\n{|EL9010:editorial_lint.verbose|} = true\n");

        [Fact]
        public void BadSeverity_IsReportedAtTheValue() =>
            VerifyConfig("root = true\n[*]\neditorial_lint.EL3901.severity = {|EL9011:loud|}\n");

        [Fact]
        public void BadOptionValue_IsReportedAtTheValue() =>
            VerifyConfig("root = true\n[*]\neditorial_lint.EL3901.style = {|EL9011:french|}\neditorial_lint.EL3901.max = {|EL9011:eleven|}\n");

        [Fact]
        public void KeyBeforeAnySection_IsReportedAsNeverApplied() =>
            VerifyConfig("root = true\n{|EL9012:editorial_lint.EL3901.severity|} = error\n[*]\n");

        [Fact]
        public void LineThatIsNotAKeyValuePair_IsReported() =>
            VerifyConfig("root = true\n[*]\n{|EL9012:editorial_lint.EL3901.severity error|}\n");

        [Fact]
        public void MissingRulePack_IsReportedAtItsPath() =>
            VerifyConfig("root = true\n[*]\neditorial_lint.rule_packs = {|EL9014:house|}, {|EL9014:other/pack|}\n");
    }
}

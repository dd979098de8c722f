using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Configuration;
using EditorialLint.Core.Tests.Support;
using EditorialLint.Testing;
using EditorialLint.Workspace;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Core.Tests.Configuration
{
    /// <summary>Options several rules share under a group name (<c>editorial_lint.spelling.*</c>), and path-valued ones.</summary>
    public class OptionGroupTests
    {
        private sealed class GroupOptionRule : EditorialRule
        {
            private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
                "EL3909", "Group", "group", "Style", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

            public override ImmutableArray<RuleOptionDescriptor> SupportedOptions => ImmutableArray.Create(
                RuleOptionDescriptor.Choice("spelling", "locale", "which spelling", "en-US", "en-GB"),
                RuleOptionDescriptor.Text("spelling", "words", "a word list"));

            public override void Initialize(RuleInitializationContext context)
            {
            }
        }

        private static ImmutableArray<Diagnostic> VerifyConfig(string marked, params string[] files)
        {
            using var dir = new TempDirectory();
            var expected = MarkedText.Parse(marked);
            dir.Write(".editorconfig", expected.Text);
            foreach (var file in files) dir.Write(file, "zindle\n");
            var setup = LintWorkspace.Create(new[] { dir.Full("a.md") }, new LintWorkspaceOptions
            {
                BaseDirectory = dir.Path,
                BuiltInRules = new EditorialRule[] { new GroupOptionRule() },
            });

            var actual = setup.Diagnostics.Select(d => (d.Id, Text: expected.Text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))).ToList();
            var wanted = expected.Spans.Select(s => (Id: s.Id!, Text: expected.Text.Substring(s.Span.Start, s.Span.Length))).ToList();
            actual.Should().BeEquivalentTo(wanted, o => o.WithStrictOrdering());
            return setup.Diagnostics;
        }

        [Fact]
        public void GroupOptions_AreAccepted() =>
            VerifyConfig("root = true\n[*.md]\neditorial_lint.spelling.locale = en-GB\neditorial_lint.spelling.words = words.txt\n", "words.txt");

        [Fact]
        public void BadGroupOptionValue_IsReportedAtTheValue() =>
            VerifyConfig("root = true\n[*.md]\neditorial_lint.spelling.locale = {|EL9011:fr-FR|}\n");

        [Fact]
        public void UnknownGroupOption_IsReportedAtTheKey() =>
            VerifyConfig("root = true\n[*.md]\n{|EL9010:editorial_lint.spelling.dialect|} = en-GB\n");

        [Fact]
        public void GroupName_TakesNoSeverity() =>
            VerifyConfig("root = true\n[*.md]\n{|EL9010:editorial_lint.spelling.severity|} = none\n");

        [Fact]
        public void MissingWordList_IsReportedAtItsPath() =>
            VerifyConfig("root = true\n[*.md]\neditorial_lint.spelling.words = {|EL9014:house/words.txt|}\n");

        [Fact]
        public void WordListPath_IsRelativeToTheFileThatNamesIt()
        {
            using var dir = new TempDirectory();
            dir.Write(".editorconfig", "root = true\n");
            dir.Write("desk/.editorconfig", "[*.md]\neditorial_lint.spelling.words = words.txt\n");
            dir.Write("desk/words.txt", "zindle\n");
            var resolver = new EditorConfigResolver(dir.Path);

            resolver.GetEditorConfigOptions("desk/a.md").TryGetValue(ConfigurationKey.SpellingWordsKey, out var value).Should().BeTrue();
            value.Should().Be(Path.GetFullPath(dir.Full("desk/words.txt")));
            resolver.Diagnostics.Should().BeEmpty();
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EditorialLint.Analyzers.Tests
{
    public class EditorialTextAnalyzerTests
    {
        private static async Task<ImmutableArray<Diagnostic>> Analyze(IReadOnlyDictionary<string, string>? config, params (string Path, string Text)[] files)
        {
            var compilation = CSharpCompilation.Create("Test",
                new[] { CSharpSyntaxTree.ParseText("class C { }") },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
            var options = new AnalyzerOptions(additional, new FixedConfigProvider(config ?? new Dictionary<string, string>()));
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EditorialTextAnalyzer()), options);
            return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        }

        private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.OrderBy(d => d.Location.GetLineSpan().Path).ThenBy(d => d.Location.SourceSpan.Start).Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}";
            });

        [Fact]
        public async Task MarkdownAdditionalFile_IsLintedWithExactPositions()
        {
            var found = await Analyze(null, ("/repo/docs/x.md", "# Notes\n\nIt fixes the the bug , now.\n"));
            Describe(found).Should().Equal(
                "/repo/docs/x.md(3,14): warning EL3001",
                "/repo/docs/x.md(3,21): warning EL3004");
        }

        [Fact]
        public async Task MarkdownNestedTooDeeply_IsReportedOnItsLine_AndTheOtherFilesAreLinted()
        {
            var deep = "Intro.\n\n" + string.Concat(Enumerable.Repeat("> ", 200)) + "x\n";
            var found = await Analyze(null, ("/repo/deep.md", deep), ("/repo/x.md", "the the\n"));
            Describe(found).Should().Equal("/repo/deep.md(3,1): error EL9006", "/repo/x.md(1,5): warning EL3001");
        }

        [Fact]
        public async Task OtherAdditionalFiles_AreLeftAlone()
        {
            var found = await Analyze(null, ("/repo/data.json", "the the"), ("/repo/notes.txt", "the the\n"));
            Describe(found).Should().Equal("/repo/notes.txt(1,5): warning EL3001");
        }

        [Fact]
        public async Task EditorialLintSeverityKey_ChangesTheSeverity()
        {
            var config = new Dictionary<string, string> { ["editorial_lint.EL3001.severity"] = "error" };
            var found = await Analyze(config, ("/repo/x.md", "the the\n"));
            Describe(found).Should().Equal("/repo/x.md(1,5): error EL3001");
        }

        [Fact]
        public async Task CategorySeverityKey_TurnsACategoryOff_AndARuleKeyWinsOverIt()
        {
            var config = new Dictionary<string, string>
            {
                ["editorial_lint.category.Style.severity"] = "none",
                ["editorial_lint.EL3004.severity"] = "suggestion",
            };
            var found = await Analyze(config, ("/repo/x.md", "the the , x\n"));
            Describe(found).Should().Equal("/repo/x.md(1,8): info EL3004");
        }

        [Fact]
        public async Task Directives_AreReportedAsSupportedDiagnostics_NotAsAnalyzerFailures()
        {
            var text = "<!-- editorial-lint disable-next-line EL3001 -->\nIt fixes the the bug.\n\n<!-- editorial-lint disable-nextline EL3001 -->\nAnd the the next one.\n\n<!-- editorial-lint disable-next-line EL3004 -->\nNothing here.\n";
            var found = await Analyze(null, ("/repo/x.md", text));
            found.Should().NotContain(d => d.Id == "AD0001");
            Describe(found).Should().Equal(
                "/repo/x.md(4,1): warning EL9040",
                "/repo/x.md(5,9): warning EL3001",
                "/repo/x.md(7,1): warning EL9041");
        }

        [Fact]
        public void SupportedDiagnostics_HoldEveryToolDiagnostic()
        {
            var supported = new EditorialTextAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToList();
            supported.Should().Contain(Diagnostics.ToolDescriptors.All().Select(d => d.Id));
            supported.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(System.StringComparer.Ordinal);
        }

        [SharedDataFact]
        public async Task SpinScore_CountsThePhraseFindingsOfTheSameCompilation_AsConfigured()
        {
            var text = System.IO.File.ReadAllText(SharedData.Seed("001")!);
            var on = await Analyze(null, ("/repo/spun.txt", text));
            var off = await Analyze(new Dictionary<string, string> { ["editorial_lint.EL2001.severity"] = "none" }, ("/repo/spun.txt", text));
            on.Should().Contain(d => d.Id == "EL2001");
            off.Should().NotContain(d => d.Id == "EL2001");
            SpinScore(off).Should().BeLessThan(SpinScore(on));
        }

        // The score in EL2900's message: "… spin score 26.8 (…".
        private static double SpinScore(IEnumerable<Diagnostic> diagnostics)
        {
            var message = diagnostics.Single(d => d.Id == "EL2900").GetMessage(CultureInfo.InvariantCulture);
            var start = message.IndexOf("spin score ", System.StringComparison.Ordinal) + "spin score ".Length;
            return double.Parse(message.Substring(start, message.IndexOf(' ', start) - start), CultureInfo.InvariantCulture);
        }
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Fixing;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Features;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.LanguageServer.Tests.Features
{
    public class FixAllTests
    {
        private static readonly DiagnosticDescriptor A = new DiagnosticDescriptor("EL3901", "A", "a", "Style", DiagnosticSeverity.Warning, true);
        private static readonly DiagnosticDescriptor B = new DiagnosticDescriptor("EL3902", "B", "b", "Style", DiagnosticSeverity.Warning, true);

        private static Diagnostic WithFix(DiagnosticDescriptor descriptor, int start, int length, string replacement)
        {
            var span = new TextSpan(start, length);
            var location = Location.Create("/desk/a.md", span, new LinePositionSpan(new LinePosition(0, start), new LinePosition(0, start + length)));
            return Diagnostic.Create(descriptor, location, new TextFix(span, replacement, isSafe: true, "Fix").ToProperties());
        }

        [Fact]
        public void FixAllInTheEditor_ChoosesTheFixesTheCommandLineApplies_WhenFixesOverlapOrShareAStart()
        {
            const string text = "one two three four\n";
            var diagnostics = ImmutableArray.Create(
                WithFix(B, 4, 9, "2 3"),     // "two three"
                WithFix(A, 4, 3, "2"),       // "two": shorter, same start: the command line takes it
                WithFix(A, 8, 5, "3"),       // "three": overlaps the first; the insertion below takes its start
                WithFix(A, 8, 0, "x "),      // an insertion where "three" starts
                WithFix(B, 14, 4, "4"));     // "four"
            var snapshot = new DocumentSnapshot("file:///desk/a.md", "/desk/a.md", DocumentKind.Markdown, 1, text);

            var actions = CodeActionProvider.GetActions(snapshot, diagnostics, new LspRange(snapshot.Lines.GetPosition(0), snapshot.Lines.GetPosition(0)),
                new List<string> { LspConstants.SourceFixAllOurs }, useDocumentChanges: false, _ => new LspDiagnostic());
            var edits = actions.Single().Edit!.Changes!.Values.Single();

            var expected = FixApplier.SelectNonOverlapping(diagnostics, includeUnsafe: false, text.Length);
            edits.Select(e => (snapshot.Lines.GetOffset(e.Range.Start), snapshot.Lines.GetOffset(e.Range.End), e.NewText))
                .Should().Equal(expected.Select(f => (f.Span.Start, f.Span.End, f.Replacement)));
            expected.Select(f => f.Replacement).Should().Equal("2", "x ", "4"); // the insertion sorts before "three" at the same start
        }
    }
}

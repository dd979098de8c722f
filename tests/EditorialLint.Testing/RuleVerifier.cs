using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Testing
{
    /// <summary>Runs rules over marked text and checks that they report exactly the marked spans.</summary>
    public static class RuleVerifier
    {
        /// <summary>
        /// Lints <paramref name="marked"/> (as <paramref name="path"/>, which decides Markdown or plain text) with
        /// <paramref name="rule"/> and asserts one diagnostic per marked span and none elsewhere. Unnamed spans
        /// (<c>[|…|]</c>) expect the rule's first descriptor.
        /// </summary>
        public static ImmutableArray<Diagnostic> Verify(EditorialRule rule, string marked, string path = "test.md", RuleOptions? options = null)
        {
            var expected = MarkedText.Parse(marked);
            var diagnostics = Lint(new[] { rule }, expected.Text, path, options);
            var defaultId = rule.SupportedDiagnostics[0].Id;

            var actual = diagnostics.Select(d => (d.Id, d.Location.SourceSpan, Text: Slice(expected.Text, d.Location.SourceSpan))).ToList();
            var wanted = expected.Spans.Select(s => (Id: s.Id ?? defaultId, s.Span, Text: Slice(expected.Text, s.Span))).ToList();
            actual.Should().BeEquivalentTo(wanted, o => o.WithStrictOrdering(),
                "the diagnostics should cover exactly the marked spans of:\n" + marked);
            return diagnostics;
        }

        /// <summary>Lints text with the given rules and returns what they report, sorted.</summary>
        public static ImmutableArray<Diagnostic> Lint(IEnumerable<EditorialRule> rules, string text, string path = "test.md", RuleOptions? options = null)
        {
            var engine = new LintEngine(rules, options is null ? null : RuleOptionsProvider.ForAll(options));
            return engine.Run(new[] { DocumentInput.FromText(path, text) }, jobs: 1).Diagnostics;
        }

        /// <summary>Applies the fix of every diagnostic that has one (safe or not), right to left.</summary>
        public static string ApplyFixes(string text, IEnumerable<Diagnostic> diagnostics)
        {
            var fixes = diagnostics.Select(TextFix.FromDiagnostic).Where(f => f is not null).Select(f => f!.Value)
                .OrderByDescending(f => f.Span.Start).ToList();
            foreach (var fix in fixes)
                text = text.Substring(0, fix.Span.Start) + fix.Replacement + text.Substring(fix.Span.End);
            return text;
        }

        private static string Slice(string text, TextSpan span) => text.Substring(span.Start, span.Length);
    }
}

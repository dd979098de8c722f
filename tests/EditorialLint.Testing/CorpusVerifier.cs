using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using FluentAssertions;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Testing
{
    /// <summary>
    /// Runs rules over several marked documents in one run (so corpus actions see them all) and checks that each
    /// document gets exactly its marked spans.
    /// </summary>
    public static class CorpusVerifier
    {
        /// <summary>
        /// Lints every (path, marked text) pair in one run with <paramref name="rule"/> and asserts one diagnostic per
        /// marked span of each document and none elsewhere. Unnamed spans expect the rule's first descriptor.
        /// </summary>
        public static ImmutableArray<Diagnostic> Verify(EditorialRule rule, params (string Path, string Marked)[] documents) =>
            Verify(rule, (RuleOptions?)null, documents);

        /// <summary>As the overload without options, with options.</summary>
        public static ImmutableArray<Diagnostic> Verify(EditorialRule rule, RuleOptions? options, params (string Path, string Marked)[] documents) =>
            Verify(rule, options, null, documents);

        /// <summary>As the overload without an archive, comparing the run with <paramref name="archive"/> too (<c>--archive</c>).</summary>
        public static ImmutableArray<Diagnostic> Verify(EditorialRule rule, EditorialLint.Archive.IFactArchive archive, params (string Path, string Marked)[] documents) =>
            Verify(rule, null, archive, documents);

        private static ImmutableArray<Diagnostic> Verify(EditorialRule rule, RuleOptions? options, EditorialLint.Archive.IFactArchive? archive, (string Path, string Marked)[] documents)
        {
            var parsed = documents.Select(d => (d.Path, Marked: MarkedText.Parse(d.Marked))).ToList();
            var engine = new LintEngine(new[] { rule }, options is null ? null : RuleOptionsProvider.ForAll(options)) { Archive = archive };
            var inputs = parsed.Select(p => DocumentInput.FromText(p.Path, p.Marked.Text)).ToList();
            var diagnostics = engine.Run(inputs, jobs: 1).Diagnostics;
            var defaultId = rule.SupportedDiagnostics[0].Id;

            var actual = diagnostics
                .Select(d => (Path: d.Location.GetLineSpan().Path, d.Id, Text: Slice(parsed, d)))
                .ToList();
            var wanted = new List<(string Path, string Id, string Text)>();
            foreach (var (path, marked) in parsed.OrderBy(p => p.Path, System.StringComparer.Ordinal))
                foreach (var span in marked.Spans)
                    wanted.Add((path, span.Id ?? defaultId, marked.Text.Substring(span.Span.Start, span.Span.Length)));

            actual.Should().BeEquivalentTo(wanted, "the diagnostics should cover exactly the marked spans; got:\n"
                + string.Join("\n", diagnostics.Select(d => d.Location.GetLineSpan().Path + ": " + d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
            return diagnostics;
        }

        private static string Slice(List<(string Path, MarkedText Marked)> parsed, Diagnostic d)
        {
            var path = d.Location.GetLineSpan().Path;
            var text = parsed.First(p => p.Path == path).Marked.Text;
            var span = d.Location.SourceSpan;
            return span.End <= text.Length ? text.Substring(span.Start, span.Length) : "?";
        }
    }
}

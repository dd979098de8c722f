using System;
using System.Linq;
using CsCheck;
using EditorialLint.Analysis;
using EditorialLint.Core.Tests.Support;
using EditorialLint.Engine;
using EditorialLint.Text;

namespace EditorialLint.Core.Tests.Text
{
    /// <summary>
    /// The Markdown front end (nesting check, Markdig, prose view, tokens, sentences, the engine's per-document guard)
    /// over random and adversarial input: no exception escapes, and a document the nesting check lets through is one
    /// Markdig parses.
    /// </summary>
    [Collection(GrowthCollection.Name)]
    public class MarkdownFrontEndFuzzTests
    {
        // Fragments that open and close Markdown constructs, mixed with prose, odd characters and line ends.
        private static readonly Gen<string> Fragment = Gen.OneOf(
            Gen.Const("> "), Gen.Const(">"), Gen.Const("- "), Gen.Const("* "), Gen.Const("+ "), Gen.Const("1. "), Gen.Const("2) "),
            Gen.Const("*"), Gen.Const("**"), Gen.Const("_"), Gen.Const("__"), Gen.Const("~~"), Gen.Const("["), Gen.Const("]"),
            Gen.Const("]("), Gen.Const(")"), Gen.Const("!["), Gen.Const("`"), Gen.Const("```"), Gen.Const("~~~"), Gen.Const("<"),
            Gen.Const(">"), Gen.Const("<!--"), Gen.Const("-->"), Gen.Const("<?"), Gen.Const("?>"), Gen.Const("<!x"), Gen.Const("<br>"), Gen.Const("&amp;"), Gen.Const("&#0;"),
            Gen.Const("\\"), Gen.Const("#"), Gen.Const("## "), Gen.Const("|"), Gen.Const("---"), Gen.Const("==="), Gen.Const("    "),
            Gen.Const("\t"), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"), Gen.Const("\n\n"), Gen.Const("http://x.org "),
            Gen.Const("www.example.com"), Gen.Const("[a]: /u"), Gen.Const("word "), Gen.Const("The cost was $5 million. "),
            Gen.Const("é"), Gen.Const("\u0301"), Gen.Const("😀"), Gen.Const("\uD800"), Gen.Const("\u0000"), Gen.Const("\u2028"),
            Gen.Const("the the "), Gen.Const("\""), Gen.Const("“"), Gen.Const("'"), Gen.Const("("), Gen.Const("1,000 "));

        private static readonly Gen<string> Random = Fragment.Array[0, 120].Select(parts => string.Concat(parts));

        // A random prefix repeated many times: deep quotes, lists, emphasis, links and their mixtures.
        private static readonly Gen<string> Adversarial =
            Gen.Select(Fragment.Array[1, 4], Gen.Int[1, 400], Random, (unit, times, tail) => string.Concat(Enumerable.Repeat(string.Concat(unit), times)) + tail);

        private static void FrontEndSurvives(string markdown)
        {
            var (depth, _, _) = MarkdownNesting.Measure(markdown);
            var (marks, _, _) = MarkdownNesting.MeasureInlineMarks(markdown);
            var (scan, _, _) = MarkdownNesting.MeasureHtmlScan(markdown);
            try
            {
                var document = AnalyzedDocument.FromText("fuzz.md", markdown);
                _ = document.Sentences.Length;
            }
            catch (MarkdownTooDeepException e)
            {
                if (e.Kind == MarkdownLimit.InlineMarks) marks.Should().BeGreaterThan(MarkdownNesting.MaxInlineMarks);
                else if (e.Kind == MarkdownLimit.HtmlScan) scan.Should().BeGreaterThan(MarkdownNesting.MaxHtmlScan);
                else depth.Should().BeGreaterThan(MarkdownNesting.MaxDepth);
                return;
            }

            depth.Should().BeLessThanOrEqualTo(MarkdownNesting.MaxDepth);
            marks.Should().BeLessThanOrEqualTo(MarkdownNesting.MaxInlineMarks);
            scan.Should().BeLessThanOrEqualTo(MarkdownNesting.MaxHtmlScan);

            var engine = new LintEngine(Array.Empty<EditorialRule>());
            var result = engine.Run(new[] { DocumentInput.FromText("fuzz.md", markdown, DocumentKind.Markdown) });
            result.Diagnostics.Should().NotContain(d => d.Id == "EL9005", "no document fails to lint: {0}", markdown);
        }

        // The front end on a generated unit repeated to about 250,000 and 1M characters: a section of a long document is
        // at most about 2M (DocumentSections), and within one the front end must be linear.
        private static void FrontEndStaysLinear(string unit)
        {
            if (unit.Length == 0) return;
            string Repeat(int chars) => string.Concat(Enumerable.Repeat(unit, Math.Max(1, chars / unit.Length)));
            var small = Repeat(250_000);
            var large = Repeat(1_000_000);
            bool Run(string text)
            {
                try
                {
                    _ = AnalyzedDocument.FromText("fuzz.md", text).Sentences.Length;
                    return true;
                }
                catch (MarkdownTooDeepException)
                {
                    // Too deep for Markdig (quotes and lists, or a paragraph of more emphasis and link marks than it
                    // keeps open): the engine reports it on the document (EL9006; the tests above).
                    return false;
                }
            }

            // Only documents parsed to the end are timed: Markdig gives up on the others after a fixed amount of work,
            // whatever their length (about 3 s here), which says nothing of linearity either way.
            if (!Run(small) || !Run(large)) return;
            Growth.AllocationRatio(() => _ = Run(small), () => _ = Run(large)).Should().BeLessThan(Growth.AllowedAllocationFor4x, "4x the text costs about 4x the work (bytes allocated; timing this one was at the mercy of the shared machine): {0}", unit);
        }

        [Fact]
        public void AdversarialMarkdown_CostsWorkLinearInItsLength() =>
            Fragment.Array[1, 12].Select(parts => string.Concat(parts)).Sample(FrontEndStaysLinear, iter: 10, threads: 1);

        [Fact]
        public void RandomMarkdown_NeverThrows() => Random.Sample(FrontEndSurvives, iter: 1500);

        [Fact]
        public void AdversarialNesting_NeverThrows_AndIsCaughtBeforeMarkdig() => Adversarial.Sample(FrontEndSurvives, iter: 600);

        [Fact]
        public void PlainTextFrontEnd_NeverThrows() =>
            Random.Sample(text => { _ = new LintEngine(Array.Empty<EditorialRule>()).Run(new[] { DocumentInput.FromText("fuzz.txt", text, DocumentKind.PlainText) }); }, iter: 1000);
    }
}

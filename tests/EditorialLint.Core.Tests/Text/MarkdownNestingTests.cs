using System.Linq;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Testing;
using EditorialLint.Text;

namespace EditorialLint.Core.Tests.Text
{
    public class MarkdownNestingTests
    {
        [Theory]
        [InlineData("Plain paragraph.\n", 0)]
        [InlineData("> quoted\n", 1)]
        [InlineData("> > > three quotes\n", 3)]
        [InlineData(">>>> four quotes\n", 4)]
        [InlineData("- item\n  - child\n    - grandchild\n", 3)]
        [InlineData("1. one\n   1. nested\n", 2)]
        [InlineData("> - a list in a quote\n>   - and deeper\n", 3)]
        [InlineData("- a\n\n- b\n\nAfter the list.\n", 1)]
        [InlineData("    - indented code, not a list\n", 0)]
        [InlineData("2) >\t2) >\t2) >\ttabs after the quotes\n", 6)]
        [InlineData(">\t    code in a quote, not a list - x\n", 1)]
        public void Depth_CountsQuotesAndLists(string markdown, int expected)
        {
            MarkdownNesting.Measure(markdown).Depth.Should().Be(expected);
        }

        [Fact]
        public void LazyContinuationLine_KeepsItsQuotes()
        {
            MarkdownNesting.Measure("> > a quote\ncontinued lazily\n> > > deeper\n").Depth.Should().Be(3);
        }

        [Fact]
        public void DeepestLine_IsWhereTheDepthIsFirstReached()
        {
            var markdown = "Intro.\n\n" + string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', 2 * i) + "- item\n"));
            var (depth, line, lineStart) = MarkdownNesting.Measure(markdown);
            depth.Should().Be(70);
            line.Should().Be(71);
            lineStart.Should().Be(markdown.IndexOf(new string(' ', 2 * 69) + "- item", System.StringComparison.Ordinal));
        }

        [Theory]
        [InlineData('\u2028')]
        [InlineData('\u2029')]
        [InlineData('\u0085')]
        public void NestingPastTheLimit_AfterUnicodeLineSeparators_IsPlacedAtItsLine_AsEveryOtherFindingIs(char sep)
        {
            // Markdown does not break lines at these characters; the document's line index (SourceText) does, and every
            // other finding's line comes from it.
            var marked = MarkedText.Parse("One line" + sep + "and a second" + sep + "and a third.\n\n{|EL9006:|}"
                + string.Concat(Enumerable.Repeat("> ", 140)) + "deep text\n");
            var engine = new LintEngine(System.Array.Empty<EditorialRule>());
            var result = engine.Run(new[] { DocumentInput.FromText("deep.md", marked.Text, DocumentKind.Markdown) });

            var finding = result.Diagnostics.Should().ContainSingle().Subject;
            finding.Id.Should().Be("EL9006");
            finding.Location.SourceSpan.Should().Be(marked.Spans.Single().Span);
            finding.Location.GetLineSpan().StartLinePosition.Should().Be(
                Microsoft.CodeAnalysis.Text.SourceText.From(marked.Text).Lines.GetLinePosition(marked.Spans.Single().Span.Start));
        }

        [Theory]
        [InlineData(">")]
        [InlineData("> ")]
        [InlineData("- ")]
        [InlineData("1. ")]
        [InlineData("> - ")]
        [InlineData("2) >\t")]
        public void NestingPastTheLimit_IsReportedWithItsLineInsteadOfThrowing(string level)
        {
            var markdown = "A first paragraph.\n\n" + string.Concat(Enumerable.Repeat(level, 140)) + "deep text\n";
            var engine = new LintEngine(System.Array.Empty<EditorialRule>());
            var result = engine.Run(new[] { DocumentInput.FromText("deep.md", markdown, DocumentKind.Markdown) });
            var finding = result.Diagnostics.Should().ContainSingle().Subject;
            finding.Id.Should().Be("EL9006");
            finding.Location.GetLineSpan().StartLinePosition.Line.Should().Be(2);
            finding.GetMessage().Should().Contain("the limit is " + MarkdownNesting.MaxDepth);
        }

        [Theory]
        [InlineData("Plain words only.", 0)]
        [InlineData("One *emphasised* and one _underlined_ word, and a [link](/u).", 5)]
        [InlineData("a * b and x _ y, spaced on both sides", 0)]
        [InlineData("snake_case_name and 2_000", 0)]
        [InlineData("escaped \\*stars\\* and \\[brackets]", 0)]
        [InlineData("**strong** counts one mark per run", 2)]
        [InlineData("*a\n*b continues the paragraph", 2)]
        [InlineData("*a\n\n*b after a blank line", 1)]
        [InlineData("- *a\n- *b in its own item", 1)]
        [InlineData("> *a\n> *b in the same quote", 2)]
        [InlineData("_\u2028 a mark before a line separator, which is not CommonMark whitespace", 1)]
        [InlineData("x _\u00A0y: a no-break space is", 0)]
        [InlineData("x _\u0085 and _\u2029 are not", 2)]
        [InlineData("*a\n2) *b: a list from 2 cannot interrupt a paragraph, so the line continues it", 2)]
        [InlineData("*a\n1) *b: a list from 1 can", 1)]
        [InlineData("*a\n- *b: so can a bullet", 1)]
        [InlineData("*a\n1)\n*b: an empty item cannot", 2)]
        public void InlineMarks_CountEachBracketAndEachRunThatCouldOpenOrCloseEmphasis_PerParagraph(string markdown, int expected)
        {
            MarkdownNesting.MeasureInlineMarks(markdown).Marks.Should().Be(expected);
        }

        [Theory]
        [InlineData("*a ")]
        [InlineData("_a_ ")]
        [InlineData("[")]
        [InlineData("a* ")]
        public void ParagraphOfMoreEmphasisAndLinkMarksThanMarkdigKeepsOpen_IsReportedAtItsLine(string unit)
        {
            // Markdig would walk down every open mark for each inline, then give up past 10,240 with no position.
            int marksPerUnit = MarkdownNesting.MeasureInlineMarks(unit).Marks;
            var marked = MarkedText.Parse("A first paragraph.\n\n{|EL9006:|}Then "
                + string.Concat(Enumerable.Repeat(unit, (MarkdownNesting.MaxInlineMarks / marksPerUnit) + 1)) + "end.\n");
            var engine = new LintEngine(System.Array.Empty<EditorialRule>());
            var result = engine.Run(new[] { DocumentInput.FromText("marks.md", marked.Text, DocumentKind.Markdown) });

            var finding = result.Diagnostics.Should().ContainSingle().Subject;
            finding.Id.Should().Be("EL9006");
            finding.Location.SourceSpan.Should().Be(marked.Spans.Single().Span);
            finding.GetMessage().Should().Contain("emphasis and link marks").And.Contain("the limit is 10,000");
        }

        [Fact]
        public void UnderscoresBeforeLineSeparators_CountAsMarks_SoALongParagraphOfThemIsReportedNotThrown()
        {
            // Found by the fuzz test (CsCheck seed 9YpbNnjaw2b3): U+2028 is white space to .NET but not to CommonMark, so
            // Markdig lets each '_' open emphasis; counted as spaced, 100,000 of them reached Markdig and it threw.
            var markdown = string.Concat(Enumerable.Repeat("_\u2028\r\n#|word ", 100_000));
            MarkdownNesting.MeasureInlineMarks(markdown).Marks.Should().Be(100_000);
            var engine = new LintEngine(System.Array.Empty<EditorialRule>());
            var result = engine.Run(new[] { DocumentInput.FromText("separators.md", markdown, DocumentKind.Markdown) });
            var finding = result.Diagnostics.Should().ContainSingle().Subject;
            finding.Id.Should().Be("EL9006");
            finding.GetMessage().Should().Contain("emphasis and link marks");
        }

        [Fact]
        public void ListItemsNumberedFromTwo_ContinueTheParagraphBeforeThem_SoTheirMarksAddUp()
        {
            // Found by the fuzz test (CsCheck seed ejrZsHoGYUg1): after a paragraph line, "2) 2) …" cannot start a list,
            // so Markdig read 30,000 such lines as one paragraph of 30,000 open '__' (each after a punctuation mark or, in
            // the seed, a lone surrogate, so each can open) and threw; counted per line, each looked like a new list item
            // with a paragraph of one mark.
            var markdown = string.Concat(Enumerable.Repeat("__1,000 \n2) 2) \\]2) )", 15_000));
            MarkdownNesting.MeasureInlineMarks(markdown).Marks.Should().BeGreaterThan(MarkdownNesting.MaxInlineMarks);
            var engine = new LintEngine(System.Array.Empty<EditorialRule>());
            var result = engine.Run(new[] { DocumentInput.FromText("numbered.md", markdown, DocumentKind.Markdown) });
            result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("EL9006");
        }

        [Theory]
        [InlineData("*a ")]
        [InlineData("[")]
        public void ParagraphAtTheMarkLimit_IsParsedByMarkdig(string unit)
        {
            var markdown = "Then " + string.Concat(Enumerable.Repeat(unit, MarkdownNesting.MaxInlineMarks)) + "end.\n";
            MarkdownNesting.MeasureInlineMarks(markdown).Marks.Should().Be(MarkdownNesting.MaxInlineMarks);
            MarkdownProseExtractor.Extract(markdown).Text.Should().Contain("end.");
        }

        // The scan is, per paragraph, the sum over unclosed openers of the characters from each to the paragraph's end.
        [Theory]
        [InlineData("<? never closed\n", 15)]
        [InlineData("<? closed ?> and after\n", 0)]
        [InlineData("\\<? escaped\n", 0)]
        [InlineData("<? a <? b\n", 9 + 4)]
        [InlineData("<!-- a comment\nclosed on the next line -->\n", 0)]
        [InlineData("<!-- never closed\n\nThe next paragraph.\n", 17)]
        [InlineData("<![CDATA[ x\n", 11)]
        [InlineData("<!DOCTYPE x\n", 11)]
        [InlineData("<!DOCTYPE x> and on\n", 0)]
        [InlineData("a < b and c <! d\n", 0)]
        [InlineData("<? short\n\n<? a longer one\n", 15)]
        public void HtmlScan_CountsTheCharactersFromEachUnclosedOpenerToItsParagraphsEnd(string markdown, long expected)
        {
            MarkdownNesting.MeasureHtmlScan(markdown).Scan.Should().Be(expected);
        }

        [Theory]
        [InlineData("<? ")]
        [InlineData("<!-- ")]
        [InlineData("<!x ")]
        public void ParagraphOfUnclosedHtmlOpeners_IsReportedAtItsFirstOpenersLine_NotScannedForMinutes(string unit)
        {
            // Markdig scans from each opener to the paragraph's end for a closer that never comes: 64,000 characters of
            // "<?" took it 4.6 s, a million would take minutes.
            var marked = MarkedText.Parse("A first paragraph.\n\nThen a line\n{|EL9006:|}and "
                + string.Concat(Enumerable.Repeat(unit, 40_000)) + "end.\n");
            var engine = new LintEngine(System.Array.Empty<EditorialRule>());
            var result = engine.Run(new[] { DocumentInput.FromText("html.md", marked.Text, DocumentKind.Markdown) });

            var finding = result.Diagnostics.Should().ContainSingle().Subject;
            finding.Id.Should().Be("EL9006");
            finding.Location.SourceSpan.Should().Be(marked.Spans.Single().Span);
            finding.GetMessage().Should().Contain("HTML openers").And.Contain("the limit is 100,000,000");
        }

        [Fact]
        public void StrayHtmlOpeners_InAnOrdinaryArticle_AreParsed()
        {
            var paragraph = string.Concat(Enumerable.Repeat("The price rose <? again, and <!-- the rest was text. ", 200));
            var markdown = paragraph + "\n\n" + paragraph + "end.\n";
            MarkdownNesting.MeasureHtmlScan(markdown).Scan.Should().BeLessThan(MarkdownNesting.MaxHtmlScan);
            MarkdownProseExtractor.Extract(markdown).Text.Should().Contain("end.");
        }

        [Fact]
        public void NestingAtTheLimit_IsParsed()
        {
            var markdown = string.Concat(Enumerable.Repeat("- ", MarkdownNesting.MaxDepth)) + "text\n";
            MarkdownProseExtractor.Extract(markdown).Text.Should().Contain("text");
        }
    }
}

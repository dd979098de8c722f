using System;
using System.Linq;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Core.Tests.Support;
using EditorialLint.Engine;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Tests.Engine
{
    public class DocumentSectionsTests
    {
        private static string Describe(Diagnostic d)
        {
            var span = d.Location.GetLineSpan();
            var fix = TextFix.FromDiagnostic(d);
            return $"{d.Id} {span.StartLinePosition}-{span.EndLinePosition} {d.Location.SourceSpan} {d.GetMessage()} fix {fix?.Span} {fix?.Replacement}";
        }

        // Paragraphs, a list, a quote, a fenced block with blank lines inside, CRLF and a line separator: the colour
        // words land in every section, at every kind of position.
        private static string LongMarkdown(int paragraphs, string lineSeparator = "\u2028")
        {
            var text = new StringBuilder("# Colour notes\n\n");
            for (int i = 0; i < paragraphs; i++)
            {
                text.Append("Paragraph ").Append(i).Append(" has one colour and then another Colour.\r\n");
                text.Append("A second line with colour.\n\n");
                if (i % 7 == 0) text.Append("- a colour in a list\n\n  continued colour item\n\n");
                if (i % 11 == 0) text.Append("```\ncode colour\n\nmore code\n```\n\n");
                if (i % 13 == 0) text.Append("> quoted colour").Append(lineSeparator).Append("still quoted colour\n\n");
            }

            return text.ToString();
        }

        [Fact]
        public void ShortDocument_IsOneSection()
        {
            DocumentSections.Split("one colour", DocumentKind.Markdown).Should().ContainSingle().Which.Should().Be(new TextSpan(0, 10));
        }

        [Fact]
        public void LongMarkdown_IsCutAtTopLevelBlocksOutsideFences_AndTheSectionsCoverItExactly()
        {
            var text = LongMarkdown(400);
            var sections = DocumentSections.Split(text, DocumentKind.Markdown, threshold: 2_000, sectionLength: 1_000);
            sections.Count.Should().BeGreaterThan(10);
            sections[0].Start.Should().Be(0);
            sections[^1].End.Should().Be(text.Length);
            for (int i = 1; i < sections.Count; i++)
            {
                sections[i].Start.Should().Be(sections[i - 1].End);
                int cut = sections[i].Start;
                text.Substring(cut - 2, 2).Should().EndWith("\n\n", "a section starts after a blank line");
                char.IsWhiteSpace(text[cut]).Should().BeFalse("a section starts at a top-level block, not an indented continuation");
                var before = text.Substring(0, cut);
                (CountFenceLines(before) % 2).Should().Be(0, "no section starts inside a fenced block");
                sections[i].Length.Should().BeLessThanOrEqualTo(2_000);
            }
        }

        private static int CountFenceLines(string text) => text.Split('\n').Count(line => line.StartsWith("```", StringComparison.Ordinal));

        [Fact]
        public void OneLongLine_IsCutAfterSpaces_AndTextWithNoSpaceAnywhereButInASurrogatePair()
        {
            var words = string.Concat(Enumerable.Repeat("colour word ", 500));
            var sections = DocumentSections.Split(words, DocumentKind.PlainText, threshold: 2_000, sectionLength: 1_000);
            sections.Count.Should().BeGreaterThan(2);
            foreach (var s in sections.Skip(1)) words[s.Start - 1].Should().Be(' ');

            var emoji = string.Concat(Enumerable.Repeat("😀", 3_000));
            var cuts = DocumentSections.Split(emoji, DocumentKind.PlainText, threshold: 2_000, sectionLength: 999);
            cuts.Count.Should().BeGreaterThan(2);
            foreach (var s in cuts.Skip(1)) char.IsLowSurrogate(emoji[s.Start]).Should().BeFalse();
        }

        [Fact]
        public void SectionedDocument_GetsTheSameFindingsFixesAndPositionsAsWhole()
        {
            var text = LongMarkdown(300);
            var source = new SourceDocument("long.md", text);
            var whole = new LintEngine(new[] { new ColourRule() }) { MaxFindingsPerDocument = 0 }.LintSource(source);
            var sectioned = new LintEngine(new[] { new ColourRule() }) { MaxFindingsPerDocument = 0, SectionThreshold = 2_000, SectionLength = 1_000 }.LintSource(source);

            whole.Length.Should().BeGreaterThan(1_000);
            sectioned.Select(Describe).Should().Equal(whole.Select(Describe));
            foreach (var d in sectioned)
                text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length).Should().BeEquivalentTo("colour");
        }

        [Fact]
        public void OneLongLine_InSections_KeepsItsColumns()
        {
            var text = string.Concat(Enumerable.Repeat("a colour here ", 400));
            var source = new SourceDocument("line.txt", text);
            var whole = new LintEngine(new[] { new ColourRule() }) { MaxFindingsPerDocument = 0 }.LintSource(source);
            var sectioned = new LintEngine(new[] { new ColourRule() }) { MaxFindingsPerDocument = 0, SectionThreshold = 2_000, SectionLength = 1_000 }.LintSource(source);
            sectioned.Select(Describe).Should().Equal(whole.Select(Describe));
        }

        [Fact]
        public void FindingsLimit_CountsAcrossSections_AndIsReportedOnce()
        {
            var source = new SourceDocument("long.md", LongMarkdown(300));
            var found = new LintEngine(new[] { new ColourRule() }) { MaxFindingsPerDocument = 50, SectionThreshold = 2_000, SectionLength = 1_000 }.LintSource(source);
            found.Count(d => d.Id == "EL3901").Should().Be(50);
            found.Should().ContainSingle(d => d.Id == "EL9008");
        }

        [Fact]
        public void ASectionThatCannotBeParsed_IsReportedAtItsLine_AndTheOtherSectionsAreLinted()
        {
            var deep = new string('>', 200) + " colour\n\n";
            // (No U+2028 here: the nesting check counts lines by \n and \r only.)
            var text = LongMarkdown(40, "\n") + deep + LongMarkdown(40, "\n");
            var source = new SourceDocument("deep.md", text);
            var found = new LintEngine(new[] { new ColourRule() }) { MaxFindingsPerDocument = 0, SectionThreshold = 2_000, SectionLength = 1_000 }.LintSource(source);
            var tooDeep = found.Should().ContainSingle(d => d.Id == "EL9006").Subject;
            var alone = new LintEngine(new[] { new ColourRule() }).LintSource(new SourceDocument("deep.md", deep));
            int deepLine = source.Text.Lines.GetLinePosition(text.IndexOf(deep, StringComparison.Ordinal)).Line;
            tooDeep.Location.GetLineSpan().StartLinePosition.Line.Should().Be(deepLine + alone.Single().Location.GetLineSpan().StartLinePosition.Line);
            found.Count(d => d.Id == "EL3901").Should().BeGreaterThan(100);
        }
    }
}

using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Core.Tests.Support;
using EditorialLint.Testing;

namespace EditorialLint.Core.Tests.Suppressions
{
    /// <summary>Every directive form, in Markdown and plain text, and the reports about directives themselves.</summary>
    public class SuppressionDirectiveTests
    {
        private static readonly EditorialRule[] Rules = { new ColourRule(), new UtiliseRule() };

        private static void Verify(string marked, string path = "a.md")
        {
            var expected = MarkedText.Parse(marked);
            var found = RuleVerifier.Lint(Rules, expected.Text, path);
            found.Select(d => (d.Id, expected.Text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)))
                .Should().Equal(expected.Spans.Select(s => (s.Id!, expected.Text.Substring(s.Span.Start, s.Span.Length))), "in:\n" + marked);
        }

        [Fact]
        public void DisableNextLine_SuppressesTheNextLineOnly() =>
            Verify("<!-- editorial-lint disable-next-line EL3901 -- quoting a British source -->\nThe colour was red.\nThe {|EL3901:colour|} was blue.\n");

        [Fact]
        public void DisableNextLine_LeavesOtherRulesOnThatLine() =>
            Verify("<!-- editorial-lint disable-next-line EL3901 -->\nThe colour of things we {|EL1901:utilise|}.\n");

        [Fact]
        public void DisableLine_SuppressesItsOwnLine() =>
            Verify("The colour was red. <!-- editorial-lint disable-line EL3901 -->\nThe {|EL3901:colour|} was blue.\n");

        [Fact]
        public void DisableAndEnable_BoundARegion() =>
            Verify("The {|EL3901:colour|} one.\n\n<!-- editorial-lint disable EL3901 -->\n\nThe colour two.\n\nThe colour three.\n\n<!-- editorial-lint enable EL3901 -->\n\nThe {|EL3901:colour|} four.\n");

        [Fact]
        public void DisableWithoutIds_SuppressesEveryRule_AndEnableOfOneIdReopensIt() =>
            Verify("<!-- editorial-lint disable -->\n\nWe utilise colour.\n\n<!-- editorial-lint enable EL3901 -->\n\nWe utilise {|EL3901:colour|}.\n");

        [Fact]
        public void DisableFile_SuppressesTheWholeFile() =>
            Verify("We {|EL1901:utilise|} colour.\n\n<!-- editorial-lint disable-file EL3901 -->\n\nThe colour again and we {|EL1901:utilise|} it.\n");

        [Fact]
        public void SeveralIds_CanBeListedWithCommasOrSpaces() =>
            Verify("<!-- editorial-lint disable-next-line EL3901, EL1901 -->\nWe utilise colour.\n");

        [Fact]
        public void DirectiveThatSuppressesNothing_IsReported() =>
            Verify("{|EL9041:<!-- editorial-lint disable-next-line EL3901 -->|}\nThe sky was blue.\n");

        [Fact]
        public void UnusedIdInADirective_IsReportedEvenWhenTheOtherIsUsed() =>
            Verify("{|EL9041:<!-- editorial-lint disable-next-line EL3901 EL1901 -->|}\nThe colour was red.\n");

        [Fact]
        public void DirectiveForAnUnknownRule_IsReported() =>
            Verify("{|EL9042:<!-- editorial-lint disable-file EL7777 -->|}\nFine.\n");

        [Fact]
        public void MisspeltDirective_IsReported_AndSuppressesNothing() =>
            Verify("{|EL9040:<!-- editorial-lint disable-nextline EL3901 -->|}\nThe {|EL3901:colour|} was red.\n");

        [Fact]
        public void DirectiveQuotedInCode_IsNotADirective() =>
            Verify("```markdown\n<!-- editorial-lint disable-file -->\n```\n\nUse `<!-- editorial-lint disable-file -->` to switch it off. The {|EL3901:colour|} stays.\n");

        [Fact]
        public void PlainTextFiles_UseTheSameCommentForm() =>
            Verify("<!-- editorial-lint disable-next-line EL3901 -->\nThe colour was red.\nThe {|EL3901:colour|} was blue.\n", "a.txt");

        [Fact]
        public void InlineDirectivesCanBeSwitchedOff()
        {
            var engine = new EditorialLint.Engine.LintEngine(Rules) { ApplyInlineDirectives = false };
            var found = engine.Run(new[] { EditorialLint.Engine.DocumentInput.FromText("a.md", "<!-- editorial-lint disable-file -->\nThe colour.\n") }).Diagnostics;
            found.Select(d => d.Id).Should().Equal("EL3901");
        }
    }
}

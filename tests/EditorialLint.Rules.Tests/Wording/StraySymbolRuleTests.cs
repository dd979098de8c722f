using System.Linq;
using EditorialLint.Rules.Wording;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Wording
{
    public class StraySymbolRuleTests
    {
        private static readonly StraySymbolRule Rule = new StraySymbolRule();

        [Theory]
        [InlineData("Pavel Durov first commented [|→|] on his detention.")]
        [InlineData("The minister [|■|] said the talks would go on.")]
        [InlineData("Prices went from €20 [|→|] €21.")]
        [InlineData("Great news [|😀|] for everyone.")]
        public void SymbolBetweenWords_IsReported(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Theory]
        [InlineData("• A bullet that opens a line is a list.\n  • So is this one.")]
        [InlineData("→ An arrow that opens a line is a marker.")]
        [InlineData("Copyright © 2024 and 20°C are ordinary. So is 5 + 3.")]
        [InlineData("The end. →")]
        [InlineData("A lone \uD83D surrogate and a lone \uDE00 low one.")]
        public void OrdinarySymbolsAndLineMarkers_AreNotReported(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("One customer wrote: \u201CWe also won a voucher 😀 which was a plus!\u201D The shop said it would do it again.")]
        [InlineData("Her post read: \"Back home at last ❤ thanks to everyone.\" It was shared widely.")]
        [InlineData("\u201CWhat a day.\n\n\u201CWe won ✔ and the fans sang.\u201D")] // a quotation over two paragraphs opens each
        public void EmojiInsideAQuotation_IsTheQuotedWritersOwn(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("\u201CWe won,\u201D she said, and the fans [|😀|] sang.")]
        [InlineData("She said \"we won\" and the fans [|😀|] sang.")]
        [InlineData("\u201CThe minister [|■|] said the talks would go on.\u201D")]
        [InlineData("\u201CThe talks went\n\non [|😀|] for days.")]
        [InlineData("He wrote: \"it was over.\r\n\r\nThe fans [|😀|] sang \"We are the champions\" all night.")] // a quote left open ends with its paragraph
        public void EmojiOutsideAQuotation_OrDebrisInsideOne_IsReported(string marked) => RuleVerifier.Verify(Rule, marked, "t.txt");

        [Fact]
        public void Fix_RemovesTheSymbolAndItsSpace()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "He commented [|→|] on it.", "t.txt");
            RuleVerifier.ApplyFixes("He commented → on it.", diagnostics).Should().Be("He commented on it.");
        }
    
        [Theory]
        [InlineData("PHOENIX \u2022 The team moved on.")]
        [InlineData("Los Angeles \u2022 Three runs scored late.")]
        public void BulletAfterADateline_IsASeparator(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Fact]
        public void BoxDrawingInATextTable_IsTheTable() =>
            RuleVerifier.Verify(Rule, "n \u2502 total\n\u2500\u2500\u253C\u2500\u2500\n2 \u2502 f", "t.txt");

        [Theory]
        [InlineData("The firm[|\u0092|]s chief said so.", "\u2019")]
        [InlineData("He said [|\u0093|]no[|\u0094|] twice.", "\u201C\u201D")]
        [InlineData("Pages 4[|\u0096|]6 and more[|\u0085|]", "\u2013\u2026")]
        [InlineData("It cost [|\u0080|]5 and [|\u0097|] well [|\u0099|].", "\u20AC\u2014\u2122")]
        public void MisDecodedWindows1252Punctuation_IsReportedWithTheIntendedCharacter(string marked, string intended)
        {
            var diagnostics = RuleVerifier.Verify(Rule, marked, "t.txt");
            var fixes = diagnostics.Select(Analysis.TextFix.FromDiagnostic).ToList();
            fixes.Should().OnlyContain(f => f != null && f.Value.IsSafe);
            string.Concat(fixes.Select(f => f!.Value.Replacement)).Should().Be(intended);
        }

        [Theory]
        [InlineData("A null[|\u0000|] and a bell[|\u0007|] in text.")]
        [InlineData("An escape[|\u001B|] and a delete[|\u007F|] and [|\u0081|] here.")]
        public void OtherControlCharacters_AreReportedWithoutASafeFix(string marked)
        {
            var diagnostics = RuleVerifier.Verify(Rule, marked, "t.txt");
            diagnostics.Select(Analysis.TextFix.FromDiagnostic).Should().OnlyContain(f => f != null && !f.Value.IsSafe);
        }

        [Fact]
        public void ControlCharacterInMarkdown_IsFixedInTheSource()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "The *firm*[|\u0092|]s chief said so.\n", "t.md");
            RuleVerifier.ApplyFixes("The *firm*\u0092s chief said so.\n", diagnostics).Should().Be("The *firm*\u2019s chief said so.\n");
        }

        [Fact]
        public void TabsAndLineBreaks_AreNotControlDebris() =>
            RuleVerifier.Verify(Rule, "One\tcolumn\r\nand a line\nand a page\f.", "t.txt");

        [Fact]
        public void Fix_ReplacesTheControlCharacter()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "The firm[|\u0092|]s chief.", "t.txt");
            RuleVerifier.ApplyFixes("The firm\u0092s chief.", diagnostics).Should().Be("The firm\u2019s chief.");
        }
    }
}

using EditorialLint.Analysis;
using EditorialLint.Rules.Wording;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Wording
{
    public class BrokenContractionRuleTests
    {
        private static readonly BrokenContractionRule Rule = new BrokenContractionRule();

        [Fact]
        public void ModalSwappedIntoCant_IsReportedWithCantAndWont()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "Sometimes we [|will't|] agree with regulators.");
            diagnostics[0].GetMessage().Should().Contain("'can't'").And.Contain("'won't'");
            RuleVerifier.ApplyFixes("Sometimes we will't agree.", diagnostics).Should().Be("Sometimes we can't agree.");
        }

        [Fact]
        public void OtherModalsSwappedIntoCant_AreReported() =>
            RuleVerifier.Verify(Rule, "We [|may't|] say. They [|could't|] go. You [|Must't|] worry.");

        [Fact]
        public void TypographicApostrophe_IsKeptInTheFix()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "We [|will\u2019t|] agree.");
            RuleVerifier.ApplyFixes("We will\u2019t agree.", diagnostics).Should().Be("We can\u2019t agree.");
        }

        [Fact]
        public void ApostropheOneLetterEarly_IsReportedWithASafeFix()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "It [|is'nt|] true and he [|Does'nt|] know.");
            TextFix.FromDiagnostic(diagnostics[0])!.Value.IsSafe.Should().BeTrue();
            RuleVerifier.ApplyFixes("It is'nt true and he Does'nt know.", diagnostics).Should().Be("It isn't true and he Doesn't know.");
        }

        [Fact]
        public void SpuriousN_IsReported() =>
            RuleVerifier.Verify(Rule, "They [|willn't|] come and we [|cann't|] wait.");

        [Fact]
        public void MissingApostrophe_IsReported()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "I [|dont|] know why it [|isnt|] here.");
            RuleVerifier.ApplyFixes("I dont know why it isnt here.", diagnostics).Should().Be("I don't know why it isn't here.");
        }

        [Fact]
        public void PronounWithTheWrongClitic_IsReported() =>
            RuleVerifier.Verify(Rule, "Then [|they'm|] gone.");

        [Fact]
        public void RealContractions_AreNotReported() =>
            RuleVerifier.Verify(Rule, "We can't, won't, don't, shan't and mustn't. It isn't, wasn't, ain't. They're here; I'm not; we'll see. O'Neill's can\u2019t.");

        [Fact]
        public void WordsThatLookLikeMissingApostrophes_AreNotReported() =>
            RuleVerifier.Verify(Rule, "He would not cant the hull; it was his wont to sail. The font and the point.");
    }
}

using EditorialLint.Analysis;
using EditorialLint.Rules.Wording;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Wording
{
    public class WordClassMismatchRuleTests
    {
        private static readonly WordClassMismatchRule Rule = new WordClassMismatchRule();

        [Fact]
        public void AdjectiveBeforeOf_AfterAnArticle_IsReported() =>
            RuleVerifier.Verify(Rule, "He faces ten years in prison and a [|nice|] of 500,000 euros.");

        [Fact]
        public void AdjectiveAsTheSubjectOfAVerb_IsReported() =>
            RuleVerifier.Verify(Rule, "When a [|rustic|] is unhappy with a service, it sues.");

        [Fact]
        public void AdjectiveWithAPossessive_IsReportedWithoutTheEnding() =>
            RuleVerifier.Verify(Rule, "We cannot always agree with a [|rustic|]'s regulators.");

        [Fact]
        public void TypographicPossessive_IsReportedToo() =>
            RuleVerifier.Verify(Rule, "We cannot always agree with a [|rustic|]\u2019s regulators.");

        [Fact]
        public void UnknownAdjectiveSwap_IsReportedWithoutASuggestion()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "The court imposed an [|unfair|] of two years.");
            diagnostics[0].GetMessage().Should().NotContain("probably");
            TextFix.FromDiagnostic(diagnostics[0]).Should().BeNull();
        }

        [Fact]
        public void KnownSwap_SuggestsTheNoun()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "He paid a [|nice|] of 300 euros.");
            diagnostics[0].GetMessage().Should().Contain("'fine'");
            RuleVerifier.ApplyFixes("He paid a nice of 300 euros.", diagnostics).Should().Be("He paid a fine of 300 euros.");
            TextFix.FromDiagnostic(diagnostics[0])!.Value.IsSafe.Should().BeFalse();
        }

        [Fact]
        public void AdjectivesBeforeNouns_AreNotReported() =>
            RuleVerifier.Verify(Rule, "It was a nice day in a rustic village, and an unusual number of people came.");

        [Fact]
        public void AdjectivesThatAreAlsoNouns_AreNotReported() =>
            RuleVerifier.Verify(Rule, "She paid a fine of 300 euros. A local is worried. A total of 20 came. A high of 30C is forecast.");

        [Fact]
        public void AdjectivesAfterThe_AreNotReported() =>
            RuleVerifier.Verify(Rule, "The rich are getting richer and the accused is in court. The poor of the city suffer.");

        [Fact]
        public void RareWordNetNouns_AreNotReportedUnlessAKnownSwap() =>
            RuleVerifier.Verify(Rule, "Those keen to use a mobile will not accept any old handset.");

        [Fact]
        public void AdjectivesThatTakeOf_AreNotReported() =>
            RuleVerifier.Verify(Rule, "He described it as an unheard of achievement.");

        [Fact]
        public void CapitalisedWords_AreNotReported() =>
            RuleVerifier.Verify(Rule, "An American is in town, and a Nice of old is gone.");

        [Fact]
        public void HyphenatedCompounds_AreNotReported() =>
            RuleVerifier.Verify(Rule, "The discussion was a wrap-up of the whole conference.");
    }
}

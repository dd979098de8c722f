using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Rules.Style.Spelling;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Style.Spelling
{
    public class SpellingVarietyRuleTests
    {
        private static readonly SpellingVarietyRule Rule = new SpellingVarietyRule();

        private static RuleOptions Locale(string locale) =>
            new DictionaryRuleOptions(new Dictionary<string, string> { ["editorial_lint.spelling.locale"] = locale });

        [Fact]
        public void BritishSpelling_InAnAmericanArticle_IsReported() =>
            RuleVerifier.Verify(Rule, "The [|colour|] of the [|theatre|] was bright.", options: Locale("en-US"));

        [Fact]
        public void AmericanSpelling_InABritishArticle_IsReported() =>
            RuleVerifier.Verify(Rule, "The [|color|] of the [|theater|] was bright.", options: Locale("en-GB"));

        [Fact]
        public void IzeSpelling_IsBritishToo() =>
            RuleVerifier.Verify(Rule, "They organized the event.", options: Locale("en-GB"));

        [Fact]
        public void IseSpelling_IsNotAmerican() =>
            RuleVerifier.Verify(Rule, "They [|organised|] the event.", options: Locale("en-US"));

        [Fact]
        public void MixedArticle_WithoutALocale_IsHeldToItsMajority() =>
            RuleVerifier.Verify(Rule, "The colour faded. The harbour was grey. The [|color|] returned.");

        [Fact]
        public void ConsistentArticle_WithoutALocale_IsNotReported() =>
            RuleVerifier.Verify(Rule, "The color faded. The harbor was gray.");

        [Fact]
        public void CapitalisedNameInsideASentence_IsNotRespelt() =>
            RuleVerifier.Verify(Rule, "She joined the Labour Party at the Kennedy Center.", options: Locale("en-US"));

        [Fact]
        public void Fix_IsSafeWhenTheLocaleIsSet()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "The [|colour|] faded.", options: Locale("en-US"));
            TextFix.FromDiagnostic(diagnostics[0])!.Value.IsSafe.Should().BeTrue();
            RuleVerifier.ApplyFixes("The colour faded.", diagnostics).Should().Be("The color faded.");
        }

        [Fact]
        public void Fix_IsASuggestionWhenOnlyTheArticleDecides()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "The colour faded. The harbour was grey. The [|color|] returned.");
            TextFix.FromDiagnostic(diagnostics[0])!.Value.IsSafe.Should().BeFalse();
        }
    }
}

using EditorialLint.Rules.Wording;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Wording
{
    public class BrokenModalAgreementRuleTests
    {
        private static readonly BrokenModalAgreementRule Rule = new BrokenModalAgreementRule();

        [Fact]
        public void PluralSubjectWithIsPerhaps_IsReportedWithMightBe()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "The fact that authorities [|is perhaps|] confused is something to improve.");
            diagnostics[0].GetMessage().Should().Contain("'might be'");
            RuleVerifier.ApplyFixes("The fact that authorities is perhaps confused.", diagnostics)
                .Should().Be("The fact that authorities might be confused.");
        }

        [Fact]
        public void PluralSubjectAfterAnAdjective_IsReported() =>
            RuleVerifier.Verify(Rule, "The local authorities [|is maybe|] wrong.");

        [Fact]
        public void PluralSubjectAtTheStart_IsReported() =>
            RuleVerifier.Verify(Rule, "Regulators [|was possibly|] misled.");

        [Fact]
        public void PluralThatBrillAlsoTagsAsAVerb_IsReported() =>
            RuleVerifier.Verify(Rule, "The fact that inspectors [|is perhaps|] unhappy is no surprise.");

        [Fact]
        public void VerbBeforeIs_IsNotAPluralSubject() =>
            RuleVerifier.Verify(Rule, "What she says is perhaps true, and what he needs is maybe a rest.");

        [Fact]
        public void PronounsThatDisagree_AreReported() =>
            RuleVerifier.Verify(Rule, "They [|is perhaps|] late, and he [|are maybe|] early.");

        [Fact]
        public void AgreeingSubjects_AreNotReported() =>
            RuleVerifier.Verify(Rule, "The authority is perhaps confused. Authorities are perhaps confused. He is maybe late.");

        [Fact]
        public void PluralNounAfterAPreposition_IsNotTheSubject() =>
            RuleVerifier.Verify(Rule, "The role of authorities is perhaps the question. The number of cases is possibly higher.");

        [Fact]
        public void NounsThatCanBeSingular_AreNotReported() =>
            RuleVerifier.Verify(Rule, "The series is perhaps the best. The news is maybe good.");

        [Fact]
        public void PluralWithoutAModalAdverb_IsNotThisRule() =>
            RuleVerifier.Verify(Rule, "The fact that authorities is confused is odd.");
    }
}

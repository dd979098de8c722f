using System.Linq;

namespace EditorialLint.Rules.Tests
{
    public class BuiltInRulesTests
    {
        [Fact]
        public void TheGeneratedRuleList_HoldsEveryRuleClassAReflectionScanFinds_InTheSameOrder() =>
            BuiltInRules.CreateCSharpRules().Select(r => r.GetType()).Should().Equal(BuiltInRules.FindRuleTypes());

        [Fact]
        public void EachCall_MakesNewRuleInstances() =>
            BuiltInRules.CreateCSharpRules()[0].Should().NotBeSameAs(BuiltInRules.CreateCSharpRules()[0]);
    }
}

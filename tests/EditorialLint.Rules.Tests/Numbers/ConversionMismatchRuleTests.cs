using System.Globalization;
using System.Linq;
using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Numbers
{
    public class ConversionMismatchRuleTests
    {
        private static readonly ConversionMismatchRule Rule = new ConversionMismatchRule();

        [Fact]
        public void TwoConversionsWithDifferentRates_InOneArticle_AreReported()
        {
            var diagnostics = RuleVerifier.Verify(Rule,
                "The fine is 500,000 euros ($555,833). Bail was set at 5 million euros ([|$7.5 million|]).");
            var message = diagnostics.Single().GetMessage(CultureInfo.InvariantCulture);
            message.Should().Contain("implies 1 EUR = 1.5 USD, but line 1 implies 1 EUR = 1.112 USD");
        }

        [Fact]
        public void TheOddRate_IsReported_AgainstTheArticlesMajority() =>
            RuleVerifier.Verify(Rule,
                "It paid $850m ([|£615m|]) for it. Rivals paid $1.13bn (£600m). Others paid $2.4bn (£1.27bn).");

        [Fact]
        public void RatesWithinRounding_AreNotReported() =>
            RuleVerifier.Verify(Rule, "It cost $5m (£3m) to make and took $12m (£6.4m) on release.");

        [Fact]
        public void WrongFixedFactor_IsReported()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "The route is 10km ([|16 miles|]) long. It weighs 5kg ([|2lb|]).");
            diagnostics[0].GetMessage(CultureInfo.InvariantCulture).Should().Contain("that is about 6.21 miles");
        }

        [Fact]
        public void RightFixedFactors_AreNotReported() =>
            RuleVerifier.Verify(Rule, "The route is 10km (6.2 miles) long. It weighs 2kg (4.4 pounds). It was 30C (86F) and 100 miles (160km) away.");

        [Fact]
        public void WrongTemperature_IsReported() =>
            RuleVerifier.Verify(Rule, "It was 30C ([|50F|]) in the shade.");

        [Fact]
        public void LocalPrices_AreNotConversions() =>
            RuleVerifier.Verify(Rule, "It costs $99 (£69 in the UK) and $149 (£99) for the bigger one. Rivals charge $500 (£270).");

        [Fact]
        public void ARateAgainstTheRestOfTheRun_IsReported() =>
            CorpusVerifier.Verify(Rule,
                ("a.txt", "It paid $1.13bn (£600m) for it."),
                ("b.txt", "It paid $284m (£151m) for it."),
                ("c.txt", "It paid $500m (£265m) for it."),
                ("d.txt", "It paid $671.7bn ([|£484bn|]) for it."));

        [Fact]
        public void SpreadOutRatesAcrossTheRun_AreLeftAlone() =>
            CorpusVerifier.Verify(Rule,
                ("a.txt", "It paid $1.13bn (£600m) for it."),
                ("b.txt", "It paid $300m (£170m) for it."),
                ("c.txt", "It paid $500m (£250m) for it."));

        [Fact]
        public void AmbiguousCurrencyWords_AreNotComparedAcrossArticles() =>
            CorpusVerifier.Verify(Rule,
                ("a.txt", "It holds 25bn rupees ($250m) in loans."),
                ("b.txt", "It holds 5bn rupees ($115m) in loans."),
                ("c.txt", "It holds 2bn rupees ($46m) in loans."));
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Tests.Numbers
{
    public class NumberStyleRuleTests
    {
        private static readonly NumberStyleRule Rule = new NumberStyleRule();

        private static RuleOptions Style(string style) =>
            new DictionaryRuleOptions(new Dictionary<string, string> { ["editorial_lint.EL1006.style"] = style });

        [Fact]
        public void DigitsAndWordsForTheSameKind_AreReportedOnTheDigits()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "He was questioned for [|4 days|]. Others were held for four days.");
            diagnostics.Single().Severity.Should().Be(DiagnosticSeverity.Info);
            diagnostics.Single().GetMessage(CultureInfo.InvariantCulture).Should().Contain("'four days' (line 1) in words");
        }

        [Fact]
        public void Fix_SpellsTheNumberOut()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "He was questioned for [|4 days|]. Others were held for four days.");
            RuleVerifier.ApplyFixes("He was questioned for 4 days. Others were held for four days.", diagnostics)
                .Should().Be("He was questioned for four days. Others were held for four days.");
        }

        [Fact]
        public void DurationsOfDifferentUnits_AreOneKind() =>
            RuleVerifier.Verify(Rule, "The trial lasted two weeks, after [|3 days|] of talks.");

        [Fact]
        public void OneFormThroughout_IsNotReported() =>
            RuleVerifier.Verify(Rule, "He was held for four days, then two weeks. Three people were hurt and two people fled.");

        [Fact]
        public void AgesMoneyPercentagesAndDates_AreLeftAlone() =>
            RuleVerifier.Verify(Rule, "The 4-year-old boy and his four-year-old sister paid $5 for 5% of it on May 4.");

        [Fact]
        public void NumbersStartingASentence_AreSpelledOutInEveryStyle() =>
            RuleVerifier.Verify(Rule, "Four days later it ended. It had lasted 4 days in all? No: it lasted 5 days.");

        [Fact]
        public void ApStyle_SpellsOutOneToNine_AndUsesDigitsFromTen()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "He was held for [|4 days|] and faces [|ten years|] in prison, not 12 years.", options: Style("ap"));
            RuleVerifier.ApplyFixes("He was held for 4 days and faces ten years in prison, not 12 years.", diagnostics)
                .Should().Be("He was held for four days and faces 10 years in prison, not 12 years.");
        }

        [Fact]
        public void DigitsStyle_AsksForDigits() =>
            RuleVerifier.Verify(Rule, "He was held for [|four days|], then 9 days.", options: Style("digits"));
    }
}

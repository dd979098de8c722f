using EditorialLint.Rules.Style;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Style
{
    public class UnbalancedPairRuleTests
    {
        private static readonly UnbalancedPairRule Rule = new UnbalancedPairRule();

        [Fact]
        public void UnclosedBracket_IsReportedAtTheBracket() =>
            RuleVerifier.Verify(Rule, "The reports [|(|]like the ones we publish show progress.\n", "t.md");

        [Fact]
        public void BracketClosedButNeverOpened_IsReported() =>
            RuleVerifier.Verify(Rule, "It ended[|)|] there.", "t.txt");

        [Fact]
        public void UnclosedCurlyQuote_IsReported() =>
            RuleVerifier.Verify(Rule, "He said: [|“|]We will not leave.\n\nThen he left.", "t.txt");

        [Fact]
        public void UnclosedStraightQuote_IsReported() =>
            RuleVerifier.Verify(Rule, "He said: [|\"|]We will not leave.", "t.txt");

        [Fact]
        public void QuotationRunningIntoTheNextParagraph_IsNotReported() =>
            RuleVerifier.Verify(Rule, "“We will stay,\n\n“and we will fight,” he said.", "t.txt");

        [Fact]
        public void BalancedPairs_ListMarkersEmoticonsAndInchMarks_AreNotReported() =>
            RuleVerifier.Verify(Rule, "The reports (like these) show “progress” and \"more\".\n1) first\na) second :)\nHe is 6' 2\" tall.", "t.txt");

        [Fact]
        public void BracketsInCode_AreNotProse() =>
            RuleVerifier.Verify(Rule, "Call `f(x` now.\n", "t.md");

        [Fact]
        public void EachParagraph_IsBalancedOnItsOwn() =>
            RuleVerifier.Verify(Rule, "First [|(|]paragraph.\n\nSecond paragraph[|)|].", "t.txt");
    
        [Theory]
        [InlineData("Nice work :-) and more (see below ;-) for details).")]
        [InlineData("That hurt :( and so did this :-( today.")]
        public void Emoticons_OpenAndCloseNothing(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("The order asks for: 1) the records; 2) the emails; and 3) the notes.")]
        [InlineData("We covered this in Chapter 2) and in section iv).")]
        [InlineData("Answer: a) or b), then (i) and (ii).")]
        [InlineData("a) first\nb) second\nC) third")]
        public void ListAndSectionLabels_OpenAndCloseNothing(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Theory]
        [InlineData("The value lies in [0, 1) and the next in (0, 1].")]
        [InlineData("Pick x from [a, b) each time.")]
        public void HalfOpenRanges_AreBalanced(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Fact]
        public void BracketThatIsNoLabel_IsStillReported() =>
            RuleVerifier.Verify(Rule, "It was neither here nor there[|)|].", "t.txt");

        [Fact]
        public void InnerBracketLeftOpen_IsTheOneReported() =>
            RuleVerifier.Verify(Rule, "Mix [two cups [|(|]or three of flour] well.", "t.txt");

        [Theory]
        [InlineData("\"We will stay,\u201D he said. \u201CWe will fight.\" Then he left.")]
        [InlineData("She called it \u201Ca plan\u2019\u2019 and left.")]
        [InlineData("He wrote \u2018a note' and left.")]
        public void StraightAndCurlyMarks_PairWithEachOther(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Fact]
        public void NestedCurlyQuotes_AreBalanced() =>
            RuleVerifier.Verify(Rule, "The report said \u201Che wrote \u201CI will stay\u201D and left\u201D last week.", "t.txt");

        [Fact]
        public void ClosingMarkTurnedToOpen_IsReportedOnce() =>
            RuleVerifier.Verify(Rule, "He said the odds were [|\u201D|]poor\u201D at best.", "t.txt");

        [Theory]
        [InlineData("The Economist\u2018s editor met the \u2018em crowd of the \u201890s.")]
        [InlineData("He is 5\u20196\u201D tall and the screen is 20\" wide.")]
        [InlineData("The code \u201CQS 5:51\u201D was cited.")]
        public void ApostrophesAndInchMarks_AreNotQuotes(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Fact]
        public void ParagraphSplitMidSentence_IsCheckedAsOne() =>
            RuleVerifier.Verify(Rule, "She said: \"They should write their\n\nnames on the form.\"", "t.txt");

        [Fact]
        public void CodeThatLostItsMarkup_IsNotProse() =>
            RuleVerifier.Verify(Rule, "int main() {\n\nreturn 0;", "t.txt");
    
        [Theory]
        [InlineData("Top films:\n\n1.) Alpha Road\n\n2.) Beta Town")]
        [InlineData("Two facts matter: 1) the cost. 2) The delay.")]
        public void NumberedLabelsWithAFullStop_OpenAndCloseNothing(string text) => RuleVerifier.Verify(Rule, text, "t.txt");

        [Fact]
        public void TwoStraightSingleMarks_StandForADoubleQuote() =>
            RuleVerifier.Verify(Rule, "The coach said ''We will win,'' and left.", "t.txt");

        [Fact]
        public void QuotationRunOnWithoutReopening_IsReportedOnceAtItsOpening() =>
            RuleVerifier.Verify(Rule, "She wrote: [|\u201C|]We will stay.\n\nAnd we will fight.\u201D\n\nThen she left.", "t.txt");

        [Fact]
        public void OpeningMarkTurnedToClose_IsReportedOnce() =>
            RuleVerifier.Verify(Rule, "He said \u201Cwe will stay.[|\u201C|] Then he left.", "t.txt");

        [Fact]
        public void BracketSplitAcrossParagraphs_IsCheckedAsOne() =>
            RuleVerifier.Verify(Rule, "Shares in Acme (ACM\n\n) rose today.", "t.txt");

        [Fact]
        public void InchMarkBeforeASymbol_IsNotAQuote() =>
            RuleVerifier.Verify(Rule, "It is the cheapest 70\"+ screen this year.", "t.txt");

        [Fact]
        public void CodeStatementsThatLostTheirMarkup_AreNotProse() =>
            RuleVerifier.Verify(Rule, "var total = sum(list); run(function(x) { log(x", "t.txt");
    }
}

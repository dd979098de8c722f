using System.Collections.Generic;
using System.IO;
using EditorialLint.Analysis;
using EditorialLint.Rules.Style.Spelling;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Style.Spelling
{
    public class SpellingRuleTests
    {
        private static readonly SpellingRule Rule = new SpellingRule();

        [Fact]
        public void CommonMisspelling_IsReported() =>
            RuleVerifier.Verify(Rule, "The council will [|recieve|] the plans on Monday.");

        [Fact]
        public void SeveralSlips_AreEachReported() =>
            RuleVerifier.Verify(Rule, "The [|goverment|] said it would [|definately|] act.");

        [Fact]
        public void CorrectlySpeltProse_IsNotReported() =>
            RuleVerifier.Verify(Rule, "The committee received the accommodation plans and agreed them quickly.");

        [Fact]
        public void BritishAndAmericanSpellings_AreBothWords() =>
            RuleVerifier.Verify(Rule, "The colour of the harbour matched the color of the theater.");

        [Fact]
        public void CapitalisedWordInsideASentence_IsTakenForAName() =>
            RuleVerifier.Verify(Rule, "We spoke to Zorbankova about the harbour.");

        [Fact]
        public void MisspeltFirstWordOfASentence_IsReported() =>
            RuleVerifier.Verify(Rule, "[|Becuase|] of the rain, the match was off.");

        [Fact]
        public void FirstWordOneCostlyEditFromAWord_IsTakenForAName() =>
            RuleVerifier.Verify(Rule, "Goverment sources said so.");

        [Fact]
        public void UnknownFirstWordWithNoCloseSuggestion_IsTakenForAName() =>
            RuleVerifier.Verify(Rule, "Zorbankova said the match was off.");

        [Fact]
        public void LongSlipTwoEditsAway_InsideASentence_IsReported() =>
            RuleVerifier.Verify(Rule, "The hotel had no [|acommodatoin|] left for the fans.");

        [Fact]
        public void LongWordTwoEditsFromAWord_AtASentenceStart_IsTakenForAName() =>
            RuleVerifier.Verify(Rule, "Acommodatoin was scarce for the fans.");

        [Fact]
        public void WordsTwoEditsAway_AlwaysCostMoreThanAClearSlipAtASentenceStart()
        {
            // Why the rule does not search two edits away for a sentence's first word: nothing found there could pass.
            var suggestions = SpellingSuggester.Suggest(SpellingDictionary.Default, "acommodatoin", null, null, 5, twoEdits: true);

            suggestions.Should().Contain(s => s.Word == "accommodation");
            suggestions.Should().OnlyContain(s => s.Cost >= SpellingSuggester.CheapestTwoEdits);
            SpellingSuggester.CheapestTwoEdits.Should().BeGreaterThan(SpellingRule.CheapSlip);
        }

        [Fact]
        public void WordsWithDigitsAndInnerCapitals_AreSkipped() =>
            RuleVerifier.Verify(Rule, "The qx7 router and the eBrokr app are sold in bundles.");

        [Fact]
        public void AddressesHandlesAndHashtags_AreSkipped() =>
            RuleVerifier.Verify(Rule, "Write to newsdesk@exmaple.org, follow @brekfast or search #vottes, www.exmaple.org/recieve too.");

        [Fact]
        public void InlineCodeAndCodeBlocks_AreNotProse() =>
            RuleVerifier.Verify(Rule, "Run `recieve --now` first.\n\n```\nrecieve all\n```\n");

        [Fact]
        public void WordUsedThreeTimes_IsTakenAsIntended() =>
            RuleVerifier.Verify(Rule, "The zindle arrived. A zindle is a small boat. Every zindle floats.");

        [Fact]
        public void WordUsedTwice_IsStillReported() =>
            RuleVerifier.Verify(Rule, "The [|goverment|] met. Then the [|goverment|] left.");

        [Fact]
        public void HyphenatedWord_IsCheckedPartByPart() =>
            RuleVerifier.Verify(Rule, "It was a well-known and well-[|knwon|] story.");

        [Fact]
        public void PossessiveOfAKnownWord_IsAccepted() =>
            RuleVerifier.Verify(Rule, "The government's plan and the players' union.");

        [Fact]
        public void ShortWordsAndAbbreviations_AreSkipped() =>
            RuleVerifier.Verify(Rule, "He said xz was fine, e.g. the U.S. rules.");

        [Fact]
        public void AccentedLoanwords_AreSkipped() =>
            RuleVerifier.Verify(Rule, "They met at a café in Zürich for a smörgåsbord.");

        [Fact]
        public void CommonWordFromTheNgramCounts_IsAccepted() =>
            RuleVerifier.Verify(Rule, "The selfie went viral on the blog.");

        [Fact]
        public void ClosedCompoundsAndDerivations_AreAccepted() =>
            RuleVerifier.Verify(Rule, "The petcare firm made paycuts, an unreformable habit, and sold giftable boxes.");

        [Fact]
        public void SlipThatLooksDerived_IsStillReported_WhenACommonWordIsOneEditAway() =>
            RuleVerifier.Verify(Rule, "We waited [|untill|] dusk.");

        [Fact]
        public void RunTogetherWithAFunctionWord_IsReported() =>
            RuleVerifier.Verify(Rule, "The plan is good [|forthe|] town.");

        [Fact]
        public void ContractionWithoutItsApostrophe_IsReportedWithTheApostrophe()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "I [|dont|] know.");
            RuleVerifier.ApplyFixes("I dont know.", diagnostics).Should().Be("I don't know.");
        }

        [Fact]
        public void LatinSpeciesNames_AreSkipped() =>
            RuleVerifier.Verify(Rule, "The snail Zorbula quintessa lives here, as does Z. quintessa.");

        [Fact]
        public void LowerCasePartsOfHyphenatedNames_AreSkipped() =>
            RuleVerifier.Verify(Rule, "Director Park Min-gyu spoke.");

        [Fact]
        public void LettersAnEditorBracketed_AreSkipped() =>
            RuleVerifier.Verify(Rule, "He wrote that \"[S]ome voters stayed home\".");

        [Fact]
        public void StockSymbolsInBrackets_AreSkipped() =>
            RuleVerifier.Verify(Rule, "Shares of the maker (zqxw, +2%) rose.");

        [Fact]
        public void SpeechWithADroppedG_IsSkipped() =>
            RuleVerifier.Verify(Rule, "They were jumpin' and hollerin' all night.");

        [Fact]
        public void WordsCutByAnHtmlEntity_AreSkipped() =>
            RuleVerifier.Verify(Rule, "She met her fianc&#233;e in town.");

        [Fact]
        public void UnknownWordWithNoCloseSuggestion_IsTakenForACoinage() =>
            RuleVerifier.Verify(Rule, "They ordered the qworbleflax special.");

        [Fact]
        public void Message_ListsRankedSuggestions()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "She will [|recieve|] it.");
            diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().StartWith("'recieve' is not in the dictionary; did you mean 'receive'");
        }

        [Fact]
        public void LongWordTwoCheapEditsFromAWord_GetsItSuggested()
        {
            // Nothing is one edit from "acommodation"; doubling the c and the m (two cheap edits) is "accommodation".
            var diagnostics = RuleVerifier.Verify(Rule, "The [|acommodation|] was cheap.");
            diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("'accommodation'");
        }

        [Fact]
        public void ClearWinner_IsASafeFix()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "She will [|recieve|] it.");
            var fix = TextFix.FromDiagnostic(diagnostics[0]);
            fix.Should().NotBeNull();
            fix!.Value.IsSafe.Should().BeTrue();
            RuleVerifier.ApplyFixes("She will recieve it.", diagnostics).Should().Be("She will receive it.");
        }

        [Fact]
        public void CloseRivals_AreOfferedButNotAppliedUnattended()
        {
            // "cat", "car", "can"... are all one edit from "cax": no clear winner, so the fix waits for a person.
            var diagnostics = RuleVerifier.Verify(Rule, "The [|cax|] was closed.");
            TextFix.FromDiagnostic(diagnostics[0])!.Value.IsSafe.Should().BeFalse();
        }

        [Fact]
        public void Fix_KeepsTheCapitalOfTheFirstWord()
        {
            var diagnostics = RuleVerifier.Verify(Rule, "[|Becuase|] of rain, we stayed.");
            RuleVerifier.ApplyFixes("Becuase of rain, we stayed.", diagnostics).Should().Be("Because of rain, we stayed.");
        }

        [Fact]
        public void UserWordList_AcceptsAndRejectsWords()
        {
            var folder = Directory.CreateTempSubdirectory("el-spelling-").FullName;
            try
            {
                var list = Path.Combine(folder, "words.txt");
                File.WriteAllText(list, "# house words\nzindle\n!alright\n");
                var options = new DictionaryRuleOptions(new Dictionary<string, string> { ["editorial_lint.spelling.words"] = list });
                RuleVerifier.Verify(Rule, "The zindle was [|alright|].", options: options);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void MissingWordList_LeavesTheDefaults()
        {
            var options = new DictionaryRuleOptions(new Dictionary<string, string> { ["editorial_lint.spelling.words"] = "/nonexistent/words.txt" });
            RuleVerifier.Verify(Rule, "The [|goverment|] met.", options: options);
        }
    }
}

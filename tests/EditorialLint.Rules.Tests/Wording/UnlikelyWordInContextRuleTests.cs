using System.Collections.Generic;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Tests.Wording
{
    public class UnlikelyWordInContextRuleTests
    {
        private static readonly UnlikelyWordInContextRule Rule = new UnlikelyWordInContextRule();

        private static RuleOptions Threshold(string percent) =>
            new DictionaryRuleOptions(new Dictionary<string, string> { ["editorial_lint.EL2010.threshold"] = percent });

        // A news story of our own, run through thesaurus swaps by hand the way seed 001 was.
        internal const string SpunStory =
            "# Harbour operator fined over diesel spill\n\n" +
            "The company that runs Kestrel Bay's container terminal has been ordered to pay a nice of 250,000 pounds\n" +
            "after diesel leaked into the harbour for three days last spring, a court heard on Tuesday.\n\n" +
            "The judge said the operator had failed to take motion when its own staff first reported the smell of\n" +
            "fuel near the northern quay. \"This was not a freak accident,\" she said. \"The company knew it had a\n" +
            "problem and chose to wait.\"\n\n" +
            "Native fishermen said the spill had kept them away from their usual grounds for most of the season. One\n" +
            "of them, who asked not to be named, said he had lost about a third of his income. \"We are not in this\n" +
            "for the cash alone, but we have families to feed,\" he said.\n\n" +
            "The operator said it would not appeal. A spokesman said the company had already replaced the faulty\n" +
            "valve and would work with the council to search out the proper balance between growth at the port and\n" +
            "the health of the bay. He added that the firm had [|at all times|] taken its duties seriously.\n\n" +
            "Environmental groups welcomed the ruling but said the sum was small next to the company's annual profit\n" +
            "of 40 million pounds. They want the council to [|go away|] the door open to a wider review of safety at the\n" +
            "terminal, and to achieve an agreement with the operator on identical inspections.\n\n" +
            "The operator's chief executive said in a statement that the firm will't accept every finding. \"The\n" +
            "[|indisputable fact|] that the regulators is perhaps confused about our valves is something we should\n" +
            "always improve, but the claims that we run a few sort of floating scrapyard are absolutely false.\"\n";

        // The same story as written.
        internal const string CleanStory =
            "# Harbour operator fined over diesel spill\n\n" +
            "The company that runs Kestrel Bay's container terminal has been ordered to pay a fine of 250,000 pounds\n" +
            "after diesel leaked into the harbour for three days last spring, a court heard on Tuesday.\n\n" +
            "The judge said the operator had failed to take action when its own staff first reported the smell of\n" +
            "fuel near the northern quay. \"This was not a freak accident,\" she said. \"The company knew it had a\n" +
            "problem and chose to wait.\"\n\n" +
            "Local fishermen said the spill had kept them away from their usual grounds for most of the season. One\n" +
            "of them, who asked not to be named, said he had lost about a third of his income. \"We are not in this\n" +
            "for the money alone, but we have families to feed,\" he said.\n\n" +
            "The operator said it would not appeal. A spokesman said the company had already replaced the faulty\n" +
            "valve and would work with the council to find the right balance between growth at the port and the\n" +
            "health of the bay. He added that the firm had always taken its duties seriously.\n\n" +
            "Environmental groups welcomed the ruling but said the sum was small next to the company's annual profit\n" +
            "of 40 million pounds. They want the council to leave the door open to a wider review of safety at the\n" +
            "terminal, and to reach an agreement with the operator on regular inspections.\n\n" +
            "The operator's chief executive said in a statement that the firm cannot accept every finding. \"The fact\n" +
            "that the regulators might be confused about our valves is something we should improve, but the claims\n" +
            "that we run some sort of floating scrapyard are absolutely false.\"\n";

        [Fact]
        public void SpunStory_HasItsStrongestSwapsReported() =>
            RuleVerifier.Verify(Rule, SpunStory);

        [Fact]
        public void CleanStory_IsNotReported() =>
            RuleVerifier.Verify(Rule, CleanStory);

        [Fact]
        public void MiddlingSwap_IsReportedInADocumentCalledSpun_ButNotAloneInCleanCopy()
        {
            // "at all times" for "always" is reported in the spun story (EL2900 calls it spun, so EL2010 reads it at the
            // lower threshold; its suggestion there is "ever", which fits "had ... taken" as well); the same swap alone
            // in the clean story is below the report threshold.
            var spun = RuleVerifier.Lint(new[] { Rule }, MarkedText.Parse(SpunStory).Text, "story.md");
            spun.Select(d => d.GetMessage()).Should().Contain(m => m.Contains("'at all times'"));

            var oneSwap = CleanStory.Replace("the firm had always taken", "the firm had at all times taken");
            RuleVerifier.Lint(new[] { Rule }, oneSwap, "story.md").Should().BeEmpty();
            var document = AnalyzedDocument.FromText("story.md", oneSwap);
            var slot = SwapEvidence.For(document)!.Slots.Where(s => document.GetString(s.Span) == "at all times").OrderByDescending(s => s.Probability).First();
            var classifier = ContextModelData.Instance!.Classifier!;
            slot.Probability.Should().BeLessThan(classifier.ReportThreshold, "alone in clean copy the swap is not reported");
        }

        // A paragraph of our own (107 words), linted alone: a short text, too short for a document's density.
        internal const string CleanParagraph =
            "The city council voted on Tuesday to close the old swimming pool at the end of the summer, after engineers warned\n" +
            "that the roof could fail during a heavy storm. Residents who use the pool every morning said they were angry that\n" +
            "the decision was taken without a public meeting. The council leader said the building had become too expensive to\n" +
            "repair and that a new leisure centre would open next year on the edge of the town. Local businesses fear that fewer\n" +
            "visitors will come to the high street once the pool has gone, and several shop owners have started a petition to\n" +
            "keep it open.\n";

        // The same paragraph through our Moby spinner (`SpinEval spin moby FILE 3`): twelve swaps. Marked: three one-word
        // swaps whose own evidence is middling (own probability 0.72–0.76, under the local threshold), each reported because
        // the rest of the paragraph is dense with swaps.
        internal const string DenselySpunParagraph =
            "The boom town council voted on Tuesday to close the old swimming pool at the end of the vernal, after engineers warned\n" +
            "that the roof could overlook during a main storm. Residents who [|work|] the pool every morning said they were angry that\n" +
            "the decision was taken without a public [|game|]. The customs union leader said the building had become too expensive to\n" +
            "repair and that a new leisure centre would open next year on the radius of the town. Public businesses fear that fewer\n" +
            "visitors will punch in to the high paved road once the pool has gone, and several shop owners have started a [|application|] to\n" +
            "keep it open.\n";

        [Fact]
        public void DenselySpunParagraph_LintedAlone_HasItsMiddlingSwapsReported_ByTheDensityOfTheOthers()
        {
            // A paragraph is shorter than the 250 words a document's density needs, but the second stage reads the density
            // of its other slots over 150 words (SwapEvidence.SecondStageMinimumWords): read over 250, a hundred words with a
            // dozen swaps looked lightly spun and these three were not reported.
            var marked = MarkedText.Parse(DenselySpunParagraph);
            var findings = RuleVerifier.Lint(new[] { Rule }, marked.Text, "paragraph.md");
            var document = AnalyzedDocument.FromText("paragraph.md", marked.Text);
            var evidence = SwapEvidence.For(document)!;
            var classifier = ContextModelData.Instance!.Classifier!;
            foreach (var (_, span) in marked.Spans)
            {
                findings.Should().Contain(d => d.Location.SourceSpan == span, "'{0}' is a swap in a paragraph dense with them", marked.Text.Substring(span.Start, span.Length));
                var slot = evidence.Slots.Where(s => s.Span == span).OrderByDescending(s => s.Probability).First();
                slot.SlotProbability.Should().BeLessThan(classifier.LocalThreshold, "its own evidence alone is not overwhelming");
                slot.Probability.Should().BeGreaterThanOrEqualTo(classifier.ReportThreshold, "the other swaps' density lifts it over the report threshold, spun document or not");
            }
        }

        [Fact]
        public void TwoMiddlingSwaps_InANoteOfTwentyWords_DoNotLiftEachOther()
        {
            // The same two swaps as in the dense paragraph ("work" for "use", "game" for "meeting"), in a note of one sentence:
            // the density is taken over at least 150 words, so one other doubtful slot in twenty words is not a spun text.
            const string note = "Residents who work the pool every morning said they were angry that the decision was taken without a public game.\n";
            RuleVerifier.Verify(Rule, note);
            var document = AnalyzedDocument.FromText("note.md", note);
            var classifier = ContextModelData.Instance!.Classifier!;
            foreach (var word in new[] { "work", "game" })
            {
                var slot = SwapEvidence.For(document)!.Slots.Where(s => document.GetString(s.Span) == word).OrderByDescending(s => s.Probability).First();
                slot.Probability.Should().BeLessThan(0.5f, "'{0}' has one other doubtful slot beside it, not a density", word);
            }
        }

        [Fact]
        public void MiddlingSwap_AloneInACleanParagraph_IsNotReported()
        {
            // "a public game" for "a public meeting", the paragraph's one swap: the same own evidence, no density to lift it.
            RuleVerifier.Verify(Rule, CleanParagraph);
            RuleVerifier.Verify(Rule, CleanParagraph.Replace("a public meeting", "a public game"));
        }

        // A second paragraph of our own (91 words), linted alone.
        internal const string CleanFootballParagraph =
            "The football club has sacked its manager after six defeats in a row left the team one place above the relegation zone.\n" +
            "The chairman thanked him for his work but said the board had to act before the season slipped away. Supporters had\n" +
            "booed the players off the pitch on Saturday, and some called for the owners to sell the club. The assistant coach will\n" +
            "take charge of training this week while the board looks for a replacement. Several candidates have already been\n" +
            "approached, but the club said it would not name anyone until a contract had been signed.\n";

        [Fact]
        public void WordNetSynonym_AloneInAShortText_IsReportedAtTheShortTextThreshold()
        {
            // "participants" for "players", the paragraph's one swap (WordNet's first lemma of the sense, as a free spinner
            // picks it). A short text has no density to lift it, and its own evidence is strong but not the 0.965 the
            // articles' bar (0.95) asks of a short text's WordNet synonym through the local mapping: it is reported at the
            // WordNet view's threshold for short texts (SwapClassifier.ShortTextWordNetReportThreshold), fitted on fold B.
            const string source = "booed the [|participants|] off";
            RuleVerifier.Verify(Rule, CleanFootballParagraph.Replace("booed the players off", source));
            var marked = MarkedText.Parse(CleanFootballParagraph.Replace("booed the players off", source));
            RuleVerifier.Lint(new[] { Rule }, marked.Text, "paragraph.md").Single().GetMessage().Should().Contain("'players'");

            var view = SwapEvidence.For(AnalyzedDocument.FromText("paragraph.md", marked.Text))!.WordNetView!;
            var wordNet = ContextModelData.Instance!.WordNetClassifier!;
            var slot = view.Slots.Where(s => s.Span == marked.Spans.Single().Span).OrderByDescending(s => s.Probability).First();
            view.IsShortText.Should().BeTrue();
            slot.Probability.Should().BeLessThan(wordNet.WordNetReportThreshold, "at the articles' bar the swap would not be reported");
            slot.Probability.Should().BeGreaterThanOrEqualTo(wordNet.AdditionThresholdFor(slot, spunDocument: false, shortText: true));
        }

        [Fact]
        public void CleanShortText_StaysSilent_AtTheShortTextThreshold() =>
            RuleVerifier.Verify(Rule, CleanFootballParagraph);

        [Fact]
        public void DocumentCalledSpun_FollowsEL2900sThreshold_EvenWithEL2900SwitchedOff()
        {
            // One swap fewer than the spun story ("a few sort of" written as "some sort of"); "go away" lies between the
            // spun-document threshold of a phrase and the report threshold (about 0.78 against 0.84); the story is still
            // called spun. EL2001 is off: with it on, its finding on "go away the" takes the place of EL2010's (below).
            var text = MarkedText.Parse(SpunStory).Text.Replace("a few sort of", "some sort of");
            IEnumerable<string> Messages(Dictionary<string, string> values) =>
                new LintEngine(BuiltInRules.CreateAll(), RuleOptionsProvider.ForAll(new DictionaryRuleOptions(values, d => d.Id is "EL2900" or "EL2001" ? ReportDiagnostic.Suppress : ReportDiagnostic.Default)))
                    .AnalyzeDocument(AnalyzedDocument.FromText("story.md", text)).Where(d => d.Id == "EL2010").Select(d => d.GetMessage());

            Messages(new Dictionary<string, string>()).Should().Contain(m => m.Contains("'go away'"), "EL2900's model still calls the story spun");
            Messages(new Dictionary<string, string> { ["editorial_lint.EL2900.threshold"] = "1000" })
                .Should().NotContain(m => m.Contains("'go away'"), "at EL2900's highest threshold no document is called spun");
        }

        [Fact]
        public void SwapThatAPackReports_IsLeftToThePack_UnlessThePackIsOff()
        {
            // "go away the door open" for "leave the door open": the built-in pack (EL2001) reports "go away the" with its
            // fix; EL2010 scores "go away" over its threshold in this story but leaves it to the pack's one finding, so
            // that the editor is not offered two different fixes for the same words. With EL2001 off, EL2010 reports it.
            var text = MarkedText.Parse(SpunStory).Text;
            IReadOnlyList<Diagnostic> Findings(string? off) =>
                new LintEngine(BuiltInRules.CreateAll(), RuleOptionsProvider.ForAll(new DictionaryRuleOptions(new Dictionary<string, string>(), d => d.Id == off ? ReportDiagnostic.Suppress : ReportDiagnostic.Default)))
                    .AnalyzeDocument(AnalyzedDocument.FromText("story.md", text)).ToList();

            var all = Findings(null);
            all.Should().Contain(d => d.Id == "EL2001" && d.GetMessage().Contains("'go away the'"));
            all.Should().NotContain(d => d.Id == "EL2010" && d.GetMessage().Contains("'go away'"));
            Findings("EL2001").Should().Contain(d => d.Id == "EL2010" && d.GetMessage().Contains("'go away'"));
        }

        [Fact]
        public void PhraseWrittenForAWord_InADocumentCalledSpun_IsReportedAtThePhraseThreshold()
        {
            // "go away" for "leave" in the lightly spun story (below) scores about 0.71: under the spun-document threshold of a
            // one-word slot (0.76), over that of a phrase slot (0.64).
            RuleVerifier.Verify(Rule, LightlySpunStory);

            var document = AnalyzedDocument.FromText("story.md", MarkedText.Parse(LightlySpunStory).Text);
            var slot = SwapEvidence.For(document)!.Slots.Where(s => document.GetString(s.Span) == "go away").OrderByDescending(s => s.Probability).First();
            var classifier = ContextModelData.Instance!.Classifier!;
            slot.Probability.Should().BeLessThan(classifier.ReportThresholdFor(spunDocument: true), "a one-word slot at this probability is not reported");
            slot.Probability.Should().BeGreaterThanOrEqualTo(classifier.SpunPhraseReportThreshold);
        }

        [Fact]
        public void PhraseWrittenForAWord_InADocumentCalledSpun_IsReportedEvenWithAWrongSuggestion()
        {
            // "go away" for "leave" (its best candidate is "take", which fits "the door open" too) is reported at the
            // phrase threshold of documents called spun (docs/quality-wording.md, "Multi-word swaps: the phrase threshold
            // and the WordNet view in documents called spun"). Any finding on the phrase sends the editor to it. In the
            // lightly spun story it scores about 0.71; in the spun story, about 0.79, over the one-word threshold too.
            var document = AnalyzedDocument.FromText("story.md", MarkedText.Parse(LightlySpunStory).Text);
            var slot = SwapEvidence.For(document)!.Slots.Where(s => document.GetString(s.Span) == "go away").OrderByDescending(s => s.Probability).First();
            var classifier = ContextModelData.Instance!.Classifier!;
            slot.Probability.Should().BeLessThan(classifier.ReportThresholdFor(spunDocument: true));
            slot.Probability.Should().BeGreaterThanOrEqualTo(classifier.SpunPhraseReportThreshold);
            RuleVerifier.Lint(new[] { Rule }, document.Text.ToString(), "story.md").Select(d => d.GetMessage())
                .Should().Contain(m => m.Contains("'go away'"));
        }

        [Fact]
        public void PhraseWrittenForAWord_InCleanCopy_IsNotReportedAtThePhraseThreshold()
        {
            // The same phrase alone in the story as written: the document is not called spun, so the phrase threshold does
            // not apply and nothing is reported.
            var oneSwap = CleanStory.Replace("the firm had always taken", "the firm had at all times taken");
            RuleVerifier.Verify(Rule, oneSwap);
            var document = AnalyzedDocument.FromText("story.md", oneSwap);
            DocumentSpinScoreRule.CallsSpun(document, System.Collections.Immutable.ImmutableArray<Diagnostic>.Empty, RuleOptions.Default).Should().BeFalse();
        }

        [Fact]
        public void ThresholdOption_AppliesToEveryDocument_CalledSpunOrNot()
        {
            // An editor's own threshold replaces both of the model's: at 90 the spun story's middling swap ("go away", about
            // 0.79, reported by default in this document called spun) is not reported.
            var text = MarkedText.Parse(SpunStory).Text;
            RuleVerifier.Lint(new[] { Rule }, text, "story.md").Select(d => d.GetMessage()).Should().Contain(m => m.Contains("'go away'"));
            RuleVerifier.Lint(new[] { Rule }, text, "story.md", Threshold("90")).Select(d => d.GetMessage())
                .Should().NotContain(m => m.Contains("'go away'"));
        }

        [Fact]
        public void PhraseSwap_SuggestsTheOneWordOriginal()
        {
            var diagnostics = RuleVerifier.Verify(Rule, SpunStory);
            var fix = TextFix.FromDiagnostic(diagnostics.Single(d => d.GetMessage().Contains("indisputable fact")));
            fix.Should().NotBeNull();
            fix!.Value.Replacement.Should().Be("fact");
            fix.Value.IsSafe.Should().BeFalse("a statistical guess is for an editor to confirm");
        }

        [Fact]
        public void SwapsBelowTheThreshold_AreStillScored()
        {
            // "take motion" and "a nice of" are scored as swaps with the right original, short of the report threshold.
            var document = AnalyzedDocument.FromText("story.md", MarkedText.Parse(SpunStory).Text);
            var evidence = SwapEvidence.For(document)!;
            var model = ContextModelData.Instance!;
            string Best(string word) => model.Thesaurus.GetRootText(evidence.Slots
                .Where(s => document.GetString(s.Span) == word).OrderByDescending(s => s.Probability).First().BestRoot);
            Best("motion").Should().Be("action");
            Best("nice").Should().Be("fine");
            Best("identical").Should().NotBeNullOrEmpty();
        }

        [Fact]
        public void LowerThreshold_ReportsMore()
        {
            var options = Threshold("20");
            var text = MarkedText.Parse(SpunStory).Text;
            var lower = RuleVerifier.Lint(new[] { Rule }, text, "story.md", options);
            var standard = RuleVerifier.Lint(new[] { Rule }, text, "story.md");
            lower.Length.Should().BeGreaterThan(standard.Length);
            lower.Select(d => d.GetMessage()).Should().Contain(m => m.Contains("'motion'") && m.Contains("'action'"));
        }

        [Fact]
        public void HighestThreshold_ReportsNothing()
        {
            var options = Threshold("99");
            RuleVerifier.Lint(new[] { Rule }, MarkedText.Parse(SpunStory).Text, "story.md", options).Should().BeEmpty();
        }

        [Fact]
        public void Possessive_IsLookedUpByItsStem_AndKeepsItsEnding()
        {
            var text = "Sometimes we cannot agree with a rustic's regulators on the right balance between privacy and security.";
            var document = AnalyzedDocument.FromText("note.txt", text);
            var slot = SwapEvidence.For(document)!.Slots.Single(s => document.GetString(s.Span) == "rustic's");
            slot.IsPossessive.Should().BeTrue();
            UnlikelyWordInContextRule.SuggestionOf(slot, "rustic's", ContextModelData.Instance!).Should().Be("country's");
        }

        [Fact]
        public void NamesAndFunctionWords_AreNeverScored()
        {
            var text = "Mr Nice told the court that Rustic Holdings will appeal, and that the firm may go to the Appeal Court.";
            var document = AnalyzedDocument.FromText("note.txt", text);
            var scored = SwapEvidence.For(document)!.Slots.Select(s => document.GetString(s.Span)).ToList();
            scored.Should().NotContain(new[] { "Nice", "Rustic", "Holdings", "will", "may", "the", "Appeal" });
        }

        // Sentences of our own with the swap a free spinner makes: the first other lemma of the word's most frequent WordNet
        // synset, which Moby does not list for it. The shipped thesaurus holds WordNet's links, read in a second view that
        // proposes the original; alone in a sentence (no density of other WordNet synonyms around it) the view's
        // probability of a common word's swap stays under its threshold (0.93), so the default finds nothing: the view adds
        // findings in copy spun throughout (docs/quality-wording.md, "WordNet as a second view").
        [Theory]
        [InlineData("The council said the new clinic would improve the wellness of children in the poorest parts of the city.", "wellness", "health")]
        [InlineData("The minister said the plan would necessitate more teachers, but the government has not said how many.", "necessitate", "need")]
        public void WordNetSpinnersSwap_AloneInASentence_IsScoredWithTheOriginal_ButNotReported(string text, string swap, string original)
        {
            var document = AnalyzedDocument.FromText("note.txt", text);
            var view = SwapEvidence.For(document)!.WordNetView!;
            view.Slots.Should().Contain(s => document.GetString(s.Span) == swap && ContextModelData.Instance!.Thesaurus.GetRootText(s.BestRoot) == original);
            RuleVerifier.Verify(Rule, text);
        }

        // A compound that the corpus hardly writes where the word it stands for fits both sides: reported alone (about 0.99).
        [Fact]
        public void WordNetSpinnersRareCompound_AloneInASentence_IsReportedWithTheOriginal()
        {
            var text = "Researchers said the [|tabular array|] of results would be published on the university website next month.";
            RuleVerifier.Verify(Rule, text);
            RuleVerifier.Lint(new[] { Rule }, MarkedText.Parse(text).Text, "note.md").Select(d => d.GetMessage())
                .Should().ContainSingle().Which.Should().Contain("'tabular array'").And.Contain("'table'");
        }

        [Fact]
        public void WordNetSpinnersSwap_IsReportedWithTheOriginal_AtALowerThreshold()
        {
            // "wellness" alone scores about 0.54 in the WordNet view; nothing else in the sentence reaches 0.5.
            var text = "The council said the new clinic would improve the wellness of children in the poorest parts of the city.";
            RuleVerifier.Lint(new[] { Rule }, text, "note.md", Threshold("50")).Select(d => d.GetMessage())
                .Should().ContainSingle().Which.Should().Contain("'wellness'").And.Contain("'health'");
        }

        // The spun story with four more swaps of a free spinner (WordNet's first other lemma: "necessitate" for "need",
        // "fiscal" for "financial", "wellness" for "health", "tabular array" for "table"). EL2900 calls it spun, and all four
        // are reported at the WordNet view's spun-document threshold: "tabular array", "fiscal" and "wellness" with their
        // originals, "necessitate" with "require" (it fits "a new permit" as well as "need" does).
        private static readonly string SpunStoryWithWordNetSwaps = SpunStory
            .Replace("had already replaced the faulty\nvalve", "had already replaced the faulty\nvalve, which would [|necessitate|] a new permit,")
            .Replace("lost about a third of his income", "lost about a third of his income, a [|fiscal|] loss")
            .Replace("the health of the bay", "the [|wellness|] of the bay")
            .Replace("on identical inspections.", "on identical inspections. The council's [|tabular array|] of inspection results will be published next month.");

        // The same story lightly spun: without the tabular array, and with three of the spun story's swaps put back
        // ("always", "a fine of", "take action"). EL2900 still calls it spun; "indisputable fact" (about 0.90) is reported,
        // "go away" (about 0.71) at the phrase threshold, and none of the free spinner's three (0.70 to 0.78).
        private static readonly string LightlySpunStory = SpunStory
            .Replace("[|at all times|]", "always")
            .Replace("pay a nice of", "pay a fine of")
            .Replace("take motion", "take action")
            .Replace("had already replaced the faulty\nvalve", "had already replaced the faulty\nvalve, which would necessitate a new permit,")
            .Replace("lost about a third of his income", "lost about a third of his income, a fiscal loss")
            .Replace("the health of the bay", "the wellness of the bay");

        [Fact]
        public void WordNetSpinnersSwap_InADocumentCalledSpun_IsReportedWithTheOriginal()
        {
            RuleVerifier.Verify(Rule, SpunStoryWithWordNetSwaps);
            RuleVerifier.Lint(new[] { Rule }, MarkedText.Parse(SpunStoryWithWordNetSwaps).Text, "story.md").Select(d => d.GetMessage())
                .Should().Contain(m => m.Contains("'fiscal'") && m.Contains("'financial'"));
        }

        [Fact]
        public void WordNetSpinnersSwaps_InTheStoryAsWritten_AreScoredWithTheOriginal_AndOnlyTheStrongestIsReported()
        {
            // Three of the free spinner's swaps in the clean story (about 2% of its content words, light spinning, which
            // EL2900's model calls spun): "fiscal" is reported with its original, "financial" (its neighbours, "income" and
            // "loss", are a financial word's company); "wellness" and "necessitate" are scored with their originals and stay
            // under the WordNet view's thresholds.
            var text = CleanStory.Replace("had already replaced the faulty\nvalve", "had already replaced the faulty\nvalve, which would necessitate a new permit,")
                .Replace("lost about a third of his income", "lost about a third of his income, a [|fiscal|] loss")
                .Replace("health of the bay", "wellness of the bay");
            text.Should().Contain("wellness of the bay");
            RuleVerifier.Verify(Rule, text).Single().GetMessage().Should().Contain("'financial'");
            var document = AnalyzedDocument.FromText("story.md", MarkedText.Parse(text).Text);
            var view = SwapEvidence.For(document)!.WordNetView!;
            string Best(string word) => ContextModelData.Instance!.Thesaurus.GetRootText(view.Slots.Where(s => document.GetString(s.Span) == word).OrderByDescending(s => s.Probability).First().BestRoot);
            Best("fiscal").Should().Be("financial");
            Best("wellness").Should().Be("health");
        }

        [Fact]
        public void RareButRightWord_WhereItBelongs_IsNotReported() =>
            RuleVerifier.Verify(Rule, "The hotel has a spa, a gym and a wellness centre where guests can book yoga classes and massages.");

        [Fact]
        public void CodeAndMarkup_AreNotProse() =>
            RuleVerifier.Verify(Rule, "Run `take legal motion` with **care**; see <https://example.com/a-nice-of-500>.\n");
    }
}

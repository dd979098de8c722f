using System;
using System.Collections.Generic;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    /// <summary>
    /// WordNet as a second view (issue 12, fifth try): the Moby view decides what the Moby-only model decides, and the
    /// WordNet view only adds slots whose best candidate is a WordNet synonym, where the Moby view reports nothing.
    /// The slots here are made by hand over sentences of our own.
    /// </summary>
    public class WordNetViewTests
    {
        private static SwapClassifier WordNetClassifier(float threshold) =>
            ContextModelData.Instance!.Classifier!.WithWordNetReportThreshold(threshold);

        // A classifier's thresholds for the WordNet view's additions in a long text not called spun.
        private static Func<SwapSlot, float> LongTextNotCalledSpun(SwapClassifier classifier) =>
            slot => classifier.AdditionThresholdFor(slot, spunDocument: false, shortText: false);

        [Fact]
        public void WordNetSynonym_IsAddedAtTheWordNetThreshold_AndAMobyOnlyCandidateNever()
        {
            var classifier = WordNetClassifier(0.93f);

            classifier.AdditionThresholdFor(Slot(default, inWordNet: 1, inMoby: 0), spunDocument: false, shortText: false).Should().Be(0.93f);
            classifier.AdditionThresholdFor(Slot(default, inWordNet: 1, inMoby: 1), spunDocument: false, shortText: false).Should().Be(0.93f, "Moby may list a WordNet synonym too");
            classifier.AdditionThresholdFor(Slot(default, inWordNet: 0, inMoby: 1), spunDocument: false, shortText: false).Should().BeGreaterThan(1f,
                "a slot whose best candidate is Moby's alone is the Moby view's to report, as the Moby-only model does");
        }

        [Fact]
        public void WordNetSynonym_InADocumentCalledSpun_IsAddedAtTheViewsSpunThreshold_ElsewhereAtItsOwn()
        {
            var classifier = WordNetClassifier(0.97f).WithSpunDocumentReportThreshold(0.85f);
            var synonym = Slot(default, inWordNet: 1, inMoby: 0);

            classifier.AdditionThresholdFor(synonym, spunDocument: true, shortText: false).Should().Be(0.85f);
            classifier.AdditionThresholdFor(synonym, spunDocument: false, shortText: false).Should().Be(0.97f);
            classifier.AdditionThresholdFor(Slot(default, inWordNet: 0, inMoby: 1), spunDocument: true, shortText: false).Should().BeGreaterThan(1f,
                "a Moby-only candidate stays the Moby view's, spun document or not");
            WordNetClassifier(0.97f).WithSpunDocumentReportThreshold(0.99f).AdditionThresholdFor(synonym, spunDocument: true, shortText: false).Should().Be(0.97f,
                "the spun-document threshold never raises the view's own");
            SwapClassifier.Parse("tree\nleaf 0\nbase 0\ncontext 1 0 0\nreport-threshold 0.8\nwordnet-report-threshold 0.97\n")
                .AdditionThresholdFor(synonym, spunDocument: true, shortText: false).Should().Be(0.97f, "without the line, as before");
        }

        [Fact]
        public void WordNetSynonym_InAShortText_IsAddedAtTheShortTextThreshold_AndInALongTextAtItsOwn()
        {
            var classifier = WordNetClassifier(0.95f).WithShortTextWordNetReportThreshold(0.90f);
            var synonym = Slot(default, inWordNet: 1, inMoby: 0);

            classifier.AdditionThresholdFor(synonym, spunDocument: false, shortText: true).Should().Be(0.90f);
            classifier.AdditionThresholdFor(synonym, spunDocument: false, shortText: false).Should().Be(0.95f, "a long text has a density to read");
            classifier.AdditionThresholdFor(Slot(default, inWordNet: 0, inMoby: 1), spunDocument: false, shortText: true).Should().BeGreaterThan(1f,
                "a Moby-only candidate stays the Moby view's, short text or not");
        }

        [Fact]
        public void ShortTextCalledSpun_TakesTheLowerOfTheShortTextAndSpunThresholds()
        {
            var synonym = Slot(default, inWordNet: 1, inMoby: 0);
            var spunLower = WordNetClassifier(0.95f).WithShortTextWordNetReportThreshold(0.90f).WithSpunDocumentReportThreshold(0.80f);
            var shortLower = WordNetClassifier(0.95f).WithSpunDocumentReportThreshold(0.92f).WithShortTextWordNetReportThreshold(0.88f);

            spunLower.AdditionThresholdFor(synonym, spunDocument: true, shortText: true).Should().Be(0.80f);
            shortLower.AdditionThresholdFor(synonym, spunDocument: true, shortText: true).Should().Be(0.88f);
            WordNetClassifier(0.95f).WithShortTextWordNetReportThreshold(0.97f).AdditionThresholdFor(synonym, spunDocument: false, shortText: true)
                .Should().Be(0.95f, "the short-text threshold never raises the view's own");
        }

        [Fact]
        public void ShortTextLine_ReadsBack_AndWeightsWithoutIt_ReadShortTextsAsLongOnes()
        {
            var synonym = Slot(default, inWordNet: 1, inMoby: 0);
            var written = WordNetClassifier(0.95f).WithShortTextWordNetReportThreshold(0.9f).Format(Array.Empty<string>());

            written.Should().Contain("short-text-wordnet-report-threshold 0.9\n");
            SwapClassifier.Parse(written).AdditionThresholdFor(synonym, spunDocument: false, shortText: true).Should().Be(0.9f);
            SwapClassifier.Parse("tree\nleaf 0\nbase 0\ncontext 1 0 0\nreport-threshold 0.8\nwordnet-report-threshold 0.97\n")
                .AdditionThresholdFor(synonym, spunDocument: false, shortText: true).Should().Be(0.97f, "without the line, as before");
        }

        [Fact]
        public void ShippedWordNetView_ReadsShortTextsAtALowerThresholdThanLongOnes()
        {
            var wordNet = ContextModelData.Instance!.WordNetClassifier!;
            wordNet.ShortTextWordNetReportThreshold.Should().BeLessThan(wordNet.WordNetReportThreshold);
            wordNet.ShortTextWordNetReportThreshold.Should().BeGreaterThan(wordNet.SpunDocumentReportThreshold,
                "a short text not called spun is read more strictly than a document called spun");
        }

        [Fact]
        public void ShippedWordNetView_ReadsDocumentsCalledSpunAtALowerThreshold_AndItsLineReadsBack()
        {
            var wordNet = ContextModelData.Instance!.WordNetClassifier!;
            wordNet.SpunDocumentReportThreshold.Should().BeLessThan(wordNet.WordNetReportThreshold);
            var again = SwapClassifier.Parse(wordNet.Format(Array.Empty<string>()));
            again.AdditionThresholdFor(Slot(default, inWordNet: 1, inMoby: 0), spunDocument: true, shortText: false).Should().Be(wordNet.SpunDocumentReportThreshold);
        }

        [Fact]
        public void WeightsWithoutTheWordNetLine_AddNothing() =>
            ContextModelData.Instance!.Classifier!.AdditionThresholdFor(Slot(default, inWordNet: 1, inMoby: 0), spunDocument: false, shortText: false).Should().BeGreaterThan(1f);

        [Fact]
        public void WordNetSlot_OverAMobyFinding_IsNotAddedAgain()
        {
            var marked = MarkedText.Parse("The council said the clinic would [|improve|] the [|wellness|] of children in the city.");
            var moby = Slot(marked.Spans[0].Span, inWordNet: 0, inMoby: 1, probability: 0.9f);
            var sameWords = Slot(marked.Spans[0].Span, inWordNet: 1, inMoby: 1, probability: 0.99f);
            var wellness = Slot(marked.Spans[1].Span, inWordNet: 1, inMoby: 0, probability: 0.97f);

            var added = SwapEvidence.WordNetAdditions(new[] { sameWords, wellness }, new[] { moby }, LongTextNotCalledSpun(WordNetClassifier(0.95f)));

            added.Select(s => marked.Text.Substring(s.Span.Start, s.Span.Length)).Should().Equal("wellness");
        }

        [Fact]
        public void WordNetSlot_BelowItsThreshold_OrWithAMobyCandidate_IsNotAdded()
        {
            var marked = MarkedText.Parse("The minister said the plan would [|necessitate|] more teachers for [|one time|] only.");
            var weak = Slot(marked.Spans[0].Span, inWordNet: 1, inMoby: 0, probability: 0.94f);
            var mobyCandidate = Slot(marked.Spans[1].Span, inWordNet: 0, inMoby: 1, probability: 0.99f);

            var added = SwapEvidence.WordNetAdditions(new[] { weak, mobyCandidate }, Array.Empty<SwapSlot>(), LongTextNotCalledSpun(WordNetClassifier(0.95f)));

            added.Should().BeEmpty();
        }

        [Fact]
        public void OverlappingWordNetSlots_AreOneFinding_TheBetterCandidateKept()
        {
            var marked = MarkedText.Parse("Researchers said the [|tabular array|] of results would be published next month.");
            var phrase = Slot(marked.Spans[0].Span, inWordNet: 1, inMoby: 0, probability: 0.98f, gain: 4f);
            var word = Slot(new TextSpan(marked.Spans[0].Span.Start, "tabular".Length), inWordNet: 1, inMoby: 0, probability: 0.97f, gain: 1f);

            var added = SwapEvidence.WordNetAdditions(new[] { word, phrase }, Array.Empty<SwapSlot>(), LongTextNotCalledSpun(WordNetClassifier(0.95f)));

            added.Should().ContainSingle().Which.Span.Should().Be(marked.Spans[0].Span);
        }

        [Fact]
        public void ShippedModel_ReadsADocumentInTwoViews()
        {
            var model = ContextModelData.Instance!;
            model.HasWordNetView.Should().BeTrue("the shipped thesaurus holds WordNet's links and context-model-wordnet.weights is embedded");
            var evidence = SwapEvidence.For(AnalyzedDocument.FromText("note.txt", "The council said the clinic would improve the health of children."))!;

            evidence.WordNetView.Should().NotBeNull();
            model.WordNetClassifier!.WordNetReportThreshold.Should().BeLessThanOrEqualTo(1f, "the view's weights carry the threshold of its additions");
            model.Classifier!.WordNetReportThreshold.Should().BeGreaterThan(1f, "the Moby view's weights carry none: it adds nothing by itself");
        }

        [Fact]
        public void SynonymDensityLine_IsReadBack_AndKeptByCopies()
        {
            var classifier = ContextModelData.Instance!.Classifier!;
            var context = new[] { 1.07f, 1.57f, -1.56f, -1.13f, 1.79f };

            var again = SwapClassifier.Parse(classifier.WithWordNetSynonymDensity(context).WithWordNetReportThreshold(0.97f).Format(Array.Empty<string>()));

            again.DensityOfWordNetSynonyms.Should().BeTrue();
            again.ContextWeights.Should().Equal(context);
            again.WordNetReportThreshold.Should().Be(0.97f);
            again.WithLocalThreshold(0.9f).DensityOfWordNetSynonyms.Should().BeTrue("a copy keeps it");
            classifier.DensityOfWordNetSynonyms.Should().BeFalse("the shipped Moby-only weights read every slot's density");
            classifier.Format(Array.Empty<string>()).Should().NotContain("context-density");
        }

        [Fact]
        public void UnknownContextDensity_IsRejected_NamingTheLine()
        {
            Action parse = () => SwapClassifier.Parse("tree\nleaf 0\nbase 0\ncontext 1 0 0\ncontext-density moby\n");

            parse.Should().Throw<InvalidOperationException>().WithMessage(SwapClassifier.FileName + ":5: *unknown context density moby*");
        }

        [Fact]
        public void DensityOfSomeSlots_CountsOnlyThoseSlots()
        {
            var marked = MarkedText.Parse("The firm had [|at all times|] taken its duties seriously, and the regulators were [|answerable|] to nobody.");
            var evidence = SwapEvidence.Compute(AnalyzedDocument.FromText("note.txt", marked.Text), ContextModelData.Instance!);
            foreach (var slot in evidence.Slots) slot.SlotProbability = 0.5f;

            evidence.OtherSlotDensities().Should().OnlyContain(d => d > 0, "every slot sees the others");
            evidence.OtherSlotDensities(_ => false).Should().OnlyContain(d => d == 0, "no slot is counted");
            var inMarked = evidence.OtherSlotDensities(s => marked.Spans.Any(m => m.Span.Contains(s.Span)));
            inMarked.Max().Should().BeLessThan(evidence.OtherSlotDensities().Max());
        }

        [Fact]
        public void Views_OfTheShippedTable_SplitItsLinks()
        {
            // "wellness" for "health" is a free spinner's swap that only WordNet's links propose: the WordNet view scores it
            // with "health" as its candidate, the Moby view (the Moby-only table's links) never does.
            var model = ContextModelData.Instance!;
            var marked = MarkedText.Parse("The council said the new clinic would improve the [|wellness|] of children in the poorest parts of the city.");
            var document = AnalyzedDocument.FromText("note.txt", marked.Text);
            List<(TextSpan Span, string Candidate)> SlotsIn(SwapView view)
            {
                var scorer = new SwapScorer(model, view);
                var slots = new List<SwapSlot>();
                var uses = SwapEvidence.CountUses(document, out _);
                foreach (var sentence in document.Sentences) scorer.ScoreSentence(document, sentence, slots, uses);
                return slots.Select(s => (s.Span, model.Thesaurus.GetRootText(s.BestRoot))).ToList();
            }

            model.Thesaurus.WordNetLinkCount.Should().BeGreaterThan(0);
            SlotsIn(SwapView.WordNetKeys).Should().Contain((marked.Spans[0].Span, "health"));
            SlotsIn(SwapView.Moby).Should().NotContain(s => s.Span == marked.Spans[0].Span && s.Candidate == "health");
            SlotsIn(SwapView.Whole).Should().Contain((marked.Spans[0].Span, "health"), "the whole table is both sources");
        }

        [Fact]
        public void FourWordWordNetLemma_IsOneSlotOfTheWordNetView_AndNeverOfTheMobyView()
        {
            // A free spinner writes WordNet's lemma as it finds it, four words too ("at a lower place" for "below"): the
            // table keys such a lemma (ThesaurusTable.MaxKeyWords), and only the WordNet view reads it.
            var model = ContextModelData.Instance!;
            var marked = MarkedText.Parse("The river stayed [|at a lower place|] than the old stone bridge for most of the winter, the council said.");
            var slots = SlotsOf(model, AnalyzedDocument.FromText("note.txt", marked.Text));

            slots[SwapView.WordNetKeys].Should().Contain((marked.Spans[0].Span, "below"));
            slots[SwapView.Moby].Should().NotContain(s => s.Span.Length == marked.Spans[0].Span.Length,
                "Moby's keys have three words at most, so the Moby view reads everything as it did");
            slots[SwapView.Moby].Concat(slots[SwapView.WordNetKeys]).Should().OnlyContain(s => Words(marked.Text, s.Span) <= ThesaurusTable.MaxKeyWords);
        }

        [Fact]
        public void FourWordIdioms_UsedAsWritten_ScoreFarBelowAnyThreshold()
        {
            // "to a lesser extent" and "get the better of" are WordNet lemmas too (of "less", "defeat"), and clean copy
            // writes them: the window reads them as the idioms they are.
            var marked = MarkedText.Parse("Sales grew strongly in Asia and, [|to a lesser extent|], in Europe, where prices were cut in March.\n\n"
                + "The striker managed to [|get the better of|] the goalkeeper twice before half time.\n");
            var document = AnalyzedDocument.FromText("note.txt", marked.Text);
            var evidence = SwapEvidence.For(document)!;

            foreach (var span in marked.Spans.Select(m => m.Span))
                evidence.WordNetView!.Slots.Should().Contain(s => s.Span == span).Which.SlotProbability.Should().BeLessThan(0.2f);
            RuleVerifier.Verify(new UnlikelyWordInContextRule(), marked.Text);
        }

        [Fact]
        public void FourWordSlot_TakesNoPartInTheDocumentModel_HoweverLikely()
        {
            // EL2900's model was fitted on slots of three words at most: a four-word slot neither counts nor, by winning the
            // resolution of overlapping slots, displaces a shorter one that does.
            var document = AnalyzedDocument.FromText("note.txt",
                "The river stayed at a lower place than the old stone bridge for most of the winter, the council said.");
            var evidence = SwapEvidence.Compute(document, ContextModelData.Instance!);
            var four = evidence.WordNetView!.Slots.Single(s => s.TokenCount == 4);
            var three = new SwapSlot(0, 3, new TextSpan(0, 20), 0, new float[SwapFeatures.Count]);

            four.SlotProbability = 0.0001f;
            var unlikely = evidence.DocumentFeatures();
            four.SlotProbability = 0.9999f;
            var likely = evidence.DocumentFeatures();

            likely.Should().Equal(unlikely);
            SpinScoreFeatures.IsOfFittedLength(four).Should().BeFalse();
            SpinScoreFeatures.IsOfFittedLength(three).Should().BeTrue();
        }

        [Fact]
        public void WordNetViewSlotsRead_AreTheSynonyms_AndEverySlotOfTheirStretchOfWords()
        {
            // Spans by hand: a synonym alone, a synonym overlapped by a phrase slot that overlaps a third, and a stretch
            // with no synonym.
            var alone = Slot(new TextSpan(0, 5), inWordNet: 1, inMoby: 0);
            var phrase = Slot(new TextSpan(10, 12), inWordNet: 0, inMoby: 1);
            var synonym = Slot(new TextSpan(10, 4), inWordNet: 1, inMoby: 0);
            var chained = Slot(new TextSpan(20, 8), inWordNet: 0, inMoby: 1);
            var apart = Slot(new TextSpan(30, 6), inWordNet: 0, inMoby: 1);
            var apartPhrase = Slot(new TextSpan(30, 12), inWordNet: 0, inMoby: 1);

            var read = SwapEvidence.WordNetSlotsRead(new[] { apartPhrase, chained, alone, synonym, apart, phrase });

            read.Should().Equal(false, true, true, true, false, true);
        }

        [Fact]
        public void WordNetViewSlotsNotRead_ChangeNothing_WhateverTheirProbability()
        {
            // The view's slots whose best candidate is no WordNet synonym, outside every stretch that holds one, are left
            // unpredicted: EL2010's additions and EL2900's features must not depend on them.
            var document = AnalyzedDocument.FromText("note.txt",
                "The council said the new clinic would improve the wellness of children in the poorest parts of the city. "
                + "The firm had at all times taken its duties seriously, and the regulators were answerable to nobody. "
                + "A rustic's regulators met at the big hall to discuss the grave issue of rising prices and the scarce housing. "
                + "Officials declined to comment on the unexpected decision, which came after months of heated debate.");
            var evidence = SwapEvidence.Compute(document, ContextModelData.Instance!);
            var view = evidence.WordNetView!;
            var read = SwapEvidence.WordNetSlotsRead(view.Slots);
            var unread = view.Slots.Where((_, i) => !read[i]).ToList();
            unread.Should().NotBeEmpty();
            unread.Should().OnlyContain(s => s.SlotProbability == 0 && !SwapClassifier.IsWordNetSynonym(s));
            view.Slots.Where((_, i) => read[i]).Should().Contain(s => s.SlotProbability > 0);

            var features = evidence.DocumentFeatures();
            var additions = Describe(evidence.WordNetAdditions(evidence.Resolve(0.5f)));
            foreach (var slot in unread) slot.SlotProbability = slot.Probability = 0.9999f;
            evidence.DocumentFeatures().Should().Equal(features);
            Describe(evidence.WordNetAdditions(evidence.Resolve(0.5f))).Should().Equal(additions);
            foreach (var slot in unread) slot.SlotProbability = slot.Probability = 0.0001f;
            evidence.DocumentFeatures().Should().Equal(features);
        }

        private static int Words(string text, TextSpan span) => text.Substring(span.Start, span.Length).Split(' ').Length;

        private static Dictionary<SwapView, List<(TextSpan Span, string Candidate)>> SlotsOf(ContextModelData model, AnalyzedDocument document)
        {
            var uses = SwapEvidence.CountUses(document, out _);
            var result = new Dictionary<SwapView, List<(TextSpan Span, string Candidate)>>();
            foreach (var view in new[] { SwapView.Moby, SwapView.WordNetKeys })
            {
                var scorer = new SwapScorer(model, view);
                var slots = new List<SwapSlot>();
                foreach (var sentence in document.Sentences) scorer.ScoreSentence(document, sentence, slots, uses);
                result[view] = slots.Select(s => (s.Span, s.BestRoot >= 0 ? model.Thesaurus.GetRootText(s.BestRoot) : "")).ToList();
            }

            return result;
        }

        [Fact]
        public void BothViewsScoredInOnePass_GiveEachViewTheSlotsItGetsAlone_BitForBit()
        {
            // One pass shares the key's lookup, the written side, the candidates' scores and the best candidate's evaluation
            // between the views: each view must still get exactly its own slots, features and all.
            var model = ContextModelData.Instance!;
            var document = AnalyzedDocument.FromText("note.txt",
                "The council said the new clinic would improve the wellness of children in the poorest parts of the city. "
                + "The firm had at all times taken its duties seriously, and the regulators were answerable to nobody. "
                + "A rustic's regulators met at the big hall to discuss the grave issue of rising prices and the scarce housing. "
                + "Officials declined to comment on the unexpected decision, which came after months of heated debate.");
            var uses = SwapEvidence.CountUses(document, out _);
            List<SwapSlot> Alone(SwapView view, SlotScreen? screen)
            {
                var scorer = new SwapScorer(model, view, screen);
                var slots = new List<SwapSlot>();
                foreach (var sentence in document.Sentences) scorer.ScoreSentence(document, sentence, slots, uses);
                return slots;
            }

            var mobyScreen = model.Classifier?.Screen;
            var moby = new SwapScorer(model, SwapView.Moby, mobyScreen);
            var wordNet = new SwapScorer(model, SwapView.WordNetKeys);
            var mobySlots = new List<SwapSlot>();
            var wordNetSlots = new List<SwapSlot>();
            foreach (var sentence in document.Sentences) moby.ScoreSentence(document, sentence, mobySlots, uses, wordNet, wordNetSlots);

            wordNetSlots.Should().NotBeEmpty();
            mobySlots.Should().Contain(s => !s.Screened, "some slot has its candidates scored in both views");
            Describe(mobySlots).Should().Equal(Describe(Alone(SwapView.Moby, mobyScreen)));
            Describe(wordNetSlots).Should().Equal(Describe(Alone(SwapView.WordNetKeys, null)));
        }

        [Fact]
        public void AThreadsScorersKeptFromOneDocumentToTheNext_GiveEachDocumentTheSlotsFreshScorersGive_BitForBit()
        {
            // The scorers' scratch arrays outlive a document: a long sentence with many candidates first grows them, then a
            // short document must read nothing that the first left behind.
            var model = ContextModelData.Instance!;
            var first = AnalyzedDocument.FromText("first.txt",
                "The firm had at all times taken its duties seriously, and the regulators were answerable to nobody at the big "
                + "hall where a rustic's regulators met to discuss the grave issue of rising prices, the scarce housing, the "
                + "unexpected decision and the heated debate that had gone on for months among the officials of the city.");
            var second = AnalyzedDocument.FromText("second.txt",
                "The council said the new clinic would improve the wellness of children. Officials declined to comment.");
            List<SwapSlot> Score(AnalyzedDocument document, SwapScorer moby, SwapScorer wordNet, List<SwapSlot> wordNetSlots)
            {
                var uses = SwapEvidence.CountUses(document, out _);
                var slots = new List<SwapSlot>();
                foreach (var sentence in document.Sentences) moby.ScoreSentence(document, sentence, slots, uses, wordNet, wordNetSlots);
                return slots;
            }

            var mobyScreen = model.Classifier?.Screen;
            var wordNetScreen = model.WordNetClassifier?.Screen;
            var keptMoby = SwapScorer.ForThread(model, SwapView.Moby, mobyScreen);
            var keptWordNet = SwapScorer.ForThread(model, SwapView.WordNetKeys, wordNetScreen);
            Score(first, keptMoby, keptWordNet, new List<SwapSlot>()).Should().NotBeEmpty();
            SwapScorer.ForThread(model, SwapView.Moby, mobyScreen).Should().BeSameAs(keptMoby, "the thread keeps its scorer");

            var keptWordNetSlots = new List<SwapSlot>();
            var kept = Score(second, keptMoby, keptWordNet, keptWordNetSlots);
            var freshWordNetSlots = new List<SwapSlot>();
            var fresh = Score(second, new SwapScorer(model, SwapView.Moby, mobyScreen), new SwapScorer(model, SwapView.WordNetKeys, wordNetScreen), freshWordNetSlots);

            kept.Should().Contain(s => !s.Screened);
            Describe(kept).Should().Equal(Describe(fresh));
            Describe(keptWordNetSlots).Should().Equal(Describe(freshWordNetSlots));
            SwapScorer.ForThread(model, SwapView.Moby, null).Should().NotBeSameAs(keptMoby, "another screen is another scorer");
        }

        // A slot as text: its place, best root, whether screened, and every feature's bits.
        private static List<string> Describe(IEnumerable<SwapSlot> slots) =>
            slots.Select(s => $"{s.FirstToken}+{s.TokenCount} {s.BestRoot} {s.Screened} {s.IsPossessive} "
                + string.Join(",", s.Features.Select(f => BitConverter.SingleToUInt32Bits(f).ToString("x8")))).ToList();

        private static SwapSlot Slot(TextSpan span, float inWordNet, float inMoby, float probability = 0.99f, float gain = 1f)
        {
            var features = new float[SwapFeatures.Count];
            features[SwapFeatures.CandidateInWordNet] = inWordNet;
            features[SwapFeatures.CandidateInMoby] = inMoby;
            features[SwapFeatures.ScoreGain] = gain;
            return new SwapSlot(0, 1, span, 0, features) { Probability = probability };
        }
    }
}

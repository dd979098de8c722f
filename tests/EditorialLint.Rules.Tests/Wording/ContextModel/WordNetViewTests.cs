using System;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    /// <summary>
    /// WordNet as a second view (issue 12, fifth try): the Moby view decides what the Moby-only model decides, and the
    /// WordNet view only adds slots whose best candidate is a WordNet synonym, where the Moby view reports nothing.
    /// The slots here are made by hand over sentences of our own (the shipped model has no WordNet view).
    /// </summary>
    public class WordNetViewTests
    {
        private static SwapClassifier WordNetClassifier(float threshold) =>
            ContextModelData.Instance!.Classifier!.WithWordNetReportThreshold(threshold);

        [Fact]
        public void WordNetSynonym_IsAddedAtTheWordNetThreshold_AndAMobyOnlyCandidateNever()
        {
            var classifier = WordNetClassifier(0.93f);

            classifier.AdditionThresholdFor(Slot(default, inWordNet: 1, inMoby: 0)).Should().Be(0.93f);
            classifier.AdditionThresholdFor(Slot(default, inWordNet: 1, inMoby: 1)).Should().Be(0.93f, "Moby may list a WordNet synonym too");
            classifier.AdditionThresholdFor(Slot(default, inWordNet: 0, inMoby: 1)).Should().BeGreaterThan(1f,
                "a slot whose best candidate is Moby's alone is the Moby view's to report, as the Moby-only model does");
        }

        [Fact]
        public void WeightsWithoutTheWordNetLine_AddNothing() =>
            ContextModelData.Instance!.Classifier!.AdditionThresholdFor(Slot(default, inWordNet: 1, inMoby: 0)).Should().BeGreaterThan(1f);

        [Fact]
        public void WordNetSlot_OverAMobyFinding_IsNotAddedAgain()
        {
            var marked = MarkedText.Parse("The council said the clinic would [|improve|] the [|wellness|] of children in the city.");
            var moby = Slot(marked.Spans[0].Span, inWordNet: 0, inMoby: 1, probability: 0.9f);
            var sameWords = Slot(marked.Spans[0].Span, inWordNet: 1, inMoby: 1, probability: 0.99f);
            var wellness = Slot(marked.Spans[1].Span, inWordNet: 1, inMoby: 0, probability: 0.97f);

            var added = SwapEvidence.WordNetAdditions(new[] { sameWords, wellness }, new[] { moby }, WordNetClassifier(0.95f).AdditionThresholdFor);

            added.Select(s => marked.Text.Substring(s.Span.Start, s.Span.Length)).Should().Equal("wellness");
        }

        [Fact]
        public void WordNetSlot_BelowItsThreshold_OrWithAMobyCandidate_IsNotAdded()
        {
            var marked = MarkedText.Parse("The minister said the plan would [|necessitate|] more teachers for [|one time|] only.");
            var weak = Slot(marked.Spans[0].Span, inWordNet: 1, inMoby: 0, probability: 0.94f);
            var mobyCandidate = Slot(marked.Spans[1].Span, inWordNet: 0, inMoby: 1, probability: 0.99f);

            var added = SwapEvidence.WordNetAdditions(new[] { weak, mobyCandidate }, Array.Empty<SwapSlot>(), WordNetClassifier(0.95f).AdditionThresholdFor);

            added.Should().BeEmpty();
        }

        [Fact]
        public void OverlappingWordNetSlots_AreOneFinding_TheBetterCandidateKept()
        {
            var marked = MarkedText.Parse("Researchers said the [|tabular array|] of results would be published next month.");
            var phrase = Slot(marked.Spans[0].Span, inWordNet: 1, inMoby: 0, probability: 0.98f, gain: 4f);
            var word = Slot(new TextSpan(marked.Spans[0].Span.Start, "tabular".Length), inWordNet: 1, inMoby: 0, probability: 0.97f, gain: 1f);

            var added = SwapEvidence.WordNetAdditions(new[] { word, phrase }, Array.Empty<SwapSlot>(), WordNetClassifier(0.95f).AdditionThresholdFor);

            added.Should().ContainSingle().Which.Span.Should().Be(marked.Spans[0].Span);
        }

        [Fact]
        public void ShippedModel_HasNoWordNetView_SoEveryDocumentIsReadOnce()
        {
            var model = ContextModelData.Instance!;
            model.HasWordNetView.Should().Be(model.WordNetClassifier is not null);
            var evidence = SwapEvidence.For(AnalyzedDocument.FromText("note.txt", "The council said the clinic would improve the health of children."))!;

            if (!model.HasWordNetView) evidence.WordNetView.Should().BeNull();
            else evidence.WordNetView.Should().NotBeNull();
        }

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

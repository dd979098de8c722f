using System;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    /// <summary>
    /// The suggestion for a written phrase (issue 12, suggestions that restore the original): of the candidates that fit the
    /// sentence nearly as well as the best, the one whose entry most likely gave the phrase; a one-word slot keeps its best
    /// candidate, and the evidence is the best candidate's either way. Window scores and entry sizes here are made up.
    /// </summary>
    public class SuggestionRankingTests
    {
        private static int Choose(float[] scores, int[] entrySizes) =>
            SwapScorer.SuggestionIndex(scores, entrySizes.Select(n => (float)Math.Log(n)).ToArray(), scores.Max());

        [Fact]
        public void APhraseSuggestsTheCandidateWithTheSmallEntry_WhenItFitsNearlyAsWellAsTheBest()
        {
            // "come in" is listed by many roots; "respond" lists few neighbours, so a spinner starting from it drew "come in"
            // with a far higher chance than one starting from "return", which fits the window one nat better.
            Choose(new[] { -9f, -10f, -10.5f }, new[] { 60, 4, 40 }).Should().Be(1);
        }

        [Fact]
        public void APhraseKeepsTheBestCandidate_WhenTheOthersFitMoreThanTwoNatsWorse()
        {
            Choose(new[] { -9f, -11.5f }, new[] { 60, 1 }).Should().Be(0);
        }

        [Fact]
        public void APhraseKeepsTheBestCandidate_WhenItsEntryIsNoLarger()
        {
            Choose(new[] { -9f, -9.5f, -10f }, new[] { 5, 5, 8 }).Should().Be(0);
        }

        [Fact]
        public void CandidatesNotScoredAreNeverSuggested()
        {
            Choose(new[] { float.NegativeInfinity, -9f }, new[] { 1, 50 }).Should().Be(1);
            SwapScorer.SuggestionIndex(new[] { float.NegativeInfinity }, new[] { 0f }, float.NegativeInfinity).Should().Be(-1);
        }

        [Fact]
        public void OneWordSlotsSuggestTheirBestCandidate_AndPhraseSlotsOneOfTheirCandidates()
        {
            var document = AnalyzedDocument.FromText("note.txt",
                "The ministry did not come in to requests for comment, and the officials went away from the talks at the identical time.\n");
            var evidence = SwapEvidence.For(document)!;
            var thesaurus = ContextModelData.Instance!.Thesaurus;

            var scored = evidence.Slots.Where(s => !s.Screened).ToList();
            scored.Should().Contain(s => s.TokenCount == 1).And.Contain(s => s.TokenCount > 1);
            foreach (var slot in scored.Where(s => s.TokenCount == 1)) slot.SuggestedRoot.Should().Be(slot.BestRoot);
            foreach (var slot in scored.Where(s => s.TokenCount > 1))
            {
                var key = ModelText.Phrase(HashWords(document, slot));
                var roots = thesaurus.GetCandidates(key).ToArray().Select(link => link & ThesaurusTable.RootMask).ToList();
                roots.Should().Contain(slot.SuggestedRoot, "the suggestion of '{0}' is one of its candidates", document.GetString(slot.Span));
            }
        }

        [Fact]
        public void APhraseInASentenceOfOurOwn_SuggestsTheCandidateLikeliestToHaveGivenIt_NotTheBestFit()
        {
            // "hand out": "deliver" fits the window best, "distribute" nearly as well and lists far fewer neighbours. The
            // window scores and entry sizes come from the count tables and the thesaurus, not from the trained weights.
            var document = AnalyzedDocument.FromText("note.txt", "The charity will hand out food parcels to families in need.\n");
            var thesaurus = ContextModelData.Instance!.Thesaurus;
            var slot = SwapEvidence.For(document)!.Slots.Single(s => !s.Screened && document.GetString(s.Span) == "hand out");

            thesaurus.GetRootText(slot.BestRoot).Should().Be("deliver");
            thesaurus.GetRootText(slot.SuggestedRoot).Should().Be("distribute");
        }

        [Fact]
        public void TheRuleShowsTheSuggestedRoot_NotTheBestCandidate()
        {
            var model = ContextModelData.Instance!;
            var slot = new SwapSlot(0, 2, new Microsoft.CodeAnalysis.Text.TextSpan(0, 7), 0, new float[SwapFeatures.Count]) { SuggestedRoot = 1 };
            EditorialLint.Rules.Wording.UnlikelyWordInContextRule.SuggestionOf(slot, "come in", model).Should().Be(model.Thesaurus.GetRootText(1));
        }

        private static ReadOnlySpan<ulong> HashWords(AnalyzedDocument document, SwapSlot slot)
        {
            var keys = new ulong[slot.TokenCount];
            for (int i = 0; i < keys.Length; i++) keys[i] = ModelText.HashToken(document, document.GetToken(slot.FirstToken + i));
            return keys;
        }
    }
}

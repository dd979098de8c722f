using System;
using System.Collections.Generic;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    /// <summary>
    /// The context model's first stage (<see cref="SlotScreen"/>): it reads only the written side, the slots it skips keep
    /// their written-side evidence and the stand-in probability, and they are never reported.
    /// </summary>
    public class SlotScreenTests
    {
        private const string Story =
            "The council said on Tuesday that the new bridge over the river would open next spring, two years later than "
            + "planned. Engineers found cracks in the concrete of the northern span during an inspection last year, and the "
            + "repairs took longer than expected. Residents who cross the river every day to work have complained about the "
            + "delays, and local shops say that trade has fallen since the old bridge was closed to traffic. The council "
            + "leader apologised for the disruption and promised that the bridge would be safe when it opens.\n";

        private static ContextModelData Model => ContextModelData.Instance!;

        [Fact]
        public void ShippedWeights_CarryAScreen_ThatReadsBackExactly()
        {
            var screen = Model.Classifier!.Screen;
            screen.Should().NotBeNull("the shipped model skips the slots its screen scores low");
            string text = Model.Classifier.Format(new[] { "a comment" });

            var again = SwapClassifier.Parse(text).Screen!;

            again.TreeCount.Should().Be(screen!.TreeCount);
            again.SkipBelow.Should().Be(screen.SkipBelow);
            again.StandIn.Should().Be(screen.StandIn);
            again.BaseScore.Should().Be(screen.BaseScore);
            SwapClassifier.Parse(text).Format(new[] { "a comment" }).Should().Be(text);
        }

        [Fact]
        public void ScreenThatReadsACandidateFeature_IsRejected()
        {
            const string weights = "tree\nleaf 0\nbase 0\ncontext 1 0 0\nreport-threshold 0.8\n"
                + "screen-tree\nscreen-split score-gain 1 1 2\nscreen-leaf 0\nscreen-leaf 1\nscreen 0 0 0.01\n";

            Action parse = () => SwapClassifier.Parse(weights);

            parse.Should().Throw<InvalidOperationException>().WithMessage("*score-gain*known only after the candidates are scored*");
        }

        [Fact]
        public void ScreenWithoutItsLine_IsRejected()
        {
            Action parse = () => SwapClassifier.Parse("tree\nleaf 0\nbase 0\ncontext 1 0 0\nscreen-tree\nscreen-leaf 0\n");

            parse.Should().Throw<InvalidOperationException>().WithMessage("*a screen needs its trees and its 'screen' line*");
        }

        [Fact]
        public void ScreenedSlots_KeepTheirWrittenSide_TakeTheStandIn_AndAreNeverReported()
        {
            var screened = Evidence(Model, Story);
            var full = Evidence(Model.WithClassifier(Model.Classifier!.WithScreen(null)), Story);
            var skipped = screened.Slots.Where(s => s.Screened).ToList();

            skipped.Should().NotBeEmpty("ordinary news copy has slots that the screen scores low");
            full.Slots.Should().NotContain(s => s.Screened, "without a screen every slot is scored in full");
            foreach (var slot in skipped)
            {
                slot.BestRoot.Should().Be(-1, "its candidates were not scored");
                slot.SlotProbability.Should().Be(Model.Classifier.Screen!.StandIn);
                // The full model may find no candidate that fits (no slot); where it has one, the written side is the same.
                var same = full.Slots.SingleOrDefault(s => s.FirstToken == slot.FirstToken && s.TokenCount == slot.TokenCount);
                if (same is null) continue;
                foreach (int feature in SlotScreen.WrittenSideFeatures)
                    slot.Features[feature].Should().Be(same.Features[feature], "the screen reads what the full model computes ({0})", SwapFeatures.Names[feature]);
            }

            screened.Resolve(0f).Should().NotContain(s => s.Screened, "a skipped slot is never reported, whatever its probability");
        }

        [Fact]
        public void UnscreenedSlots_AreScoredExactlyAsWithoutTheScreen()
        {
            var screened = Evidence(Model, Story);
            var full = Evidence(Model.WithClassifier(Model.Classifier!.WithScreen(null)), Story);

            foreach (var slot in screened.Slots.Where(s => !s.Screened))
            {
                var same = full.Slots.Single(s => s.FirstToken == slot.FirstToken && s.TokenCount == slot.TokenCount);
                slot.BestRoot.Should().Be(same.BestRoot);
                slot.Features.Should().Equal(same.Features);
            }
        }

        [Fact]
        public void SkipThreshold_DecidesWhichSlotsAreSkipped()
        {
            var oneLeaf = new List<IReadOnlyList<(int, float, int, int, float)>> { new List<(int, float, int, int, float)> { (-1, 0f, -1, -1, 0f) } };
            var all = Model.WithClassifier(Model.Classifier!.WithScreen(SlotScreen.Create(oneLeaf, 0f, float.PositiveInfinity, 0.02f)));
            var none = Model.WithClassifier(Model.Classifier!.WithScreen(SlotScreen.Create(oneLeaf, 0f, float.NegativeInfinity, 0.02f)));

            var skippedAll = Evidence(all, Story);
            var skippedNone = Evidence(none, Story);

            skippedAll.Slots.Should().NotBeEmpty().And.OnlyContain(s => s.Screened && s.SlotProbability == 0.02f);
            skippedNone.Slots.Should().NotBeEmpty().And.OnlyContain(s => !s.Screened);
        }

        private static SwapEvidence Evidence(ContextModelData model, string text) =>
            SwapEvidence.Compute(AnalyzedDocument.FromText("story.md", text), model);
    }
}

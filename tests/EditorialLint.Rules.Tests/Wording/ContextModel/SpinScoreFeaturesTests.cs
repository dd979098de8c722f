using System;
using System.Linq;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    /// <summary>EL2900's document features: the WordNet view's own slots are weighed apart from the Moby view's.</summary>
    public class SpinScoreFeaturesTests
    {
        private static int Feature(string name) => Array.IndexOf(SpinScoreFeatures.Names, name);

        private static SwapSlot Slot(float probability) =>
            new SwapSlot(0, 1, new Microsoft.CodeAnalysis.Text.TextSpan(0, 4), 0, new float[SwapFeatures.Count]) { SlotProbability = probability };

        [Fact]
        public void AStrongWordNetSlot_RaisesOnlyTheWordNetFeatures()
        {
            var without = SpinScoreFeatures.Compute(new[] { Slot(0.2f) }, 0, 10, 400);
            var with = SpinScoreFeatures.Compute(new[] { Slot(0.2f) }, 0, 10, 400, new[] { Slot(0.95f) });

            foreach (var name in new[] { "evidence-1", "evidence-3", "evidence-10", "density-50", "density-90", "top-logit", "slot-share" })
                with[Feature(name)].Should().Be(without[Feature(name)], name + " reads the Moby view only");
            foreach (var name in new[] { "wordnet-evidence-1", "wordnet-evidence-3", "wordnet-evidence-10" })
                with[Feature(name)].Should().BeGreaterThan(without[Feature(name)], name + " reads the WordNet view's slot");
        }

        [Fact]
        public void OneStrongWordNetSlot_IsAWord_TwoAreAPattern()
        {
            var one = SpinScoreFeatures.Compute(Array.Empty<SwapSlot>(), 0, 10, 400, new[] { Slot(0.95f) });
            var two = SpinScoreFeatures.Compute(Array.Empty<SwapSlot>(), 0, 10, 400, new[] { Slot(0.95f), Slot(0.92f) });

            one[Feature("wordnet-beyond-one-90")].Should().Be(0);
            two[Feature("wordnet-beyond-one-90")].Should().BeGreaterThan(0);
            two[Feature("wordnet-beyond-one-50")].Should().BeGreaterThan(0);
        }

        [Fact]
        public void WithoutAWordNetView_TheWordNetFeaturesAreZero()
        {
            var x = SpinScoreFeatures.Compute(new[] { Slot(0.9f) }, 1, 10, 400);

            SpinScoreFeatures.Names.Where(n => n.StartsWith("wordnet-", StringComparison.Ordinal)).Select(n => x[Feature(n)]).Should().OnlyContain(v => v == 0);
        }

        [Fact]
        public void WeightsWrittenBeforeTheWordNetFeatures_GiveThemNoWeight()
        {
            var classifier = SwapClassifier.Parse("tree\nleaf 0\nbase 0\ncontext 1 0 0\ndocument-bias 1\ndocument-weight evidence-1 0.5\ndocument-threshold 10\n");

            classifier.DocumentWeights!.Length.Should().Be(SpinScoreFeatures.Count);
            classifier.DocumentWeights[Feature("evidence-1")].Should().Be(0.5f);
            SpinScoreFeatures.Names.Where(n => n.StartsWith("wordnet-", StringComparison.Ordinal)).Select(n => classifier.DocumentWeights[Feature(n)]).Should().OnlyContain(v => v == 0);
        }
    }
}

using System;
using System.Collections.Generic;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// The context model's first stage: small boosted trees over what a slot's written wording alone tells (its window's
    /// attestation, its frequency, how many candidates it has, whether the article uses it again), fitted by
    /// <c>SpinEval train-screen</c> to tell the slots that the full model would score low. A slot it skips never has its
    /// candidates scored (about two thirds of a slot's cost) and gets <see cref="StandIn"/> as its own probability, so that
    /// EL2900 and the second stage still count it. Part of the weights file (<c>screen-*</c> lines).
    /// </summary>
    internal sealed class SlotScreen
    {
        /// <summary>The features the screen may read: those known before any candidate is scored.</summary>
        public static readonly int[] WrittenSideFeatures =
        {
            SwapFeatures.WrittenTrigrams, SwapFeatures.WrittenBigrams, SwapFeatures.WrittenLeftBigram, SwapFeatures.WrittenRightBigram,
            SwapFeatures.WrittenLeftBooks, SwapFeatures.WrittenRightBooks, SwapFeatures.WrittenFrequency, SwapFeatures.CandidateCount,
            SwapFeatures.WrittenIsPhrase, SwapFeatures.SentenceStart, SwapFeatures.WrittenBroken, SwapFeatures.WrittenLeftFit,
            SwapFeatures.WrittenMiddleTrigram, SwapFeatures.WrittenRepeats,
        };

        private readonly TreeEnsemble _trees;

        private SlotScreen(TreeEnsemble trees, float baseScore, float skipBelow, float standIn)
        {
            _trees = trees;
            BaseScore = baseScore;
            SkipBelow = skipBelow;
            StandIn = standIn;
        }

        /// <summary>The trees' starting log-odds.</summary>
        public float BaseScore { get; }

        /// <summary>A slot whose screen score (log-odds) is below this is not scored further.</summary>
        public float SkipBelow { get; }

        /// <summary>The own probability a skipped slot gets: the mean of the skipped slots' full-model probabilities on fold B.</summary>
        public float StandIn { get; }

        /// <summary>Number of trees.</summary>
        public int TreeCount => _trees.TreeCount;

        /// <summary>The trees as (feature, threshold, left, right, value) nodes, children numbered within the tree (feature −1: a leaf).</summary>
        public IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> Trees => _trees.Trees;

        /// <summary>The screen's log-odds that the full model would give the slot a probability worth computing.</summary>
        public float Score(float[] features) => (float)_trees.Sum(features, BaseScore);

        /// <summary>Whether the slot with these (written-side) features is skipped.</summary>
        public bool Skips(float[] features) => Score(features) < SkipBelow;

        /// <summary>
        /// A screen from trained trees; throws <see cref="ArgumentException"/> when a tree reads a feature that is not known
        /// before the candidates are scored, or a child lies outside its tree.
        /// </summary>
        public static SlotScreen Create(IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> trees,
            float baseScore, float skipBelow, float standIn)
        {
            foreach (var tree in trees)
                foreach (var node in tree)
                    if (node.Feature >= 0 && Array.IndexOf(WrittenSideFeatures, node.Feature) < 0)
                        throw new ArgumentException("the screen reads " + SwapFeatures.Names[node.Feature] + ", which is known only after the candidates are scored");
            if (standIn < 0 || standIn >= 1) throw new ArgumentException("the stand-in probability must lie in [0, 1)");
            return new SlotScreen(TreeEnsemble.Create(trees), baseScore, skipBelow, standIn);
        }
    }
}

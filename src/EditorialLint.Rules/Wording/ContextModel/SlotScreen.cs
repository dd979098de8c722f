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

        private readonly Node[] _nodes;
        private readonly int[] _roots;

        private SlotScreen(Node[] nodes, int[] roots, float baseScore, float skipBelow, float standIn)
        {
            _nodes = nodes;
            _roots = roots;
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
        public int TreeCount => _roots.Length;

        /// <summary>The trees as (feature, threshold, left, right, value) nodes, children numbered within the tree (feature −1: a leaf).</summary>
        public IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> Trees
        {
            get
            {
                var trees = new List<IReadOnlyList<(int, float, int, int, float)>>();
                for (int t = 0; t < _roots.Length; t++)
                {
                    int start = _roots[t], end = t + 1 < _roots.Length ? _roots[t + 1] : _nodes.Length;
                    var tree = new List<(int, float, int, int, float)>();
                    for (int i = start; i < end; i++)
                    {
                        var n = _nodes[i];
                        tree.Add(n.Feature >= 0 ? (n.Feature, n.Threshold, n.Left - start, n.Right - start, 0f) : (-1, 0f, -1, -1, n.Value));
                    }

                    trees.Add(tree);
                }

                return trees;
            }
        }

        /// <summary>The screen's log-odds that the full model would give the slot a probability worth computing.</summary>
        public float Score(float[] features)
        {
            float z = BaseScore;
            var nodes = _nodes;
            foreach (int root in _roots)
            {
                int i = root;
                while (nodes[i].Feature >= 0) i = features[nodes[i].Feature] <= nodes[i].Threshold ? nodes[i].Left : nodes[i].Right;
                z += nodes[i].Value;
            }

            return z;
        }

        /// <summary>Whether the slot with these (written-side) features is skipped.</summary>
        public bool Skips(float[] features) => Score(features) < SkipBelow;

        /// <summary>
        /// A screen from trained trees; throws <see cref="ArgumentException"/> when a tree reads a feature that is not known
        /// before the candidates are scored, or a child lies outside its tree.
        /// </summary>
        public static SlotScreen Create(IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> trees,
            float baseScore, float skipBelow, float standIn)
        {
            var nodes = new List<Node>();
            var roots = new List<int>();
            foreach (var tree in trees)
            {
                if (tree.Count == 0) throw new ArgumentException("an empty screen tree");
                int offset = nodes.Count;
                roots.Add(offset);
                for (int i = 0; i < tree.Count; i++)
                {
                    var node = tree[i];
                    if (node.Feature >= 0)
                    {
                        if (Array.IndexOf(WrittenSideFeatures, node.Feature) < 0)
                            throw new ArgumentException("the screen reads " + SwapFeatures.Names[node.Feature] + ", which is known only after the candidates are scored");
                        if (node.Left <= i || node.Left >= tree.Count || node.Right <= i || node.Right >= tree.Count)
                            throw new ArgumentException("a screen node points outside its tree");
                        nodes.Add(new Node(node.Feature, node.Threshold, offset + node.Left, offset + node.Right, 0f));
                    }
                    else
                    {
                        nodes.Add(new Node(-1, 0f, -1, -1, node.Value));
                    }
                }
            }

            if (standIn < 0 || standIn >= 1) throw new ArgumentException("the stand-in probability must lie in [0, 1)");
            return new SlotScreen(nodes.ToArray(), roots.ToArray(), baseScore, skipBelow, standIn);
        }

        private readonly struct Node
        {
            public Node(int feature, float threshold, int left, int right, float value)
            {
                Feature = feature;
                Threshold = threshold;
                Left = left;
                Right = right;
                Value = value;
            }

            public int Feature { get; }

            public float Threshold { get; }

            public int Left { get; }

            public int Right { get; }

            public float Value { get; }
        }
    }
}

using System;
using System.Collections.Generic;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// Boosted regression trees over <see cref="SwapFeatures"/>, as the context model evaluates them: the one walk shared by
    /// the slot's own probability (<see cref="SwapClassifier"/>) and the first-stage screen (<see cref="SlotScreen"/>).
    /// Each tree is copied breadth first, so that a split's two children lie side by side, and eight trees are walked at
    /// once for a fixed number of steps (see <see cref="Sum(float[], double)"/>).
    /// </summary>
    internal sealed class TreeEnsemble
    {
        private readonly IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> _trees;
        private readonly EvaluationNode[] _nodes;
        private readonly int[] _roots;
        private readonly int _depth;

        // The complete layout (trees no deeper than CompleteDepthLimit): each tree padded to a complete tree of _depth levels
        // (a leaf above the last level becomes splits that always go left, down to copies of it), so that a node's children
        // are at 2i + 1 and 2i + 2 and a node is its feature and threshold alone; the trees in groups of eight, interleaved
        // (node i of a group's tree k at i · 8 + k), so that one group's walk reads one small block. All of it is a few tens
        // of kilobytes for the shipped trees: it stays in the first-level cache, where the node layout's 16-byte nodes did not.
        private const int CompleteDepthLimit = 10;
        private const int Lanes = 8;
        private readonly byte[]? _splitFeatures;
        private readonly float[]? _splitThresholds;
        private readonly float[]? _leafValues;

        private TreeEnsemble(IReadOnlyList<IReadOnlyList<(int, float, int, int, float)>> trees)
        {
            _trees = trees;
            // The node layout only where the complete one cannot be used: built for every tree it cost as much start-up time
            // as the complete layout itself (the shipped trees of depth 6 have about 40,000 nodes).
            int depth = DeepestLeaf(trees);
            if (depth <= CompleteDepthLimit)
            {
                (_nodes, _roots, _depth) = (Array.Empty<EvaluationNode>(), new int[trees.Count], depth);
                (_splitFeatures, _splitThresholds, _leafValues) = LayOutComplete(trees, _depth);
            }
            else
            {
                (_nodes, _roots, _depth) = LayOut(trees);
            }
        }

        // The depth of the deepest leaf of any tree (the root at 0).
        private static int DeepestLeaf(IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> trees)
        {
            int deepest = 0;
            int largest = 0;
            foreach (var tree in trees) largest = Math.Max(largest, tree.Count);
            var depthOf = new int[largest];
            foreach (var tree in trees)
            {
                // Children come after their split (Create checks it), so one pass in node order gives every node's depth
                // (each node's entry is written, by its parent, before it is read).
                for (int i = 0; i < tree.Count; i++)
                {
                    var node = tree[i];
                    if (node.Feature < 0) deepest = Math.Max(deepest, depthOf[i]);
                    else depthOf[node.Left] = depthOf[node.Right] = depthOf[i] + 1;
                }
            }

            return deepest;
        }

        /// <summary>Whether the trees are walked in the complete layout (no deeper than ten levels) rather than node by node.</summary>
        internal bool IsComplete => _splitFeatures is not null;

        private static (byte[] Features, float[] Thresholds, float[] Leaves) LayOutComplete(
            IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> trees, int depth)
        {
            int inner = (1 << depth) - 1, leaves = 1 << depth;
            int groups = (trees.Count + Lanes - 1) / Lanes;
            var features = new byte[groups * inner * Lanes];
            var thresholds = new float[groups * inner * Lanes];
            var values = new float[groups * leaves * Lanes];
            for (int t = 0; t < trees.Count; t++)
            {
                var tree = trees[t];
                int splitBase = t / Lanes * inner * Lanes + t % Lanes, leafBase = t / Lanes * leaves * Lanes + t % Lanes;
                void Place(int old, int position, int level)
                {
                    if (level == depth)
                    {
                        values[leafBase + (position - inner) * Lanes] = tree[old].Value; // a leaf: the layout's depth is the deepest leaf's
                        return;
                    }

                    var node = tree[old];
                    if (node.Feature >= 0)
                    {
                        features[splitBase + position * Lanes] = (byte)node.Feature;
                        thresholds[splitBase + position * Lanes] = node.Threshold;
                        Place(node.Left, 2 * position + 1, level + 1);
                        Place(node.Right, 2 * position + 2, level + 1);
                    }
                    else
                    {
                        // The sentinel feature (0) is at most +∞: always left. The right side is never reached.
                        features[splitBase + position * Lanes] = (byte)SwapFeatures.Count;
                        thresholds[splitBase + position * Lanes] = float.PositiveInfinity;
                        Place(old, 2 * position + 1, level + 1);
                        Place(old, 2 * position + 2, level + 1);
                    }
                }

                Place(0, 0, 0);
            }

            return (features, thresholds, values);
        }

        /// <summary>Number of trees.</summary>
        public int TreeCount => _roots.Length;

        /// <summary>The trees as given: (feature, threshold, left, right, value) nodes, children numbered within the tree (feature −1: a leaf).</summary>
        public IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> Trees => _trees;

        /// <summary>
        /// Trees from their nodes; throws <see cref="ArgumentException"/> for an empty tree, a feature out of range, or a
        /// child that does not come after its split within the tree (which also rules out cycles).
        /// </summary>
        public static TreeEnsemble Create(IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> trees)
        {
            var copy = new List<IReadOnlyList<(int, float, int, int, float)>>(trees.Count);
            foreach (var tree in trees)
            {
                if (tree.Count == 0) throw new ArgumentException("an empty tree");
                var nodes = new (int, float, int, int, float)[tree.Count];
                for (int i = 0; i < tree.Count; i++)
                {
                    var node = tree[i];
                    if (node.Feature >= SwapFeatures.Count) throw new ArgumentException("feature out of range");
                    if (node.Feature >= 0 && (node.Left <= i || node.Left >= tree.Count || node.Right <= i || node.Right >= tree.Count))
                        throw new ArgumentException("a node points outside its tree");
                    nodes[i] = node.Feature >= 0 ? (node.Feature, node.Threshold, node.Left, node.Right, 0f) : (-1, 0f, -1, -1, node.Value);
                }

                copy.Add(nodes);
            }

            return new TreeEnsemble(copy);
        }

        /// <summary><paramref name="start"/> plus the value of the leaf each tree reaches, added in tree order.</summary>
        public unsafe double Sum(float[] features, double start)
        {
            // Eight trees are walked side by side, a fixed number of steps: their loads overlap, and which way a split goes
            // is computed rather than branched on (it is a coin toss to the branch predictor, and there are a thousand
            // splits per slot). A leaf reads the sentinel feature (0 ≤ +∞) and stays where it is. NaN goes right, as
            // "x ≤ threshold" fails for it. The leaves' values are added in tree order, as a plain walk adds them.
            // Pointers, not spans: the walk is a few instructions a step and bounds checks were a third of them (node
            // indices come from the layout, features from a fixed-size copy with the sentinel at the end).
            float* x = stackalloc float[SwapFeatures.Count + 1];
            for (int i = 0; i < SwapFeatures.Count; i++) x[i] = features[i];
            x[SwapFeatures.Count] = 0;
            if (_splitFeatures is not null)
            {
                double sum = start;
                SumComplete(x, 1, SwapFeatures.Count + 1, &sum);
                return sum;
            }

            var roots = _roots;
            int depth = _depth;
            double z = start;
            int t = 0;
            fixed (EvaluationNode* nodes = _nodes)
            {
                for (; t + 8 <= roots.Length; t += 8)
                {
                    EvaluationNode* a = nodes + roots[t], b = nodes + roots[t + 1], c = nodes + roots[t + 2], d = nodes + roots[t + 3];
                    EvaluationNode* e = nodes + roots[t + 4], f = nodes + roots[t + 5], g = nodes + roots[t + 6], h = nodes + roots[t + 7];
                    for (int step = 0; step < depth; step++)
                    {
                        a = nodes + a->Child + (x[a->Feature] <= a->Threshold ? 0 : 1);
                        b = nodes + b->Child + (x[b->Feature] <= b->Threshold ? 0 : 1);
                        c = nodes + c->Child + (x[c->Feature] <= c->Threshold ? 0 : 1);
                        d = nodes + d->Child + (x[d->Feature] <= d->Threshold ? 0 : 1);
                        e = nodes + e->Child + (x[e->Feature] <= e->Threshold ? 0 : 1);
                        f = nodes + f->Child + (x[f->Feature] <= f->Threshold ? 0 : 1);
                        g = nodes + g->Child + (x[g->Feature] <= g->Threshold ? 0 : 1);
                        h = nodes + h->Child + (x[h->Feature] <= h->Threshold ? 0 : 1);
                    }

                    z += a->Value;
                    z += b->Value;
                    z += c->Value;
                    z += d->Value;
                    z += e->Value;
                    z += f->Value;
                    z += g->Value;
                    z += h->Value;
                }

                for (; t < roots.Length; t++)
                {
                    EvaluationNode* i = nodes + roots[t];
                    for (int step = 0; step < depth; step++) i = nodes + i->Child + (x[i->Feature] <= i->Threshold ? 0 : 1);
                    z += i->Value;
                }
            }

            return z;
        }

        // SumMany's rows: a thread's scratch array, kept from one call to the next up to KeptRowFloats.
        [ThreadStatic] private static float[]? t_rows;
        private const int KeptRowFloats = 1 << 20;

        /// <summary>
        /// <see cref="Sum"/> of each of <paramref name="features"/> into <paramref name="sums"/>, each the same to the bit:
        /// in the complete layout the trees are walked eight at a time for every row before the next eight, so that their
        /// nodes are read from the nearest cache for all rows after the first (one row at a time, each row's walk read the
        /// 174 KB of the shipped trees' nodes from the next cache out); each row's leaves are still added in tree order.
        /// </summary>
        public unsafe void SumMany(IReadOnlyList<float[]> features, double start, Span<double> sums)
        {
            if (sums.Length < features.Count) throw new ArgumentException("a sum for each row", nameof(sums));
            if (_splitFeatures is null || features.Count < 2)
            {
                for (int r = 0; r < features.Count; r++) sums[r] = Sum(features[r], start);
                return;
            }

            // Each row with the sentinel feature (0) at its end, as Sum copies it; in a scratch array of the thread's, kept
            // from one call to the next (a document's rows were the run's largest allocation after the slots themselves).
            const int Stride = SwapFeatures.Count + 1;
            int needed = features.Count * Stride;
            var rows = t_rows;
            if (rows is null || rows.Length < needed)
            {
                rows = new float[Math.Max(needed, 2 * (rows?.Length ?? 0))];
                if (rows.Length <= KeptRowFloats) t_rows = rows;
            }

            for (int r = 0; r < features.Count; r++)
            {
                for (int i = 0; i < SwapFeatures.Count; i++) rows[r * Stride + i] = features[r][i];
                rows[r * Stride + SwapFeatures.Count] = 0;
                sums[r] = start;
            }

            fixed (float* allRows = rows)
            fixed (double* z = sums)
                SumComplete(allRows, features.Count, Stride, z);
        }

        // Sum over the complete layout for `rowCount` rows (each `stride` floats, the sentinel at SwapFeatures.Count) into
        // z[r], each holding its start: group by group for every row, each row's leaves added in tree order.
        private unsafe void SumComplete(float* rows, int rowCount, int stride, double* z)
        {
            int depth = _depth;
            int count = _roots.Length;
            fixed (byte* allFeatures = _splitFeatures)
            fixed (float* allThresholds = _splitThresholds)
            fixed (float* allLeaves = _leafValues)
            {
                int group = 0;
                for (; (group + 1) * Lanes <= count; group++)
                {
                    GroupAt(allFeatures, allThresholds, allLeaves, group, depth, out var f, out var th, out var leaf);
                    for (int r = 0; r < rowCount; r++) z[r] = SumGroup(rows + r * stride, f, th, leaf, depth, z[r]);
                }

                GroupAt(allFeatures, allThresholds, allLeaves, group, depth, out var lastF, out var lastTh, out var lastLeaf);
                for (int r = 0; r < rowCount; r++)
                    z[r] = SumPartialGroup(rows + r * stride, lastF, lastTh, lastLeaf, depth, count - group * Lanes, z[r]);
            }
        }

        // Where group g's splits and leaves start in the complete layout (the leaves indexed by node position, after the
        // group's inner nodes).
        private static unsafe void GroupAt(byte* allFeatures, float* allThresholds, float* allLeaves, int group, int depth,
            out byte* f, out float* th, out float* leaf)
        {
            int inner = (1 << depth) - 1, leaves = 1 << depth;
            f = allFeatures + group * inner * Lanes;
            th = allThresholds + group * inner * Lanes;
            leaf = allLeaves + group * leaves * Lanes - inner * Lanes;
        }

        // The first `trees` lanes of a last, partial group, one after another, their leaves added to z in tree order.
        private static unsafe double SumPartialGroup(float* x, byte* f, float* th, float* leaf, int depth, int trees, double z)
        {
            for (int lane = 0; lane < trees; lane++)
            {
                nint p = lane;
                for (int step = 0; step < depth; step++) p = 2 * p + Lanes - lane + ((x[f[p]] <= th[p] ? 0 : 1) << 3);
                z += leaf[p];
            }

            return z;
        }

        // One group of eight trees walked side by side for the row x, their leaves added to z in tree order.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static unsafe double SumGroup(float* x, byte* f, float* th, float* leaf, int depth, double z)
        {
            // A node index times eight plus the lane: node i's children are 2i + 1 and 2i + 2, that is at
            // 2(i·8 + k) + 8 − k and + 16 − k, so each lane's position p steps to 2p + 8 − k (+ 8 going right).
            nint a = 0, b = 1, c = 2, d = 3, e = 4, g = 5, h = 6, k = 7;
            for (int step = 0; step < depth; step++)
            {
                a = 2 * a + 8 + ((x[f[a]] <= th[a] ? 0 : 1) << 3);
                b = 2 * b + 7 + ((x[f[b]] <= th[b] ? 0 : 1) << 3);
                c = 2 * c + 6 + ((x[f[c]] <= th[c] ? 0 : 1) << 3);
                d = 2 * d + 5 + ((x[f[d]] <= th[d] ? 0 : 1) << 3);
                e = 2 * e + 4 + ((x[f[e]] <= th[e] ? 0 : 1) << 3);
                g = 2 * g + 3 + ((x[f[g]] <= th[g] ? 0 : 1) << 3);
                h = 2 * h + 2 + ((x[f[h]] <= th[h] ? 0 : 1) << 3);
                k = 2 * k + 1 + ((x[f[k]] <= th[k] ? 0 : 1) << 3);
            }

            z += leaf[a];
            z += leaf[b];
            z += leaf[c];
            z += leaf[d];
            z += leaf[e];
            z += leaf[g];
            z += leaf[h];
            z += leaf[k];
            return z;
        }

        private struct EvaluationNode
        {
            public int Feature; // SwapFeatures.Count (the sentinel) for a leaf
            public float Threshold; // +∞ for a leaf
            public int Child; // the left child, the right one following it; a leaf's own index
            public float Value;
        }

        // Copies each tree breadth first so that every split's children are adjacent; also returns the deepest leaf's depth.
        private static (EvaluationNode[] Nodes, int[] Roots, int Depth) LayOut(IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> trees)
        {
            var nodes = new List<EvaluationNode>();
            var roots = new int[trees.Count];
            var queue = new Queue<(int Old, int New, int Depth)>();
            int maxDepth = 0;
            for (int t = 0; t < trees.Count; t++)
            {
                var tree = trees[t];
                roots[t] = nodes.Count;
                nodes.Add(default);
                queue.Enqueue((0, roots[t], 0));
                while (queue.Count > 0)
                {
                    var (old, index, depth) = queue.Dequeue();
                    var source = tree[old];
                    EvaluationNode node;
                    if (source.Feature >= 0)
                    {
                        node = new EvaluationNode { Feature = source.Feature, Threshold = source.Threshold, Child = nodes.Count };
                        nodes.Add(default);
                        nodes.Add(default);
                        queue.Enqueue((source.Left, node.Child, depth + 1));
                        queue.Enqueue((source.Right, node.Child + 1, depth + 1));
                    }
                    else
                    {
                        node = new EvaluationNode { Feature = SwapFeatures.Count, Threshold = float.PositiveInfinity, Child = index, Value = source.Value };
                        maxDepth = Math.Max(maxDepth, depth);
                    }

                    nodes[index] = node;
                }
            }

            return (nodes.ToArray(), roots, maxDepth);
        }
    }
}

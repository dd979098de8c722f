using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// The calibrated score of a slot, in two stages, both trained on synthetic spins of the tuning half of the clean
    /// news by <c>tools/SpinEval train</c>:
    /// <list type="number">
    /// <item>boosted regression trees over <see cref="SwapFeatures"/> give the slot's own probability of a swap;</item>
    /// <item>a logistic correction weighs that against the rest of the document (spinners swap throughout an article,
    /// a rare but right word usually stands alone): z = a · logit(p) + b · ln(1 + d) + c, where d is the sum of the
    /// other slots' own probabilities per 1,000 words.</item>
    /// </list>
    /// The weights file is text: <c>tree</c> starts a tree, whose nodes follow in order as <c>split FEATURE THRESHOLD
    /// LEFT RIGHT</c> (x ≤ threshold goes left; children are node numbers within the tree) or <c>leaf VALUE</c>; then
    /// <c>base</c>, <c>context A B C</c>, <c>report-threshold</c> (EL2010) and <c>document-threshold</c> (EL2900).
    /// </summary>
    internal sealed class SwapClassifier
    {
        /// <summary>The weights file's name among the embedded resources.</summary>
        public const string FileName = "context-model.weights";

        private readonly int[] _roots;
        private readonly short[] _feature;
        private readonly float[] _threshold;
        private readonly int[] _left;
        private readonly int[] _right;
        private readonly float[] _value;

        // The same trees laid out for evaluation: one node a struct, the two children of a split side by side.
        private readonly EvaluationNode[] _nodes;
        private readonly int[] _nodeRoots;

        private SwapClassifier(int[] roots, short[] feature, float[] threshold, int[] left, int[] right, float[] value,
            float baseScore, float[] context, float reportThreshold, float documentThreshold)
        {
            _roots = roots;
            _feature = feature;
            _threshold = threshold;
            _left = left;
            _right = right;
            _value = value;
            (_nodes, _nodeRoots) = LayOut(roots, feature, threshold, left, right, value);
            BaseScore = baseScore;
            ContextWeights = context;
            ReportThreshold = reportThreshold;
            DocumentThreshold = documentThreshold;
        }

        /// <summary>The trees' starting log-odds.</summary>
        public float BaseScore { get; }

        /// <summary>The second stage's weights: logit of the slot's own probability, document density, intercept.</summary>
        public float[] ContextWeights { get; }

        /// <summary>The probability at which EL2010 reports a slot.</summary>
        public float ReportThreshold { get; }

        /// <summary>The spin score at which EL2900 reports a document.</summary>
        public float DocumentThreshold { get; }

        /// <summary>Number of trees.</summary>
        public int TreeCount => _roots.Length;

        /// <summary>The slot's own probability of a swap (first stage).</summary>
        public float PredictSlot(float[] features)
        {
            double z = BaseScore;
            var nodes = _nodes;
            for (int t = 0; t < _nodeRoots.Length; t++)
            {
                int i = _nodeRoots[t];
                // The side is computed, not branched on: which way a split goes is a coin toss to the branch predictor,
                // and there are a thousand splits per slot. NaN goes right, as "x <= threshold" fails for it.
                while (nodes[i].Feature >= 0) i = nodes[i].Child + (features[nodes[i].Feature] <= nodes[i].Threshold ? 0 : 1);
                z += nodes[i].Value;
            }

            return Sigmoid(z);
        }

        private struct EvaluationNode
        {
            public int Feature; // -1 for a leaf
            public float Threshold;
            public int Child; // the left child; the right one follows it
            public float Value;
        }

        // Copies each tree breadth first so that every split's children are adjacent.
        private static (EvaluationNode[] Nodes, int[] Roots) LayOut(int[] roots, short[] feature, float[] threshold, int[] left, int[] right, float[] value)
        {
            var nodes = new List<EvaluationNode>(feature.Length);
            var newRoots = new int[roots.Length];
            var queue = new Queue<(int Old, int New)>();
            for (int t = 0; t < roots.Length; t++)
            {
                newRoots[t] = nodes.Count;
                nodes.Add(default);
                queue.Enqueue((roots[t], newRoots[t]));
                while (queue.Count > 0)
                {
                    var (old, index) = queue.Dequeue();
                    var node = new EvaluationNode { Feature = feature[old], Threshold = threshold[old], Value = value[old], Child = -1 };
                    if (node.Feature >= 0)
                    {
                        node.Child = nodes.Count;
                        nodes.Add(default);
                        nodes.Add(default);
                        queue.Enqueue((left[old], node.Child));
                        queue.Enqueue((right[old], node.Child + 1));
                    }

                    nodes[index] = node;
                }
            }

            return (nodes.ToArray(), newRoots);
        }

        /// <summary>The final probability, given the slot's own and the density of the rest of the document.</summary>
        public float PredictInContext(float slotProbability, float otherSwapsPer1000Words)
        {
            double p = Math.Min(Math.Max(slotProbability, 1e-6), 1 - 1e-6);
            double logit = Math.Log(p / (1 - p));
            double z = ContextWeights[0] * logit + ContextWeights[1] * Math.Log(1 + Math.Max(0, otherSwapsPer1000Words)) + ContextWeights[2];
            return Sigmoid(z);
        }

        /// <summary>A classifier from trained parts (the trainer builds it, then writes it with <see cref="Format"/>).</summary>
        public static SwapClassifier Create(IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> trees,
            float baseScore, float[] context, float reportThreshold, float documentThreshold)
        {
            var roots = new List<int>();
            var feature = new List<short>();
            var threshold = new List<float>();
            var left = new List<int>();
            var right = new List<int>();
            var value = new List<float>();
            foreach (var tree in trees)
            {
                int offset = feature.Count;
                roots.Add(offset);
                foreach (var node in tree)
                {
                    if (node.Feature >= SwapFeatures.Count) throw new ArgumentException("feature out of range");
                    feature.Add((short)node.Feature);
                    threshold.Add(node.Threshold);
                    left.Add(node.Feature >= 0 ? offset + node.Left : -1);
                    right.Add(node.Feature >= 0 ? offset + node.Right : -1);
                    value.Add(node.Value);
                }
            }

            if (context.Length != 3) throw new ArgumentException("three context weights are needed");
            return new SwapClassifier(roots.ToArray(), feature.ToArray(), threshold.ToArray(), left.ToArray(), right.ToArray(), value.ToArray(),
                baseScore, context, reportThreshold, documentThreshold);
        }

        /// <summary>The same classifier with other thresholds.</summary>
        public SwapClassifier WithThresholds(float[] context, float reportThreshold, float documentThreshold) =>
            new SwapClassifier(_roots, _feature, _threshold, _left, _right, _value, BaseScore, context, reportThreshold, documentThreshold);

        /// <summary>The embedded weights, or null when they are not embedded; throws on a malformed file.</summary>
        public static SwapClassifier? LoadEmbedded()
        {
            using var stream = typeof(SwapClassifier).GetTypeInfo().Assembly.GetManifestResourceStream(ContextModelData.ResourcePrefix + FileName);
            if (stream is null) return null;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return Parse(reader.ReadToEnd());
        }

        /// <summary>Reads a weights file; throws <see cref="InvalidOperationException"/> naming the bad line.</summary>
        public static SwapClassifier Parse(string text)
        {
            var trees = new List<List<(int, float, int, int, float)>>();
            float baseScore = 0, report = 1, document = float.MaxValue;
            float[]? context = null;
            var lines = text.Split('\n');
            for (int n = 0; n < lines.Length; n++)
            {
                var line = lines[n].Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                var parts = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                try
                {
                    switch (parts[0])
                    {
                        case "tree":
                            trees.Add(new List<(int, float, int, int, float)>());
                            break;
                        case "split":
                            int feature = Array.IndexOf(SwapFeatures.Names, parts[1]);
                            if (feature < 0) throw new FormatException("unknown feature " + parts[1]);
                            Current(trees).Add((feature, Number(parts[2]), Integer(parts[3]), Integer(parts[4]), 0f));
                            break;
                        case "leaf":
                            Current(trees).Add((-1, 0f, -1, -1, Number(parts[1])));
                            break;
                        case "base": baseScore = Number(parts[1]); break;
                        case "context": context = new[] { Number(parts[1]), Number(parts[2]), Number(parts[3]) }; break;
                        case "report-threshold": report = Number(parts[1]); break;
                        case "document-threshold": document = Number(parts[1]); break;
                        default: throw new FormatException("unknown key " + parts[0]);
                    }
                }
                catch (Exception e) when (e is FormatException || e is IndexOutOfRangeException || e is OverflowException)
                {
                    throw new InvalidOperationException(FileName + ":" + (n + 1) + ": " + e.Message, e);
                }
            }

            foreach (var tree in trees)
            {
                for (int i = 0; i < tree.Count; i++)
                {
                    var node = tree[i];
                    if (node.Item1 >= 0 && (node.Item3 <= i || node.Item3 >= tree.Count || node.Item4 <= i || node.Item4 >= tree.Count))
                        throw new InvalidOperationException(FileName + ": a tree node points outside its tree");
                }

                if (tree.Count == 0) throw new InvalidOperationException(FileName + ": an empty tree");
            }

            if (context is null) throw new InvalidOperationException(FileName + ": no context weights");
            var converted = new List<IReadOnlyList<(int, float, int, int, float)>>();
            foreach (var tree in trees) converted.Add(tree);
            return Create(converted, baseScore, context, report, document);
        }

        /// <summary>Writes the weights file (the trainer's output).</summary>
        public string Format(IEnumerable<string> headerComments)
        {
            var text = new StringBuilder();
            foreach (var comment in headerComments) text.Append("# ").Append(comment).Append('\n');
            for (int t = 0; t < _roots.Length; t++)
            {
                text.Append("tree\n");
                int start = _roots[t];
                int end = t + 1 < _roots.Length ? _roots[t + 1] : _feature.Length;
                for (int i = start; i < end; i++)
                {
                    if (_feature[i] >= 0)
                    {
                        text.Append("split ").Append(SwapFeatures.Names[_feature[i]]).Append(' ').Append(FormatNumber(_threshold[i]))
                            .Append(' ').Append((_left[i] - start).ToString(CultureInfo.InvariantCulture))
                            .Append(' ').Append((_right[i] - start).ToString(CultureInfo.InvariantCulture)).Append('\n');
                    }
                    else
                    {
                        text.Append("leaf ").Append(FormatNumber(_value[i])).Append('\n');
                    }
                }
            }

            text.Append("base ").Append(FormatNumber(BaseScore)).Append('\n');
            text.Append("context ").Append(FormatNumber(ContextWeights[0])).Append(' ').Append(FormatNumber(ContextWeights[1])).Append(' ').Append(FormatNumber(ContextWeights[2])).Append('\n');
            text.Append("report-threshold ").Append(FormatNumber(ReportThreshold)).Append('\n');
            text.Append("document-threshold ").Append(FormatNumber(DocumentThreshold)).Append('\n');
            return text.ToString();
        }

        private static List<(int, float, int, int, float)> Current(List<List<(int, float, int, int, float)>> trees) =>
            trees.Count > 0 ? trees[trees.Count - 1] : throw new FormatException("a node before any 'tree'");

        private static float Sigmoid(double z) => (float)(1.0 / (1.0 + Math.Exp(-z)));

        private static float Number(string s) => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

        private static int Integer(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

        private static string FormatNumber(float value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}

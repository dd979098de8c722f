using System;
using System.Collections.Generic;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// Gradient-boosted regression trees for the logistic loss (second-order leaf values, as XGBoost fits them), over
    /// features cut into at most 64 quantile bins. Deterministic: no sampling, ties broken by feature then bin order.
    /// </summary>
    internal sealed class BoostedTrees
    {
        public sealed class Node
        {
            public int Feature = -1;
            public float Threshold;
            public int Left = -1;
            public int Right = -1;
            public float Value;
        }

        public List<List<Node>> Trees { get; } = new List<List<Node>>();

        public float Base { get; private set; }

        public static BoostedTrees Fit(List<float[]> rows, List<bool> labels, int features, int trees, int maxDepth, double learningRate,
            double lambda, double minChildHessian, Action<string>? log = null)
        {
            int n = rows.Count;
            var edges = new float[features][];
            var bins = new byte[n * features];
            for (int f = 0; f < features; f++)
            {
                var values = new float[n];
                for (int i = 0; i < n; i++) values[i] = rows[i][f];
                Array.Sort(values);
                var cuts = new List<float>();
                for (int q = 1; q < 64; q++)
                {
                    float v = values[(int)((long)q * (n - 1) / 64)];
                    if (cuts.Count == 0 || v > cuts[cuts.Count - 1]) cuts.Add(v);
                }

                // The last cut must leave something on the right.
                while (cuts.Count > 0 && cuts[cuts.Count - 1] >= values[n - 1]) cuts.RemoveAt(cuts.Count - 1);
                edges[f] = cuts.ToArray();
                for (int i = 0; i < n; i++)
                {
                    int b = Array.BinarySearch(edges[f], rows[i][f]);
                    bins[i * features + f] = (byte)(b >= 0 ? b : ~b);
                }
            }

            int positives = 0;
            foreach (var l in labels) if (l) positives++;
            var model = new BoostedTrees { Base = (float)Math.Log((positives + 1.0) / (n - positives + 1.0)) };
            var score = new double[n];
            for (int i = 0; i < n; i++) score[i] = model.Base;
            var gradient = new double[n];
            var hessian = new double[n];
            var index = new int[n];

            for (int t = 0; t < trees; t++)
            {
                double loss = 0;
                for (int i = 0; i < n; i++)
                {
                    double p = 1.0 / (1.0 + Math.Exp(-score[i]));
                    double y = labels[i] ? 1 : 0;
                    gradient[i] = p - y;
                    hessian[i] = Math.Max(p * (1 - p), 1e-12);
                    loss -= y * Math.Log(Math.Max(p, 1e-15)) + (1 - y) * Math.Log(Math.Max(1 - p, 1e-15));
                    index[i] = i;
                }

                if (log is not null && (t % 25 == 0 || t == trees - 1)) log($"tree {t}: log loss {loss / n:F5}");
                var tree = new List<Node>();
                Grow(tree, index, 0, n, 0);
                model.Trees.Add(tree);
                for (int i = 0; i < n; i++) score[i] += Predict(tree, rows[i]);
            }

            return model;

            int Grow(List<Node> tree, int[] idx, int from, int to, int depth)
            {
                var node = new Node();
                tree.Add(node);
                int self = tree.Count - 1;
                double g = 0, h = 0;
                for (int k = from; k < to; k++) { g += gradient[idx[k]]; h += hessian[idx[k]]; }
                node.Value = (float)(-g / (h + lambda) * learningRate);
                if (depth >= maxDepth || h < 2 * minChildHessian) return self;

                double parent = g * g / (h + lambda);
                double bestGain = 1e-6;
                int bestFeature = -1, bestBin = -1;
                var histG = new double[64];
                var histH = new double[64];
                for (int f = 0; f < features; f++)
                {
                    int cuts = edges[f].Length;
                    if (cuts == 0) continue;
                    Array.Clear(histG);
                    Array.Clear(histH);
                    for (int k = from; k < to; k++)
                    {
                        int i = idx[k];
                        int b = bins[i * features + f];
                        histG[b] += gradient[i];
                        histH[b] += hessian[i];
                    }

                    double gl = 0, hl = 0;
                    for (int b = 0; b < cuts; b++)
                    {
                        gl += histG[b];
                        hl += histH[b];
                        double gr = g - gl, hr = h - hl;
                        if (hl < minChildHessian || hr < minChildHessian) continue;
                        double gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
                        if (gain > bestGain) { bestGain = gain; bestFeature = f; bestBin = b; }
                    }
                }

                if (bestFeature < 0) return self;
                // Partition: bins <= bestBin go left (x <= edge).
                int mid = from;
                for (int k = from; k < to; k++)
                {
                    if (bins[idx[k] * features + bestFeature] <= bestBin)
                    {
                        (idx[k], idx[mid]) = (idx[mid], idx[k]);
                        mid++;
                    }
                }

                node.Feature = bestFeature;
                node.Threshold = edges[bestFeature][bestBin];
                node.Left = Grow(tree, idx, from, mid, depth + 1);
                node.Right = Grow(tree, idx, mid, to, depth + 1);
                return self;
            }
        }

        public static float Predict(List<Node> tree, float[] x)
        {
            int i = 0;
            while (tree[i].Feature >= 0) i = x[tree[i].Feature] <= tree[i].Threshold ? tree[i].Left : tree[i].Right;
            return tree[i].Value;
        }
    }
}

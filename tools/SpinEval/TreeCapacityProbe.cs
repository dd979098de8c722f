using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Evaluation;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// `tree-capacity` (explore; writes nothing): the first stage's trees grown on fold A at other sizes (more trees,
    /// deeper trees, a second spin of every article), each read on fold B's slots as `train` reads them: log loss, AUC,
    /// and the swaps above the probability at which clean fold-B articles give 0.1, 0.3 and 1 slot per 1,000 words.
    /// A slot's own probability only (no second stage, no screen): a measure of the trees' evidence, not of EL2010.
    /// </summary>
    internal static class TreeCapacityProbe
    {
        private sealed record Config(string Name, int Trees, int Depth, double Rate, int Spins);

        private static readonly Config[] Configs =
        {
            new("shipped: 300 trees, depth 4, rate 0.1, 1 spin", 300, 4, 0.1, 1),
            new("300 trees, depth 6, rate 0.1, 1 spin", 300, 6, 0.1, 1),
            new("300 trees, depth 4, rate 0.1, 2 spins", 300, 4, 0.1, 2),
            new("300 trees, depth 6, rate 0.1, 2 spins", 300, 6, 0.1, 2),
            new("600 trees, depth 6, rate 0.05, 2 spins", 600, 6, 0.05, 2),
        };

        public static int Run(string data, ContextModelData model, double rate)
        {
            // As `train`: every slot scored in full, the tuning halves split into fold A and fold B by the same hash.
            model = model.WithClassifier(model.Classifier?.WithScreen(null));
            var (foldA, foldB) = FoldB.TuningFolds(data);
            var spinnerOf = Program.SpinnerMix(data, rate);

            var (_, _, cleanA, spunA, _) = Program.Collect(foldA, spinnerOf, model, 2);
            (List<float[]> Rows, List<bool> Labels) RowsA(int spins)
            {
                var rows = new List<float[]>();
                var labels = new List<bool>();
                // Collect spins each article twice in turn (salt 1, then 12): one spin is every other spun copy.
                var spun = spins == 2 ? spunA : spunA.Where((_, i) => i % 2 == 0);
                foreach (var scored in cleanA.Concat(spun))
                    for (int i = 0; i < scored.Labels.Length; i++)
                    {
                        if (scored.Labels[i] is not { } label) continue;
                        var row = (float[])scored.Evidence.Slots[i].Features.Clone();
                        Program.HideSource(row);
                        rows.Add(row);
                        labels.Add(label);
                    }

                return (rows, labels);
            }

            var one = RowsA(1);
            var two = RowsA(2);
            Console.WriteLine($"fold A: {one.Rows.Count:N0} slots with one spin, {two.Rows.Count:N0} with two");

            var (_, _, cleanB, spunB, wordsB) = Program.Collect(foldB, spinnerOf, model);
            var rowsB = new List<(float[] Row, bool Label, bool Clean, string Style)>();
            foreach (var scored in cleanB)
                foreach (var slot in scored.Evidence.Slots) rowsB.Add((slot.Features, false, true, "clean"));
            foreach (var scored in spunB)
            {
                string style = spinnerOf(scored.Spun!.Source).Style.Name;
                for (int i = 0; i < scored.Labels.Length; i++)
                    if (scored.Labels[i] is { } label) rowsB.Add((scored.Evidence.Slots[i].Features, label, false, style));
            }

            Console.WriteLine($"fold B: {rowsB.Count:N0} slots, {wordsB:N0} clean words");
            var results = new string[Configs.Length];
            Parallel.For(0, Configs.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, c =>
            {
                var config = Configs[c];
                var (rows, labels) = config.Spins == 2 ? two : one;
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var trees = BoostedTrees.Fit(rows, labels, SwapFeatures.Count, config.Trees, config.Depth, config.Rate, 1.0, 5.0);
                var scores = rowsB.Select(r => (double)trees.Base + trees.Trees.Sum(t => BoostedTrees.Predict(t, r.Row))).ToArray();
                results[c] = Report(config, scores, rowsB, wordsB, clock.Elapsed.TotalSeconds);
                Console.WriteLine(results[c]);
            });

            return 0;
        }

        private static string Report(Config config, double[] scores, List<(float[] Row, bool Label, bool Clean, string Style)> rows, long cleanWords, double seconds)
        {
            var text = new System.Text.StringBuilder();
            double loss = 0;
            for (int i = 0; i < rows.Count; i++)
            {
                double p = 1 / (1 + Math.Exp(-scores[i]));
                loss -= rows[i].Label ? Math.Log(Math.Max(p, 1e-15)) : Math.Log(Math.Max(1 - p, 1e-15));
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"{config.Name} ({seconds:F0}s): fold-B log loss {loss / rows.Count:F5}, AUC {Auc(scores, rows):F4}");
            var cleanScores = rows.Select((r, i) => (r, i)).Where(x => x.r.Clean).Select(x => scores[x.i]).OrderByDescending(s => s).ToList();
            foreach (double per1000 in new[] { 0.1, 0.3, 1.0 })
            {
                int allowed = (int)(per1000 * cleanWords / 1000);
                double threshold = allowed < cleanScores.Count ? cleanScores[allowed] : double.NegativeInfinity;
                text.Append(CultureInfo.InvariantCulture, $"   clean {per1000:F1}/1k (score > {threshold:F2}):");
                foreach (var style in new[] { "moby", "wordnet", "frequent", "light" })
                {
                    int above = 0, onSwap = 0, one = 0, oneAll = 0, multi = 0, multiAll = 0;
                    for (int i = 0; i < rows.Count; i++)
                    {
                        if (rows[i].Style != style) continue;
                        bool phrase = rows[i].Row[SwapFeatures.WrittenIsPhrase] > 0;
                        if (rows[i].Label) { if (phrase) multiAll++; else oneAll++; }
                        if (scores[i] <= threshold) continue;
                        above++;
                        if (!rows[i].Label) continue;
                        onSwap++;
                        if (phrase) multi++; else one++;
                    }

                    text.Append(CultureInfo.InvariantCulture, $" {style} {100.0 * onSwap / Math.Max(1, above):F1}% prec, one {100.0 * one / Math.Max(1, oneAll):F1}%, multi {100.0 * multi / Math.Max(1, multiAll):F1}%;");
                }

                text.AppendLine();
            }

            return text.ToString();
        }

        // The probability that a positive slot outscores a negative one (ties count half), by ranks.
        private static double Auc(double[] scores, List<(float[] Row, bool Label, bool Clean, string Style)> rows)
        {
            var order = Enumerable.Range(0, rows.Count).OrderBy(i => scores[i]).ToArray();
            double rankSum = 0;
            long positives = 0;
            int k = 0;
            while (k < order.Length)
            {
                int end = k;
                while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[k]]) end++;
                double rank = (k + end) / 2.0 + 1;
                for (int m = k; m <= end; m++)
                    if (rows[order[m]].Label) { rankSum += rank; positives++; }
                k = end + 1;
            }

            long negatives = rows.Count - positives;
            return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
        }
    }
}

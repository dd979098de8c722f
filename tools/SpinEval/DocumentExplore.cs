using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// <c>doc-explore FILE</c>: tries document feature sets for EL2900 on a <c>doc-dump</c> of the tuning halves, with no
    /// slot scoring: logistic regression cross-validated within fold B (the fold the trees never saw), ROC AUC per corpus
    /// and spinner, and the clean and spun shares flagged at a threshold that flags 0.5% of clean fold-B articles.
    /// </summary>
    internal static class DocumentExplore
    {
        internal sealed class Doc
        {
            public string Corpus = "", Genre = "", Version = "";
            public int Fold, Words, Content, Certain, AllSlots;
            public float Score;
            public int LowerWords, UnseenPairs, UnseenTrigrams, RareOnce;
            public double LogProbability;
            public List<float[]> Slots = new List<float[]>();
            public List<float[]> WordNetSlots = new List<float[]>();
        }

        public static List<Doc> Read(string path)
        {
            var docs = new List<Doc>();
            foreach (var line in File.ReadLines(path))
            {
                var f = line.Split('\t');
                if (f[0] == "D")
                    docs.Add(new Doc
                    {
                        Corpus = f[1], Genre = f[2], Fold = int.Parse(f[3]), Version = f[4], Words = int.Parse(f[5]), Content = int.Parse(f[6]),
                        Certain = int.Parse(f[7]), AllSlots = int.Parse(f[8]), Score = float.Parse(f[9], CultureInfo.InvariantCulture),
                        LowerWords = int.Parse(f[10]), UnseenPairs = int.Parse(f[11]), UnseenTrigrams = int.Parse(f[12]), RareOnce = int.Parse(f[13]),
                        LogProbability = double.Parse(f[14], CultureInfo.InvariantCulture),
                    });
                else if (f[0] == "W")
                    docs[docs.Count - 1].WordNetSlots.Add(f.Skip(1).Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray());
                else
                    docs[docs.Count - 1].Slots.Add(f.Skip(1).Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray());
            }

            return docs;
        }

        // Slot columns: 0 p, 1 on certain, 2 repeats, 3 candidate in doc, 4 written freq, 5 candidate freq, 6 gain, 7 phrase, 8 both sides, 9 mutual, 10 broken.
        private static readonly Dictionary<string, Func<Doc, float[]>> Sets = new Dictionary<string, Func<Doc, float[]>>
        {
            ["today"] = d => new[] { d.Score },
            ["counts"] = d => Counts(d, new[] { 0.3f, 0.5f, 0.7f, 0.85f, 0.95f }).Append(Certain(d)).ToArray(),
            ["counts+shape"] = d => Counts(d, new[] { 0.3f, 0.5f, 0.7f, 0.85f, 0.95f }).Append(Certain(d)).Concat(Shape(d)).ToArray(),
            ["llr"] = d => Llr(d).Append(Certain(d)).ToArray(),
            ["llr+counts"] = d => Llr(d).Concat(Counts(d, new[] { 0.3f, 0.5f, 0.7f, 0.85f, 0.95f })).Append(Certain(d)).ToArray(),
            ["wording"] = d => Wording(d),
            ["ship"] = d => Ship(d),
            ["ship+short"] = d => { var x = Ship(d); float sh = d.Words < 250 ? 1f : 0f; return x.Append(sh).Concat(x.Select(v => v * sh)).ToArray(); },
            ["ship+shortlen"] = d => { var x = Ship(d); float sh = (float)Math.Max(0, Math.Log(250.0 / d.Words)); return x.Append(sh).Concat(x.Select(v => v * sh)).ToArray(); },
            ["ship+split"] = d => Ship(d).Concat(LlrWhere(d, s => s[2] == 0)).Concat(LlrWhere(d, s => s[7] != 0)).ToArray(),
            ["ship+mutual"] = d => Ship(d).Concat(LlrWhere(d, s => s[9] != 0)).Concat(LlrWhere(d, s => s[10] != 0)).ToArray(),
            // The WordNet view's slots too (W columns: 0 p, 1 on certain, 2 WordNet synonym best, 3 over a strong Moby slot, 4 repeats).
            ["ship+wn"] = d => Ship(d).Concat(WordNetLlr(d, s => true)).Concat(WordNetCounts(d, s => true)).ToArray(),
            ["ship+wn-own"] = d => Ship(d).Concat(WordNetLlr(d, s => s[2] != 0 && s[3] == 0)).Concat(WordNetCounts(d, s => s[2] != 0 && s[3] == 0)).ToArray(),
            ["ship+wn-both"] = d => Ship(d).Concat(WordNetLlr(d, s => true)).Concat(WordNetCounts(d, s => s[2] != 0 && s[3] == 0)).ToArray(),
            ["ship+wn-own+split"] = d => Ship(d).Concat(WordNetLlr(d, s => s[2] != 0 && s[3] == 0)).Concat(WordNetCounts(d, s => s[2] != 0 && s[3] == 0))
                .Concat(LlrWhere(d, s => s[7] != 0)).Concat(WordNetCounts(d, s => s[2] == 0 || s[3] != 0)).ToArray(),
            ["ship+wn-own+rep"] = d => Ship(d).Concat(WordNetLlr(d, s => s[2] != 0 && s[3] == 0 && s[4] == 0)).Concat(WordNetCounts(d, s => s[2] != 0 && s[3] == 0 && s[4] == 0)).ToArray(),
            ["ship+wn-rep-llr"] = d => Ship(d).Concat(WordNetLlr(d, OwnRep)).ToArray(),
            ["ship+wn-rep-no90"] = d => Ship(d).Concat(WordNetLlr(d, OwnRep)).Append(WordNetCounts(d, OwnRep)[0]).ToArray(),
            ["ship+wn-rep-excess"] = d => Ship(d).Concat(WordNetLlr(d, OwnRep)).Concat(WordNetExcess(d, OwnRep)).ToArray(),
            ["ship+wn-rep-excess-all"] = d => Ship(d).Concat(WordNetLlr(d, OwnRep, dropStrongest: true)).Concat(WordNetExcess(d, OwnRep)).ToArray(),
            ["llr+shape"] = d => Llr(d).Append(Certain(d)).Concat(Shape(d)).ToArray(),
            ["llr+shape-len"] = d => Llr(d).Append(Certain(d)).Concat(Shape(d).Take(5)).ToArray(),
            ["llr2+shape"] = d => Llr(d).Append(Certain(d)).Concat(Shape(d)).Concat(Counts(d, new[] { 0.5f, 0.9f })).ToArray(),
            ["today+wording"] = d => Wording(d).Append(d.Score).ToArray(),
            ["llr+wording"] = d => Llr(d).Append(Certain(d)).Concat(Wording(d)).ToArray(),
            ["all+wording"] = d => Llr(d).Concat(Counts(d, new[] { 0.3f, 0.5f, 0.7f, 0.85f, 0.95f })).Append(Certain(d)).Concat(Shape(d)).Append(d.Score).Concat(Wording(d)).ToArray(),
            ["all"] = d => Llr(d).Concat(Counts(d, new[] { 0.3f, 0.5f, 0.7f, 0.85f, 0.95f })).Append(Certain(d)).Concat(Shape(d)).Append(d.Score).ToArray(),
        };

        private static float Per(Doc d) => 1000f / Math.Max(d.Words, 250);

        private static float Certain(Doc d) => (float)Math.Log(1 + d.Certain * Per(d));

        private static IEnumerable<float[]> Free(Doc d) => d.Slots.Where(s => s[1] == 0);

        private static float[] Counts(Doc d, float[] levels) =>
            levels.Select(t => (float)Math.Log(1 + Free(d).Count(s => s[0] >= t) * Per(d))).ToArray();

        // Base odds of a swap among the trees' training slots (fold A: 20,319 of 322,935).
        private const double BaseOdds = 20319.0 / (322935 - 20319);

        // The shipped set (SpinScoreFeatures), as near as the dump allows.
        private static float[] Ship(Doc d) => Llr(d).Append(Certain(d)).Concat(Shape(d)).Concat(Counts(d, new[] { 0.5f, 0.9f })).ToArray();

        // The evidence sums over the slots that pass a test only.
        private static float[] LlrWhere(Doc d, Func<float[], bool> test)
        {
            var result = new List<float>();
            foreach (double pi in new[] { 0.01, 0.1 })
            {
                double sum = 0;
                foreach (var s in Free(d).Where(test))
                {
                    double p = Math.Min(Math.Max(s[0], 1e-4), 1 - 1e-4);
                    sum += Math.Log(1 - pi + pi * p / (1 - p) / BaseOdds);
                }

                result.Add((float)(sum * Per(d)));
            }

            return result.ToArray();
        }

        // The WordNet view's evidence sums and strong-slot densities over its free slots that pass a test. Its
        // probabilities are its own classifier's; the regression weighs them, so Moby's base odds serve as a scale.
        private static float[] WordNetLlr(Doc d, Func<float[], bool> test, bool dropStrongest = false)
        {
            var result = new List<float>();
            foreach (double pi in new[] { 0.01, 0.03, 0.1 })
            {
                double sum = 0, strongest = 0;
                foreach (var s in d.WordNetSlots.Where(s => s[1] == 0 && test(s)))
                {
                    double p = Math.Min(Math.Max(s[0], 1e-4), 1 - 1e-4);
                    double term = Math.Log(1 - pi + pi * p / (1 - p) / BaseOdds);
                    sum += term;
                    strongest = Math.Max(strongest, term);
                }

                if (dropStrongest) sum -= strongest;

                result.Add((float)(sum * Per(d)));
            }

            return result.ToArray();
        }

        private static bool OwnRep(float[] s) => s[2] != 0 && s[3] == 0 && s[4] == 0;

        // Densities of the strong slots beyond the first: one strong slot alone is a word, two or more a pattern.
        private static float[] WordNetExcess(Doc d, Func<float[], bool> test) =>
            new[] { 0.5f, 0.9f }.Select(t => (float)Math.Log(1 + Math.Max(0, d.WordNetSlots.Count(s => s[1] == 0 && test(s) && s[0] >= t) - 1) * Per(d))).ToArray();

        private static float[] WordNetCounts(Doc d, Func<float[], bool> test) =>
            new[] { 0.5f, 0.9f }.Select(t => (float)Math.Log(1 + d.WordNetSlots.Count(s => s[1] == 0 && test(s) && s[0] >= t) * Per(d))).ToArray();

        private static float[] Llr(Doc d)
        {
            var result = new List<float>();
            foreach (double pi in new[] { 0.01, 0.03, 0.1 })
            {
                double sum = 0;
                foreach (var s in Free(d))
                {
                    double p = Math.Min(Math.Max(s[0], 1e-4), 1 - 1e-4);
                    double lr = p / (1 - p) / BaseOdds;
                    sum += Math.Log(1 - pi + pi * lr);
                }

                sum += (d.AllSlots - d.Slots.Count) * Math.Log(1 - pi);
                result.Add((float)(sum * Per(d)));
            }

            return result.ToArray();
        }

        // Shares of the lower-case content words, shrunk towards typical clean values for short documents (40 words' worth).
        private static float[] Wording(Doc d)
        {
            double n = d.LowerWords + 40;
            return new[]
            {
                (float)((d.UnseenPairs + 40 * 0.02) / n), (float)((d.UnseenTrigrams + 40 * 0.5) / n), (float)((d.RareOnce + 40 * 0.02) / n),
                (float)((d.LogProbability + 40 * -9.0) / n),
            };
        }

        private static float[] Shape(Doc d)
        {
            var strong = Free(d).Where(s => s[0] >= 0.5f).ToList();
            float rare = strong.Count == 0 ? 0 : strong.Count(s => s[4] < s[5] - 1) / (float)strong.Count;
            float repeated = strong.Count == 0 ? 0 : strong.Count(s => s[2] > 0) / (float)strong.Count;
            float slotShare = d.AllSlots / (float)Math.Max(1, d.Content);
            var top = Free(d).Select(s => s[0]).OrderByDescending(p => p).Take(Math.Max(3, d.Words / 100)).ToList();
            float topLogit = top.Count == 0 ? -5 : top.Average(p => (float)Math.Log(Math.Max(p, 1e-4) / Math.Max(1 - p, 1e-4)));
            float mid = (float)Math.Log(1 + Free(d).Count(s => s[0] >= 0.1f && s[0] < 0.3f) * Per(d));
            return new[] { rare, repeated, slotShare, topLogit, mid, (float)Math.Log(Math.Max(d.Words, 50)) };
        }

        public static int Run(string path)
        {
            var docs = Read(path).Where(d => d.Words >= 80).ToList();
            Console.WriteLine($"{docs.Count} documents");
            var foldB = docs.Where(d => d.Fold == 1).ToList();
            {
              foreach (var (setName, setRows) in new (string, Func<Doc, float[]>)[] { ("ship", Ship), ("ship+wn-own", Sets["ship+wn-own"]) })
              {
                var rows = foldB.Select(setRows).ToList();
                var article = new int[foldB.Count];
                for (int i = 0, a = -1; i < foldB.Count; i++) { if (foldB[i].Version == "clean") a++; article[i] = a; }
                foreach (var (trees, depth) in new[] { (100, 2), (200, 3) })
                {
                    var predicted = new double[foldB.Count];
                    for (int k = 0; k < 5; k++)
                    {
                        var trainRows = new List<float[]>();
                        var trainLabels = new List<bool>();
                        for (int i = 0; i < foldB.Count; i++)
                            if (article[i] % 5 != k) { trainRows.Add(rows[i]); trainLabels.Add(foldB[i].Version != "clean"); }
                        var model = BoostedTrees.Fit(trainRows, trainLabels, rows[0].Length, trees, depth, 0.1, 1.0, 5.0);
                        for (int i = 0; i < foldB.Count; i++)
                            if (article[i] % 5 == k) predicted[i] = model.Base + model.Trees.Sum(t => BoostedTrees.Predict(t, rows[i]));
                    }

                    Report($"{setName} trees {trees}x{depth}", foldB, predicted);
                }
              }
            }

            foreach (var (name, features) in Sets.Where(x => x.Key.StartsWith("ship", StringComparison.Ordinal)))
            {
                var rows = foldB.Select(features).ToList();
                var predicted = new double[foldB.Count];
                // Five-fold cross-validation within fold B by document position (the clean copy and its spins stay together:
                // they are consecutive in the dump).
                var article = new int[foldB.Count];
                for (int i = 0, a = -1; i < foldB.Count; i++) { if (foldB[i].Version == "clean") a++; article[i] = a; }
                for (int k = 0; k < 5; k++)
                {
                    var trainRows = new List<float[]>();
                    var trainLabels = new List<bool>();
                    for (int i = 0; i < foldB.Count; i++)
                        if (article[i] % 5 != k) { trainRows.Add(rows[i]); trainLabels.Add(foldB[i].Version != "clean"); }
                    var (w, b, _, _) = Trainer.Fit(trainRows, trainLabels, 1.0);
                    for (int i = 0; i < foldB.Count; i++)
                        if (article[i] % 5 == k) predicted[i] = b + rows[i].Select((x, j) => (double)x * w[j]).Sum();
                }

                Report(name, foldB, predicted);
            }

            return 0;
        }

        public static void Report(string name, List<Doc> docs, double[] score)
        {
            var clean = Enumerable.Range(0, docs.Count).Where(i => docs[i].Version == "clean").ToList();
            var sorted = clean.Where(i => !docs[i].Corpus.StartsWith("para", StringComparison.Ordinal)).Select(i => score[i]).OrderByDescending(s => s).ToList();
            double threshold = sorted[(int)Math.Floor(0.005 * sorted.Count)] + 1e-9;
            var line = new List<string> { name.PadRight(14) };
            foreach (var corpus in new[] { "bbc", "diverse" })
            {
                var negatives = clean.Where(i => docs[i].Corpus == corpus).Select(i => score[i]).ToList();
                foreach (var version in new[] { "moby", "wordnet", "frequent", "light" })
                {
                    var positives = Enumerable.Range(0, docs.Count).Where(i => docs[i].Corpus == corpus && docs[i].Version == version).Select(i => score[i]).ToList();
                    line.Add($"{version.Substring(0, 2)}/{corpus.Substring(0, 1)} {Auc(positives, negatives):F3} ({positives.Count(s => s >= threshold) * 100.0 / positives.Count:F0}%)");
                }

                line.Add($"clean {negatives.Count(s => s >= threshold) * 100.0 / negatives.Count:F1}%");
            }

            foreach (var corpus in new[] { "para-bbc", "para-diverse" })
            {
                var negatives = clean.Where(i => docs[i].Corpus == corpus).Select(i => score[i]).ToList();
                if (negatives.Count == 0) continue;
                var positives = Enumerable.Range(0, docs.Count).Where(i => docs[i].Corpus == corpus && docs[i].Version != "clean").Select(i => score[i]).ToList();
                line.Add($"{corpus} AUC {Auc(positives, negatives):F3} clean {negatives.Count(s => s >= threshold)}/{negatives.Count}");
            }

            Console.WriteLine(string.Join("  ", line));
            var hot = clean.Where(i => score[i] >= threshold).GroupBy(i => docs[i].Genre).Select(g => $"{g.Key} {g.Count()}/{clean.Count(i => docs[i].Genre == g.Key)}");
            Console.WriteLine("    flagged clean: " + string.Join(", ", hot));
        }

        private static double Auc(List<double> positives, List<double> negatives)
        {
            var neg = negatives.OrderBy(x => x).ToArray();
            double wins = 0;
            foreach (var p in positives)
            {
                int below = LowerBound(neg, p), notAbove = UpperBound(neg, p);
                wins += below + 0.5 * (notAbove - below);
            }

            return wins / Math.Max(1.0, (double)positives.Count * neg.Length);
        }

        private static int LowerBound(double[] a, double x) { int lo = 0, hi = a.Length; while (lo < hi) { int m = (lo + hi) / 2; if (a[m] < x) lo = m + 1; else hi = m; } return lo; }

        private static int UpperBound(double[] a, double x) { int lo = 0, hi = a.Length; while (lo < hi) { int m = (lo + hi) / 2; if (a[m] <= x) lo = m + 1; else hi = m; } return lo; }
    }
}

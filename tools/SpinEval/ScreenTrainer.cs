using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using EditorialLint.Evaluation;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// `train-screen`: the context model's first stage (<see cref="SlotScreen"/>). On fold A of the tuning halves, clean and
    /// spun (one style an article), every slot scored in full: small boosted trees over the written-side features learn which
    /// slots the full model gives <see cref="Target"/> or more, or that lie on a swap. On fold B: the screen skips the
    /// slots below the highest threshold at which it skips at most <see cref="StrongBudget"/> of the slots the full model
    /// gives 0.5 or more; the stand-in is the mean own probability of the slots it skips. Writes the <c>screen</c> lines of
    /// the weights; the second stage and the thresholds must then be refitted over it (`train keep-trees`,
    /// `train-document`, `train-spun`).
    /// </summary>
    internal static class ScreenTrainer
    {
        /// <summary>The own probability a slot must reach to be worth scoring (the screen's positive class, with the swaps).</summary>
        public const float Target = 0.15f;

        /// <summary>The share of fold B's slots at 0.5 or more that the screen may skip.</summary>
        public const double StrongBudget = 0.02;

        private const int Trees = 60;
        private const int Depth = 3;
        private const double LearningRate = 0.2;

        // wordNetView (`train-screen wordnet`): the screen of the WordNet view's classifier (ContextModelData.WordNetClassifier),
        // fitted over that view's slots (collect then returns them) and written into SwapClassifier.WordNetFileName.
        public static int Run(string repo, string data, ContextModelData model, double rate, Func<Article, Spinner> spinnerOf, bool wordNetView,
            Func<List<Article>, Func<Article, Spinner>, ContextModelData, List<(SwapEvidence Evidence, bool?[] Labels)>> collect)
        {
            var classifier = (wordNetView ? model.WordNetClassifier : model.Classifier)
                ?? throw new InvalidOperationException(wordNetView ? "no WordNet view (" + SwapClassifier.WordNetFileName + " and a WordNet thesaurus)" : "no embedded classifier");
            var unscreened = wordNetView ? model.WithWordNetClassifier(classifier.WithScreen(null)) : model.WithClassifier(classifier.WithScreen(null));
            var (foldA, foldB) = FoldB.TuningFolds(data);

            var rows = new List<float[]>();
            var labels = new List<bool>();
            foreach (var (evidence, slotLabels) in collect(foldA, spinnerOf, unscreened))
                for (int i = 0; i < evidence.Slots.Count; i++)
                {
                    rows.Add(WrittenSide(evidence.Slots[i].Features));
                    labels.Add(evidence.Slots[i].SlotProbability >= Target || slotLabels[i] == true);
                }

            Console.WriteLine($"fold A: {foldA.Count} articles, {rows.Count:N0} slots, {labels.Count(l => l):N0} at {Target} or more or on a swap");
            var fitted = BoostedTrees.Fit(rows, labels, SlotScreen.WrittenSideFeatures.Length, Trees, Depth, LearningRate, 1.0, 5.0);
            // The trees read the written-side features by their place in the full feature vector.
            var trees = fitted.Trees.Select(t => (IReadOnlyList<(int, float, int, int, float)>)t
                .Select(n => (n.Feature >= 0 ? SlotScreen.WrittenSideFeatures[n.Feature] : -1, n.Threshold, n.Left, n.Right, n.Value)).ToList()).ToList();
            var scoring = SlotScreen.Create(trees, fitted.Base, float.NegativeInfinity, 0f);

            var slotsB = collect(foldB, spinnerOf, unscreened).SelectMany(s => s.Evidence.Slots.Select((slot, i) => (slot, Swap: s.Labels[i] == true)))
                .Select(x => (Screen: scoring.Score(x.slot.Features), x.slot.SlotProbability, x.slot.Probability, x.Swap, Work: Math.Exp(x.slot.Features[SwapFeatures.CandidateCount]))).OrderBy(s => s.Screen).ToList();
            double work = slotsB.Sum(s => s.Work);
            int strong = slotsB.Count(s => s.SlotProbability >= 0.5f);
            int allowed = (int)Math.Floor(StrongBudget * strong);
            // The highest threshold: walk up the slots in screen order until one more strong slot would pass the budget.
            int skipped = 0, strongSkipped = 0;
            while (skipped < slotsB.Count && (slotsB[skipped].SlotProbability < 0.5f || strongSkipped < allowed))
            {
                if (slotsB[skipped].SlotProbability >= 0.5f) strongSkipped++;
                skipped++;
            }

            // Thresholds fall between two screen scores, so that equal scores are all skipped or all kept.
            while (skipped > 0 && slotsB[skipped - 1].Screen == slotsB[Math.Min(skipped, slotsB.Count - 1)].Screen) skipped--;
            float skipBelow = skipped == 0 ? float.NegativeInfinity : skipped >= slotsB.Count ? float.PositiveInfinity
                : (slotsB[skipped - 1].Screen + slotsB[skipped].Screen) / 2;
            float standIn = skipped == 0 ? 0f : (float)slotsB.Take(skipped).Average(s => (double)s.SlotProbability);
            Console.WriteLine($"fold B: {slotsB.Count:N0} slots, {strong:N0} at 0.5 or more; the screen skips {skipped:N0} ({100.0 * skipped / slotsB.Count:F1}%) "
                + $"below {skipBelow:F3}, {strongSkipped} of them at 0.5 or more, {100 * slotsB.Take(skipped).Sum(s => s.Work) / work:F1}% of the candidates; stand-in {standIn:F5}");
            // What a skip costs in findings: the slots whose final probability (second stage, unscreened) reaches the report
            // threshold or the lowest threshold of a document called spun, and the swaps among them.
            float report = classifier.ReportThreshold, lowest = Math.Min(report, Math.Min(classifier.SpunDocumentReportThreshold, classifier.SpunPhraseReportThreshold));
            string Lost(IEnumerable<(float Screen, float SlotProbability, float Probability, bool Swap, double Work)> slots) =>
                $"{slots.Count(s => s.SlotProbability >= 0.5f)} at 0.5 or more (own), {slots.Count(s => s.Probability >= report)} reportable at {report:F3} "
                + $"({slots.Count(s => s.Probability >= report && s.Swap)} on a swap), {slots.Count(s => s.Probability >= lowest)} at {lowest:F2} ({slots.Count(s => s.Probability >= lowest && s.Swap)} on a swap)";
            Console.WriteLine("  fold B in all: " + Lost(slotsB));
            Console.WriteLine($"  skipped ({100.0 * skipped / slotsB.Count:F1}%): " + Lost(slotsB.Take(skipped)));
            foreach (double share in new[] { 0.4, 0.5, 0.6, 0.64, 0.68 })
            {
                int n = (int)(share * slotsB.Count);
                Console.WriteLine($"  skipping {share:P0}: {Lost(slotsB.Take(n))}; {100 * slotsB.Take(n).Sum(s => s.Work) / work:F1}% of the candidates");
            }

            var screen = SlotScreen.Create(trees, fitted.Base, skipBelow, standIn);
            var path = WeightsFile.Write(repo, wordNetView ? SwapClassifier.WordNetFileName : SwapClassifier.FileName, classifier.WithScreen(screen), HeaderPrefix, Header);
            Console.WriteLine("wrote " + path + (wordNetView ? "; now run `train-wordnet additions`" : "; now run `train keep-trees`, `train-document` and `train-spun`"));
            return 0;
        }

        private const string HeaderPrefix = "screen (first stage):";

        /// <summary>The weights file's comment on the screen (kept by `train keep-trees`).</summary>
        public static readonly string Header =
            $"{HeaderPrefix} {Trees} trees of depth {Depth} (rate {LearningRate.ToString(CultureInfo.InvariantCulture)}) over the written-side features, fitted by `train-screen` on fold A "
            + $"(positive: own probability {Target.ToString(CultureInfo.InvariantCulture)} or more, or on a swap); it skips at most {StrongBudget.ToString(CultureInfo.InvariantCulture)} of fold B's slots at 0.5 or more; stand-in: the skipped slots' mean.";

        private static float[] WrittenSide(float[] features)
        {
            var x = new float[SlotScreen.WrittenSideFeatures.Length];
            for (int i = 0; i < x.Length; i++) x[i] = features[SlotScreen.WrittenSideFeatures[i]];
            return x;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Evaluation;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// <c>inflection-trees</c> (probe): trees of their own for the slots of inflected words read by their base form, grown on
    /// fold A (clean copies and the inflecting spinner's), read on fold B: clean findings per 1,000 words and the inflecting
    /// spinner's swaps found, per threshold. Sizing only; writes nothing.
    /// </summary>
    internal static class InflectionTrees
    {
        public static int Run(string data, ContextModelData model, double rate)
        {
            model = model.WithClassifier(model.Classifier?.WithScreen(null));
            var tune = EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut).Select(a => ("bbc", a))
                .Concat(EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Where(a => !a.IsHeldOut).Select(a => ("diverse", a))).ToList();
            var spinner = Spinner.Create(data, rate, 0.5).WithStyle(SpinStyle.Inflected, data);
            var moby = Spinner.Create(data, rate, 0.5);
            var results = new (int Fold, string Genre, int Words, List<(float[] F, bool Gold)> Clean, List<(float[] F, bool Gold)> Spun, int Swaps, List<(float[] F, bool Gold)> Moby)[tune.Count];
            Parallel.For(0, tune.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var (_, article) = tune[i];
                List<(float[], bool)> Slots(string text, List<GoldSwap> gold)
                {
                    var evidence = SwapEvidence.Compute(AnalyzedDocument.FromText(article.Id, text), model);
                    return evidence.Slots.Where(s => s.Inflection != InflectionKind.None)
                        .Select(s => (s.Features, gold.Any(g => g.Start < s.Span.End && s.Span.Start < g.End))).ToList();
                }

                var spun = spinner.Spin(article, 2);
                var mobySpun = moby.Spin(article, 2);
                SwapEvidence.CountUses(AnalyzedDocument.FromText(article.Id, article.Text), out int words);
                results[i] = (EvaluationSplit.Seed(article.Id, 77) & 1, article.Genre, words, Slots(article.Text, new List<GoldSwap>()), Slots(spun.Text, spun.Gold), spun.Gold.Count,
                    Slots(mobySpun.Text, mobySpun.Gold));
            });

            var rows = new List<float[]>();
            var labels = new List<bool>();
            foreach (var r in results.Where(r => r.Fold == 0))
                foreach (var (f, gold) in r.Clean.Concat(r.Spun)) { rows.Add(f); labels.Add(gold); }
            Console.WriteLine($"fold A: {rows.Count:N0} inflected slots, {labels.Count(l => l):N0} on a swap");
            var trees = BoostedTrees.Fit(rows, labels, SwapFeatures.Count, 200, 4, 0.1, 1.0, 5.0);
            double P(float[] x) => 1 / (1 + Math.Exp(-(trees.Base + trees.Trees.Sum(t => BoostedTrees.Predict(t, x)))));
            var b = results.Where(r => r.Fold == 1).ToList();
            long words = b.Sum(r => (long)r.Words);
            int swaps = b.Sum(r => r.Swaps);
            var clean = b.Select(r => (r.Genre, r.Words, P: r.Clean.Select(s => P(s.F)).ToList())).ToList();
            var spunP = b.SelectMany(r => r.Spun.Select(s => (P: P(s.F), s.Gold))).ToList();
            var mobyP = b.SelectMany(r => r.Moby.Select(s => (P: P(s.F), s.Gold))).ToList();
            foreach (double t in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95 })
            {
                int c = clean.Sum(x => x.P.Count(p => p >= t));
                var loud = clean.GroupBy(x => x.Genre).Where(g => g.Sum(x => (long)x.Words) >= 5000)
                    .Select(g => (g.Key, Rate: 1000.0 * g.Sum(x => x.P.Count(p => p >= t)) / g.Sum(x => (long)x.Words))).OrderByDescending(x => x.Rate).First();
                int f = spunP.Count(s => s.P >= t), on = spunP.Count(s => s.P >= t && s.Gold);
                int mf = mobyP.Count(s => s.P >= t), mon = mobyP.Count(s => s.P >= t && s.Gold);
                Console.WriteLine($"t {t:F2}: clean {c} ({1000.0 * c / words:F3} per 1,000; loudest {loud.Key} {loud.Rate:F2}); inflected {on}/{f} of {swaps} swaps ({100.0 * on / swaps:F1}%); moby-spun copies {mon}/{mf}");
            }

            return 0;
        }
    }
}

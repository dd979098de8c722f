using System;
using System.Collections.Generic;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording.ContextModel;
using Microsoft.CodeAnalysis;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// <c>inflection-probe</c>: what the slots of inflected words read by their base form (<see cref="SwapSlot.Inflection"/>)
    /// would give at each threshold of their own, on fold B of the tuning halves: clean findings per 1,000 words (all, and the
    /// loudest genre of 5,000 words or more), and for each spinner the findings on such slots and how many lie on a swap.
    /// Sizing only; writes nothing.
    /// </summary>
    internal static class InflectionProbe
    {
        public static int Run(string data, double rate, Func<AnalyzedDocument, IReadOnlyList<Diagnostic>> certainFindings)
        {
            var spinners = FoldB.Spinners(data, rate);
            spinners.Add((SpinStyle.Inflected.Name, spinners[0].Spinner.WithStyle(SpinStyle.Inflected, data)));
            var grid = new[] { 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 0.95f };
            // Per version: for each threshold, the inflected slots reported (the Moby view's, and the WordNet view's whose best
            // candidate is a WordNet synonym, none overlapping a non-inflected finding) and those on a swap.
            var all = FoldB.Score(FoldB.Articles(data), spinners, certainFindings, (_, evidence, spun, gold) =>
            {
                var classifier = ContextModelData.Instance!.Classifier!;
                var shipped = evidence.Resolve(slot => classifier.ReportThresholdFor(slot, spun));
                var plain = shipped.Where(s => s.Inflection == InflectionKind.None).ToList();
                var inflected = evidence.Slots.Where(s => s.Inflection != InflectionKind.None && !s.Screened)
                    .Concat(evidence.WordNetView?.Slots.Where(s => s.Inflection != InflectionKind.None && !s.Screened && SwapClassifier.IsWordNetSynonym(s)) ?? Enumerable.Empty<SwapSlot>())
                    .Where(s => !plain.Any(p => p.Span.OverlapsWith(s.Span))).ToList();
                return grid.Select(t =>
                {
                    var hit = inflected.Where(s => s.Probability >= t).GroupBy(s => s.Span).Select(g => g.First()).ToList();
                    return (Findings: hit.Count, OnSwap: hit.Count(s => FoldB.GoldOf(s, gold) is not null));
                }).ToList();
            });

            var clean = all.Where(s => s.Version == "clean").ToList();
            long words = clean.Sum(s => (long)s.Words);
            var genres = clean.GroupBy(s => s.Genre).Where(g => g.Sum(s => (long)s.Words) >= 5000).ToList();
            for (int i = 0; i < grid.Length; i++)
            {
                var loudest = genres.Select(g => (g.Key, Rate: 1000.0 * g.Sum(s => s.Slots[i].Findings) / g.Sum(s => (long)s.Words))).OrderByDescending(x => x.Rate).First();
                var line = $"t {grid[i]:F2}: clean {clean.Sum(s => s.Slots[i].Findings)} ({1000.0 * clean.Sum(s => s.Slots[i].Findings) / words:F3} per 1,000; loudest {loudest.Key} {loudest.Rate:F2})";
                foreach (var group in all.Where(s => s.Version != "clean").GroupBy(s => s.Version))
                {
                    int f = group.Sum(s => s.Slots[i].Findings), on = group.Sum(s => s.Slots[i].OnSwap), gold = group.Sum(s => s.Gold);
                    line += $"; {group.Key} {on}/{f}" + (group.Key == SpinStyle.Inflected.Name ? $" of {gold} swaps ({100.0 * on / Math.Max(1, gold):F1}%)" : "");
                }

                Console.WriteLine(line);
            }

            return 0;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Evaluation;
using EditorialLint.Rules;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;
using Microsoft.CodeAnalysis;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// `train-spun boundary` (explore; writes nothing): EL2010's spun-document thresholds applied from a lower spin score
    /// than EL2900's report threshold. Fold B: for each boundary, every spinner's EL2010 precision and swaps found, and
    /// clean copy's findings overall and per genre.
    /// </summary>
    internal static class SpunBoundaryProbe
    {
        public static int Run(string data, ContextModelData model, double rate, Func<AnalyzedDocument, IReadOnlyList<Diagnostic>> certainFindings)
        {
            var classifier = model.Classifier ?? throw new InvalidOperationException("no embedded classifier");
            float documentThreshold = classifier.DocumentThreshold;
            var boundaries = new List<float> { documentThreshold };
            for (float b = (float)Math.Floor(documentThreshold); b >= -10f; b -= 1f) boundaries.Add(b);
            var all = FoldB.Score(FoldB.Articles(data), FoldB.Spinners(data, rate), certainFindings, (document, evidence, _, gold) =>
            {
                var findings = certainFindings(document).Select(f => (f.Id, f.Location.SourceSpan));
                float score = DocumentSpinScoreRule.Measure(document, findings, RuleOptions.Default)?.Score ?? float.NegativeInfinity;
                return boundaries.Select(b =>
                {
                    bool spun = score >= b;
                    var reported = evidence.Resolve(slot => classifier.ReportThresholdFor(slot, spun));
                    if (evidence.WordNetView is not null) reported.AddRange(evidence.WordNetAdditions(reported, null, spun));
                    var hits = reported.Select(slot => FoldB.GoldOf(slot, gold)).ToList();
                    return (Findings: reported.Count, OnSwap: hits.Count(h => h is not null), Multiword: hits.Where(h => h?.Kind == Spinner.Phrase).Distinct().Count(),
                        OneWord: hits.Where(h => h?.Kind == Spinner.Thesaurus).Distinct().Count(), Spun: spun);
                }).ToList();
            });
            var clean = all.Where(s => s.Version == "clean").ToList();
            long cleanWords = clean.Sum(s => (long)s.Words);
            for (int i = 0; i < boundaries.Count; i++)
            {
                var parts = new List<string>();
                foreach (var g in all.Where(s => s.Version != "clean").GroupBy(s => (s.Version, s.Corpus)))
                {
                    int findings = g.Sum(s => s.Slots[i].Findings), onSwap = g.Sum(s => s.Slots[i].OnSwap);
                    parts.Add($"{g.Key.Version}/{g.Key.Corpus} {100.0 * onSwap / Math.Max(1, findings):F1}% mw {g.Sum(s => s.Slots[i].Multiword)} 1w {g.Sum(s => s.Slots[i].OneWord)} spun {g.Count(s => s.Slots[i].Spun)}");
                }

                int cleanFindings = clean.Sum(s => s.Slots[i].Findings);
                var hottest = clean.GroupBy(s => s.Genre).Where(g => g.Sum(s => s.Words) >= 5000)
                    .Select(g => (g.Key, PerK: 1000.0 * g.Sum(s => s.Slots[i].Findings) / g.Sum(s => s.Words))).OrderByDescending(x => x.PerK).First();
                Console.WriteLine($"boundary {boundaries[i].ToString("F2", CultureInfo.InvariantCulture)}: clean {cleanFindings} ({1000.0 * cleanFindings / cleanWords:F3}/1k; "
                    + $"{clean.Count(s => s.Slots[i].Spun)} clean over the boundary; hottest genre {hottest.Key} {hottest.PerK:F2}/1k); total mw {all.Where(s => s.Version != "clean").Sum(s => s.Slots[i].Multiword)}; " + string.Join("; ", parts));
            }

            return 0;
        }
    }
}

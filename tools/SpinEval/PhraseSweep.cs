using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Evaluation;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;
using Microsoft.CodeAnalysis;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// `phrase-sweep`: what a report threshold of their own for phrase slots would do, on the tuning halves (the spins of
    /// `evaluate --split tune`): for each candidate threshold t, EL2010 reports a slot of two or three written words at
    /// min(its threshold, t) (variant "phrase"), or only such a slot whose best candidate is one word (variant "phrase→word"),
    /// everything else as shipped. Prints the clean findings added (per corpus and the worst genre), and per spinner the
    /// EL2010 precision and the multi-word recall. EL2900 does not read EL2010's findings, so its verdicts are unchanged.
    /// </summary>
    internal static class PhraseSweep
    {
        private static readonly float[] Thresholds = { 2f, 0.70f, 0.65f, 0.60f, 0.55f, 0.50f };

        public static int Run(string data, ContextModelData model, double rate, Func<AnalyzedDocument, ImmutableArray<Diagnostic>> analyze, string? dump = null)
        {
            // With a dump (outside the repository; numbers only): every unscreened Moby-view slot of two or three words in a
            // spun copy, with its probability, threshold, label (on a gold swap or not) and features, to read which evidence
            // tells the band under the threshold apart.
            using var writer = dump is null ? null : new StreamWriter(dump);
            writer?.WriteLine("style\tcorpus\tcalled\tp\tthreshold\tlabel\t" + string.Join("\t", Enumerable.Range(0, SwapFeatures.Count).Select(i => "f" + i)));
            var classifier = model.Classifier!;
            var corpora = new List<(string Name, List<Article> Articles)>
            {
                ("bbc", EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut).ToList()),
                ("diverse", EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Where(a => !a.IsHeldOut).ToList()),
            };
            // Each variant: whether the phrase threshold applies to a slot, given whether the document is called spun.
            var variants = new (string Name, Func<SwapSlot, bool, float, bool> Applies)[]
            {
                ("spun-doc phrase", (s, spun, score) => spun && s.TokenCount > 1),
                ("phrase, spin score 30 dB+", (s, spun, score) => spun && score >= 30 && s.TokenCount > 1),
                ("phrase, spin score 40 dB+", (s, spun, score) => spun && score >= 40 && s.TokenCount > 1),
            };

            var scores = new Dictionary<SwapEvidence, float>();
            List<SwapSlot> Reported(SwapEvidence evidence, bool spun, Func<SwapSlot, bool, float, bool> applies, float t)
            {
                float score = scores.GetValueOrDefault(evidence);
                var reported = evidence.Resolve(s => applies(s, spun, score) ? Math.Min(t, classifier.ReportThresholdFor(s, spun)) : classifier.ReportThresholdFor(s, spun));
                if (evidence.WordNetView is not null) reported.AddRange(evidence.WordNetAdditions(reported, null, spun));
                return reported;
            }

            // Clean copy: EL2010 findings at each threshold, per corpus and genre (plus the other EL2xxx findings, unchanged).
            foreach (var (variant, applies) in variants)
            {
                Console.WriteLine($"== variant {variant}");
                foreach (var (corpus, articles) in corpora)
                {
                    var counts = new long[Thresholds.Length];
                    var genreCounts = new Dictionary<string, long[]>();
                    var genreWords = new Dictionary<string, long>();
                    var genreOther = new Dictionary<string, long>();
                    long words = 0, other = 0;
                    foreach (var article in articles)
                    {
                        var document = AnalyzedDocument.FromText(article.Id, article.Text);
                        var diagnostics = analyze(document);
                        var evidence = SwapEvidence.For(document)!;
                        bool spun = diagnostics.Any(d => d.Id == "EL2900");
                        scores[evidence] = DocumentSpinScoreRule.SpinScore(document, diagnostics) ?? 0;
                        int otherHere = diagnostics.Count(d => d.Id.StartsWith("EL2", StringComparison.Ordinal) && d.Id != "EL2010");
                        other += otherHere;
                        genreOther[article.Genre] = genreOther.GetValueOrDefault(article.Genre) + otherHere;
                        words += evidence.WordCount;
                        genreWords[article.Genre] = genreWords.GetValueOrDefault(article.Genre) + evidence.WordCount;
                        if (!genreCounts.TryGetValue(article.Genre, out var g)) genreCounts[article.Genre] = g = new long[Thresholds.Length];
                        for (int i = 0; i < Thresholds.Length; i++)
                        {
                            int n = Reported(evidence, spun, applies, Thresholds[i]).Count;
                            counts[i] += n;
                            g[i] += n;
                        }
                    }

                    for (int i = 0; i < Thresholds.Length; i++)
                    {
                        var worst = genreCounts.Where(kv => genreWords[kv.Key] >= 5000).Select(kv => (kv.Key, Rate: 1000.0 * (kv.Value[i] + genreOther[kv.Key]) / genreWords[kv.Key]))
                            .OrderByDescending(x => x.Rate).First();
                        Console.WriteLine($"clean {corpus} t={(Thresholds[i] > 1 ? "shipped" : Thresholds[i].ToString("F2"))}: EL2010 {counts[i]} ({1000.0 * counts[i] / words:F3}/1k), all EL2xxx {1000.0 * (counts[i] + other) / words:F3}/1k; worst genre (all EL2xxx) {worst.Key} {worst.Rate:F2}");
                    }
                }
            }

            var baseSpinner = Spinner.Create(data, rate, 0.5);
            foreach (var style in SpinStyle.Fitted(rate))
            {
                var spinner = baseSpinner.WithStyle(style, data);
                foreach (var (corpus, articles) in corpora)
                {
                    var spuns = new List<(SpunArticle Spun, SwapEvidence Evidence, bool Called, List<TextSpan> Others)>();
                    foreach (var article in articles)
                    {
                        var spun = spinner.Spin(article, 2);
                        var document = AnalyzedDocument.FromText(article.Id, spun.Text);
                        var diagnostics = analyze(document);
                        var others = diagnostics.Where(d => d.Id.StartsWith("EL2", StringComparison.Ordinal) && d.Id != "EL2010" && d.Id != "EL2900")
                            .Select(d => new TextSpan(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)).ToList();
                        var ev = SwapEvidence.For(document)!;
                        bool called = diagnostics.Any(d => d.Id == "EL2900");
                        scores[ev] = DocumentSpinScoreRule.SpinScore(document, diagnostics) ?? 0;
                        spuns.Add((spun, ev, called, others));
                        if (writer is null) continue;
                        foreach (var slot in ev.Slots)
                        {
                            if (slot.Screened || slot.TokenCount < 2 || slot.Probability < 0.3f) continue;
                            var hit = spun.Gold.FirstOrDefault(g => g.Start < slot.Span.End && slot.Span.Start < g.End);
                            writer.WriteLine(string.Join("\t", new[] { style.Name, corpus, called ? "1" : "0", slot.Probability.ToString("F4", System.Globalization.CultureInfo.InvariantCulture),
                                classifier.ReportThresholdFor(slot, called).ToString("F4", System.Globalization.CultureInfo.InvariantCulture), hit is null ? "none" : hit.Kind }
                                .Concat(slot.Features.Select(f => f.ToString("G5", System.Globalization.CultureInfo.InvariantCulture)))));
                        }
                    }

                    foreach (var (variant, applies) in variants)
                        for (int i = 0; i < Thresholds.Length; i++)
                        {
                            if (variant != variants[0].Name && i == 0) continue;
                            long findings = 0, onSwap = 0, gold = 0, found = 0;
                            foreach (var (spun, evidence, called, others) in spuns)
                            {
                                var reported = Reported(evidence, called, applies, Thresholds[i]);
                                findings += reported.Count;
                                onSwap += reported.Count(s => spun.Gold.Any(g => g.Start < s.Span.End && s.Span.Start < g.End));
                                foreach (var g in spun.Gold)
                                {
                                    if (g.Kind != Spinner.Phrase) continue;
                                    gold++;
                                    if (reported.Any(s => g.Start < s.Span.End && s.Span.Start < g.End) || others.Any(o => g.Start < o.End && o.Start < g.End)) found++;
                                }
                            }

                            Console.WriteLine($"{style.Name}/{corpus} {variant} t={(Thresholds[i] > 1 ? "shipped" : Thresholds[i].ToString("F2"))}: EL2010 {findings} findings, precision {100.0 * onSwap / Math.Max(1, findings):F1}%, multiword recall {100.0 * found / Math.Max(1, gold):F1}% ({found}/{gold})");
                        }
                }
            }

            return 0;
        }

        private readonly record struct TextSpan(int Start, int Length)
        {
            public int End => Start + Length;
        }
    }
}

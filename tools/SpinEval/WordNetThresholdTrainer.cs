using System;
using System.Collections.Generic;
using System.Globalization;
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
    /// `train-wordnet`: EL2010's threshold for slots whose best candidate comes from WordNet alone (a WordNet build only).
    /// Fold B of the tuning halves, every article clean and spun by every style, scored as the rules score them (EL2900's
    /// verdict included). `train-wordnet measure FILE`, run on the shipped Moby-only build, writes the clean findings of
    /// each group of fold B (BBC news; clean-diverse; each clean-diverse genre, the reviews as one) to FILE;
    /// `train-wordnet FILE`, run on the WordNet build, picks the lowest threshold (steps of 0.01, from the report
    /// threshold up) at which no group gets more clean findings than in FILE (or, where the group already has more
    /// without any WordNet-only slot, more than it has without them), and rewrites only the
    /// <c>wordnet-report-threshold</c> line of the weights. `train-wordnet additions` and `train-wordnet short` fit the WordNet
    /// view's second stage and thresholds (below).
    /// </summary>
    internal static class WordNetThresholdTrainer
    {
        private const float Step = 0.01f;

        private const float Lowest = 0.30f;

        private sealed record Slot(float Probability, bool WordNetOnly, GoldSwap? Gold);


        public static int Run(string repo, string data, ContextModelData model, double rate, IReadOnlyList<string> arguments,
            Func<AnalyzedDocument, IReadOnlyList<Diagnostic>> certainFindings)
        {
            if (arguments.Count == 1 && arguments[0] == "additions") return RunAdditions(repo, data, model, rate, certainFindings);
            if (arguments.Count == 1 && arguments[0] == "short") return RunShort(repo, data, model, rate, certainFindings);
            var classifier = model.Classifier ?? throw new InvalidOperationException("no embedded classifier");
            bool measure = arguments.Count == 2 && arguments[0] == "measure";
            if (!measure && arguments.Count != 1) throw new ArgumentException("usage: train-wordnet measure FILE | train-wordnet FILE | train-wordnet additions | train-wordnet short");
            string file = Path.GetFullPath(arguments[arguments.Count - 1]);
            var articles = FoldB.Articles(data);
            var spinners = measure ? new List<(string Name, Spinner Spinner)>() : FoldB.Spinners(data, rate);
            var all = FoldB.Score(articles, spinners, Lowest, certainFindings, (slot, hit) => new Slot(slot.Probability, SwapClassifier.IsWordNetOnly(slot), hit));
            var clean = all.Where(s => s.Version == "clean").ToList();
            float report = classifier.ReportThreshold;
            float spunThreshold = classifier.ReportThresholdFor(spunDocument: true);
            // SwapClassifier.ReportThresholdFor(slot, spun) with the WordNet-only threshold at w.
            float ThresholdOf(FoldB.Scored<Slot> s, Slot x, float w) =>
                s.CalledSpun && spunThreshold < report ? spunThreshold : x.WordNetOnly ? Math.Max(report, w) : report;
            IEnumerable<Slot> Reported(FoldB.Scored<Slot> s, float w) => s.Slots.Where(x => x.Probability >= ThresholdOf(s, x, w));

            // Groups: each corpus, and each clean-diverse genre (the reviews as one).
            Dictionary<string, (int Findings, long Words)> CleanCounts(float w)
            {
                var counts = new SortedDictionary<string, (int Findings, long Words)>(StringComparer.Ordinal);
                foreach (var s in clean)
                    foreach (var g in FoldB.CleanGroupsOf(s.Corpus, s.Genre))
                    {
                        counts.TryGetValue(g, out var c);
                        counts[g] = (c.Findings + Reported(s, w).Count(), c.Words + s.Words);
                    }

                return new Dictionary<string, (int, long)>(counts, StringComparer.Ordinal);
            }

            float current = classifier.WordNetReportThreshold <= 1f ? classifier.WordNetReportThreshold : report;
            if (measure)
            {
                var counts = CleanCounts(current);
                File.WriteAllLines(file, counts.Select(kv => $"{kv.Key}\t{kv.Value.Findings}\t{kv.Value.Words}"));
                foreach (var kv in counts) Console.WriteLine($"{kv.Key}: {kv.Value.Findings} clean findings on {kv.Value.Words:N0} words");
                Console.WriteLine($"fold B: {articles.Count} articles, {clean.Count(s => s.CalledSpun)} clean articles called spun; wrote {file}");
                return 0;
            }

            var reference = File.ReadAllLines(file).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => int.Parse(f[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
            var without = CleanCounts(2f);
            var allowed = without.ToDictionary(kv => kv.Key, kv => Math.Max(kv.Value.Findings, reference.TryGetValue(kv.Key, out int r) ? r : 0), StringComparer.Ordinal);
            bool Within(float w) => CleanCounts(w).All(kv => kv.Value.Findings <= allowed[kv.Key]);

            string Line(float w)
            {
                var parts = new List<string>();
                foreach (var group in all.Where(s => s.Version != "clean").GroupBy(s => (s.Version, s.Corpus)))
                {
                    var reported = group.SelectMany(s => Reported(s, w)).ToList();
                    var found = group.SelectMany(s => Reported(s, w).Where(x => x.Gold is not null).Select(x => x.Gold).Distinct()).ToList();
                    int gold = group.Sum(s => s.Gold);
                    parts.Add($"{group.Key.Version}/{group.Key.Corpus} {100.0 * reported.Count(x => x.Gold is not null) / Math.Max(1, reported.Count):F1}% of {reported.Count}, "
                        + $"one-word {found.Count(g => g!.Kind == Spinner.Thesaurus)}, multiword {found.Count(g => g!.Kind == Spinner.Phrase)}");
                }

                var counts = CleanCounts(w);
                var over = counts.Where(kv => kv.Value.Findings > allowed[kv.Key]).Select(kv => $"{kv.Key} {kv.Value.Findings} > {allowed[kv.Key]}");
                parts.Add($"clean bbc {counts["bbc"].Findings}, diverse {counts["diverse"].Findings}; over: {string.Join(", ", over.DefaultIfEmpty("none"))}");
                return $"w {w:F2}: " + string.Join("; ", parts);
            }

            Console.WriteLine($"fold B: {articles.Count} articles; report threshold {report:F3}, spun-document {spunThreshold:F2}; clean findings allowed: "
                + string.Join(", ", allowed.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value} (reference {(reference.TryGetValue(kv.Key, out int r) ? r : 0)}, without WordNet-only {without[kv.Key].Findings})")));
            float best = 1f;
            for (float w = 1f; w >= report - 1e-6f; w -= Step)
            {
                float rounded = (float)Math.Round(w, 2);
                if (!Within(rounded)) break;
                best = rounded;
            }

            foreach (var w in new[] { 2f, 1f, 0.95f, 0.9f, 0.85f, (float)Math.Round(report, 2), best }.Distinct().OrderByDescending(x => x)) Console.WriteLine(Line(w));
            Console.WriteLine($"wordnet-report-threshold {best:F2} (the lowest at which no fold-B clean group gets more findings than allowed)");

            var path = WeightsFile.Write(repo, SwapClassifier.FileName, classifier.WithWordNetReportThreshold(best), HeaderPrefix,
                $"{HeaderPrefix} the lowest threshold (steps of {Step.ToString(CultureInfo.InvariantCulture)}) at which no clean fold-B group "
                + "(BBC; clean-diverse; each genre, the reviews as one) gets more findings than the Moby-only model's, or than it has without WordNet-only slots.");
            Console.WriteLine("wrote " + path);
            return 0;
        }

        // One version of a fold-B article as EL2010 reads it with two views: the Moby view's findings (the Moby-only model's),
        // and the WordNet view's slots whose best candidate is a WordNet synonym, each with the density of the other such slots.
        private sealed record TwoViews(IReadOnlyList<SwapSlot> Moby, List<SwapSlot> Synonyms, float[] SynonymDensities, bool ShortText, IReadOnlyList<GoldSwap> Gold);

        /// <summary>
        /// `train-wordnet additions` (a model with a WordNet view, <see cref="ContextModelData.WordNetClassifier"/>, as `train`
        /// wrote it for the WordNet table): what the WordNet view adds to the Moby view's findings. Fold B, every article clean
        /// and spun by every style. First the view's second stage is fitted again over the slots whose best candidate is a
        /// WordNet synonym, reading the density of such slots alone (<see cref="SwapClassifier.DensityOfWordNetSynonyms"/>);
        /// then the threshold: the lowest (steps of 0.01, from 1 down) at which no clean group (BBC; clean-diverse; each genre,
        /// the reviews as one) gets a finding the Moby-only model does not make, and no spinner's EL2010 precision on either
        /// corpus falls below the Moby-only model's. Rewrites the view's weights (<see cref="SwapClassifier.WordNetFileName"/>).
        /// </summary>
        private static int RunAdditions(string repo, string data, ContextModelData model, double rate, Func<AnalyzedDocument, IReadOnlyList<Diagnostic>> certainFindings)
        {
            var classifier = model.Classifier ?? throw new InvalidOperationException("no embedded classifier");
            var wordNet = model.WordNetClassifier ?? throw new InvalidOperationException("no WordNet view (" + SwapClassifier.WordNetFileName + " and a WordNet thesaurus)");
            var articles = FoldB.Articles(data);
            var spinners = FoldB.Spinners(data, rate);
            var all = FoldB.Score(articles, spinners, certainFindings, (_, evidence, spun, gold) =>
            {
                var moby = evidence.Resolve(slot => classifier.ReportThresholdFor(slot, spun));
                var view = evidence.WordNetView!;
                var densities = view.OtherSlotDensities(SwapClassifier.IsWordNetSynonym);
                var synonyms = new List<SwapSlot>();
                var own = new List<float>();
                for (int i = 0; i < view.Slots.Count; i++)
                {
                    if (!SwapClassifier.IsWordNetSynonym(view.Slots[i])) continue;
                    synonyms.Add(view.Slots[i]);
                    own.Add(densities[i]);
                }

                return new List<TwoViews> { new TwoViews(moby, synonyms, own.ToArray(), view.WordCount < SwapEvidence.MinimumDensityWords, gold) };
            });

            // The second stage over the synonyms' slots: z = a · logit(p) + b · ln(1 + d) + c + d' · [WordNet alone] + e · [first pick].
            var rows = new List<float[]>();
            var labels = new List<bool>();
            foreach (var v in all.Select(s => s.Slots[0]))
                for (int i = 0; i < v.Synonyms.Count; i++)
                {
                    var slot = v.Synonyms[i];
                    var hit = FoldB.GoldOf(slot, v.Gold);
                    if (hit?.Kind == Spinner.Pattern) continue;
                    double p = Math.Min(Math.Max(slot.SlotProbability, 1e-6), 1 - 1e-6);
                    var (wordNetOnly, firstPick) = SwapClassifier.SourceOf(slot);
                    rows.Add(new[] { (float)Math.Log(p / (1 - p)), (float)Math.Log(1 + v.SynonymDensities[i]), wordNetOnly, firstPick });
                    labels.Add(hit is not null);
                }

            var (weights, bias, _, _) = Trainer.Fit(rows, labels, 1.0);
            var context = new[] { weights[0], weights[1], bias, weights[2], weights[3] };
            var refit = wordNet.WithWordNetSynonymDensity(context);
            Console.WriteLine($"second stage over {rows.Count:N0} WordNet-synonym slots ({labels.Count(l => l):N0} on a swap): {context[0]:F4} · logit(p) + "
                + $"{context[1]:F4} · ln(1 + d of WordNet synonyms) + {context[2]:F4} + {context[3]:F4} · WordNet alone + {context[4]:F4} · first pick");
            foreach (var v in all.Select(s => s.Slots[0]))
                for (int i = 0; i < v.Synonyms.Count; i++) v.Synonyms[i].Probability = refit.PredictInContext(v.Synonyms[i], v.SynonymDensities[i], v.ShortText);

            List<SwapSlot> Additions(TwoViews v, float w) => SwapEvidence.WordNetAdditions(v.Synonyms, v.Moby, _ => w);
            var clean = all.Where(s => s.Version == "clean").ToList();
            Dictionary<string, int> CleanAdditions(float w)
            {
                var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
                foreach (var s in clean)
                {
                    int n = Additions(s.Slots[0], w).Count;
                    foreach (var g in FoldB.CleanGroupsOf(s.Corpus, s.Genre)) counts[g] = counts.GetValueOrDefault(g) + n;
                }

                return new Dictionary<string, int>(counts, StringComparer.Ordinal);
            }

            // Per spinner and corpus: the Moby view's findings and those on a swap, the additions and those on a swap, and the
            // gold swaps the additions find that the Moby view did not (one-word, multiword).
            List<(string Name, int Moby, int MobyOnGold, int Added, int AddedOnGold, int OneWord, int Multiword, int Gold)> Spun(float w)
            {
                var result = new List<(string, int, int, int, int, int, int, int)>();
                foreach (var group in all.Where(s => s.Version != "clean").GroupBy(s => (s.Version, s.Corpus)))
                {
                    int moby = 0, mobyOnGold = 0, added = 0, addedOnGold = 0, oneWord = 0, multiword = 0, gold = 0;
                    foreach (var s in group)
                    {
                        var v = s.Slots[0];
                        gold += v.Gold.Count;
                        var hitByMoby = new HashSet<GoldSwap>(v.Moby.Select(x => FoldB.GoldOf(x, v.Gold)).OfType<GoldSwap>());
                        moby += v.Moby.Count;
                        mobyOnGold += v.Moby.Count(x => FoldB.GoldOf(x, v.Gold) is not null);
                        var additions = Additions(v, w);
                        added += additions.Count;
                        var newGold = additions.Select(x => FoldB.GoldOf(x, v.Gold)).OfType<GoldSwap>().ToList();
                        addedOnGold += newGold.Count;
                        foreach (var g in newGold.Distinct().Where(g => !hitByMoby.Contains(g)))
                        {
                            if (g.Kind == Spinner.Thesaurus) oneWord++;
                            else if (g.Kind == Spinner.Phrase) multiword++;
                        }
                    }

                    result.Add(($"{group.Key.Version}/{group.Key.Corpus}", moby, mobyOnGold, added, addedOnGold, oneWord, multiword, gold));
                }

                return result;
            }

            // Precision is compared as counts: (on gold + added on gold) / (findings + added) ≥ on gold / findings.
            bool Within(float w) => CleanAdditions(w).Values.All(n => n == 0)
                && Spun(w).All(x => (long)(x.MobyOnGold + x.AddedOnGold) * x.Moby >= (long)x.MobyOnGold * (x.Moby + x.Added));

            string Line(float w)
            {
                var parts = Spun(w).Select(x => $"{x.Name} +{x.Added} ({x.AddedOnGold} on a swap; precision {100.0 * x.MobyOnGold / Math.Max(1, x.Moby):F2}% → "
                    + $"{100.0 * (x.MobyOnGold + x.AddedOnGold) / Math.Max(1, x.Moby + x.Added):F2}%), +{x.OneWord} one-word, +{x.Multiword} multiword of {x.Gold}").ToList();
                var counts = CleanAdditions(w);
                parts.Add("clean additions: " + string.Join(", ", counts.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key} {kv.Value}").DefaultIfEmpty("none")));
                return $"w {w:F2}: " + string.Join("; ", parts);
            }

            float best = 2f;
            for (float w = 1f; w >= Lowest - 1e-6f; w -= Step)
            {
                float rounded = (float)Math.Round(w, 2);
                if (!Within(rounded)) break;
                best = rounded;
            }

            Console.WriteLine($"fold B: {articles.Count} articles; the Moby view at {classifier.ReportThreshold:F3} (spun documents {classifier.ReportThresholdFor(spunDocument: true):F2})");
            foreach (var w in new[] { 0.95f, 0.9f, 0.85f, 0.8f, 0.75f, 0.7f, 0.6f, 0.5f, best, (float)Math.Round(best - Step, 2) }.Where(x => x <= 1f).Distinct().OrderByDescending(x => x))
                Console.WriteLine(Line(w));
            if (best > 1f)
            {
                Console.WriteLine("no threshold keeps fold B within both limits; weights left as they are");
                return 1;
            }

            Console.WriteLine($"wordnet-report-threshold {best:F2} (the lowest at which no fold-B clean group gets a finding the Moby-only model does not make "
                + "and no spinner's precision falls below the Moby-only model's)");
            var path = WeightsFile.Write(repo, SwapClassifier.WordNetFileName, refit.WithWordNetReportThreshold(best), AdditionsPrefix,
                $"{AdditionsPrefix} the second stage refitted over the density of WordNet synonyms; the lowest threshold (steps of "
                + $"{Step.ToString(CultureInfo.InvariantCulture)}) at which no clean fold-B group (BBC; clean-diverse; each genre, the reviews as one) gets a "
                + "finding the Moby-only model does not make and no spinner's EL2010 precision falls below the Moby-only model's.");
            Console.WriteLine("wrote " + path);
            return 0;
        }

        /// <summary>
        /// `train-wordnet short`: the threshold of the WordNet view's additions in a short text not called spun
        /// (<see cref="SwapClassifier.ShortTextWordNetReportThreshold"/>). A short text's synonym reaches the view's final
        /// probability through the local mapping, not a density, so the articles' bar asks it for far more own evidence than a
        /// long text's. Fitted on what a short text is: fold B's paragraphs of 60–150 words, each linted alone, and fold B's
        /// articles under <see cref="SwapEvidence.MinimumDensityWords"/> words, clean and spun by every style. The lowest
        /// threshold (steps of 0.01, from the view's own threshold down) at which no clean group (BBC; clean-diverse; each
        /// genre, the reviews as one) gets a finding the model without it does not make, and no spinner's EL2010 precision on
        /// either corpus falls below the model's without it. Rewrites the view's weights (<see cref="SwapClassifier.WordNetFileName"/>).
        /// </summary>
        private static int RunShort(string repo, string data, ContextModelData model, double rate, Func<AnalyzedDocument, IReadOnlyList<Diagnostic>> certainFindings)
        {
            var classifier = model.Classifier ?? throw new InvalidOperationException("no embedded classifier");
            var wordNet = model.WordNetClassifier ?? throw new InvalidOperationException("no WordNet view (" + SwapClassifier.WordNetFileName + " and a WordNet thesaurus)");
            if (wordNet.WordNetReportThreshold > 1f) throw new InvalidOperationException("the WordNet view has no threshold for its additions; run `train-wordnet additions` first");
            // The grid: none (index 0: the model without the line), then the view's own threshold down.
            var grid = new List<float> { 2f };
            for (float t = wordNet.WordNetReportThreshold - Step; t >= 0.7f - 1e-6f; t -= Step) grid.Add((float)Math.Round(t, 2));
            var classifiers = grid.Select(w => wordNet.WithShortTextWordNetReportThreshold(w)).ToList();
            var texts = FoldB.Paragraphs(data).Concat(FoldB.Articles(data)).ToList();
            var all = FoldB.Score(texts, FoldB.Spinners(data, rate), certainFindings, (_, evidence, spun, gold) =>
            {
                // Only short texts: a longer one is read the same at every cell.
                var results = new List<(int Findings, int OnSwap, int Found)>();
                if (!evidence.IsShortText || evidence.WordNetView is not { } view) return results;
                var moby = evidence.Resolve(slot => classifier.ReportThresholdFor(slot, spun));
                foreach (var c in classifiers)
                {
                    var reported = new List<SwapSlot>(moby);
                    reported.AddRange(SwapEvidence.WordNetAdditions(view.Slots, moby, slot => c.AdditionThresholdFor(slot, spun, shortText: true)));
                    var hits = reported.Select(slot => FoldB.GoldOf(slot, gold)).ToList();
                    results.Add((reported.Count, hits.Count(h => h is not null), hits.OfType<GoldSwap>().Distinct().Count()));
                }

                return results;
            }).Where(s => s.Slots.Count > 0).ToList();

            var clean = all.Where(s => s.Version == "clean").ToList();
            Dictionary<string, int> CleanFindings(int i)
            {
                var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
                foreach (var s in clean)
                    foreach (var g in FoldB.CleanGroupsOf(s.Corpus, s.Genre)) counts[g] = counts.GetValueOrDefault(g) + s.Slots[i].Findings;
                return new Dictionary<string, int>(counts, StringComparer.Ordinal);
            }

            var spunGroups = all.Where(s => s.Version != "clean").GroupBy(s => (s.Version, s.Corpus)).ToList();
            (long Findings, long OnSwap, long Found, long Gold) Totals(IEnumerable<FoldB.Scored<(int Findings, int OnSwap, int Found)>> group, int i) =>
                (group.Sum(s => (long)s.Slots[i].Findings), group.Sum(s => (long)s.Slots[i].OnSwap), group.Sum(s => (long)s.Slots[i].Found), group.Sum(s => (long)s.Gold));

            var cleanBefore = CleanFindings(0);
            // Precision is compared as counts: onSwap(i) / findings(i) ≥ onSwap(0) / findings(0).
            bool Within(int i) => CleanFindings(i).All(kv => kv.Value <= cleanBefore[kv.Key])
                && spunGroups.All(g =>
                {
                    var (f, o, _, _) = Totals(g, i);
                    var (f0, o0, _, _) = Totals(g, 0);
                    return o * f0 >= o0 * f;
                });

            string Line(int i)
            {
                var parts = spunGroups.Select(g =>
                {
                    var (f, o, found, gold) = Totals(g, i);
                    return $"{g.Key.Version}/{g.Key.Corpus} {100.0 * found / Math.Max(1, gold):F1}% of {gold} at {100.0 * o / Math.Max(1, f):F1}%";
                }).ToList();
                var counts = CleanFindings(i);
                parts.Add($"clean bbc {counts.GetValueOrDefault("bbc")}, diverse {counts.GetValueOrDefault("diverse")}; over: "
                    + string.Join(", ", counts.Where(kv => kv.Value > cleanBefore[kv.Key]).Select(kv => $"{kv.Key} {kv.Value} > {cleanBefore[kv.Key]}").DefaultIfEmpty("none")));
                return $"w {(grid[i] > 1f ? "none" : grid[i].ToString("F2", CultureInfo.InvariantCulture))}: " + string.Join("; ", parts);
            }

            int best = 0;
            for (int i = 1; i < grid.Count && Within(i); i++) best = i;
            Console.WriteLine($"fold B: {clean.Count} short clean texts not read as long ({clean.Count(s => s.CalledSpun)} called spun), {all.Count - clean.Count} spun ones");
            for (int i = 0; i < grid.Count; i++)
                Console.WriteLine(Line(i));
            if (best == 0)
            {
                Console.WriteLine("no threshold below the view's own keeps fold B within both limits; weights left as they are");
                return 1;
            }

            Console.WriteLine($"short-text-wordnet-report-threshold {grid[best]:F2} (the lowest at which no fold-B clean group of short texts gets a finding "
                + "the model without it does not make and no spinner's precision there falls)");
            var path = WeightsFile.Write(repo, SwapClassifier.WordNetFileName, wordNet.WithShortTextWordNetReportThreshold(grid[best]), ShortPrefix,
                $"{ShortPrefix} the WordNet view's additions in texts under {SwapEvidence.MinimumDensityWords} words not called spun: the lowest threshold (steps of "
                + $"{Step.ToString(CultureInfo.InvariantCulture)}) at which fold B's paragraphs of 60-150 words linted alone and its short articles give no clean group "
                + "(BBC; clean-diverse; each genre, the reviews as one) a finding the model without it does not make and no spinner's EL2010 precision falls.");
            Console.WriteLine("wrote " + path);
            return 0;
        }

        private const string ShortPrefix = "short-text-wordnet-report-threshold (SpinEval train-wordnet short):";

        private const string AdditionsPrefix = "WordNet view (SpinEval train-wordnet additions):";

        private const string HeaderPrefix = "wordnet-report-threshold (EL2010, slots only WordNet proposes, documents not called spun):";
    }
}

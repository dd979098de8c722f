using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;
using Microsoft.CodeAnalysis;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// The wording rules' evaluation harness:
    /// <code>
    /// dotnet run -c Release --project tools/SpinEval -- train      # fit EL2010's classifier and thresholds on the tuning half
    /// dotnet run -c Release --project tools/SpinEval -- evaluate   # measure every EL2xxx rule on the held-out half and the seeds
    /// dotnet run -c Release --project tools/SpinEval -- slots FILE # show the scored slots of a text file
    /// </code>
    /// Options: <c>--shared DIR</c> (default ../shared beside the repository), <c>--rate R</c> (share of eligible words
    /// the spinner swaps, default 0.12; each article draws its own between a quarter of it and twice it), <c>--split tune|held-out</c> (evaluate only; default held-out).
    /// </summary>
    internal static class Program
    {
        // EL2010's share of the wording budget of 0.5 findings per 1,000 words of clean news (the phrase and grammar layers
        // use less than 0.01 of it).
        private const double ReportBudgetPer1000 = 0.35;

        // EL2900 may flag at most this share of clean tuning articles.
        private const double DocumentFalseAlarmShare = 0.02;

        private const double Lambda = 1.0;

        public static int Main(string[] args)
        {
            if (args.Length == 0)
            {
                Console.Error.WriteLine("usage: spin-eval train|evaluate|slots FILE [--shared DIR] [--rate R] [--split tune|held-out]");
                return 2;
            }

            string repo = FindRepositoryRoot();
            string shared = Path.GetFullPath(Path.Combine(repo, "..", "shared"));
            double rate = 0.12;
            bool heldOut = true;
            var positional = new List<string>();
            for (int i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--shared": shared = Path.GetFullPath(args[++i]); break;
                    case "--rate": rate = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--split": heldOut = args[++i] != "tune"; break;
                    default: positional.Add(args[i]); break;
                }
            }

            var opening = Stopwatch.StartNew();
            var model = ContextModelData.Instance;
            opening.Stop();
            if (args[0] == "timing")
            {
                var again = Stopwatch.StartNew();
                ContextModelData.LoadFresh();
                again.Stop();
                Console.WriteLine($"first open (JIT, lexicon and weights included): {opening.Elapsed.TotalMilliseconds:F0} ms; open again: {again.Elapsed.TotalMilliseconds:F1} ms");
            }

            if (model is null)
            {
                Console.Error.WriteLine("the context model's tables are not embedded: " + ContextModelData.LoadError);
                return 2;
            }

            string data = Path.Combine(shared, "data");
            switch (args[0])
            {
                case "train":
                    return Train(repo, data, model, rate);
                case "evaluate":
                    return Evaluate(shared, data, rate, heldOut);
                case "slots":
                    return ShowSlots(positional[0], model);
                case "timing":
                    return Timing(data, model);
                case "lint":
                    Console.Write(LintReport(WordingEngine(), positional));
                    return 0;
                case "clean-top":
                    return ShowCleanTop(data, model);
                default:
                    Console.Error.WriteLine("unknown command " + args[0]);
                    return 2;
            }
        }

        private static int Train(string repo, string data, ContextModelData model, double rate)
        {
            var clock = Stopwatch.StartNew();
            var tune = Articles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut).ToList();
            // The tuning half splits again: fold A grows the trees, fold B (unseen by them) fits the second stage and
            // the thresholds, so that neither is fitted on the trees' own training slots.
            var foldA = tune.Where(a => (Articles.Seed(a.Id, 77) & 1) == 0).ToList();
            var foldB = tune.Where(a => (Articles.Seed(a.Id, 77) & 1) == 1).ToList();
            var spinner = Spinner.Create(data, rate, 0.5);

            var (rows, labels, _, _, wordsA) = Collect(foldA, spinner, model, SpinsPerArticle);
            int positives = labels.Count(l => l);
            Console.WriteLine($"fold A: {foldA.Count} articles, {wordsA:N0} clean words, {rows.Count:N0} slots, {positives:N0} on a swap ({clock.Elapsed.TotalSeconds:F0}s)");
            var trees = BoostedTrees.Fit(rows, labels, SwapFeatures.Count, Trees, TreeDepth, LearningRate, 1.0, 5.0, Console.WriteLine);
            var treeList = trees.Trees.Select(t => (IReadOnlyList<(int, float, int, int, float)>)t.Select(n => (n.Feature, n.Threshold, n.Left, n.Right, n.Value)).ToList()).ToList();
            var provisional = SwapClassifier.Create(treeList, trees.Base, new[] { 1f, 0f, 0f }, 1f, float.MaxValue);
            Console.WriteLine($"trees grown ({clock.Elapsed.TotalSeconds:F0}s)");

            var (_, _, cleanB, spunB, wordsB) = Collect(foldB, spinner, model);
            var stageRows = new List<float[]>();
            var stageLabels = new List<bool>();
            foreach (var scored in cleanB.Concat(spunB))
                foreach (var slot in scored.Evidence.Slots) slot.SlotProbability = provisional.PredictSlot(slot.Features);

            foreach (var scored in cleanB.Concat(spunB))
            {
                var others = scored.Evidence.OtherSlotDensities();
                for (int i = 0; i < scored.Evidence.Slots.Count; i++)
                {
                    if (scored.Labels[i] is not { } label) continue;
                    double p = Math.Min(Math.Max(scored.Evidence.Slots[i].SlotProbability, 1e-6), 1 - 1e-6);
                    stageRows.Add(new[] { (float)Math.Log(p / (1 - p)), (float)Math.Log(1 + others[i]) });
                    stageLabels.Add(label);
                }
            }

            var (stageWeights, stageBias, _, _) = Trainer.Fit(stageRows, stageLabels, Lambda);
            var context = new[] { stageWeights[0], stageWeights[1], stageBias };
            Console.WriteLine($"second stage: {context[0]:F4} · logit(p) + {context[1]:F4} · ln(1 + d) + {context[2]:F4}");
            var weighed = provisional.WithThresholds(context, 1f, float.MaxValue);
            foreach (var scored in cleanB.Concat(spunB)) scored.Evidence.WeighInContext(weighed);

            // EL2010's threshold: the budget of findings on fold B's clean articles.
            int allowed = (int)Math.Floor(ReportBudgetPer1000 * wordsB / 1000.0);
            float reportThreshold = LowestThresholdWithin(cleanB.Select(e => e.Evidence).ToList(), allowed);
            int found = spunB.Sum(s => s.Evidence.Resolve(reportThreshold).Count(slot => s.Spun!.Gold.Any(g => g.Start < slot.Span.End && slot.Span.Start < g.End)));
            int gold = spunB.Sum(s => s.Spun!.Gold.Count);

            // EL2900's threshold: a spin score that few clean fold-B articles reach.
            var cleanScores = cleanB.Where(e => e.Evidence.WordCount > 0).Select(e => DocumentSpinScoreRule.SpinScore(e.Document, e.Evidence, SwapEvidenceRules.Value.AnalyzeDocument(e.Document))).OrderByDescending(s => s).ToList();
            int documentsAllowed = (int)Math.Floor(DocumentFalseAlarmShare * cleanScores.Count);
            float documentThreshold = NextUp(cleanScores[documentsAllowed]);
            var spunScores = spunB.Select(s => DocumentSpinScoreRule.SpinScore(s.Document, s.Evidence, SwapEvidenceRules.Value.AnalyzeDocument(s.Document))).ToList();
            Console.WriteLine($"fold B: report threshold {reportThreshold:F4} ({allowed} findings allowed on {wordsB:N0} clean words; {found} of {gold} gold swaps hit); document threshold {documentThreshold:F2}");
            Console.WriteLine($"fold B EL2900 AUC {Auc(spunScores, cleanScores):F4}; spun articles at or above threshold {spunScores.Count(s => s >= documentThreshold) * 100.0 / spunScores.Count:F1}%");

            var classifier = provisional.WithThresholds(context, reportThreshold, documentThreshold);
            var path = Path.Combine(repo, "src", "EditorialLint.Rules", "Wording", "Data", SwapClassifier.FileName);
            File.WriteAllText(path, classifier.Format(new[]
            {
                "EL2010/EL2900 classifier: written by `dotnet run -c Release --project tools/SpinEval -- train` (do not edit).",
                $"Trained on the tuning half of ../shared/data/clean-news/bbc, clean and spun (rate {rate.ToString(CultureInfo.InvariantCulture)}, seed salt 1):",
                $"trees on fold A ({foldA.Count} articles, {rows.Count} slots, {positives} on a swap; {Trees} trees of depth {TreeDepth}, rate {LearningRate.ToString(CultureInfo.InvariantCulture)});",
                $"second stage and thresholds on fold B ({foldB.Count} articles). report-threshold: {ReportBudgetPer1000.ToString(CultureInfo.InvariantCulture)} findings per 1,000 clean words;",
                $"document-threshold: {DocumentFalseAlarmShare.ToString(CultureInfo.InvariantCulture)} of clean articles.",
            }), new UTF8Encoding(false));
            Console.WriteLine("wrote " + path + $" ({clock.Elapsed.TotalSeconds:F0}s)");
            return 0;
        }

        private const int Trees = 300;
        private const int SpinsPerArticle = 1;
        private const int TreeDepth = 4;
        private const double LearningRate = 0.1;

        // Slots of clean and spun copies of the articles, labelled: on a gold swap or not; null for slots on a pattern
        // swap ("I used to be"), which are the grammar rules' to find and teach this model nothing.
        private static (List<float[]> Rows, List<bool> Labels, List<Scored> Clean, List<Scored> Spun, long CleanWords)
            Collect(List<Article> articles, Spinner spinner, ContextModelData model, int spins = 1)
        {
            var rows = new List<float[]>();
            var labels = new List<bool>();
            var clean = new List<Scored>();
            var spunList = new List<Scored>();
            long words = 0;
            foreach (var article in articles)
            {
                var document = AnalyzedDocument.FromText(article.Id, article.Text);
                var evidence = SwapEvidence.Compute(document, model);
                words += evidence.WordCount;
                clean.Add(new Scored(null, document, evidence, evidence.Slots.Select(_ => (bool?)false).ToArray()));
            }

            foreach (var article in articles)
            for (int salt = 1; salt <= spins; salt++)
            {
                var spun = spinner.Spin(article, salt == 1 ? 1 : 10 + salt);
                var document = AnalyzedDocument.FromText(article.Id, spun.Text);
                var evidence = SwapEvidence.Compute(document, model);
                var slotLabels = evidence.Slots.Select(slot =>
                {
                    var hit = spun.Gold.FirstOrDefault(g => g.Start < slot.Span.End && slot.Span.Start < g.End);
                    return hit is null ? false : hit.Kind == Spinner.Pattern ? (bool?)null : true;
                }).ToArray();
                spunList.Add(new Scored(spun, document, evidence, slotLabels));
            }

            foreach (var scored in clean.Concat(spunList))
            {
                for (int i = 0; i < scored.Labels.Length; i++)
                {
                    if (scored.Labels[i] is not { } label) continue;
                    rows.Add(scored.Evidence.Slots[i].Features);
                    labels.Add(label);
                }
            }

            return (rows, labels, clean, spunList, words);
        }

        private sealed record Scored(SpunArticle? Spun, AnalyzedDocument Document, SwapEvidence Evidence, bool?[] Labels);

        // The lowest probability threshold at which EL2010 reports at most `allowed` findings on these clean articles.
        private static float LowestThresholdWithin(List<SwapEvidence> clean, int allowed)
        {
            var probabilities = clean.SelectMany(e => e.Slots).Select(s => s.Probability).Where(p => p >= 0.05f).Distinct().OrderBy(p => p).ToList();
            int lo = 0, hi = probabilities.Count; // answer index in [lo, hi]; hi = above every probability
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                int count = clean.Sum(e => e.Resolve(probabilities[mid]).Count);
                if (count <= allowed) hi = mid;
                else lo = mid + 1;
            }

            return lo < probabilities.Count ? probabilities[lo] : NextUp(probabilities[probabilities.Count - 1]);
        }

        private static float NextUp(float value) => value + Math.Max(1e-6f, Math.Abs(value) * 1e-6f);

        private static int Evaluate(string shared, string data, double rate, bool heldOut)
        {
            var clock = Stopwatch.StartNew();
            var rules = WordingRules();
            var engine = new LintEngine(rules);
            var articles = Articles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => a.IsHeldOut == heldOut).ToList();
            var spinner = Spinner.Create(data, rate, 0.5);
            string split = heldOut ? "held-out" : "tune";
            string spinIdsNote = "spin seed salt 2";

            var ids = rules.SelectMany(r => r.SupportedDiagnostics).Where(d => d.Category == "Wording" || d.Id.StartsWith("EL2", StringComparison.Ordinal)).Select(d => d.Id).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
            var cleanFindings = ids.ToDictionary(id => id, _ => 0);
            var spunFindings = ids.ToDictionary(id => id, _ => 0);
            var spunTrue = ids.ToDictionary(id => id, _ => 0);
            var kinds = new[] { Spinner.Thesaurus, Spinner.Phrase, Spinner.Pattern };
            var goldByKind = kinds.ToDictionary(k => k, _ => 0);
            var foundByKind = kinds.ToDictionary(k => k, _ => 0);
            var foundByRuleKind = new Dictionary<(string, string), int>();
            int suggestions = 0, rightSuggestions = 0;
            long cleanWords = 0, spunWords = 0;
            var cleanScores = new List<float>();
            var spunScores = new List<float>();
            var examples = new List<string>();

            foreach (var article in articles)
            {
                var cleanDocument = AnalyzedDocument.FromText(article.Id, article.Text);
                cleanWords += CountWords(cleanDocument);
                var cleanDiagnostics = engine.AnalyzeDocument(cleanDocument);
                foreach (var d in cleanDiagnostics)
                {
                    if (cleanFindings.ContainsKey(d.Id)) cleanFindings[d.Id]++;
                    if (d.Id == "EL2010" && examples.Count < 0) examples.Add(d.ToString());
                }

                cleanScores.Add(DocumentSpinScoreRule.SpinScore(cleanDocument, cleanDiagnostics) ?? 0);

                var spun = spinner.Spin(article, 2);
                var spunDocument = AnalyzedDocument.FromText(article.Id, spun.Text);
                spunWords += CountWords(spunDocument);
                var diagnostics = engine.AnalyzeDocument(spunDocument);
                spunScores.Add(DocumentSpinScoreRule.SpinScore(spunDocument, diagnostics) ?? 0);
                foreach (var g in spun.Gold) goldByKind[g.Kind]++;
                var foundGold = new HashSet<GoldSwap>();
                foreach (var d in diagnostics)
                {
                    if (!spunFindings.ContainsKey(d.Id)) continue;
                    spunFindings[d.Id]++;
                    if (d.Id == "EL2900") continue;
                    var span = d.Location.SourceSpan;
                    var hit = spun.Gold.FirstOrDefault(g => g.Start < span.End && span.Start < g.End);
                    if (hit is null) continue;
                    spunTrue[d.Id]++;
                    foundGold.Add(hit);
                    foundByRuleKind.TryGetValue((d.Id, hit.Kind), out int n);
                    foundByRuleKind[(d.Id, hit.Kind)] = n + 1;
                    if (d.Id == "EL2010")
                    {
                        suggestions++;
                        var fix = TextFix.FromDiagnostic(d);
                        if (fix is not null && string.Equals(fix.Value.Replacement, hit.Original, StringComparison.OrdinalIgnoreCase)) rightSuggestions++;
                    }
                }

                foreach (var g in foundGold) foundByKind[g.Kind]++;
            }

            var report = new StringBuilder();
            report.AppendLine($"## Spun news ({split} half: {articles.Count} BBC articles, spin rate {rate.ToString(CultureInfo.InvariantCulture)}, {spinIdsNote})");
            report.AppendLine();
            report.AppendLine($"Clean words: {cleanWords:N0}; spun words: {spunWords:N0}; gold swaps: " +
                string.Join(", ", kinds.Select(k => $"{k} {goldByKind[k]:N0}")) + ".");
            report.AppendLine();
            report.AppendLine("| rule | clean findings | per 1,000 clean words | spun findings | on a swap | precision in spun text | " + string.Join(" | ", kinds.Select(k => "recall " + k)) + " |");
            report.AppendLine("|---|---:|---:|---:|---:|---:|" + string.Join("", kinds.Select(_ => "---:|")));
            int totalClean = 0, totalSpun = 0, totalTrue = 0;
            foreach (var id in ids)
            {
                if (id == "EL2900") continue;
                totalClean += cleanFindings[id];
                totalSpun += spunFindings[id];
                totalTrue += spunTrue[id];
                report.AppendLine($"| {id} | {cleanFindings[id]} | {Per1000(cleanFindings[id], cleanWords)} | {spunFindings[id]} | {spunTrue[id]} | {Percent(spunTrue[id], spunFindings[id])} | " +
                    string.Join(" | ", kinds.Select(k => Percent(foundByRuleKind.GetValueOrDefault((id, k)), goldByKind[k]))) + " |");
            }

            report.AppendLine($"| all wording rules | {totalClean} | {Per1000(totalClean, cleanWords)} | {totalSpun} | {totalTrue} | {Percent(totalTrue, totalSpun)} | " +
                string.Join(" | ", kinds.Select(k => Percent(foundByKind[k], goldByKind[k]))) + " |");
            report.AppendLine();
            int thesaurusGold = goldByKind[Spinner.Thesaurus] + goldByKind[Spinner.Phrase];
            int thesaurusFound = foundByKind[Spinner.Thesaurus] + foundByKind[Spinner.Phrase];
            report.AppendLine($"Thesaurus swaps (one word and phrase) found by any layer: {Percent(thesaurusFound, thesaurusGold)} ({thesaurusFound} of {thesaurusGold}).");
            report.AppendLine($"EL2010 suggestions that restore the original: {Percent(rightSuggestions, suggestions)} ({rightSuggestions} of {suggestions} findings on a swap).");
            report.AppendLine($"EL2900: ROC AUC {Auc(spunScores, cleanScores):F4} (spun vs clean copies, {articles.Count} each); flagged: clean {Percent(cleanFindings.GetValueOrDefault("EL2900"), articles.Count)}, spun {Percent(spunFindings.GetValueOrDefault("EL2900"), articles.Count)}.");
            report.AppendLine();
            report.Append(SeedReport(shared, engine));
            Console.Write(report.ToString());
            Console.WriteLine($"({clock.Elapsed.TotalSeconds:F0}s)");
            return 0;
        }

        // Every wording layer: the built-in C# rules and the built-in phrase packs (EL2001).
        private static List<EditorialRule> WordingRules() =>
            BuiltInRules.CreateAll().Where(r => r.SupportedDiagnostics.Any(d => d.Category == "Wording")).ToList();

        private static LintEngine WordingEngine() => new LintEngine(WordingRules());

        // The rules whose findings EL2900 counts as certain swaps, for scoring documents outside a lint run.
        private static readonly Lazy<LintEngine> SwapEvidenceRules = new Lazy<LintEngine>(() => new LintEngine(
            BuiltInRules.CreateAll().Where(r => r.SupportedDiagnostics.Any(d => DocumentSpinScoreRule.IsSwapEvidence(d.Id)))));

        private static string SeedReport(string shared, LintEngine engine)
        {
            var seeds = Path.Combine(shared, "corpus", "seeds");
            if (!Directory.Exists(seeds)) return string.Empty;
            var files = Directory.GetFiles(seeds, "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            return "## Seeds\n\n" + LintReport(engine, files);
        }

        private static string LintReport(LintEngine engine, IEnumerable<string> files)
        {
            var report = new StringBuilder();
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                var diagnostics = engine.AnalyzeDocument(AnalyzedDocument.FromText(Path.GetFileName(file), text));
                string name = Path.GetFileName(file);
                report.AppendLine($"- `{(char.IsDigit(name[0]) ? name.Substring(0, 3) : name)}`: {diagnostics.Length} wording findings");
                foreach (var d in diagnostics)
                {
                    var span = d.Location.SourceSpan;
                    var position = d.Location.GetLineSpan().StartLinePosition;
                    var fix = TextFix.FromDiagnostic(d);
                    report.AppendLine($"  - {d.Id} ({position.Line + 1},{position.Character + 1}) \"{text.Substring(span.Start, Math.Min(span.Length, 60))}\"" +
                        (fix is null ? string.Empty : $" → \"{fix.Value.Replacement}\""));
                }
            }

            return report.ToString();
        }

        // The strongest slots on clean tuning articles: the false alarms to study (never the held-out half).
        private static int ShowCleanTop(string data, ContextModelData model)
        {
            var found = new List<(float P, string Line)>();
            foreach (var article in Articles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut))
            {
                var document = AnalyzedDocument.FromText(article.Id, article.Text);
                foreach (var slot in SwapEvidence.Compute(document, model).Resolve(0.3f))
                {
                    int from = Math.Max(0, slot.Span.Start - 40), to = Math.Min(document.Text.Length, slot.Span.End + 40);
                    string context = document.Text.Substring(from, slot.Span.Start - from) + "[" + document.GetString(slot.Span) + "]" + document.Text.Substring(slot.Span.End, to - slot.Span.End);
                    found.Add((slot.Probability, $"{slot.Probability:F3} -> {model.Thesaurus.GetRootText(slot.BestRoot),-12} {context.Replace('\n', ' ')}"));
                }
            }

            foreach (var (_, line) in found.OrderByDescending(f => f.P).Take(80)) Console.WriteLine(line);
            return 0;
        }

        private static int ShowSlots(string path, ContextModelData model)
        {
            var document = AnalyzedDocument.FromText(path, File.ReadAllText(path));
            var evidence = SwapEvidence.Compute(document, model);
            foreach (var slot in evidence.Slots.OrderByDescending(s => s.Probability).ThenByDescending(s => s.Features[SwapFeatures.ScoreGain]))
            {
                Console.WriteLine($"{slot.Probability:F3} {slot.SlotProbability:F3} {document.GetString(slot.Span),-20} -> {model.Thesaurus.GetRootText(slot.BestRoot),-15} gain {slot.Features[SwapFeatures.ScoreGain]:F2} L {slot.Features[SwapFeatures.LeftGain]:F2} R {slot.Features[SwapFeatures.RightGain]:F2}");
            }

            Console.WriteLine($"spin score {DocumentSpinScoreRule.SpinScore(document, evidence, SwapEvidenceRules.Value.AnalyzeDocument(document)):F2}");
            return 0;
        }

        // Scoring time per document over the clean news (both halves: no tuning happens here).
        private static int Timing(string data, ContextModelData model)
        {
            var articles = Articles.Load(Path.Combine(data, "clean-news", "bbc"));
            var documents = articles.Select(a => AnalyzedDocument.FromText(a.Id, a.Text)).ToList();
            long words = documents.Sum(d => (long)CountWords(d));
            SwapEvidence.Compute(documents[0], model);
            var clock = Stopwatch.StartNew();
            foreach (var document in documents) SwapEvidence.Compute(document, model);
            clock.Stop();
            Console.WriteLine($"scored {documents.Count} articles ({words:N0} words) in {clock.Elapsed.TotalSeconds:F1} s: {clock.Elapsed.TotalMilliseconds / documents.Count:F1} ms an article, {clock.Elapsed.TotalMilliseconds * 1000 / words:F1} µs a word");
            return 0;
        }

        private static int CountWords(AnalyzedDocument document)
        {
            int words = 0;
            foreach (var token in document.Tokens)
                if (token.Kind == EditorialLint.Tokens.TokenKind.Word) words++;
            return words;
        }

        /// <summary>ROC AUC: the chance that a random positive scores above a random negative (ties count half).</summary>
        private static double Auc(IReadOnlyList<float> positives, IReadOnlyList<float> negatives)
        {
            double wins = 0;
            foreach (var p in positives)
                foreach (var n in negatives)
                    wins += p > n ? 1 : p == n ? 0.5 : 0;
            return wins / Math.Max(1.0, (double)positives.Count * negatives.Count);
        }

        private static string Per1000(int count, long words) => (1000.0 * count / Math.Max(1, words)).ToString("F2", CultureInfo.InvariantCulture);

        private static string Percent(int part, int whole) =>
            whole == 0 ? "–" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";

        private static string FindRepositoryRoot()
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null)
            {
                if (File.Exists(Path.Combine(dir, "EditorialLint.sln"))) return dir;
                dir = Path.GetDirectoryName(dir);
            }

            return Directory.GetCurrentDirectory();
        }
    }
}

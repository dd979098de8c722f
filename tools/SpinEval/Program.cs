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
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Evaluation;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// The wording rules' evaluation harness:
    /// <code>
    /// dotnet run -c Release --project tools/SpinEval -- train      # fit EL2010's classifier and thresholds on the tuning half
    /// dotnet run -c Release --project tools/SpinEval -- train-document   # EL2900's document model and threshold only, over the embedded trees
    /// dotnet run -c Release --project tools/SpinEval -- train-spun       # EL2010's threshold in documents EL2900 calls spun only (after either of the above)
    /// dotnet run -c Release --project tools/SpinEval -- evaluate   # measure every EL2xxx rule on the held-out half and the seeds
    /// dotnet run -c Release --project tools/SpinEval -- slots FILE # show the scored slots of a text file
    /// </code>
    /// Evaluate reports every figure per genre (BBC news and the 20 genres of clean-diverse) and per spinner style (Moby,
    /// WordNet, frequency-biased, light), for whole articles and single paragraphs; <c>--dump FILE</c> writes the clean (BBC and clean-diverse)
    /// findings with their context to FILE for reading (never inside the repository: the texts are not ours),
    /// <c>--suggestions FILE</c> writes every found swap of a spun article whose suggestion is not the original (spinner, corpus, rule,
    /// swap kind, written, suggested, original), <c>--paragraphs N</c> sets how many paragraphs are drawn (default 1,500).
    /// Options: <c>--shared DIR</c> (default ../shared beside the repository), <c>--rate R</c> (share of eligible words
    /// the spinner swaps, default 0.12; each article draws its own between a quarter of it and twice it), <c>--split tune|held-out</c> (evaluate only; default held-out).
    /// </summary>
    internal static class Program
    {
        // EL2010's share of the wording budget of 0.5 findings per 1,000 words of clean news (the phrase and grammar layers
        // use less than 0.01 of it).
        private const double ReportBudgetPer1000 = 0.3;

        // Short clean texts (paragraphs scored alone) may have this many EL2010 findings per 1,000 words.
        private const double ShortTextBudgetPer1000 = 0.3;

        // No genre of the tuning halves may have more than this many EL2010 findings per 1,000 clean words.
        private const double GenreBudgetPer1000 = 0.4;

        // BBC news, the register the context model knows best, may have no more than this: EL2010's rate on the BBC tuning
        // half before WordNet's candidates and the topic features (0.04 per 1,000 words), so that new evidence cannot make news
        // noisier while it makes other genres quieter. The reviews (film, music, books, products, restaurants, art: a few
        // articles each) are one genre for the budget, so that the register is held to it although no single kind reaches
        // 5,000 words.
        private const double NewsBudgetPer1000 = 0.03;

        private const double Lambda = 1.0;

        public static int Main(string[] args)
        {
            try
            {
                return Run(args);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // A file or folder named on the command line (or ../shared) that cannot be read: say which, not a stack trace.
                Console.Error.WriteLine("spin-eval: " + e.Message);
                return 2;
            }
        }

        private static int Run(string[] args)
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
            string? dump = null, suggestions = null;
            int paragraphLimit = 1500;
            var positional = new List<string>();
            for (int i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--shared": shared = Path.GetFullPath(args[++i]); break;
                    case "--rate": rate = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--split": heldOut = args[++i] != "tune"; break;
                    case "--dump": dump = Path.GetFullPath(args[++i]); break;
                    case "--suggestions": suggestions = Path.GetFullPath(args[++i]); break;
                    case "--paragraphs": paragraphLimit = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
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
                    return Train(repo, data, model, rate, positional.Contains("keep-trees"));
                case "evaluate":
                    return Evaluate(shared, data, rate, heldOut, dump, suggestions, paragraphLimit);
                case "slots":
                    return ShowSlots(positional[0], model);
                case "probe":
                    // `probe FILE PAIRS`: why the model finds or misses known swaps (SwapProbe).
                    return SwapProbe.Run(positional[0], positional[1], model);
                case "cap-probe":
                    // `cap-probe`: what scoring only each slot's first K candidates would save and cost (CandidateCapProbe).
                    return CandidateCapProbe.Run(data, model, rate, d => SwapEvidenceRules.Value.AnalyzeDocument(d));
                case "probe-clean":
                    // `probe-clean`: clean copy's EL2010 findings per 1,000 words at lower thresholds (tuning halves).
                    return SwapProbe.CleanRates(data, model);
                case "timing":
                    return Timing(data, model, positional.Contains("verify"), rate);
                case "lint":
                    // `lint --no-packs FILE...`: without the built-in phrase packs (EL2001), to see what the model finds alone.
                    bool noPacks = positional.Remove("--no-packs");
                    Console.Write(LintReport(noPacks ? new LintEngine(WordingRules().Where(r => !r.SupportedDiagnostics.Any(d => d.Id == "EL2001"))) : WordingEngine(), positional));
                    return 0;
                case "score":
                    // `score FILE...`: EL2900's spin score of each file with the built-in packs on and off.
                    foreach (var file in positional)
                    {
                        var scoreDocument = AnalyzedDocument.FromText(Path.GetFileName(file), File.ReadAllText(file));
                        var withPacks = DocumentSpinScoreRule.SpinScore(scoreDocument, WordingEngine().AnalyzeDocument(scoreDocument));
                        var noPackRules = new LintEngine(WordingRules().Where(r => !r.SupportedDiagnostics.Any(d => d.Id == "EL2001")));
                        var withoutPacks = DocumentSpinScoreRule.SpinScore(scoreDocument, noPackRules.AnalyzeDocument(scoreDocument));
                        Console.WriteLine($"{Path.GetFileName(file)}: spin score {withPacks:F1} (packs off {withoutPacks:F1}); threshold {model.Classifier?.DocumentThreshold:F1}");
                    }

                    return 0;
                case "prescreen":
                    return PrescreenStats(data, model, rate);
                case "screen-explore":
                    return ScreenExplore(data, model, rate);
                case "train-screen":
                    // `train-screen wordnet`: the WordNet view's screen, over that view's slots (labelled against the same gold swaps).
                    bool wordNetView = positional.Contains("wordnet");
                    return ScreenTrainer.Run(repo, data, model, rate, SpinnerMix(data, rate), wordNetView, (articles, spinnerOf, m) =>
                    {
                        var (_, _, clean, spun, _) = Collect(articles, spinnerOf, m);
                        return clean.Concat(spun).Select(s => wordNetView
                            ? (s.Evidence.WordNetView!, SlotLabels(s.Spun, s.Evidence.WordNetView!)) : (s.Evidence, s.Labels)).ToList();
                    });
                case "train-document":
                    return DocumentTrainer.Run(repo, data, model, rate, d => SwapEvidenceRules.Value.AnalyzeDocument(d));
                case "doc-dump":
                    return DocumentDump.Run(data, model, rate, heldOut, Path.GetFullPath(positional[0]), d => SwapEvidenceRules.Value.AnalyzeDocument(d));
                case "para-explore":
                    // `para-explore FILE`: fold B's paragraphs, each linted alone, as numbers (ParagraphExplore).
                    return ParagraphExplore.Run(data, model, rate, Path.GetFullPath(positional[0]), WordingEngine(), positional.Contains("articles"));
                case "doc-explore":
                    return DocumentExplore.Run(Path.GetFullPath(positional[0]));
                case "train-spun" when positional.Contains("boundary"):
                    return SpunBoundaryProbe.Run(data, model, rate, d => SwapEvidenceRules.Value.AnalyzeDocument(d));
                case "train-spun":
                    return SpunThresholdTrainer.Run(repo, data, model, rate, d => SwapEvidenceRules.Value.AnalyzeDocument(d), positional.Contains("phrases"), positional.Contains("wordnet"));
                case "train-wordnet":
                    return WordNetThresholdTrainer.Run(repo, data, model, rate, positional, d => SwapEvidenceRules.Value.AnalyzeDocument(d));
                case "multi-miss":
                    // `multi-miss [STYLE...] [--dump FILE]`: the missed multi-word swaps of the tuning halves, by cause (MultiwordMisses).
                    var missEngine = WordingEngine();
                    return MultiwordMisses.Run(data, model, rate, positional, dump, d => missEngine.AnalyzeDocument(d));
                case "one-miss":
                    // `one-miss [STYLE...] [--dump FILE]`: the same for the one-word swaps.
                    var oneMissEngine = WordingEngine();
                    return MultiwordMisses.Run(data, model, rate, positional, dump, d => oneMissEngine.AnalyzeDocument(d), Spinner.Thesaurus);
                case "compound-probe":
                    // `compound-probe [--dump FILE]`: the compounds of a root that the thesaurus drops, in clean and spun tuning copy (CompoundProbe).
                    return CompoundProbe.Run(data, model, rate, dump);
                case "phrase-sweep":
                    // `phrase-sweep`: a report threshold of their own for phrase slots, swept on the tuning halves (PhraseSweep).
                    var sweepEngine = WordingEngine();
                    return PhraseSweep.Run(data, model, rate, d => sweepEngine.AnalyzeDocument(d), dump);
                case "spin":
                    // `spin STYLE FILE [SALT]`: our own text through one spinner style (moby, wordnet, frequent, light, inflected), to
                    // standard output, each swap listed on standard error (for tests' fixtures: only text we wrote goes in).
                    return SpinFile(data, rate, positional[0], positional[1], positional.Count > 2 ? int.Parse(positional[2], CultureInfo.InvariantCulture) : 2);
                case "tree-capacity":
                    // `tree-capacity`: the first stage's trees grown at other sizes on fold A, read on fold B (TreeCapacityProbe; writes nothing).
                    return TreeCapacityProbe.Run(data, model, rate);
                case "clean-top":
                    return ShowCleanTop(data, model);
                default:
                    Console.Error.WriteLine("unknown command " + args[0]);
                    return 2;
            }
        }

        private static int SpinFile(string data, double rate, string style, string file, int salt)
        {
            var styles = SpinStyle.Measured(rate);
            var chosen = styles.FirstOrDefault(s => s.Name == style);
            if (chosen is null)
            {
                Console.Error.WriteLine($"unknown spinner style {style}: one of {string.Join(", ", styles.Select(s => s.Name))}");
                return 2;
            }

            var spinner = Spinner.Create(data, rate, 0.5).WithStyle(chosen, data);
            var spun = spinner.Spin(new Article(Path.GetFileName(file), File.ReadAllText(file), false, "own"), salt);
            Console.Write(spun.Text);
            foreach (var swap in spun.Gold) Console.Error.WriteLine($"{swap.Kind}\t{swap.Original}\t{swap.Spun}");
            return 0;
        }

        private static int Train(string repo, string data, ContextModelData model, double rate, bool keepTrees)
        {
            // New trees need a new screen (it is fitted to the trees' probabilities): every slot is scored in full, and
            // the weights are written without one (`train-screen`, then `train keep-trees`, add it back).
            if (!keepTrees) model = model.WithClassifier(model.Classifier?.WithScreen(null));
            var clock = Stopwatch.StartNew();
            // Fold A grows the trees, fold B fits the second stage and the thresholds, so that neither is fitted on the trees'
            // own training slots.
            var (foldA, foldB) = FoldB.TuningFolds(data);
            var spinnerOf = SpinnerMix(data, rate);

            // `train keep-trees` refits only the second stage and the thresholds on fold B, over the embedded trees (the
            // trees are fitted on fold A alone, so this changes nothing they saw).
            SwapClassifier provisional;
            int slotsA = 0, positives = 0;
            if (keepTrees && model.Classifier is not null)
            {
                provisional = model.Classifier.WithThresholds(new[] { 1f, 0f, 0f }, 1f, float.MaxValue);
                Console.WriteLine("trees kept from the embedded weights");
            }
            else
            {
                var (rows, labels, _, _, wordsA) = Collect(foldA, spinnerOf, model, SpinsPerArticle);
                if (model.Thesaurus.WordNetLinkCount > 0)
                    foreach (var row in rows) HideSource(row);
                slotsA = rows.Count;
                positives = labels.Count(l => l);
                Console.WriteLine($"fold A: {foldA.Count} articles, {wordsA:N0} clean words, {rows.Count:N0} slots, {positives:N0} on a swap ({clock.Elapsed.TotalSeconds:F0}s)");
                var trees = BoostedTrees.Fit(rows, labels, SwapFeatures.Count, Trees, TreeDepth, LearningRate, 1.0, 5.0, Console.WriteLine);
                var treeList = trees.Trees.Select(t => (IReadOnlyList<(int, float, int, int, float)>)t.Select(n => (n.Feature, n.Threshold, n.Left, n.Right, n.Value)).ToList()).ToList();
                provisional = SwapClassifier.Create(treeList, trees.Base, new[] { 1f, 0f, 0f }, 1f, float.MaxValue);
                Console.WriteLine($"trees grown ({clock.Elapsed.TotalSeconds:F0}s)");
            }

            var (_, _, cleanB, spunB, wordsB) = Collect(foldB, spinnerOf, model);
            var stageRows = new List<float[]>();
            var stageLabels = new List<bool>();
            // A model that reads every candidate, Moby's and WordNet's, is the WordNet view's (trained in a copy without
            // its weights): its second stage weighs the source, and its budget is stricter (below). The Moby view of a model
            // that has both is trained by the Moby-only model's rules, which it reads the candidates of.
            bool allCandidates = model.Thesaurus.WordNetLinkCount > 0 && !model.HasWordNetView;
            foreach (var scored in cleanB.Concat(spunB))
                foreach (var slot in scored.Evidence.Slots) slot.SlotProbability = provisional.PredictSlot(slot);

            foreach (var scored in cleanB.Concat(spunB))
            {
                var others = scored.Evidence.OtherSlotDensities();
                for (int i = 0; i < scored.Evidence.Slots.Count; i++)
                {
                    // A slot the screen skipped is never reported: the second stage is fitted on the slots it weighs for EL2010.
                    if (scored.Labels[i] is not { } label || scored.Evidence.Slots[i].Screened) continue;
                    double p = Math.Min(Math.Max(scored.Evidence.Slots[i].SlotProbability, 1e-6), 1 - 1e-6);
                    var (wordNetOnly, firstPick) = SwapClassifier.SourceOf(scored.Evidence.Slots[i]);
                    stageRows.Add(allCandidates
                        ? new[] { (float)Math.Log(p / (1 - p)), (float)Math.Log(1 + others[i]), wordNetOnly, firstPick }
                        : new[] { (float)Math.Log(p / (1 - p)), (float)Math.Log(1 + others[i]) });
                    stageLabels.Add(label);
                }
            }

            var (stageWeights, stageBias, _, _) = Trainer.Fit(stageRows, stageLabels, Lambda);
            var context = allCandidates
                ? new[] { stageWeights[0], stageWeights[1], stageBias, stageWeights[2], stageWeights[3] }
                : new[] { stageWeights[0], stageWeights[1], stageBias };
            Console.WriteLine($"second stage: {context[0]:F4} · logit(p) + {context[1]:F4} · ln(1 + d) + {context[2]:F4}"
                + (allCandidates ? $" + {context[3]:F4} · WordNet alone + {context[4]:F4} · first pick" : ""));
            var weighed = provisional.WithThresholds(context, 1f, float.MaxValue);
            foreach (var scored in cleanB.Concat(spunB)) scored.Evidence.WeighInContext(weighed);

            // EL2010's threshold: the budget of findings on fold B's clean articles, over all of them and in every genre, the
            // reviews as one genre and BBC news held to its own rate (NewsBudgetPer1000), in both views.
            var cleanEvidence = cleanB.Select(e => e.Evidence).ToList();
            var genreOf = cleanB.Select(e => e.Genre.StartsWith("review-", StringComparison.Ordinal) ? "review" : e.Genre).ToList();
            float reportThreshold = LowestThresholdWithin(cleanEvidence, genreOf, wordsB, ReportBudgetPer1000, GenreBudgetPer1000,
                NewsBudgetPer1000, (e, t) => e.Resolve(t).Count);
            int found = spunB.Sum(s => s.Evidence.Resolve(reportThreshold).Count(slot => s.Spun!.Gold.Any(g => g.Start < slot.Span.End && slot.Span.Start < g.End)));
            int gold = spunB.Sum(s => s.Spun!.Gold.Count);
            Console.WriteLine($"fold B: report threshold {reportThreshold:F4} ({ReportBudgetPer1000} findings per 1,000 clean words allowed, {GenreBudgetPer1000} in any genre, the reviews as one, {NewsBudgetPer1000} in BBC news, on {wordsB:N0} words; {found} of {gold} gold swaps hit)");

            // The local threshold: slots reported without density (a short text) may add a tenth of the budget.
            var withReport = weighed.WithThresholds(context, reportThreshold, float.MaxValue);
            float localThreshold = LowestLocalThreshold(cleanB, model, withReport, reportThreshold);
            var local = withReport.WithLocalThreshold(localThreshold);
            foreach (var scored in cleanB.Concat(spunB)) scored.Evidence.WeighInContext(local);
            int foundLocal = spunB.Sum(s => s.Evidence.Resolve(reportThreshold).Count(slot => s.Spun!.Gold.Any(g => g.Start < slot.Span.End && slot.Span.Start < g.End)));
            Console.WriteLine($"fold B: local threshold {localThreshold:F4} ({foundLocal} gold swaps hit with it)");

            // EL2900's document model and threshold, over the trees (fold B, every article clean and spun by every style).
            var document = DocumentTrainer.Fit(data, model, provisional, rate, d => SwapEvidenceRules.Value.AnalyzeDocument(d));
            Console.WriteLine(document.Summary);
            Console.WriteLine($"fold B: document threshold {document.Threshold:F2}");

            var classifier = provisional.WithThresholds(context, reportThreshold, document.Threshold).WithLocalThreshold(localThreshold)
                .WithDocumentModel(document.Weights, document.Bias, document.ShortWeights, document.ShortBias, document.Threshold);
            var path = Path.Combine(repo, "src", "EditorialLint.Rules", "Wording", "Data", SwapClassifier.FileName);
            File.WriteAllText(path, classifier.Format(new[]
            {
                "EL2010/EL2900 classifier: written by `dotnet run -c Release --project tools/SpinEval -- train` (do not edit).",
                "Trained on the tuning halves of ../shared/data/clean-news/bbc and ../shared/data/clean-diverse, clean and spun",
                $"(one spinner style an article: moby at rate {rate.ToString(CultureInfo.InvariantCulture)}, wordnet, frequent, light; seed salt 1" + (SpinsPerArticle > 1 ? $", fold A spun {SpinsPerArticle} times (salts 1, 12, ...)" : "") + ");",
                keepTrees ? TreeHeader(model) : $"trees on fold A ({foldA.Count} articles, {slotsA} slots, {positives} on a swap; {Trees} trees of depth {TreeDepth}, rate {LearningRate.ToString(CultureInfo.InvariantCulture)});",
                $"second stage and thresholds on fold B ({foldB.Count} articles). report-threshold: {ReportBudgetPer1000.ToString(CultureInfo.InvariantCulture)} findings per 1,000 clean words",
                $"({GenreBudgetPer1000.ToString(CultureInfo.InvariantCulture)} in any genre; the reviews as one, " + NewsBudgetPer1000.ToString(CultureInfo.InvariantCulture) + $" in BBC news); local-threshold: {ShortTextBudgetPer1000.ToString(CultureInfo.InvariantCulture)} per 1,000 words of clean fold-B paragraphs scored alone.",
                DocumentTrainer.Header(rate),
            }.Concat(classifier.Screen is null ? Array.Empty<string>() : new[] { ScreenTrainer.Header })), new UTF8Encoding(false));
            Console.WriteLine("wrote " + path + $" ({clock.Elapsed.TotalSeconds:F0}s)");
            return 0;
        }

        // Each article is spun by one of the four styles (by a fixed hash), so the trees learn every spinner's marks.
        internal static Func<Article, Spinner> SpinnerMix(string data, double rate)
        {
            var moby = Spinner.Create(data, rate, 0.5);
            var styles = new[] { moby, moby.WithStyle(SpinStyle.WordNet, data), moby.WithStyle(SpinStyle.Frequent, data), moby.WithStyle(SpinStyle.Light, data) };
            return a => styles[EvaluationSplit.Seed(a.Id, 91) % styles.Length];
        }

        // The trees' line of the weights file's header, kept when only the second stage is refitted.
        private static string TreeHeader(ContextModelData model)
        {
            using var stream = typeof(SwapClassifier).Assembly.GetManifestResourceStream(ContextModelData.ResourcePrefix + SwapClassifier.FileName);
            using var reader = new StreamReader(stream!);
            string? line;
            while ((line = reader.ReadLine()) is not null && line.StartsWith("#", StringComparison.Ordinal))
                if (line.StartsWith("# trees on fold A", StringComparison.Ordinal)) return line.Substring(2);
            return "trees on fold A";
        }

        // The lowest slot probability at which slots of a short text (fewer words than a density needs) are reported
        // whatever the rest of it: fold B's clean articles cut into their paragraphs of 40–249 words, each scored alone,
        // may get at most ShortTextBudgetPer1000 findings per 1,000 words.
        private static float LowestLocalThreshold(List<Scored> cleanArticles, ContextModelData model, SwapClassifier classifier, float reportThreshold)
        {
            var paragraphs = new List<SwapEvidence>();
            long words = 0;
            foreach (var scored in cleanArticles)
                foreach (var part in scored.Document.Text.Split("\n\n"))
                {
                    var document = AnalyzedDocument.FromText(scored.Document.Path + "#", part.Trim() + "\n");
                    var evidence = SwapEvidence.Compute(document, model);
                    if (evidence.WordCount < 40 || evidence.WordCount >= SwapEvidence.MinimumDensityWords) continue;
                    foreach (var slot in evidence.Slots) slot.SlotProbability = classifier.PredictSlot(slot);
                    paragraphs.Add(evidence);
                    words += evidence.WordCount;
                }

            int Count(SwapClassifier c)
            {
                int n = 0;
                foreach (var e in paragraphs) { e.WeighInContext(c); n += e.Resolve(reportThreshold).Count; }
                return n;
            }

            int allowed = (int)Math.Floor(ShortTextBudgetPer1000 * words / 1000.0);
            Console.WriteLine($"short texts: {paragraphs.Count} clean fold-B paragraphs of 40–249 words ({words:N0} words), {Count(classifier)} findings without a local threshold, {allowed} allowed");
            float lo = 0.5f, hi = 0.9995f;
            if (Count(classifier.WithLocalThreshold(hi)) > allowed) return 2f;
            for (int i = 0; i < 18; i++)
            {
                float mid = (lo + hi) / 2;
                if (Count(classifier.WithLocalThreshold(mid)) <= allowed) hi = mid;
                else lo = mid;
            }

            return hi;
        }

        // The trees never see where a candidate came from (the source features held at 0): the second stage weighs the
        // source, so that the trees rank Moby's candidates as they did before WordNet's.
        internal static void HideSource(float[] row)
        {
            for (int j = SwapFeatures.CandidateInMoby; j <= SwapFeatures.WordNetFirstGain; j++) row[j] = 0;
        }

        private const int Trees = 300;
        private const int SpinsPerArticle = 2;
        private const int TreeDepth = 6;
        private const double LearningRate = 0.1;

        // Slots of clean and spun copies of the articles, labelled: on a gold swap or not; null for slots on a pattern
        // swap ("I used to be"), which are the grammar rules' to find and teach this model nothing.
        internal static (List<float[]> Rows, List<bool> Labels, List<Scored> Clean, List<Scored> Spun, long CleanWords)
            Collect(List<Article> articles, Func<Article, Spinner> spinnerOf, ContextModelData model, int spins = 1)
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
                clean.Add(new Scored(null, document, evidence, evidence.Slots.Select(_ => (bool?)false).ToArray(), article.Genre));
            }

            foreach (var article in articles)
            for (int salt = 1; salt <= spins; salt++)
            {
                var spun = spinnerOf(article).Spin(article, salt == 1 ? 1 : 10 + salt);
                var document = AnalyzedDocument.FromText(article.Id, spun.Text);
                var evidence = SwapEvidence.Compute(document, model);
                spunList.Add(new Scored(spun, document, evidence, SlotLabels(spun, evidence), article.Genre));
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

        // Each slot of the evidence: on a gold swap, not, or null on a pattern swap; a clean copy (no spun article) has none.
        private static bool?[] SlotLabels(SpunArticle? spun, SwapEvidence evidence) => evidence.Slots.Select(slot =>
        {
            var hit = spun?.Gold.FirstOrDefault(g => g.Start < slot.Span.End && slot.Span.Start < g.End);
            return hit is null ? false : hit.Kind == Spinner.Pattern ? (bool?)null : true;
        }).ToArray();

        internal sealed record Scored(SpunArticle? Spun, AnalyzedDocument Document, SwapEvidence Evidence, bool?[] Labels, string Genre);

        // The lowest probability threshold at which EL2010 reports at most `budget` findings per 1,000 words of these clean
        // articles, and at most `genreBudget` in any genre with 5,000 words or more (so that no register runs hot), BBC news at most
        // `newsBudget`.
        private static float LowestThresholdWithin(List<SwapEvidence> clean, List<string> genres, long words, double budget, double genreBudget,
            double newsBudget, Func<SwapEvidence, float, int> count)
        {
            var genreWords = new Dictionary<string, long>();
            for (int i = 0; i < clean.Count; i++) genreWords[genres[i]] = genreWords.GetValueOrDefault(genres[i]) + clean[i].WordCount;
            bool Within(float threshold)
            {
                var byGenre = new Dictionary<string, int>();
                int total = 0;
                for (int i = 0; i < clean.Count; i++)
                {
                    int n = count(clean[i], threshold);
                    total += n;
                    byGenre[genres[i]] = byGenre.GetValueOrDefault(genres[i]) + n;
                }

                if (total > budget * words / 1000.0) return false;
                foreach (var (genre, n) in byGenre)
                {
                    double allowed = genre == "bbc" ? newsBudget : genreBudget;
                    if (genreWords[genre] >= 5000 && n > allowed * genreWords[genre] / 1000.0) return false;
                }
                return true;
            }

            var probabilities = clean.SelectMany(e => e.Slots).Select(s => s.Probability).Where(p => p >= 0.05f).Distinct().OrderBy(p => p).ToList();
            int lo = 0, hi = probabilities.Count; // answer index in [lo, hi]; hi = above every probability
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (Within(probabilities[mid])) hi = mid;
                else lo = mid + 1;
            }

            return lo < probabilities.Count ? probabilities[lo] : NextUp(probabilities[probabilities.Count - 1]);
        }

        private static float NextUp(float value) => value + Math.Max(1e-6f, Math.Abs(value) * 1e-6f);

        private static int Evaluate(string shared, string data, double rate, bool heldOut, string? dump, string? suggestions, int paragraphLimit)
        {
            // --suggestions FILE: every finding on a swap of a spun article whose fix does not restore the original, for reading.
            using var wrongSuggestions = suggestions is null ? null : new StreamWriter(suggestions, false, new UTF8Encoding(false));
            wrongSuggestions?.WriteLine("spinner\tcorpus\trule\tswap kind\twritten\tsuggested\toriginal");
            var clock = Stopwatch.StartNew();
            var engine = WordingEngine();
            string split = heldOut ? "held-out" : "tune";
            var corpora = new List<(string Name, List<Article> Articles)>
            {
                ("bbc", EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => a.IsHeldOut == heldOut).ToList()),
                ("diverse", EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Where(a => a.IsHeldOut == heldOut).ToList()),
            };
            var baseSpinner = Spinner.Create(data, rate, 0.5);
            // The four styles the model is fitted on, and the inflecting spinner, measured only (the table lists base forms).
            var styles = SpinStyle.Measured(rate);
            var report = new StringBuilder();
            report.AppendLine($"# Wording evaluation ({split} halves)");
            report.AppendLine();

            // Clean copy, per genre: every wording finding is a false alarm.
            var genres = new SortedDictionary<string, CleanTally>(StringComparer.Ordinal);
            var cleanScores = new Dictionary<string, List<float>>();
            var cleanDocuments = new Dictionary<string, List<float>>();
            using var dumpWriter = dump is null ? null : new StreamWriter(dump, false, new UTF8Encoding(false));
            foreach (var (corpus, articles) in corpora)
            {
                cleanScores[corpus] = new List<float>();
                foreach (var article in articles)
                {
                    var document = AnalyzedDocument.FromText(article.Id, article.Text);
                    var diagnostics = engine.AnalyzeDocument(document);
                    int words = CountWords(document);
                    foreach (var key in new[] { article.Genre, corpus == "bbc" ? null : "all diverse" })
                    {
                        if (key is null) continue;
                        if (!genres.TryGetValue(key, out var tally)) genres[key] = tally = new CleanTally();
                        tally.Add(words, diagnostics);
                    }

                    cleanScores[corpus].Add(DocumentSpinScoreRule.SpinScore(document, diagnostics) ?? 0);
                    if (dumpWriter is not null)
                        foreach (var d in diagnostics) dumpWriter.WriteLine($"{article.Genre}\t{article.Id}\t{Describe(document, d)}");
                }
            }

            report.AppendLine("## Clean copy, per genre (every finding is a false alarm)");
            report.AppendLine();
            report.AppendLine("| genre | articles | words | EL2010 | other EL2xxx | EL2900 articles | all EL2xxx per 1,000 words |");
            report.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var (genre, t) in genres.OrderBy(g => g.Key == "all diverse" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal))
                report.AppendLine($"| {genre} | {t.Articles} | {t.Words:N0} | {t.Context} | {t.Other} | {t.Documents} ({Percent(t.Documents, t.Articles)}) | {Per1000(t.All, t.Words)} |");
            report.AppendLine();

            // Spun copy: every style over both corpora, whole articles.
            report.AppendLine("## Spun articles, per spinner");
            report.AppendLine();
            report.AppendLine("| spinner | corpus | articles | spun share of content words | gold swaps | findings | precision | recall one-word | recall multiword | recall pattern | recall rewrite | EL2010 precision | suggestion top-1 | EL2900 AUC | EL2900 flags spun |");
            report.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            SpinTally? mobyNews = null;
            // Each spun copy's score with its spun share of content words, for EL2900's AUC by how heavily a copy is spun: the
            // issue sets its targets by that share (light: 2–5%, moderate: 5% or more), and a spinner's rate varies per article.
            var byShare = new List<(string Style, string Corpus, double Share, float Score)>();
            foreach (var style in styles)
            {
                var spinner = baseSpinner.WithStyle(style, data);
                foreach (var (corpus, articles) in corpora)
                {
                    var tally = new SpinTally { Spinner = style.Name, Corpus = corpus, WrongSuggestions = wrongSuggestions };
                    var spunScores = new List<float>();
                    foreach (var article in articles)
                    {
                        var spun = spinner.Spin(article, 2);
                        var document = AnalyzedDocument.FromText(article.Id, spun.Text);
                        var diagnostics = engine.AnalyzeDocument(document);
                        int contentWords = CountContentWords(article.Text);
                        tally.Add(document, spun, diagnostics, contentWords);
                        float score = DocumentSpinScoreRule.SpinScore(document, diagnostics) ?? 0;
                        spunScores.Add(score);
                        byShare.Add((style.Name, corpus, spun.Gold.Count / (double)Math.Max(1, contentWords), score));
                    }

                    if (style.Name == "moby" && corpus == "bbc") mobyNews = tally;
                    report.AppendLine($"| {style.Name} | {corpus} | {articles.Count} | {Percent(tally.GoldTotal, (int)tally.ContentWords)} | {tally.GoldTotal:N0} | {tally.Findings:N0} | {Percent(tally.OnSwap, tally.Findings)} | " +
                        string.Join(" | ", Spinner.Kinds.Select(k => Percent(tally.FoundByKind.GetValueOrDefault(k), tally.GoldByKind.GetValueOrDefault(k)))) +
                        $" | {Percent(tally.ContextOnSwap, tally.ContextFindings)} | {Percent(tally.RightSuggestions, tally.Suggestions)} | {Auc(spunScores, cleanScores[corpus]):F4} | {Percent(tally.Documents, articles.Count)} |");
                }
            }

            report.AppendLine();
            report.AppendLine("Precision: share of findings in spun text (EL2900 aside) that overlap a gold swap. Suggestion top-1: share of findings on a swap whose fix restores the original.");
            report.AppendLine();
            report.Append(AucByShare(byShare, cleanScores));

            // Single paragraphs of 60–150 words, linted alone: no document density to lean on.
            var paragraphs = new List<Article>();
            foreach (var (corpus, articles) in corpora)
                foreach (var article in articles) paragraphs.AddRange(ParagraphsOf(article));

            paragraphs = paragraphs.OrderBy(a => EvaluationSplit.Seed(a.Id, 5)).Take(paragraphLimit).ToList();
            var cleanParagraphs = new CleanTally();
            foreach (var paragraph in paragraphs)
            {
                var document = AnalyzedDocument.FromText(paragraph.Id, paragraph.Text);
                var diagnostics = engine.AnalyzeDocument(document);
                cleanParagraphs.Add(CountWords(document), diagnostics);
                // The clean paragraphs' findings go to the dump too, under "paragraph/GENRE".
                if (dumpWriter is not null)
                    foreach (var d in diagnostics) dumpWriter.WriteLine($"paragraph/{paragraph.Genre}\t{paragraph.Id}\t{Describe(document, d)}");
            }

            report.AppendLine($"## Single paragraphs of 60–150 words ({paragraphs.Count} drawn by a fixed hash from both corpora, each linted alone)");
            report.AppendLine();
            report.AppendLine($"Clean paragraphs: {cleanParagraphs.Words:N0} words, {cleanParagraphs.All} findings ({Per1000(cleanParagraphs.All, cleanParagraphs.Words)} per 1,000 words; " +
                string.Join(", ", cleanParagraphs.ByRule.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}")) + ").");
            report.AppendLine();
            report.AppendLine("| spinner | gold swaps | findings | precision | EL2010 findings | EL2010 precision | recall, all swaps | recall one-word | recall multiword | recall pattern | recall rewrite | suggestion top-1 | EL2900 flags spun |");
            report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var style in styles)
            {
                var spinner = baseSpinner.WithStyle(style, data);
                var tally = new SpinTally();
                foreach (var paragraph in paragraphs)
                {
                    var spun = spinner.Spin(paragraph, 2);
                    var document = AnalyzedDocument.FromText(paragraph.Id, spun.Text);
                    tally.Add(document, spun, engine.AnalyzeDocument(document), CountContentWords(paragraph.Text));
                }

                report.AppendLine($"| {style.Name} | {tally.GoldTotal:N0} | {tally.Findings:N0} | {Percent(tally.OnSwap, tally.Findings)} | {tally.ContextFindings:N0} | {Percent(tally.ContextOnSwap, tally.ContextFindings)} | {Percent(tally.FoundTotal, tally.GoldTotal)} | " +
                    string.Join(" | ", Spinner.Kinds.Select(k => Percent(tally.FoundByKind.GetValueOrDefault(k), tally.GoldByKind.GetValueOrDefault(k)))) +
                    $" | {Percent(tally.RightSuggestions, tally.Suggestions)} | {Percent(tally.Documents, paragraphs.Count)} |");
            }

            report.AppendLine();
            if (mobyNews is not null)
            {
                report.AppendLine("## Per rule, Moby spinner on BBC news");
                report.AppendLine();
                report.AppendLine("| rule | clean findings | spun findings | on a swap | precision | " + string.Join(" | ", Spinner.Kinds.Select(k => "recall " + k)) + " |");
                report.AppendLine("|---|---:|---:|---:|---:|" + string.Join("", Spinner.Kinds.Select(_ => "---:|")));
                var newsClean = genres.GetValueOrDefault("bbc") ?? new CleanTally();
                foreach (var id in mobyNews.ByRule.Keys.Concat(newsClean.ByRule.Keys).Distinct().OrderBy(x => x, StringComparer.Ordinal))
                {
                    var (findings, onSwap) = mobyNews.ByRule.GetValueOrDefault(id);
                    report.AppendLine($"| {id} | {newsClean.ByRule.GetValueOrDefault(id)} | {findings} | {onSwap} | {Percent(onSwap, findings)} | " +
                        string.Join(" | ", Spinner.Kinds.Select(k => Percent(mobyNews.FoundByRuleKind.GetValueOrDefault((id, k)), mobyNews.GoldByKind.GetValueOrDefault(k)))) + " |");
                }

                report.AppendLine();
            }

            report.Append(SeedReport(shared, engine));
            Console.Write(report.ToString());
            Console.WriteLine($"({clock.Elapsed.TotalSeconds:F0}s)");
            return 0;
        }

        // The spun-share bands of EL2900's AUC table: under 2% of content words, light (2–5%) and moderate (5% or more).
        private static readonly (string Name, double From, double To)[] ShareBands = { ("under 2%", 0, 0.02), ("2–5% (light)", 0.02, 0.05), ("5% or more (moderate)", 0.05, double.MaxValue) };

        // EL2900's AUC per spinner, corpus and spun-share band (each band's spun copies against every clean copy of the corpus),
        // and per band over the four spinners the model is fitted on ("all"; the inflecting spinner is measured only).
        private static string AucByShare(List<(string Style, string Corpus, double Share, float Score)> spun, Dictionary<string, List<float>> clean)
        {
            var report = new StringBuilder();
            report.AppendLine("### EL2900 AUC by spun share of content words (spun copies in the band against every clean copy of the corpus; copies in brackets)");
            report.AppendLine();
            report.AppendLine("| spinner | corpus | " + string.Join(" | ", ShareBands.Select(b => b.Name)) + " |");
            report.AppendLine("|---|---|" + string.Join("", ShareBands.Select(_ => "---:|")));
            foreach (var style in spun.Select(s => s.Style).Distinct().Append("all"))
                foreach (var corpus in clean.Keys)
                {
                    var cells = ShareBands.Select(b =>
                    {
                        var scores = spun.Where(s => (style == "all" ? s.Style != SpinStyle.Inflected.Name : s.Style == style) && s.Corpus == corpus && s.Share >= b.From && s.Share < b.To)
                            .Select(s => s.Score).ToList();
                        return scores.Count == 0 ? "–" : $"{Auc(scores, clean[corpus]):F4} ({scores.Count:N0})";
                    });
                    report.AppendLine($"| {style} | {corpus} | " + string.Join(" | ", cells) + " |");
                }

            report.AppendLine();
            return report.ToString();
        }

        // A finding with a little context, for reading false alarms (written to a file outside the repository only).
        private static string Describe(AnalyzedDocument document, Diagnostic d)
        {
            var span = d.Location.SourceSpan;
            var text = document.Text;
            if (d.Id == "EL2900") return d.Id + "\t" + d.GetMessage(CultureInfo.InvariantCulture);
            int from = Math.Max(0, span.Start - 50), to = Math.Min(text.Length, span.End + 50);
            var fix = TextFix.FromDiagnostic(d);
            return $"{d.Id}\t{text.Substring(span.Start, span.Length)} -> {fix?.Replacement}\t" +
                (text.Substring(from, span.Start - from) + "[" + text.Substring(span.Start, span.Length) + "]" + text.Substring(span.End, to - span.End)).Replace('\n', ' ');
        }

        /// <summary>Wording findings on clean copy.</summary>
        private sealed class CleanTally
        {
            public int Articles, Context, Other, Documents;
            public long Words;
            public readonly Dictionary<string, int> ByRule = new Dictionary<string, int>(StringComparer.Ordinal);

            public int All => Context + Other + Documents;

            public void Add(int words, IEnumerable<Diagnostic> diagnostics)
            {
                Articles++;
                Words += words;
                foreach (var d in diagnostics)
                {
                    if (!d.Id.StartsWith("EL2", StringComparison.Ordinal)) continue;
                    ByRule[d.Id] = ByRule.GetValueOrDefault(d.Id) + 1;
                    if (d.Id == "EL2900") Documents++;
                    else if (d.Id == "EL2010") Context++;
                    else Other++;
                }
            }
        }

        /// <summary>Wording findings on spun copy against its gold swaps.</summary>
        private sealed class SpinTally
        {
            public int Findings, OnSwap, ContextFindings, ContextOnSwap, Suggestions, RightSuggestions, Documents;
            public long ContentWords;

            // Where the wrong suggestions go (`evaluate --suggestions FILE`), with the spinner and corpus they came from.
            public TextWriter? WrongSuggestions;
            public string Spinner = "", Corpus = "";
            public readonly Dictionary<string, int> GoldByKind = new Dictionary<string, int>();
            public readonly Dictionary<string, int> FoundByKind = new Dictionary<string, int>();
            public readonly Dictionary<(string, string), int> FoundByRuleKind = new Dictionary<(string, string), int>();
            public readonly Dictionary<string, (int Findings, int OnSwap)> ByRule = new Dictionary<string, (int, int)>(StringComparer.Ordinal);

            public int GoldTotal => GoldByKind.Values.Sum();

            /// <summary>Gold swaps of every kind that some finding overlaps.</summary>
            public int FoundTotal => FoundByKind.Values.Sum();

            public void Add(AnalyzedDocument document, SpunArticle spun, IEnumerable<Diagnostic> diagnostics, int contentWords)
            {
                ContentWords += contentWords;
                foreach (var g in spun.Gold) GoldByKind[g.Kind] = GoldByKind.GetValueOrDefault(g.Kind) + 1;
                var found = new HashSet<GoldSwap>();
                foreach (var d in diagnostics)
                {
                    if (!d.Id.StartsWith("EL2", StringComparison.Ordinal)) continue;
                    if (d.Id == "EL2900") { Documents++; continue; }
                    Findings++;
                    if (d.Id == "EL2010") ContextFindings++;
                    var span = d.Location.SourceSpan;
                    var hit = spun.Gold.FirstOrDefault(g => g.Start < span.End && span.Start < g.End);
                    var (f, o) = ByRule.GetValueOrDefault(d.Id);
                    ByRule[d.Id] = (f + 1, o + (hit is null ? 0 : 1));
                    if (hit is null) continue;
                    OnSwap++;
                    if (d.Id == "EL2010") ContextOnSwap++;
                    found.Add(hit);
                    FoundByRuleKind[(d.Id, hit.Kind)] = FoundByRuleKind.GetValueOrDefault((d.Id, hit.Kind)) + 1;
                    var fix = TextFix.FromDiagnostic(d);
                    if (fix is null) continue;
                    Suggestions++;
                    // The fix restores the original when the finding's span, with the fix applied, reads as the gold original.
                    if (Restores(document.Text, span, fix.Value.Replacement, hit)) RightSuggestions++;
                    else WrongSuggestions?.WriteLine($"{Spinner}\t{Corpus}\t{d.Id}\t{hit.Kind}\t{document.Text.Substring(span.Start, span.Length)}\t{fix.Value.Replacement}\t{hit.Original}");
                }

                foreach (var g in found) FoundByKind[g.Kind] = FoundByKind.GetValueOrDefault(g.Kind) + 1;
            }

            // Whether the fix gives back the original over the stretch both cover (a fix may cover more than the gold span:
            // "go away French territory" → "leave French territory").
            private static bool Restores(string text, TextSpan span, string replacement, GoldSwap gold)
            {
                int start = Math.Min(span.Start, gold.Start), end = Math.Max(span.End, gold.End);
                string fixedText = text.Substring(start, span.Start - start) + replacement + text.Substring(span.End, end - span.End);
                string original = text.Substring(start, gold.Start - start) + gold.Original + text.Substring(gold.End, end - gold.End);
                return string.Equals(fixedText.Trim(), original.Trim(), StringComparison.OrdinalIgnoreCase);
            }
        }

        /// <summary>
        /// The single paragraphs the evaluation lints alone: each block after the first (a headline) of 60–150 words, an
        /// article of its own (its id the article's, "#", and the block's number), in the article's half and genre.
        /// </summary>
        internal static IEnumerable<Article> ParagraphsOf(Article article)
        {
            var parts = article.Text.Split("\n\n");
            for (int p = 1; p < parts.Length; p++)
            {
                int words = CountContentWords(parts[p], all: true);
                if (words >= 60 && words <= 150) yield return new Article(article.Id + "#" + p, parts[p].Trim() + "\n", article.IsHeldOut, article.Genre);
            }
        }

        // Content words as the spinners count them (three letters or more, not a function word); `all` counts every word.
        internal static int CountContentWords(string text, bool all = false)
        {
            int n = 0;
            foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length == 0 || !char.IsLetter(part[0])) continue;
                if (all || part.Length >= 3) n++;
            }

            return n;
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

        // What a pre-screen on the written wording's own attestation would drop, on a quarter of the tuning halves (clean and
        // spun, one style an article): share of slots, of swaps, and how probable the dropped slots were. Two screens: the
        // trigram (left, w, right) seen more than e^t times, and both bigrams around w seen more than e^t times.
        // The written side's features: known before any candidate is scored.
        internal static readonly int[] WrittenSideFeatures = new[]
        {
            SwapFeatures.WrittenTrigrams, SwapFeatures.WrittenBigrams, SwapFeatures.WrittenLeftBigram, SwapFeatures.WrittenRightBigram,
            SwapFeatures.WrittenLeftBooks, SwapFeatures.WrittenRightBooks, SwapFeatures.WrittenFrequency, SwapFeatures.CandidateCount,
            SwapFeatures.WrittenIsPhrase, SwapFeatures.SentenceStart, SwapFeatures.WrittenBroken, SwapFeatures.WrittenLeftFit,
            SwapFeatures.WrittenMiddleTrigram, SwapFeatures.WrittenRepeats,
        }.Where(f => Environment.GetEnvironmentVariable("EL_NOREP") != "1" || f != SwapFeatures.WrittenRepeats).ToArray();

        private static float[] WrittenSide(float[] features) => WrittenSideFeatures.Select(f => features[f]).ToArray();

        private static int ScreenExplore(string data, ContextModelData model, double rate)
        {
            var clock = Stopwatch.StartNew();
            var (allA, allB) = FoldB.TuningFolds(data);
            var foldA = allA.Where(a => EvaluationSplit.Seed(a.Id, 5) % 2 == 0).ToList();
            var foldB = allB.Where(a => EvaluationSplit.Seed(a.Id, 5) % 2 == 0).ToList();
            var spinnerOf = SpinnerMix(data, rate);
            var (_, _, cleanA, spunA, _) = Collect(foldA, spinnerOf, model);
            float target = float.Parse(Environment.GetEnvironmentVariable("EL_TARGET") ?? "0.05", CultureInfo.InvariantCulture);
            var rows = new List<float[]>();
            var labels = new List<bool>();
            foreach (var scored in cleanA.Concat(spunA))
                for (int i = 0; i < scored.Evidence.Slots.Count; i++)
                {
                    var slot = scored.Evidence.Slots[i];
                    rows.Add(WrittenSide(slot.Features));
                    labels.Add(slot.SlotProbability >= target || scored.Labels[i] == true);
                }

            Console.WriteLine($"fold A: {rows.Count:N0} slots, {labels.Count(l => l):N0} at {target} or more or on a swap ({clock.Elapsed.TotalSeconds:F0}s)");
            var screen = BoostedTrees.Fit(rows, labels, WrittenSideFeatures.Length, int.Parse(Environment.GetEnvironmentVariable("EL_TREES") ?? "60"), int.Parse(Environment.GetEnvironmentVariable("EL_DEPTH") ?? "3"), 0.2, 1.0, 5.0);
            float Score(float[] features)
            {
                var x = WrittenSide(features);
                float z = screen.Base;
                foreach (var tree in screen.Trees) z += BoostedTrees.Predict(tree, x);
                return z;
            }

            var (_, _, cleanB, spunB, _) = Collect(foldB, spinnerOf, model);
            var all = new List<(float Screen, float Slot, float Final, bool Swap, bool Clean)>();
            foreach (var scored in cleanB.Concat(spunB))
                for (int i = 0; i < scored.Evidence.Slots.Count; i++)
                {
                    var slot = scored.Evidence.Slots[i];
                    all.Add((Score(slot.Features), slot.SlotProbability, slot.Probability, scored.Labels[i] == true, scored.Spun is null));
                }

            var order = all.OrderBy(a => a.Screen).ToList();
            int swaps = all.Count(a => a.Swap), over03 = all.Count(a => a.Slot >= 0.3f), over05 = all.Count(a => a.Slot >= 0.5f), reported = all.Count(a => a.Final >= 0.74f);
            int reportedSwaps = all.Count(a => a.Final >= 0.74f && a.Swap);
            double totalDensity = all.Sum(a => (double)a.Slot);
            Console.WriteLine($"fold B: {all.Count:N0} slots, {swaps:N0} on a swap, {over03:N0} at 0.3+, {over05:N0} at 0.5+, {reported:N0} at 0.74+ after the second stage ({reportedSwaps:N0} on a swap)");
            foreach (double skip in new[] { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 })
            {
                int n = (int)(skip * order.Count);
                var skipped = order.Take(n).ToList();
                Console.WriteLine($"skip {skip:P0} (screen below {order[n].Screen:F2}): swaps {Percent(skipped.Count(a => a.Swap), swaps)}, 0.3+ {Percent(skipped.Count(a => a.Slot >= 0.3f), over03)}, 0.5+ {Percent(skipped.Count(a => a.Slot >= 0.5f), over05)}, reported {Percent(skipped.Count(a => a.Final >= 0.74f), reported)} (on a swap {skipped.Count(a => a.Final >= 0.74f && a.Swap)}, clean {skipped.Count(a => a.Final >= 0.74f && a.Clean)}), density {100 * skipped.Sum(a => (double)a.Slot) / totalDensity:F1}%, mean p {skipped.Average(a => a.Slot):F4}, max p {skipped.Max(a => a.Slot):F3}");
            }

            return 0;
        }

        private static int PrescreenStats(string data, ContextModelData model, double rate)
        {
            var tune = EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut)
                .Concat(EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Where(a => !a.IsHeldOut))
                .Where(a => EvaluationSplit.Seed(a.Id, 3) % 4 == 0).ToList();
            var (_, _, clean, spun, _) = Collect(tune, SpinnerMix(data, rate), model);
            var screens = new (string Name, Func<float[], float, bool> Screen)[]
            {
                ("trigram", (f, t) => f[SwapFeatures.WrittenMiddleTrigram] > t && f[SwapFeatures.WrittenLeftBigram] > 0 && f[SwapFeatures.WrittenRightBigram] > 0),
                ("both bigrams", (f, t) => Math.Min(f[SwapFeatures.WrittenLeftBigram], f[SwapFeatures.WrittenRightBigram]) > t),
            };
            foreach (var (name, screen) in screens)
            foreach (float t in new[] { 2f, 3f, 4f, 5f, 6f, 7f, 8f })
            {
                int slots = 0, screened = 0, positives = 0, screenedPositives = 0, screenedAbove = 0;
                float max = 0;
                foreach (var scored in clean.Concat(spun))
                    for (int i = 0; i < scored.Evidence.Slots.Count; i++)
                    {
                        var slot = scored.Evidence.Slots[i];
                        bool positive = scored.Labels[i] == true;
                        slots++;
                        if (positive) positives++;
                        if (slot.Features[SwapFeatures.WrittenIsPhrase] != 0 || !screen(slot.Features, t)) continue;
                        screened++;
                        if (positive) screenedPositives++;
                        if (slot.SlotProbability >= 0.3f) screenedAbove++;
                        max = Math.Max(max, slot.SlotProbability);
                    }

                Console.WriteLine($"{name} > e^{t}: screened {Percent(screened, slots)} of {slots:N0} slots, {Percent(screenedPositives, positives)} of {positives:N0} swaps; {screenedAbove} screened slots at 0.3 or more, highest {max:F3}");
            }

            return 0;
        }

        // The strongest slots on clean tuning articles: the false alarms to study (never the held-out half).
        private static int ShowCleanTop(string data, ContextModelData model)
        {
            var found = new List<(float P, string Line)>();
            foreach (var article in EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut))
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
            foreach (var slot in evidence.Slots.Where(s => !s.Screened).OrderByDescending(s => s.Probability).ThenByDescending(s => s.Features[SwapFeatures.ScoreGain]))
            {
                Console.WriteLine($"{slot.Probability:F3} {slot.SlotProbability:F3} {document.GetString(slot.Span),-20} -> {model.Thesaurus.GetRootText(slot.BestRoot),-15} gain {slot.Features[SwapFeatures.ScoreGain]:F2} L {slot.Features[SwapFeatures.LeftGain]:F2} R {slot.Features[SwapFeatures.RightGain]:F2}");
            }

            // With a WordNet view, its slots whose best candidate is a WordNet synonym (the only ones it may add).
            if (evidence.WordNetView is { } view)
                foreach (var slot in view.Slots.Where(s => !s.Screened && SwapClassifier.IsWordNetSynonym(s)).OrderByDescending(s => s.Probability))
                    Console.WriteLine($"wordnet view: {slot.Probability:F3} {slot.SlotProbability:F3} {document.GetString(slot.Span),-20} -> {model.Thesaurus.GetRootText(slot.BestRoot),-15} (adds at {model.WordNetClassifier?.AdditionThresholdFor(slot, spunDocument: false, view.IsShortText):F2}, in a document called spun at {model.WordNetClassifier?.AdditionThresholdFor(slot, spunDocument: true, view.IsShortText):F2})");

            Console.WriteLine($"spin score {DocumentSpinScoreRule.SpinScore(document, SwapEvidenceRules.Value.AnalyzeDocument(document)):F2}");
            return 0;
        }

        // Scoring time per document over the clean news (both halves: no tuning happens here).
        // `timing [verify]`: the context model's scoring time over the BBC articles; with `verify`, also a fingerprint of
        // every slot's features and probabilities over the BBC articles, their Moby-spun copies and clean-diverse, so that
        // an optimisation can be shown to change no bit of the evidence (same fingerprint before and after).
        private static int Timing(string data, ContextModelData model, bool verify, double rate)
        {
            var articles = EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc"));
            var documents = articles.Select(a => AnalyzedDocument.FromText(a.Id, a.Text)).ToList();
            long words = documents.Sum(d => (long)CountWords(d));
            SwapEvidence.Compute(documents[0], model);
            void Time(ContextModelData scoring, string name)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                foreach (var document in documents) SwapEvidence.Compute(document, scoring);
                clock.Stop();
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine($"{name}scored {documents.Count} articles ({words:N0} words) in {clock.Elapsed.TotalSeconds:F1} s: {clock.Elapsed.TotalMilliseconds / documents.Count:F1} ms an article, {clock.Elapsed.TotalMilliseconds * 1000 / words:F1} µs a word; CPU {cpu.TotalSeconds:F2} s ({cpu.TotalMilliseconds * 1000 / words:F1} µs a word); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            }

            Time(model, "");
            // With a screen, the same articles without it, alternately (the host is noisy: pairs, not single runs, compare).
            if (model.Classifier?.Screen is not null)
            {
                var unscreened = model.WithClassifier(model.Classifier.WithScreen(null));
                for (int round = 0; round < 2; round++)
                {
                    Time(unscreened, "without the screen: ");
                    Time(model, "with the screen: ");
                }
            }

            if (!verify) return 0;
            var moby = Spinner.Create(data, rate, 0.5);
            var sets = new (string Name, IEnumerable<AnalyzedDocument> Documents)[]
            {
                ("bbc", documents),
                ("bbc spun (Moby)", articles.Select(a => AnalyzedDocument.FromText(a.Id, moby.Spin(a, 1).Text))),
                ("clean-diverse", EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Select(a => AnalyzedDocument.FromText(a.Id, a.Text))),
            };
            foreach (var (name, set) in sets)
            {
                ulong hash = 14695981039346656037UL;
                // The same over what does not depend on the table's numbering of roots or on the WordNet source features (36-39,
                // which a Moby-only table leaves at 0 and the Moby view's trees do not read): the slots' places, the best
                // candidate's text, the other features and both probabilities. It compares the Moby view of a WordNet table with
                // a Moby-only table.
                ulong readings = 14695981039346656037UL;
                // The WordNet view's slots (EL2010's additions come from them), apart: the lines above cover the Moby view.
                ulong wordNet = 14695981039346656037UL;
                long slots = 0, wordNetSlots = 0;
                void Mix(uint value)
                {
                    hash = (hash ^ value) * 1099511628211UL;
                }

                void MixReading(uint value)
                {
                    readings = (readings ^ value) * 1099511628211UL;
                }

                void MixWordNet(uint value)
                {
                    wordNet = (wordNet ^ value) * 1099511628211UL;
                }

                foreach (var document in set)
                {
                    var evidence = SwapEvidence.Compute(document, model);
                    foreach (var slot in evidence.Slots)
                    {
                        slots++;
                        Mix((uint)slot.FirstToken);
                        Mix((uint)slot.TokenCount);
                        Mix((uint)slot.BestRoot);
                        foreach (var value in slot.Features) Mix(BitConverter.SingleToUInt32Bits(value));
                        Mix(BitConverter.SingleToUInt32Bits(slot.SlotProbability));
                        Mix(BitConverter.SingleToUInt32Bits(slot.Probability));
                        MixReading((uint)slot.FirstToken);
                        MixReading((uint)slot.TokenCount);
                        foreach (char c in slot.BestRoot >= 0 ? model.Thesaurus.GetRootText(slot.BestRoot) : "") MixReading(c);
                        for (int f = 0; f < SwapFeatures.CandidateInMoby; f++) MixReading(BitConverter.SingleToUInt32Bits(slot.Features[f]));
                        MixReading(BitConverter.SingleToUInt32Bits(slot.SlotProbability));
                        MixReading(BitConverter.SingleToUInt32Bits(slot.Probability));
                    }

                    // The WordNet view's slots whose probability anything reads (SwapEvidence.WordNetSlotsRead): the others
                    // keep their best candidate and nothing else.
                    var viewSlots = evidence.WordNetView?.Slots ?? Array.Empty<SwapSlot>();
                    var read = SwapEvidence.WordNetSlotsRead(viewSlots);
                    for (int i = 0; i < viewSlots.Count; i++)
                    {
                        var slot = viewSlots[i];
                        if (!read[i]) continue;
                        wordNetSlots++;
                        MixWordNet((uint)slot.FirstToken);
                        MixWordNet((uint)slot.TokenCount);
                        MixWordNet((uint)slot.BestRoot);
                        MixWordNet(slot.Screened ? 1u : 0u);
                        foreach (var value in slot.Features) MixWordNet(BitConverter.SingleToUInt32Bits(value));
                        MixWordNet(BitConverter.SingleToUInt32Bits(slot.SlotProbability));
                        MixWordNet(BitConverter.SingleToUInt32Bits(slot.Probability));
                    }
                }

                Console.WriteLine($"evidence fingerprint, {name}: {hash:x16} ({slots:N0} slots); readings (root texts, features 0-35, probabilities): {readings:x16}");
                if (wordNetSlots > 0) Console.WriteLine($"WordNet view fingerprint, {name}: {wordNet:x16} ({wordNetSlots:N0} slots read)");
            }

            return 0;
        }

        internal static int CountWords(AnalyzedDocument document)
        {
            int words = 0;
            foreach (var token in document.Tokens)
                if (token.Kind == EditorialLint.Tokens.TokenKind.Word) words++;
            return words;
        }

        /// <summary>ROC AUC: the chance that a random positive scores above a random negative (ties count half).</summary>
        internal static double Auc(IReadOnlyList<float> positives, IReadOnlyList<float> negatives)
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

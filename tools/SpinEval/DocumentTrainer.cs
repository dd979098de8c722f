using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Evaluation;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;
using Microsoft.CodeAnalysis;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// Fits EL2900's document model: a logistic regression over <see cref="SpinScoreFeatures"/> on fold B of the tuning
    /// halves (the fold the trees never saw), each article clean and spun by each of the four styles; then the threshold,
    /// the lowest spin score at which fold B's clean articles of each corpus are flagged at most
    /// <see cref="FalseAlarmShare"/> of the time, nor any genre (a genre of fewer than 200 clean articles, one at most).
    /// </summary>
    internal static class DocumentTrainer
    {
        /// <summary>EL2900 may flag at most this share of each corpus's clean fold-B articles.</summary>
        public const double FalseAlarmShare = 0.005;

        private const double Lambda = 1.0;

        // Folds (by article) for the out-of-fit scores the threshold is set on.
        private const int CrossValidationFolds = 5;

        // Documents under this many words are not scored by EL2900 (DocumentSpinScoreRule.MinimumWords).
        private const int MinimumWords = 80;

        public sealed record Result(float[] Weights, float Bias, float[] ShortWeights, float ShortBias, float Threshold, string Summary);

        /// <summary>At the threshold, EL2900 may flag at most this share of clean fold-B paragraphs (80–249 words) scored alone.</summary>
        public const double ParagraphFalseAlarmShare = 0.002;

        private const double DecibelsPerLogOdds = 4.3429448190325175;

        public static Result Fit(string data, ContextModelData model, SwapClassifier trees, double rate, Func<AnalyzedDocument, IEnumerable<Diagnostic>> certainFindings)
        {
            var articles = FoldB.Articles(data);
            var spinners = FoldB.Spinners(data, rate);
            // Whole articles, and their paragraphs of 80–249 words each as a text of its own (short texts: corpus "paragraphs").
            var scored = new List<(string Corpus, string Genre, string Version, int Words, float[] Features, int Article)>[articles.Count];
            Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var (corpus, article) = articles[i];
                var list = new List<(string, string, string, int, float[], int)>();
                void Add(string kind, Article source, string version, string text)
                {
                    var document = AnalyzedDocument.FromText(source.Id, text);
                    var evidence = SwapEvidence.Compute(document, model);
                    if (evidence.WordCount < MinimumWords || (kind == "paragraphs" && evidence.WordCount >= SwapEvidence.MinimumDensityWords)) return;
                    foreach (var slot in evidence.Slots) slot.SlotProbability = trees.PredictSlot(slot);
                    list.Add((kind, source.Genre, version, evidence.WordCount, evidence.DocumentFeatures(DocumentSpinScoreRule.CertainSwaps(document, certainFindings(document))), i));
                }

                void AddAll(string kind, Article source)
                {
                    Add(kind, source, "clean", source.Text);
                    foreach (var (name, spinner) in spinners) Add(kind, source, name, spinner.Spin(source, 2).Text);
                }

                AddAll(corpus, article);
                var parts = article.Text.Split("\n\n");
                for (int p = 1; p < parts.Length; p++) AddAll("paragraphs", new Article(article.Id + "#" + p, parts[p].Trim() + "\n", article.IsHeldOut, article.Genre));
                scored[i] = list;
            });

            var all = scored.SelectMany(x => x).ToList();
            (float[] Weights, float Bias) FitOn(Func<int, bool> words, Func<int, bool>? articleIn = null)
            {
                var part = all.Where(d => words(d.Words) && (articleIn is null || articleIn(d.Article))).ToList();
                var (w, b, _, _) = Trainer.Fit(part.Select(d => d.Features).ToList(), part.Select(d => d.Version != "clean").ToList(), Lambda);
                // At even prior odds: the fit saw four spun copies for each clean one.
                int cleanCount = part.Count(d => d.Version == "clean");
                return (w, b - (float)Math.Log((part.Count - cleanCount) / (double)cleanCount));
            }

            var (weights, bias) = FitOn(w => w >= SwapEvidence.MinimumDensityWords);
            var (shortWeights, shortBias) = FitOn(w => w < SwapEvidence.MinimumDensityWords);
            var classifier = trees.WithDocumentModel(weights, bias, shortWeights, shortBias, float.MaxValue);
            // The threshold is set on scores the fit did not see: each document scored by models fitted without its article
            // (five folds by article). In-sample, the fit pushes its own clean articles down, and more so the more features it
            // has, so a threshold set on those scores lets more clean copy through on new articles.
            var scores = new float[all.Count].ToList();
            for (int k = 0; k < CrossValidationFolds; k++)
            {
                var (foldWeights, foldBias) = FitOn(w => w >= SwapEvidence.MinimumDensityWords, a => a % CrossValidationFolds != k);
                var (foldShortWeights, foldShortBias) = FitOn(w => w < SwapEvidence.MinimumDensityWords, a => a % CrossValidationFolds != k);
                var fold = trees.WithDocumentModel(foldWeights, foldBias, foldShortWeights, foldShortBias, float.MaxValue);
                for (int i = 0; i < all.Count; i++)
                    if (all[i].Article % CrossValidationFolds == k) scores[i] = fold.DocumentScore(all[i].Features, all[i].Words);
            }

            var cleanIndex = Enumerable.Range(0, all.Count).Where(i => all[i].Version == "clean" && all[i].Corpus != "paragraphs").OrderByDescending(i => scores[i]).ToList();
            bool Within(float threshold)
            {
                foreach (var corpus in new[] { "bbc", "diverse" })
                {
                    var ofCorpus = cleanIndex.Where(i => all[i].Corpus == corpus).ToList();
                    if (ofCorpus.Count(i => scores[i] >= threshold) > Math.Floor(FalseAlarmShare * ofCorpus.Count)) return false;
                }

                // No genre above its share either, and a small genre (fewer than 200 articles) gets one flagged article at most.
                return cleanIndex.Where(i => scores[i] >= threshold).GroupBy(i => all[i].Genre)
                    .All(g => g.Count() <= Math.Max(1, Math.Floor(FalseAlarmShare * cleanIndex.Count(i => all[i].Genre == g.Key))));
            }

            // The constraints hold above every clean score and get harder as the threshold comes down: the lowest that holds
            // sits just above some clean article's score.
            float best = float.MaxValue;
            foreach (int i in cleanIndex)
            {
                float candidate = NextUp(scores[i]);
                if (!Within(candidate)) break;
                best = candidate;
            }

            // Short texts: the short model's intercept comes down until clean paragraphs are flagged at most
            // ParagraphFalseAlarmShare of the time at that threshold (never up).
            var cleanParagraphs = Enumerable.Range(0, all.Count).Where(i => all[i].Version == "clean" && all[i].Corpus == "paragraphs").Select(i => scores[i]).OrderByDescending(x => x).ToList();
            int paragraphsAllowed = (int)Math.Floor(ParagraphFalseAlarmShare * cleanParagraphs.Count);
            float shift = cleanParagraphs.Count > paragraphsAllowed ? Math.Max(0, NextUp(cleanParagraphs[paragraphsAllowed]) - best) : 0;
            shortBias -= (float)(shift / DecibelsPerLogOdds);
            var summary = new List<string> { "top clean (out of fit): " + string.Join(", ", cleanIndex.Take(8).Select(i => $"{all[i].Genre} {scores[i]:F2}")), $"short model lowered by {shift:F2} dB" };
            classifier = trees.WithDocumentModel(weights, bias, shortWeights, shortBias, best);
            scores = all.Select(d => classifier.DocumentScore(d.Features, d.Words)).ToList();

            foreach (var corpus in new[] { "bbc", "diverse", "paragraphs" })
            {
                var negatives = Enumerable.Range(0, all.Count).Where(i => all[i].Corpus == corpus && all[i].Version == "clean").Select(i => scores[i]).ToList();
                var parts = spinners.Select(s =>
                {
                    var positives = Enumerable.Range(0, all.Count).Where(i => all[i].Corpus == corpus && all[i].Version == s.Name).Select(i => scores[i]).ToList();
                    return $"{s.Name} AUC {Program.Auc(positives, negatives):F3} flags {100.0 * positives.Count(p => p >= best) / positives.Count:F0}%";
                });
                summary.Add($"{corpus}: clean flagged {negatives.Count(s => s >= best)} of {negatives.Count}; " + string.Join(", ", parts));
            }

            return new Result(weights, bias, shortWeights, shortBias, best, $"fold B ({articles.Count} articles; in-sample): " + string.Join("; ", summary));
        }

        /// <summary>
        /// <c>train-document</c>: refits the document model and threshold only, over the embedded trees, and rewrites those
        /// lines of the weights file (everything EL2010 reads stays byte for byte).
        /// </summary>
        public static int Run(string repo, string data, ContextModelData model, double rate, Func<AnalyzedDocument, IEnumerable<Diagnostic>> certainFindings)
        {
            var embedded = model.Classifier ?? throw new InvalidOperationException("no embedded classifier");
            var result = Fit(data, model, embedded, rate, certainFindings);
            Console.WriteLine(result.Summary);
            Console.WriteLine($"document threshold {result.Threshold:F2}; weights: bias {result.Bias:F4}, " +
                string.Join(", ", SpinScoreFeatures.Names.Select((n, i) => $"{n} {result.Weights[i]:F4}")) + $"; short texts: bias {result.ShortBias:F4}, " +
                string.Join(", ", SpinScoreFeatures.Names.Select((n, i) => $"{n} {result.ShortWeights[i]:F4}")));
            var path = WeightsFile.Write(repo, SwapClassifier.FileName,
                embedded.WithDocumentModel(result.Weights, result.Bias, result.ShortWeights, result.ShortBias, result.Threshold), HeaderPrefix, Header(rate));
            Console.WriteLine("wrote " + path);
            return 0;
        }

        private const string HeaderPrefix = "document model (EL2900):";

        /// <summary>The weights file's header line for the document model.</summary>
        public static string Header(double rate) =>
            $"{HeaderPrefix} logistic regressions (L2 {Lambda.ToString(CultureInfo.InvariantCulture)}) on fold B, each article and each of its paragraphs of 80–249 words clean and spun by each style (salt 2), " +
            $"at even prior odds, one for texts of 250 words or more, one for shorter; document-threshold: at most {FalseAlarmShare.ToString(CultureInfo.InvariantCulture)} of each corpus's and each genre's clean fold-B articles " +
            $"(one in a genre of fewer than 200); the short model's intercept lowered until at most {ParagraphFalseAlarmShare.ToString(CultureInfo.InvariantCulture)} of clean fold-B paragraphs reach it; " +
            $"both on out-of-fit scores ({CrossValidationFolds} folds by article).";

        private static float NextUp(float value) => value + Math.Max(1e-3f, Math.Abs(value) * 1e-6f);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Evaluation;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// <c>doc-dump FILE [--split tune|held-out]</c>: the numbers EL2900 could weigh, per document (clean and spun by each
    /// style, salt 2 as <c>evaluate</c>), written to FILE outside the repository so that document features can be tried
    /// without scoring slots again. Numbers only, no text: a <c>D</c> line per document (corpus, genre, fold, version,
    /// words, content words, certain swaps, all slots, today's spin score) and an <c>S</c> line per slot kept by
    /// <see cref="SwapEvidence"/>'s resolution (own probability, overlaps a certain span, then a few of its features).
    /// </summary>
    internal static class DocumentDump
    {
        public static int Run(string data, ContextModelData model, double rate, bool heldOut, string path, Func<AnalyzedDocument, IEnumerable<Microsoft.CodeAnalysis.Diagnostic>> certainFindings)
        {
            var articles = EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => a.IsHeldOut == heldOut).Select(a => ("bbc", a))
                .Concat(EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Where(a => a.IsHeldOut == heldOut).Select(a => ("diverse", a))).ToList();
            var baseSpinner = Spinner.Create(data, rate, 0.5);
            var spinners = SpinStyle.Fitted(rate).Select(s => (s.Name, Spinner: baseSpinner.WithStyle(s, data))).ToList();
            var blocks = new string[articles.Count];
            Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var (corpus, article) = articles[i];
                var text = new StringBuilder();
                int fold = FoldB.Contains(article) ? 1 : 0;
                Write(text, corpus, article.Genre, fold, "clean", AnalyzedDocument.FromText(article.Id, article.Text), model, certainFindings);
                foreach (var (name, spinner) in spinners)
                    Write(text, corpus, article.Genre, fold, name, AnalyzedDocument.FromText(article.Id, spinner.Spin(article, 2).Text), model, certainFindings);
                // Paragraphs of 80–249 words, each a document of its own (the short texts EL2900 scores without a density).
                var parts = article.Text.Split("\n\n");
                for (int p = 1; p < parts.Length; p++)
                {
                    var paragraph = new Article(article.Id + "#" + p, parts[p].Trim() + "\n", article.IsHeldOut, article.Genre);
                    var document = AnalyzedDocument.FromText(paragraph.Id, paragraph.Text);
                    int words = 0;
                    foreach (var token in document.Tokens)
                        if (token.Kind == EditorialLint.Tokens.TokenKind.Word) words++;
                    if (words < 80 || words >= SwapEvidence.MinimumDensityWords) continue;
                    Write(text, "para-" + corpus, article.Genre, fold, "clean", document, model, certainFindings);
                    foreach (var (name, spinner) in spinners)
                        Write(text, "para-" + corpus, article.Genre, fold, name, AnalyzedDocument.FromText(paragraph.Id, spinner.Spin(paragraph, 2).Text), model, certainFindings);
                }

                blocks[i] = text.ToString();
            });
            File.WriteAllText(path, string.Concat(blocks), new UTF8Encoding(false));
            Console.WriteLine($"wrote {articles.Count} articles × 5 versions to {path}");
            return 0;
        }

        private static void Write(StringBuilder text, string corpus, string genre, int fold, string version, AnalyzedDocument document, ContextModelData model,
            Func<AnalyzedDocument, IEnumerable<Microsoft.CodeAnalysis.Diagnostic>> certainFindings)
        {
            var evidence = SwapEvidence.Compute(document, model);
            var certain = DocumentSpinScoreRule.CertainSwaps(document, certainFindings(document));
            int content = 0;
            foreach (var token in document.Tokens)
                if (token.Kind == EditorialLint.Tokens.TokenKind.Word && SwapScorer.IsContentWord(document, token)) content++;
            float score = evidence.SpinScore(model.Classifier!, certain);
            var inv = CultureInfo.InvariantCulture;
            var wording = DocumentWording.Compute(document, model);
            text.Append(string.Format(inv, "D\t{0}\t{1}\t{2}\t{3}\t{4}\t{5}\t{6}\t{7}\t{8:R}\t{9}\t{10}\t{11}\t{12}\t{13:R}\n", corpus, genre, fold, version, evidence.WordCount, content, certain.Count, evidence.Slots.Count, score,
                wording.Words, wording.UnseenPairs, wording.UnseenTrigrams, wording.RareOnce, wording.LogProbability));
            var ordered = evidence.Slots.Where(s => s.SlotProbability >= 0.02f).OrderByDescending(s => s.SlotProbability).ThenBy(s => s.Span.Start).ToList();
            var taken = new List<Microsoft.CodeAnalysis.Text.TextSpan>();
            foreach (var slot in ordered)
            {
                if (taken.Any(t => t.OverlapsWith(slot.Span))) continue;
                taken.Add(slot.Span);
                var f = slot.Features;
                bool onCertain = certain.Any(c => c.OverlapsWith(slot.Span));
                text.Append(string.Format(inv, "S\t{0:R}\t{1}\t{2:R}\t{3:R}\t{4:R}\t{5:R}\t{6:R}\t{7:R}\t{8:R}\t{9:R}\t{10:R}\n", slot.SlotProbability, onCertain ? 1 : 0,
                    f[SwapFeatures.WrittenRepeats], f[SwapFeatures.CandidateInDocument], f[SwapFeatures.WrittenFrequency], f[SwapFeatures.CandidateFrequency],
                    f[SwapFeatures.ScoreGain], f[SwapFeatures.WrittenIsPhrase], f[SwapFeatures.BothSidesGain], f[SwapFeatures.CandidateIsMutual], f[SwapFeatures.WrittenBroken]));
            }

            // The WordNet view's slots, resolved the same way: own probability (the WordNet classifier's), on a certain
            // span, the best candidate is a WordNet synonym, overlaps a Moby slot of 0.5 or more.
            if (evidence.WordNetView is not { } view) return;
            var strongMoby = evidence.Slots.Where(s => s.SlotProbability >= 0.5f).Select(s => s.Span).ToList();
            taken.Clear();
            foreach (var slot in view.Slots.Where(s => s.SlotProbability >= 0.02f).OrderByDescending(s => s.SlotProbability).ThenBy(s => s.Span.Start))
            {
                if (taken.Any(t => t.OverlapsWith(slot.Span))) continue;
                taken.Add(slot.Span);
                bool onCertain = certain.Any(c => c.OverlapsWith(slot.Span));
                text.Append(string.Format(inv, "W\t{0:R}\t{1}\t{2}\t{3}\t{4:R}\n", slot.SlotProbability, onCertain ? 1 : 0, SwapClassifier.IsWordNetSynonym(slot) ? 1 : 0,
                    strongMoby.Any(m => m.OverlapsWith(slot.Span)) ? 1 : 0, slot.Features[SwapFeatures.WrittenRepeats]));
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// `probe FILE PAIRS`: why the context model finds or misses known swaps. PAIRS (outside the repository) holds one
    /// swap a line, "written TAB original"; for each place the written wording occurs in FILE it prints whether the
    /// thesaurus has the written key, whether the original is among its candidates (and which view has it), and every
    /// slot over the place in each view: screened or not, own and final probability, best candidate; then the same slots
    /// scored without the screen.
    /// </summary>
    internal static class SwapProbe
    {
        public static int Run(string file, string pairsFile, ContextModelData model)
        {
            var text = File.ReadAllText(file);
            var document = AnalyzedDocument.FromText(Path.GetFileName(file), text);
            var evidence = SwapEvidence.Compute(document, model);
            var unscreenedModel = model.WithClassifier(model.Classifier!.WithScreen(null));
            var unscreened = SwapEvidence.Compute(document, unscreenedModel);
            var classifier = model.Classifier!;
            Console.WriteLine($"report threshold {classifier.ReportThreshold:F2}, in spun documents {classifier.ReportThresholdFor(true):F2}");
            var relations = new byte[Math.Max(1, model.Thesaurus.MaxLinks)];
            foreach (var line in File.ReadAllLines(pairsFile))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var parts = line.Split('\t');
                string written = parts[0], original = parts.Length > 1 ? parts[1] : "";
                var matches = Regex.Matches(text, @"(?<![\p{L}'’])" + Regex.Escape(written) + @"(?![\p{L}'’])", RegexOptions.IgnoreCase);
                Console.WriteLine($"== {written} -> {original}: {matches.Count} place(s)");
                // The key and its candidates.
                var words = written.ToLowerInvariant().Split(' ');
                var keys = words.Select(w => ModelText.HashWord(w.AsSpan())).ToArray();
                var candidates = model.Thesaurus.GetCandidates(ModelText.Phrase(keys), relations);
                int rank = -1;
                string source = "";
                var list = new List<string>();
                for (int c = 0; c < candidates.Length; c++)
                {
                    var root = model.Thesaurus.GetRootText(candidates[c] & ThesaurusTable.RootMask);
                    list.Add(root);
                    if (string.Equals(root, original, StringComparison.OrdinalIgnoreCase))
                    {
                        rank = c;
                        source = ((relations[c] & ThesaurusTable.FromMoby) != 0 ? "moby" : "") + ((relations[c] & ThesaurusTable.FromWordNet) != 0 ? "+wordnet" : "");
                    }
                }

                Console.WriteLine(candidates.IsEmpty ? "   key: none" : $"   key: {candidates.Length} candidates; original {(rank < 0 ? "NOT among them" : $"#{rank + 1} ({source})")}; first: {string.Join(", ", list.Take(12))}");
                foreach (Match match in matches)
                {
                    int start = match.Index, end = match.Index + match.Length;
                    void Show(string name, SwapEvidence? view)
                    {
                        if (view is null) return;
                        foreach (var slot in view.Slots.Where(s => s.Span.Start < end && start < s.Span.End))
                            Console.WriteLine($"   @{start} {name}: \"{text.Substring(slot.Span.Start, slot.Span.Length)}\" {(slot.Screened ? "SCREENED" : "")} own {slot.SlotProbability:F3} final {slot.Probability:F3}"
                                + (slot.Screened ? "" : $" -> {model.Thesaurus.GetRootText(slot.BestRoot)} gain {slot.Features[SwapFeatures.ScoreGain]:F2} L {slot.Features[SwapFeatures.LeftGain]:F2} R {slot.Features[SwapFeatures.RightGain]:F2} rep {slot.Features[SwapFeatures.WrittenRepeats]:F1} candDoc {slot.Features[SwapFeatures.CandidateInDocument]:F1}"));
                    }

                    Show("moby", evidence);
                    Show("wordnet", evidence.WordNetView);
                    Show("moby unscreened", unscreened);
                }
            }

            return 0;
        }

        /// <summary>
        /// `probe-clean`: how many EL2010 findings (the Moby view's resolved slots) clean copy of the tuning halves would get
        /// per 1,000 words at lower report thresholds: what it would cost to report a swap whose probability falls short.
        /// </summary>
        public static int CleanRates(string data, ContextModelData model)
        {
            var thresholds = new[] { 0.8f, 0.73f, 0.6f, 0.45f, 0.3f, 0.2f, 0.1f };
            foreach (var (name, articles) in new[]
            {
                ("bbc", EditorialLint.Evaluation.EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut).ToList()),
                ("diverse", EditorialLint.Evaluation.EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Where(a => !a.IsHeldOut).ToList()),
            })
            {
                var counts = new long[thresholds.Length];
                long words = 0;
                foreach (var article in articles)
                {
                    var document = AnalyzedDocument.FromText(article.Id, article.Text);
                    var evidence = SwapEvidence.Compute(document, model);
                    words += evidence.WordCount;
                    for (int i = 0; i < thresholds.Length; i++) counts[i] += evidence.Resolve(thresholds[i]).Count;
                }

                Console.WriteLine($"{name} tuning half, {articles.Count} articles, {words:N0} words: "
                    + string.Join("; ", thresholds.Select((t, i) => $"at {t:F2}: {counts[i]} ({1000.0 * counts[i] / words:F2} per 1,000)")));
            }

            return 0;
        }
    }
}

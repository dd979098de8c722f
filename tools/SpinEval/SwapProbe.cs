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
    }
}

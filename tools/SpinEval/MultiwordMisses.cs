using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Evaluation;
using EditorialLint.Rules.Wording.ContextModel;
using Microsoft.CodeAnalysis;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// `multi-miss [STYLE...] [--dump FILE]`: why the multi-word swaps (a phrase written for a word) that no wording finding
    /// overlaps are missed, by cause (`one-miss`: the same for the one-word swaps, a word written for a word), on the tuning halves of both corpora (the same spins as `evaluate --split tune`).
    /// Each missed swap falls in the first cause that applies: the phrase is no thesaurus key; the original is not among
    /// its candidates (not a root of the table at all, or a root the key does not list); no slot covers exactly the phrase;
    /// the screen skipped it; the best candidate is another word; the right candidate is best but the probability falls
    /// short of the threshold (in bands); or a slot on the phrase is over its threshold and still not reported.
    /// The dump (outside the repository: it quotes the spun phrase and the original) has one missed swap a line.
    /// </summary>
    internal static class MultiwordMisses
    {
        public static int Run(string data, ContextModelData model, double rate, IReadOnlyList<string> styleNames, string? dump,
            Func<AnalyzedDocument, ImmutableArray<Diagnostic>> analyze, string kind = Spinner.Phrase)
        {
            var corpora = new List<(string Name, List<Article> Articles)>
            {
                ("bbc", EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut).ToList()),
                ("diverse", EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Where(a => !a.IsHeldOut).ToList()),
            };
            var baseSpinner = Spinner.Create(data, rate, 0.5);
            var all = SpinStyle.Measured(rate);
            var styles = styleNames.Count == 0 ? all.Where(s => s.Name is "frequent" or "light").ToArray() : all.Where(s => styleNames.Contains(s.Name)).ToArray();
            var thesaurus = model.Thesaurus;
            var roots = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int r = 0; r < thesaurus.RootCount; r++) roots[thesaurus.GetRootText(r)] = r;
            var relations = new byte[Math.Max(1, thesaurus.MaxLinks)];
            var unscreenedModel = model.WithClassifier(model.Classifier!.WithScreen(null));
            using var writer = dump is null ? null : new StreamWriter(dump, false, new UTF8Encoding(false));
            writer?.WriteLine("style\tcorpus\tarticle\tcause\twritten\toriginal\trank\tsource\tview\tprob\tthreshold\tbest\tgain\tleft\tright\trepeats\tcandInDoc\tcontext");
            foreach (var style in styles)
            {
                var spinner = baseSpinner.WithStyle(style, data);
                foreach (var (corpus, articles) in corpora)
                {
                    var causes = new SortedDictionary<string, int>(StringComparer.Ordinal);
                    int gold = 0, found = 0;
                    foreach (var article in articles)
                    {
                        var spun = spinner.Spin(article, 2);
                        var document = AnalyzedDocument.FromText(article.Id, spun.Text);
                        var diagnostics = analyze(document);
                        var evidence = SwapEvidence.For(document)!;
                        bool spunDocument = diagnostics.Any(d => d.Id == "EL2900");
                        SwapEvidence? unscreened = null;
                        foreach (var g in spun.Gold)
                        {
                            if (g.Kind != kind) continue;
                            gold++;
                            if (diagnostics.Any(d => d.Id.StartsWith("EL2", StringComparison.Ordinal) && d.Id != "EL2900"
                                && d.Location.SourceSpan.Start < g.End && g.Start < d.Location.SourceSpan.End))
                            {
                                found++;
                                continue;
                            }

                            var miss = Classify(g, evidence, model, roots, relations, spunDocument);
                            if (miss.Cause == "screened")
                            {
                                // What the full model would give the slot: its probability without the screen, at the same threshold.
                                unscreened ??= SwapEvidence.Compute(document, unscreenedModel);
                                var full = unscreened.Slots.FirstOrDefault(s => s.Span.Start == g.Start && s.Span.End == g.End);
                                string band = full is null ? "?" : full.Probability >= miss.Threshold ? "over its threshold" : full.Probability >= 0.5f ? "0.50+" : full.Probability >= 0.2f ? "0.20-0.50" : "under 0.20";
                                bool right = full is not null && string.Equals(model.Thesaurus.GetRootText(full.BestRoot), g.Original.ToLowerInvariant(), StringComparison.Ordinal);
                                miss = miss with { Cause = $"screened (unscreened: {(right ? "right" : "wrong")} best, p {band})", Slot = full ?? miss.Slot };
                            }
                            causes[miss.Cause] = causes.GetValueOrDefault(miss.Cause) + 1;
                            if (writer is null) continue;
                            int from = Math.Max(0, g.Start - 40), to = Math.Min(spun.Text.Length, g.End + 40);
                            string context = (spun.Text.Substring(from, g.Start - from) + "[" + spun.Text.Substring(g.Start, g.Length) + "]" + spun.Text.Substring(g.End, to - g.End)).Replace('\n', ' ').Replace('\t', ' ');
                            writer.WriteLine(string.Join("\t", style.Name, corpus, article.Id, miss.Cause, g.Spun, g.Original, miss.Rank, miss.Source, miss.View,
                                F(miss.Slot?.Probability), F(miss.Threshold), miss.Best, F(miss.Slot?.Features[SwapFeatures.ScoreGain]),
                                F(miss.Slot?.Features[SwapFeatures.LeftGain]), F(miss.Slot?.Features[SwapFeatures.RightGain]),
                                F(miss.Slot?.Features[SwapFeatures.WrittenRepeats]), F(miss.Slot?.Features[SwapFeatures.CandidateInDocument]), context));
                        }
                    }

                    int missed = gold - found;
                    Console.WriteLine($"{style.Name} / {corpus}: {gold} {kind} swaps, {found} found ({100.0 * found / Math.Max(1, gold):F1}%), {missed} missed");
                    foreach (var (cause, n) in causes.OrderByDescending(c => c.Value))
                        Console.WriteLine($"   {cause,-44} {n,6}  {100.0 * n / Math.Max(1, missed),5:F1}% of misses  {100.0 * n / Math.Max(1, gold),5:F1}% of gold");
                }
            }

            return 0;
        }

        private static string F(float? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "";

        private sealed record Miss(string Cause, int Rank, string Source, string View, SwapSlot? Slot, float? Threshold, string Best);

        private static Miss Classify(GoldSwap g, SwapEvidence evidence, ContextModelData model, Dictionary<string, int> roots, byte[] relations, bool spunDocument)
        {
            var thesaurus = model.Thesaurus;
            string original = g.Original.ToLowerInvariant();
            var words = g.Spun.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var keys = words.Select(w => ModelText.HashWord(w.AsSpan())).ToArray();
            var candidates = words.Length <= ThesaurusTable.MaxPhraseWords ? thesaurus.GetCandidates(ModelText.Phrase(keys), relations) : ReadOnlySpan<ushort>.Empty;
            int rank = -1;
            string source = "";
            for (int c = 0; c < candidates.Length; c++)
            {
                if (!string.Equals(thesaurus.GetRootText(candidates[c] & ThesaurusTable.RootMask), original, StringComparison.Ordinal)) continue;
                rank = c + 1;
                source = ((relations[c] & ThesaurusTable.FromMoby) != 0 ? "moby" : "") + ((relations[c] & ThesaurusTable.FromWordNet) != 0 ? "+wordnet" : "");
                break;
            }

            bool isRoot = roots.ContainsKey(original);
            if (candidates.IsEmpty)
                return new Miss(words.Length > ThesaurusTable.MaxPhraseWords ? "no key: over three words" : isRoot ? "no key (original a root)" : "no key (original not a root)", rank, source, "", null, null, "");
            if (rank < 0)
                return new Miss(isRoot ? "not a candidate (original a root, not linked)" : "not a candidate (original not a root)", rank, source, "", null, null, "");

            // The slots exactly on the phrase, in each view; the one likeliest to be reported (by its margin over its threshold).
            var classifier = model.Classifier!;
            var wordNetClassifier = model.WordNetClassifier;
            var exact = new List<(string View, SwapSlot Slot, float Threshold)>();
            foreach (var s in evidence.Slots)
                if (s.Span.Start == g.Start && s.Span.End == g.End) exact.Add(("moby", s, classifier.ReportThresholdFor(s, spunDocument)));
            if (evidence.WordNetView is { } view && wordNetClassifier is not null)
                foreach (var s in view.Slots)
                    if (s.Span.Start == g.Start && s.Span.End == g.End) exact.Add(("wordnet", s, wordNetClassifier.AdditionThresholdFor(s, spunDocument, view.IsShortText)));
            if (exact.Count == 0) return new Miss("no slot on the phrase", rank, source, "", null, null, "");
            var scored = exact.Where(e => !e.Slot.Screened).ToList();
            if (scored.Count == 0) return new Miss("screened", rank, source, "moby", exact[0].Slot, exact[0].Threshold, "");
            var right = scored.Where(e => string.Equals(thesaurus.GetRootText(e.Slot.BestRoot), original, StringComparison.Ordinal)).ToList();
            var pick = (right.Count > 0 ? right : scored).OrderByDescending(e => e.Slot.Probability - Math.Min(e.Threshold, 1f)).First();
            string best = thesaurus.GetRootText(pick.Slot.BestRoot);
            float p = pick.Slot.Probability;
            if (p >= pick.Threshold) return new Miss("over threshold, not reported", rank, source, pick.View, pick.Slot, pick.Threshold, best);
            string band = p >= 0.5f ? "0.50+" : p >= 0.2f ? "0.20-0.50" : "under 0.20";
            string cause = right.Count == 0 ? "wrong best, p " + band : "right best, p " + band;
            return new Miss(cause, rank, source, pick.View, pick.Slot, pick.Threshold, best);
        }
    }
}

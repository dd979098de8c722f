using System;
using System.Collections.Generic;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording.ContextModel;
using Microsoft.CodeAnalysis;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// `cap-probe` (explore, writes nothing): what scoring only a slot's first K candidates would save and cost. The
    /// candidates of a key are in the thesaurus's order (Moby's by the root's corpus count, then WordNet's); the model
    /// scores every one of them, so its work grows with their number. Over fold B, clean and spun by every style, each
    /// scored slot of both views (the screen's skips left out): the share of candidate scorings past K, and the share of
    /// slots, of reported slots and of reported slots on a swap whose best candidate lies past K (those would read
    /// differently with a cap), in the thesaurus's order, with the mutual links moved first, and by a cheap pre-rank (the two
    /// bigrams around the slot). The model as shipped; a cap would need the trees retrained on the capped features.
    /// </summary>
    internal static class CandidateCapProbe
    {
        private static readonly int[] Caps = { 8, 12, 16, 24, 32, 48 };

        private sealed record Row(int Candidates, int BestRank, int MutualFirstRank, int BigramRank, bool Reported, bool OnSwap);

        public static int Run(string data, ContextModelData model, double rate, Func<AnalyzedDocument, IReadOnlyList<Diagnostic>> certainFindings)
        {
            var classifier = model.Classifier ?? throw new InvalidOperationException("no embedded classifier");
            var wordNet = model.WordNetClassifier;
            var all = FoldB.Score(FoldB.Articles(data), FoldB.Spinners(data, rate), certainFindings, (document, evidence, spun, gold) =>
            {
                var rows = new List<Row>();
                var relations = new byte[Math.Max(1, model.Thesaurus.MaxLinks)];
                void Read(SwapEvidence view, Func<SwapSlot, float> thresholdOf)
                {
                    foreach (var slot in view.Slots)
                    {
                        if (slot.Screened || slot.IsPossessive) continue;
                        var words = document.GetString(slot.Span).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        var keys = words.Select(w => ModelText.HashWord(w.AsSpan())).ToArray();
                        var candidates = model.Thesaurus.GetCandidates(ModelText.Phrase(keys), relations);
                        // The best candidate's rank in the thesaurus's order, and with the mutual links (the root's entry lists
                        // the written word too, as a spinner's pick mostly does) moved first, each part in that order.
                        int rank = -1, mutualFirst = -1, mutualCount = 0;
                        for (int c = 0; c < candidates.Length; c++)
                            if ((candidates[c] & ThesaurusTable.MutualFlag) != 0) mutualCount++;
                        for (int c = 0, mutualBefore = 0; c < candidates.Length; c++)
                        {
                            bool mutual = (candidates[c] & ThesaurusTable.MutualFlag) != 0;
                            if ((candidates[c] & ThesaurusTable.RootMask) == slot.BestRoot)
                            {
                                rank = c;
                                mutualFirst = mutual ? mutualBefore : mutualCount + (c - mutualBefore);
                                break;
                            }

                            if (mutual) mutualBefore++;
                        }

                        // And by a cheap pre-rank: how often the corpus and the books have seen each candidate after the word
                        // before the slot and before the word after it (two bigram lookups a candidate, where the full score
                        // takes a dozen), the thesaurus's order breaking ties.
                        int bigramRank = -1;
                        if (rank >= 0)
                        {
                            ulong left = slot.FirstToken > 0 ? ModelText.HashToken(document, document.GetToken(slot.FirstToken - 1)) : ModelText.SentenceStart;
                            int after = slot.FirstToken + slot.TokenCount;
                            var links = candidates.ToArray();
                            ulong right = after < document.TokenCount ? ModelText.HashToken(document, document.GetToken(after)) : ModelText.SentenceEnd;
                            int Fit(int c)
                            {
                                var rootWords = model.Thesaurus.GetRootWords(links[c] & ThesaurusTable.RootMask);
                                ulong a = ModelText.Bigram(left, rootWords[0]), b = ModelText.Bigram(rootWords[rootWords.Length - 1], right);
                                return Math.Max(model.Bigrams.GetLevel(a), model.BooksBigrams.GetLevel(a)) + Math.Max(model.Bigrams.GetLevel(b), model.BooksBigrams.GetLevel(b));
                            }

                            int bestFit = Fit(rank);
                            bigramRank = 0;
                            for (int c = 0; c < links.Length; c++)
                            {
                                if (c == rank) continue;
                                int fit = Fit(c);
                                if (fit > bestFit || (fit == bestFit && c < rank)) bigramRank++;
                            }
                        }

                        bool reported = slot.Probability >= thresholdOf(slot);
                        rows.Add(new Row(candidates.Length, rank, mutualFirst, bigramRank, reported, reported && FoldB.GoldOf(slot, gold) is not null));
                    }
                }

                Read(evidence, slot => classifier.ReportThresholdFor(slot, spun));
                if (evidence.WordNetView is { } view && wordNet is not null) Read(view, slot => wordNet.AdditionThresholdFor(slot, spun, view.IsShortText));

                return rows;
            });

            foreach (var group in all.GroupBy(s => s.Version == "clean" ? "clean" : "spun"))
            {
                var rows = group.SelectMany(s => s.Slots).ToList();
                long work = rows.Sum(r => (long)r.Candidates);
                Console.WriteLine($"{group.Key}: {rows.Count:N0} scored slots, {work:N0} candidate scorings ({(double)work / Math.Max(1, rows.Count):F1} a slot); "
                    + $"reported {rows.Count(r => r.Reported):N0}, on a swap {rows.Count(r => r.OnSwap):N0}; best candidate not found by the key {rows.Count(r => r.BestRank < 0):N0}");
                foreach (int k in Caps)
                {
                    long past = rows.Sum(r => (long)Math.Max(0, r.Candidates - k));
                    Console.WriteLine($"  K {k,2}: scorings past K {100.0 * past / Math.Max(1, work):F1}%; best past K: slots {Share(rows, r => true, k)}, reported {Share(rows, r => r.Reported, k)}, on a swap {Share(rows, r => r.OnSwap, k)}"
                        + $"; mutual links first: slots {Share(rows, r => true, k, r => r.MutualFirstRank)}, reported {Share(rows, r => r.Reported, k, r => r.MutualFirstRank)}, on a swap {Share(rows, r => r.OnSwap, k, r => r.MutualFirstRank)}"
                        + $"; by the two bigrams: slots {Share(rows, r => true, k, r => r.BigramRank)}, reported {Share(rows, r => r.Reported, k, r => r.BigramRank)}, on a swap {Share(rows, r => r.OnSwap, k, r => r.BigramRank)}");
                }
            }

            return 0;
        }

        private static string Share(List<Row> rows, Func<Row, bool> which, int k, Func<Row, int>? rankOf = null)
        {
            var selected = rows.Where(which).ToList();
            rankOf ??= r => r.BestRank;
            return $"{100.0 * selected.Count(r => rankOf(r) >= k) / Math.Max(1, selected.Count):F1}%";
        }
    }
}

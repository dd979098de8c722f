using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// What EL2900's document model weighs: the document's scored slots and certain swaps summed up in a dozen numbers.
    /// Densities are per 1,000 words over at least <see cref="SwapEvidence.MinimumDensityWords"/> words, so that a short
    /// clean note does not run hot on one doubtful word. The order is the order of the <c>document-weight</c> lines of
    /// <c>context-model.weights</c>.
    /// </summary>
    internal static class SpinScoreFeatures
    {
        /// <summary>
        /// The share of swaps among the trees' training slots, as odds (fold A: 20,319 of 322,935): a slot probability p
        /// is a likelihood ratio of (p / (1 − p)) / BaseOdds between "a swap" and "not a swap".
        /// </summary>
        private const double BaseOdds = 20319.0 / (322935 - 20319);

        /// <summary>Feature names, as the weights file spells them.</summary>
        public static readonly string[] Names =
        {
            // Σ ln(1 − π + π · LR) over the slots, per 1,000 words: the log-likelihood ratio of "a share π of the slots are
            // swaps" against "none is", for three shares (light to heavy spinning).
            "evidence-1", "evidence-3", "evidence-10",
            // ln(1 + certain swaps (EL2001–EL2004 findings) per 1,000 words).
            "certain-density",
            // Of the slots at 0.5 or more: the share whose written word is rarer than its candidate, and the share whose
            // written word the document uses again (its topic, not a swap).
            "rare-share", "repeated-share",
            // Slots (words with a thesaurus candidate) per word.
            "slot-share",
            // The mean log-odds of the strongest slots (one per 100 words, at least 3); −5 without any.
            "top-logit",
            // ln(1 + slots of 0.1 to 0.3 per 1,000 words): the faint doubts a register draws.
            "faint-density",
            // ln of the word count (at least 50).
            "log-words",
            // ln(1 + slots at 0.5 or more, and at 0.9 or more, per 1,000 words).
            "density-50", "density-90",
            // The same evidence sums and densities over the WordNet view's own slots (IsWordNetOwn) that lie on no slot the
            // Moby view finds likely (0.5 or more). A WordNet spinner's swaps are mostly not Moby neighbours, so the Moby
            // view's sums barely see them (docs/quality-wording.md).
            // Its strong slots are counted beyond the first: one WordNet slot at 0.9 is a word (a dated "victimisation", a
            // "web log"), two or more are a pattern.
            "wordnet-evidence-1", "wordnet-evidence-3", "wordnet-evidence-10",
            "wordnet-beyond-one-50", "wordnet-beyond-one-90",
        };

        /// <summary>Number of features.</summary>
        public static int Count => Names.Length;

        private static readonly double[] Shares = { 0.01, 0.03, 0.1 };

        /// <summary>
        /// The features of a document: <paramref name="free"/> are its slots, one per stretch of words, that overlap no
        /// certain swap; <paramref name="certainCount"/> the certain swaps; <paramref name="allSlots"/> every slot scored;
        /// <paramref name="wordNetFree"/> the WordNet view's own slots (none without the view).
        /// </summary>
        public static float[] Compute(IReadOnlyList<SwapSlot> free, int certainCount, int allSlots, int words, IReadOnlyList<SwapSlot>? wordNetFree = null)
        {
            var x = new float[Count];
            double per = 1000.0 / Math.Max(words, SwapEvidence.MinimumDensityWords);
            Evidence(free, per, x, 0);

            x[3] = (float)Math.Log(1 + certainCount * per);
            int strong = 0, rare = 0, repeated = 0, faint = 0, veryStrong = 0;
            var probabilities = new List<float>(free.Count);
            foreach (var slot in free)
            {
                float p = slot.SlotProbability;
                probabilities.Add(p);
                if (p >= 0.1f && p < 0.3f) faint++;
                if (p >= 0.9f) veryStrong++;
                if (p < 0.5f) continue;
                strong++;
                if (slot.Features[SwapFeatures.WrittenFrequency] < slot.Features[SwapFeatures.CandidateFrequency] - 1) rare++;
                if (slot.Features[SwapFeatures.WrittenRepeats] > 0) repeated++;
            }

            x[4] = strong == 0 ? 0 : rare / (float)strong;
            x[5] = strong == 0 ? 0 : repeated / (float)strong;
            x[6] = allSlots / (float)Math.Max(1, words);
            probabilities.Sort((a, b) => b.CompareTo(a));
            int top = Math.Min(probabilities.Count, Math.Max(3, words / 100));
            double logits = 0;
            for (int i = 0; i < top; i++)
            {
                double p = Math.Min(Math.Max(probabilities[i], 1e-4), 1 - 1e-4);
                logits += Math.Log(p / (1 - p));
            }

            x[7] = top == 0 ? -5f : (float)(logits / top);
            x[8] = (float)Math.Log(1 + faint * per);
            x[9] = (float)Math.Log(Math.Max(words, 50));
            x[10] = (float)Math.Log(1 + strong * per);
            x[11] = (float)Math.Log(1 + veryStrong * per);

            var wordNet = wordNetFree ?? Array.Empty<SwapSlot>();
            Evidence(wordNet, per, x, 12);
            int wordNetStrong = 0, wordNetVeryStrong = 0;
            foreach (var slot in wordNet)
            {
                if (slot.SlotProbability >= 0.5f) wordNetStrong++;
                if (slot.SlotProbability >= 0.9f) wordNetVeryStrong++;
            }

            x[15] = (float)Math.Log(1 + Math.Max(0, wordNetStrong - 1) * per);
            x[16] = (float)Math.Log(1 + Math.Max(0, wordNetVeryStrong - 1) * per);
            return x;
        }

        // Σ ln(1 − π + π · LR) per 1,000 words for each share π, written from x[at].
        private static void Evidence(IReadOnlyList<SwapSlot> slots, double per, float[] x, int at)
        {
            for (int s = 0; s < Shares.Length; s++)
            {
                double pi = Shares[s], sum = 0;
                // Indexed, not foreach: an interface's enumerator is an allocation a share of every document.
                for (int i = 0; i < slots.Count; i++)
                {
                    double p = Math.Min(Math.Max(slots[i].SlotProbability, 1e-4), 1 - 1e-4);
                    sum += Math.Log(1 - pi + pi * p / (1 - p) / BaseOdds);
                }

                x[at + s] = (float)(sum * per);
            }
        }

        /// <summary>
        /// Whether a WordNet-view slot counts in the WordNet features: its best candidate is a WordNet synonym, and its
        /// written word is not one the article uses again. A term the article keeps using is its topic, not a swap: a tech
        /// story of 2005 that says "web log" throughout is not spun because WordNet's commoner lemma is "blog".
        /// </summary>
        public static bool IsWordNetOwn(SwapSlot slot) =>
            SwapClassifier.IsWordNetSynonym(slot) && slot.Features[SwapFeatures.WrittenRepeats] == 0;

        /// <summary>
        /// Whether a WordNet-view slot takes part in the document model at all: one of three words or fewer. The model was
        /// fitted before keys of four words (<see cref="ThesaurusTable.MaxKeyWords"/>) existed, and a four-word idiom of clean
        /// copy ("water under the bridge") read as evidence it never saw; such a slot is left out before the view's slots are
        /// resolved, so that it displaces no shorter slot either.
        /// </summary>
        public static bool IsOfFittedLength(SwapSlot slot) => slot.TokenCount <= ThesaurusTable.MaxPhraseWords;

        /// <summary>Whether <paramref name="span"/> overlaps one of <paramref name="certain"/>.</summary>
        public static bool Overlaps(TextSpan span, IReadOnlyList<TextSpan>? certain)
        {
            if (certain is null) return false;
            foreach (var c in certain)
                if (c.OverlapsWith(span)) return true;
            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// The scored swap slots of one document, computed once and shared by EL2010 (which reports the strong ones) and
    /// EL2900 (which weighs them all).
    /// </summary>
    internal sealed class SwapEvidence
    {
        private static readonly object SharedKey = new object();

        private SwapEvidence(List<SwapSlot> slots, int wordCount)
        {
            Slots = slots;
            WordCount = wordCount;
        }

        /// <summary>Every slot that has a candidate, in document order.</summary>
        public IReadOnlyList<SwapSlot> Slots { get; }

        /// <summary>Number of word tokens in the document.</summary>
        public int WordCount { get; }

        /// <summary>
        /// Whether the text is short (fewer than <see cref="MinimumDensityWords"/> words): its slots' final probabilities come
        /// through the local mapping where their own evidence is overwhelming, and the WordNet view's additions have a
        /// threshold of their own there.
        /// </summary>
        public bool IsShortText => WordCount < MinimumDensityWords;

        /// <summary>The evidence of a document, or null when the model's tables are not available.</summary>
        public static SwapEvidence? For(AnalyzedDocument document)
        {
            var model = ContextModelData.Instance;
            if (model is null) return null;
            return document.GetShared(SharedKey, d => Compute(d, model));
        }

        /// <summary>
        /// The WordNet view of the same document (every link of the keys that have a WordNet link, <see cref="SwapView.WordNetKeys"/>,
        /// read by <see cref="ContextModelData.WordNetClassifier"/>), or null when the model has none; this evidence is then the
        /// Moby view, which EL2900 weighs and EL2010 reports as the Moby-only model does.
        /// </summary>
        public SwapEvidence? WordNetView { get; private set; }

        private SwapClassifier? _wordNetClassifier;

        /// <summary>
        /// The WordNet view's slots that EL2010 reports beside <paramref name="reported"/> (the Moby view's findings): each at
        /// <see cref="SwapClassifier.AdditionThresholdFor(SwapSlot, bool, bool)"/> (or <paramref name="threshold"/>, where the user set one; then
        /// only slots whose best candidate is a WordNet synonym), one per stretch of words, none overlapping a Moby finding.
        /// </summary>
        public List<SwapSlot> WordNetAdditions(IReadOnlyList<SwapSlot> reported, float? threshold = null, bool spunDocument = false)
        {
            var view = WordNetView;
            var classifier = _wordNetClassifier;
            if (view is null || classifier is null) return new List<SwapSlot>();
            bool shortText = view.IsShortText;
            return WordNetAdditions(view.Slots, reported, slot => threshold is { } t && SwapClassifier.IsWordNetSynonym(slot) ? t : classifier.AdditionThresholdFor(slot, spunDocument, shortText));
        }

        /// <summary>The same, over a WordNet view's slots (or some of them) and given thresholds (the trainer's sweep).</summary>
        public static List<SwapSlot> WordNetAdditions(IEnumerable<SwapSlot> viewSlots, IReadOnlyList<SwapSlot> reported, Func<SwapSlot, float> thresholdOf)
        {
            var additions = new List<SwapSlot>();
            foreach (var slot in ResolveAmong(viewSlots, thresholdOf))
            {
                bool overlaps = false;
                foreach (var moby in reported)
                {
                    if (!moby.Span.OverlapsWith(slot.Span)) continue;
                    overlaps = true;
                    break;
                }

                if (!overlaps) additions.Add(slot);
            }

            return additions;
        }

        /// <summary>Scores a document with a given model (the evaluation harness calls this directly).</summary>
        public static SwapEvidence Compute(AnalyzedDocument document, ContextModelData model)
        {
            model.NoteScored(document.Text.Length);
            // One pass over the words first, for both views: the count, and the article as a bag of word stems (the screen
            // and the topic evidence read it).
            var topic = TopicEvidence.Start(model, document);
            var uses = CountUses(document, out int words, topic);
            topic?.Finish();
            var slots = new List<SwapSlot>(document.TokenCount / 3);
            if (!model.HasWordNetView)
            {
                var scorer = SwapScorer.ForThread(model, SwapView.Whole, model.Classifier?.Screen);
                foreach (var sentence in document.Sentences) scorer.ScoreSentence(document, sentence, slots, uses);
                return Complete(document, model, model.Classifier, slots, uses, topic, words);
            }

            // Both views in one pass: each slot's key is looked up once, and what the views share is computed once.
            var moby = SwapScorer.ForThread(model, SwapView.Moby, model.Classifier?.Screen);
            var wordNet = SwapScorer.ForThread(model, SwapView.WordNetKeys, model.WordNetClassifier?.Screen);
            var wordNetSlots = new List<SwapSlot>();
            foreach (var sentence in document.Sentences) moby.ScoreSentence(document, sentence, slots, uses, wordNet, wordNetSlots);
            var evidence = Complete(document, model, model.Classifier, slots, uses, topic, words);
            evidence.WordNetView = Complete(document, model, model.WordNetClassifier, wordNetSlots, uses, topic, words, wordNetView: true);
            evidence._wordNetClassifier = model.WordNetClassifier;
            return evidence;
        }

        // A view's evidence from its scored slots: the topic evidence, then the classifier's probabilities. In the WordNet view,
        // when its second stage counts only WordNet synonyms, only the slots WordNetSlotsRead names get them: nothing reads the
        // others' (they keep 0), and three in four of the view's slots are such.
        private static SwapEvidence Complete(AnalyzedDocument document, ContextModelData model, SwapClassifier? classifier, List<SwapSlot> slots,
            Dictionary<ulong, int> uses, TopicEvidence? topic, int words, bool wordNetView = false)
        {
            var read = wordNetView && classifier is { DensityOfWordNetSynonyms: true } ? WordNetSlotsRead(slots) : null;
            AddTopicEvidence(document, model, slots, uses, topic, read);
            var evidence = new SwapEvidence(slots, words);
            if (classifier is not null)
            {
                classifier.PredictSlots(slots, read);
                evidence.WeighInContext(classifier);
            }

            return evidence;
        }

        /// <summary>
        /// Which of a WordNet view's slots anything reads the probability of, when the view's second stage counts only WordNet
        /// synonyms (<see cref="SwapClassifier.DensityOfWordNetSynonyms"/>): the slots whose best candidate is a WordNet
        /// synonym (the view's additions, that density, EL2900's sums over the view's own slots), and every slot whose words
        /// overlap such a slot's, directly or through other overlapping slots (EL2900 keeps one slot per stretch of words, the
        /// likeliest by its own probability, before it picks the view's own: any slot of such a stretch can decide which
        /// survives). The rest are scored, so that their best candidate is known, and left at that.
        /// </summary>
        public static bool[] WordNetSlotsRead(IReadOnlyList<SwapSlot> slots)
        {
            var read = new bool[slots.Count];
            var order = new int[slots.Count];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (a, b) => slots[a].Span.Start != slots[b].Span.Start
                ? slots[a].Span.Start.CompareTo(slots[b].Span.Start)
                : slots[a].Span.End.CompareTo(slots[b].Span.End));
            // Stretches of overlapping slots, in order of their starts: a slot that starts before the stretch's end joins it.
            int first = 0;
            while (first < order.Length)
            {
                int end = slots[order[first]].Span.End;
                int next = first + 1;
                while (next < order.Length && slots[order[next]].Span.Start < end)
                {
                    end = Math.Max(end, slots[order[next]].Span.End);
                    next++;
                }

                bool any = false;
                for (int k = first; k < next && !any; k++) any = SwapClassifier.IsWordNetSynonym(slots[order[k]]);
                if (any)
                    for (int k = first; k < next; k++) read[order[k]] = true;
                first = next;
            }

            return read;
        }

        /// <summary>
        /// The document's word tokens by stem (<see cref="StemKey"/>), and how many word tokens it has; each word also goes to
        /// <paramref name="topic"/>, when given, so that the article is read once.
        /// </summary>
        internal static Dictionary<ulong, int> CountUses(AnalyzedDocument document, out int words, TopicEvidence? topic = null)
        {
            words = 0;
            int tokenCount = document.TokenCount;
            // Sized for the words an article uses (under half of its tokens are distinct words in nearly every article):
            // growing it step by step rehashed it once or more an article.
            var uses = new Dictionary<ulong, int>(tokenCount / 2);
            for (int i = 0; i < tokenCount; i++)
            {
                var token = document.GetToken(i);
                if (token.Kind != TokenKind.Word) continue;
                words++;
                var text = document.GetText(token);
                topic?.AddWord(i, text);
                ulong key = StemKey(text);
                uses.TryGetValue(key, out int n);
                uses[key] = n + 1;
            }

            return uses;
        }

        /// <summary>
        /// How often the article uses the written word of the slot at <paramref name="firstToken"/> again (for a phrase,
        /// the most used of its content words), by stem.
        /// </summary>
        internal static int WrittenRepeats(AnalyzedDocument document, int firstToken, int tokenCount, Dictionary<ulong, int> uses)
        {
            int repeats = 0;
            for (int k = 0; k < tokenCount; k++)
            {
                var token = document.GetToken(firstToken + k);
                if (tokenCount > 1 && !SwapScorer.IsContentWord(document, token)) continue;
                repeats = Math.Max(repeats, Uses(uses, StemKey(document.GetText(token))) - 1);
            }

            return repeats;
        }

        // How often the article itself (uses: its words by stem) uses each slot's candidate; only the slots' own words
        // are looked up (the written word's repeats were set by the scorer). Then how well the written side and the
        // candidate fit what the article is about (topic; unknown without topic vectors).
        private static void AddTopicEvidence(AnalyzedDocument document, ContextModelData model, List<SwapSlot> slots, Dictionary<ulong, int> uses,
            TopicEvidence? topic, bool[]? read)
        {
            for (int i = 0; i < slots.Count; i++)
            {
                var slot = slots[i];
                if (slot.Screened || (read is not null && !read[i])) continue;
                var root = RootTopicOf(model, slot.BestRoot);
                int candidate = root.IsWord ? Uses(uses, root.StemKey) : 0;
                slot.Features[SwapFeatures.CandidateInDocument] = (float)Math.Log(1 + candidate);
                if (topic is not null)
                {
                    topic.Fill(document, root.Rows, slot);
                }
                else
                {
                    slot.Features[SwapFeatures.WrittenTopicFit] = TopicEvidence.Unknown;
                    slot.Features[SwapFeatures.TopicGain] = 0;
                    slot.Features[SwapFeatures.WrittenLocalFit] = TopicEvidence.Unknown;
                    slot.Features[SwapFeatures.LocalGain] = 0;
                }
            }
        }

        // A root as the topic evidence reads it, worked out once a model: decoding its text and looking its words up in
        // the topic vectors cost two cache misses or more, and the same roots are best candidates slot after slot.
        private static RootTopic RootTopicOf(ContextModelData model, int root)
        {
            var known = model.RootTopics[root];
            if (known is not null) return known;
            Span<char> buffer = stackalloc char[64];
            var text = buffer.Slice(0, model.Thesaurus.GetRootChars(root, buffer));
            bool isWord = text.Length > 0 && text.IndexOf(' ') < 0;
            known = new RootTopic(isWord, isWord ? StemKey(text) : 0, model.Topics is { } vectors ? TopicEvidence.RowsOf(vectors, text) : Array.Empty<int>());
            model.RootTopics[root] = known;
            return known;
        }

        private static int Uses(Dictionary<ulong, int> uses, ulong key) => uses.TryGetValue(key, out int n) ? n : 0;

        // A word's key without a possessive or plural "s" ("module's", "modules" and "module" are one topic word).
        private static ulong StemKey(ReadOnlySpan<char> word)
        {
            int length = word.Length;
            if (length > 3 && (word[length - 1] == 's' || word[length - 1] == 'S') && Tokenizer.IsApostrophe(word[length - 2])) length -= 2;
            if (length > 3 && (word[length - 1] == 's' || word[length - 1] == 'S') && word[length - 2] != 's' && word[length - 2] != 'S') length--;
            return ModelText.HashWord(word.Slice(0, length));
        }

        /// <summary>
        /// The spin score of the document: the document model's odds that it was spun, in decibels
        /// (<see cref="SwapClassifier.DocumentScore"/> over <see cref="DocumentFeatures"/>). Each
        /// span in <paramref name="certain"/> (a finding of another wording rule) is a certain swap; the slots it overlaps
        /// do not count again.
        /// </summary>
        public float SpinScore(SwapClassifier classifier, IReadOnlyList<TextSpan>? certain = null) =>
            WordCount == 0 ? 0 : classifier.DocumentScore(DocumentFeatures(certain), WordCount);

        /// <summary>What the document model weighs (<see cref="SpinScoreFeatures"/>).</summary>
        public float[] DocumentFeatures(IReadOnlyList<TextSpan>? certain = null)
        {
            var resolved = ResolveByOwnProbability();
            var free = new List<SwapSlot>(resolved.Count);
            var likely = new List<TextSpan>();
            foreach (var slot in resolved)
            {
                if (SpinScoreFeatures.Overlaps(slot.Span, certain)) continue;
                free.Add(slot);
                if (slot.SlotProbability >= 0.5f) likely.Add(slot.Span);
            }

            List<SwapSlot>? wordNetFree = null;
            if (WordNetView is { } view)
            {
                wordNetFree = new List<SwapSlot>();
                foreach (var slot in view.ResolveByOwnProbability(SpinScoreFeatures.IsOfFittedLength))
                    if (SpinScoreFeatures.IsWordNetOwn(slot) && !SpinScoreFeatures.Overlaps(slot.Span, certain) && !SpinScoreFeatures.Overlaps(slot.Span, likely))
                        wordNetFree.Add(slot);
            }

            return SpinScoreFeatures.Compute(free, certain?.Count ?? 0, Slots.Count, WordCount, wordNetFree);
        }

        /// <summary>
        /// A text of fewer words is short: EL2900 scores it with its short-text model, whose densities are taken over at least
        /// this many words (in a note of a dozen words one doubtful slot is not a density), and EL2010 reports a slot of
        /// overwhelming own evidence in it at the local threshold. The second stage's density has a floor of its own
        /// (<see cref="SecondStageMinimumWords"/>).
        /// </summary>
        public const int MinimumDensityWords = 250;

        /// <summary>
        /// The second stage's density of the other slots (<see cref="OtherSlotDensities"/>) is taken over at least this many
        /// words, fewer than <see cref="MinimumDensityWords"/>: a paragraph of a hundred words with four strong slots is as
        /// dense as an article with forty in a thousand, and read over 250 words its density was diluted to less than half,
        /// so that a spun paragraph linted alone was read as lightly spun. A note of a few dozen words still cannot make a
        /// density of one doubtful slot. Chosen on fold B's paragraphs (`SpinEval para-explore`): at 150 words every
        /// spinner's EL2010 precision there stayed at 89% or more; at 125 words the moby spinner's fell to 86%.
        /// </summary>
        public const int SecondStageMinimumWords = 150;

        /// <summary>Sets each slot's final probability from its own and the density of the other slots.</summary>
        public void WeighInContext(SwapClassifier classifier)
        {
            var others = classifier.DensityOfWordNetSynonyms ? OtherSlotDensities(SwapClassifier.IsWordNetSynonym) : OtherSlotDensities();
            for (int i = 0; i < Slots.Count; i++) Slots[i].Probability = classifier.PredictInContext(Slots[i], others[i], IsShortText);
        }

        /// <summary>
        /// For each slot, the spin density of the rest of the document: the slot's own evidence, and any likelier
        /// reading of the same words, do not count; only the slots <paramref name="counted"/> accepts, where given.
        /// </summary>
        public float[] OtherSlotDensities(Func<SwapSlot, bool>? counted = null)
        {
            var densities = new float[Slots.Count];
            if (WordCount == 0) return densities;
            int words = Math.Max(WordCount, SecondStageMinimumWords);
            var resolved = ResolveByOwnProbability(counted);
            double total = 0;
            foreach (var r in resolved) total += r.SlotProbability;
            // The resolved slots are disjoint and in document order: those overlapping a slot are a short run found by a
            // binary search (a long document has tens of thousands of slots; comparing every pair would be quadratic).
            for (int i = 0; i < Slots.Count; i++)
            {
                var span = Slots[i].Span;
                double own = 0;
                for (int r = FirstEndingAfter(resolved, span.Start); r < resolved.Count && resolved[r].Span.Start < span.End; r++)
                    if (resolved[r].Span.OverlapsWith(span)) own += resolved[r].SlotProbability;
                densities[i] = (float)(1000.0 * Math.Max(0, total - own) / words);
            }

            return densities;
        }

        /// <summary>
        /// The slots at or above <paramref name="minProbability"/>, one per stretch of words, in document order: where
        /// overlapping slots both qualify ("answerable" and "answerable for"), the one whose candidate improves the
        /// sentence most is kept.
        /// </summary>
        public List<SwapSlot> Resolve(float minProbability) => Resolve(_ => minProbability);

        /// <summary>The same, each slot at its own threshold (<see cref="SwapClassifier.ReportThresholdFor(SwapSlot, bool)"/>).</summary>
        public List<SwapSlot> Resolve(Func<SwapSlot, float> minProbabilityOf) => ResolveAmong(Slots, minProbabilityOf);

        private static List<SwapSlot> ResolveAmong(IEnumerable<SwapSlot> slots, Func<SwapSlot, float> minProbabilityOf)
        {
            var strong = new List<SwapSlot>();
            foreach (var slot in slots)
                if (!slot.Screened && slot.Probability >= minProbabilityOf(slot)) strong.Add(slot);
            strong.Sort((a, b) =>
            {
                float ga = a.Features[SwapFeatures.ScoreGain], gb = b.Features[SwapFeatures.ScoreGain];
                return ga != gb ? gb.CompareTo(ga) : a.Span.Start.CompareTo(b.Span.Start);
            });
            return KeepDisjoint(strong);
        }

        // Every slot (that counted accepts, where given), one per stretch of words, likeliest by its own probability first;
        // in document order. Not kept between calls: the trainers score slots again with other trees.
        private List<SwapSlot> ResolveByOwnProbability(Func<SwapSlot, bool>? counted = null)
        {
            var strong = new List<SwapSlot>(Slots.Count);
            foreach (var slot in Slots)
                if (counted is null || counted(slot)) strong.Add(slot);
            strong.Sort(ByOwnProbability);
            return KeepDisjoint(strong);
        }

        // Likeliest first by own probability, then in document order (a static comparison: no delegate to call per compare).
        private static readonly Comparison<SwapSlot> ByOwnProbability = (a, b) =>
            b.SlotProbability != a.SlotProbability ? b.SlotProbability.CompareTo(a.SlotProbability) : a.Span.Start.CompareTo(b.Span.Start);

        // The index of the first of `disjoint` (in document order) that ends after `position`.
        private static int FirstEndingAfter(List<SwapSlot> disjoint, int position)
        {
            int lo = 0, hi = disjoint.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (disjoint[mid].Span.End > position) hi = mid;
                else lo = mid + 1;
            }

            return lo;
        }

        // Greedy: each slot in order, unless it overlaps one already kept; the result in document order. The kept spans
        // are marked character by character (a slot is at most three words), so each check costs the slot's length, not
        // the number of slots kept.
        private static List<SwapSlot> KeepDisjoint(List<SwapSlot> ordered)
        {
            var kept = new List<SwapSlot>(ordered.Count);
            if (ordered.Count == 0) return kept;
            int end = 0;
            foreach (var slot in ordered) end = Math.Max(end, slot.Span.End);
            var taken = new System.Collections.BitArray(end);
            foreach (var slot in ordered)
            {
                bool overlaps = false;
                for (int p = slot.Span.Start; p < slot.Span.End && !overlaps; p++) overlaps = taken[p];
                if (overlaps) continue;
                for (int p = slot.Span.Start; p < slot.Span.End; p++) taken[p] = true;
                kept.Add(slot);
            }

            kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            return kept;
        }
    }
}

using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Tokens;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// What an article is about, as the sum of its content words' topic vectors (<see cref="TopicVectors"/>), and how well a
    /// slot's written side and its best candidate fit it (<see cref="SwapFeatures.WrittenTopicFit"/>,
    /// <see cref="SwapFeatures.TopicGain"/>). A word is measured against the rest of the article: its own uses are taken out
    /// of the sum, so a repeated word is not its own company (<see cref="SwapFeatures.WrittenRepeats"/> says that already).
    /// </summary>
    internal sealed class TopicEvidence
    {
        /// <summary>Below this many content words with a vector besides the slot's own, the article's topic is unknown.</summary>
        public const int MinimumWords = 8;

        /// <summary>The written side's fit where it is unknown (a cosine is never below −1).</summary>
        public const float Unknown = -2f;

        private readonly TopicVectors _vectors;
        private readonly int[] _sum;
        private int _words;
        // While the article is read (AddWord): each distinct content word's key and uses, in the order first seen.
        private readonly Dictionary<ulong, int> _seen = new Dictionary<ulong, int>();
        private readonly List<ulong> _keys = new List<ulong>();
        private readonly List<int> _counts = new List<int>();
        // Once it is read (Finish): each content word with a vector, its row and how often the article uses it.
        private readonly Dictionary<ulong, (int Row, int Uses)> _uses = new Dictionary<ulong, (int, int)>();

        private TopicEvidence(TopicVectors vectors)
        {
            _vectors = vectors;
            _sum = new int[vectors.Dimensions];
        }

        /// <summary>
        /// An article's topic to be read word by word (<see cref="AddWord"/>, in the pass that counts its words,
        /// <see cref="SwapEvidence.CountUses"/>), then <see cref="Finish"/>ed; null when the model has no topic vectors.
        /// </summary>
        public static TopicEvidence? Start(ContextModelData model) => model.Topics is { } vectors ? new TopicEvidence(vectors) : null;

        /// <summary>The article's topic in one call (what <see cref="SwapEvidence.Compute"/> does in its word pass).</summary>
        public static TopicEvidence? Of(AnalyzedDocument document, ContextModelData model)
        {
            var topic = Start(model);
            if (topic is null) return null;
            SwapEvidence.CountUses(document, out _, topic);
            topic.Finish();
            return topic;
        }

        /// <summary>Counts one word of the article: one hash and one dictionary lookup; the table is read in <see cref="Finish"/>.</summary>
        public void AddWord(ReadOnlySpan<char> text)
        {
            ulong key = ModelText.HashWord(text);
            if (!SwapScorer.IsContentWordKey(key, text.Length)) return;
            if (_seen.TryGetValue(key, out int at))
            {
                _counts[at]++;
                return;
            }

            _seen[key] = _keys.Count;
            _keys.Add(key);
            _counts.Add(1);
            // Each lookup is a cache miss or two in a 4 MB table: asked for ahead, together, the misses overlap.
            _vectors.PrefetchKey(key);
        }

        /// <summary>Looks up each distinct word's row and sums the article's vectors, each added once times its uses.</summary>
        public void Finish()
        {
            var rows = new int[_keys.Count];
            for (int i = 0; i < rows.Length; i++)
            {
                rows[i] = _vectors.IndexOf(_keys[i]);
                _vectors.PrefetchRow(rows[i]);
            }

            for (int i = 0; i < rows.Length; i++)
            {
                if (rows[i] < 0) continue;
                _vectors.Add(rows[i], _sum, _counts[i]);
                _uses[_keys[i]] = (rows[i], _counts[i]);
                _words += _counts[i];
            }
        }

        /// <summary>Sets a scored slot's topic features from its written words and its best candidate (<paramref name="bestRoot"/>, its text).</summary>
        public void Fill(AnalyzedDocument document, ReadOnlySpan<char> bestRoot, SwapSlot slot)
        {
            int dimensions = _vectors.Dimensions;
            Span<int> rest = stackalloc int[dimensions];
            Span<int> written = stackalloc int[dimensions];
            Span<int> candidate = stackalloc int[dimensions];
            _sum.CopyTo(rest);
            int restWords = _words;
            bool hasWritten = false;
            for (int k = 0; k < slot.TokenCount; k++)
            {
                var text = document.GetText(document.GetToken(slot.FirstToken + k));
                if (!_uses.TryGetValue(ModelText.HashWord(text), out var use)) continue;
                _vectors.Add(use.Row, written);
                _vectors.Add(use.Row, rest, -use.Uses);
                restWords -= use.Uses;
                hasWritten = true;
            }

            var f = slot.Features;
            if (!hasWritten || restWords < MinimumWords)
            {
                f[SwapFeatures.WrittenTopicFit] = Unknown;
                f[SwapFeatures.TopicGain] = 0;
                return;
            }

            float writtenFit = TopicVectors.Cosine(written, rest);
            f[SwapFeatures.WrittenTopicFit] = writtenFit;
            f[SwapFeatures.TopicGain] = CandidateVector(bestRoot, candidate) ? TopicVectors.Cosine(candidate, rest) - writtenFit : 0;
        }

        // The sum of the vectors of a root's content words; false when none has one.
        private bool CandidateVector(ReadOnlySpan<char> root, Span<int> vector)
        {
            bool any = false;
            int start = 0;
            for (int i = 0; i <= root.Length; i++)
            {
                if (i < root.Length && root[i] != ' ') continue;
                var word = root.Slice(start, i - start);
                start = i + 1;
                if (!SwapScorer.IsContentWordText(word)) continue;
                int row = _vectors.IndexOf(ModelText.HashWord(word));
                if (row < 0) continue;
                _vectors.Add(row, vector);
                any = true;
            }

            return any;
        }
    }
}

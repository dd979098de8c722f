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
        private readonly int _words;
        // Each content word with a vector: its row and how often the article uses it.
        private readonly Dictionary<ulong, (int Row, int Uses)> _uses;

        private TopicEvidence(TopicVectors vectors, int[] sum, int words, Dictionary<ulong, (int, int)> uses)
        {
            _vectors = vectors;
            _sum = sum;
            _words = words;
            _uses = uses;
        }

        /// <summary>The article's topic, or null when the model has no topic vectors.</summary>
        public static TopicEvidence? Of(AnalyzedDocument document, ContextModelData model)
        {
            if (model.Topics is not { } vectors) return null;
            // One hash and one dictionary lookup per word; then each distinct word's row, the table's lines asked for ahead
            // (each lookup is a cache miss or two in a 4 MB table: fetched together, they overlap).
            var index = new Dictionary<ulong, int>();
            var keys = new List<ulong>();
            var counts = new List<int>();
            foreach (var token in document.Tokens)
            {
                if (token.Kind != TokenKind.Word) continue;
                var text = document.GetText(token);
                ulong key = ModelText.HashWord(text);
                if (!SwapScorer.IsContentWordKey(key, text.Length)) continue;
                if (index.TryGetValue(key, out int at))
                {
                    counts[at]++;
                    continue;
                }

                index[key] = keys.Count;
                keys.Add(key);
                counts.Add(1);
                vectors.PrefetchKey(key);
            }

            var rows = new int[keys.Count];
            for (int i = 0; i < rows.Length; i++)
            {
                rows[i] = vectors.IndexOf(keys[i]);
                vectors.PrefetchRow(rows[i]);
            }

            // Each distinct word's vector added once, times its uses.
            var sum = new int[vectors.Dimensions];
            var uses = new Dictionary<ulong, (int, int)>(keys.Count);
            int words = 0;
            for (int i = 0; i < rows.Length; i++)
            {
                if (rows[i] < 0) continue;
                vectors.Add(rows[i], sum, counts[i]);
                uses[keys[i]] = (rows[i], counts[i]);
                words += counts[i];
            }

            return new TopicEvidence(vectors, sum, words, uses);
        }

        /// <summary>Sets a scored slot's topic features from its written words and its best candidate.</summary>
        public void Fill(AnalyzedDocument document, ThesaurusTable thesaurus, SwapSlot slot)
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
            f[SwapFeatures.TopicGain] = CandidateVector(thesaurus, slot.BestRoot, candidate) ? TopicVectors.Cosine(candidate, rest) - writtenFit : 0;
        }

        // The sum of the vectors of a root's content words; false when none has one.
        private bool CandidateVector(ThesaurusTable thesaurus, int root, Span<int> vector)
        {
            Span<char> chars = stackalloc char[64];
            int length = root < 0 ? 0 : thesaurus.GetRootChars(root, chars);
            bool any = false;
            int start = 0;
            for (int i = 0; i <= length; i++)
            {
                if (i < length && chars[i] != ' ') continue;
                var word = chars.Slice(start, i - start);
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

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

        /// <summary>The neighbourhood of a slot: this many content words with a vector on each side at most.</summary>
        public const int NeighbourWords = 5;

        /// <summary>Below this many words with a vector in the neighbourhood, the slot's local fit is unknown.</summary>
        public const int MinimumNeighbours = 2;

        // How far (in tokens) the neighbourhood is looked for on each side: past a list or a table, the words are not company.
        private const int NeighbourReach = 16;

        private readonly TopicVectors _vectors;
        private readonly int[] _sum;
        private int _words;
        // While the article is read (AddWord): each distinct content word's key and uses, in the order first seen.
        private readonly Dictionary<ulong, int> _seen;
        private readonly List<ulong> _keys;
        private readonly List<int> _counts;
        // Once it is read (Finish): each content word with a vector, its row and how often the article uses it.
        private Dictionary<ulong, (int Row, int Uses)> _uses = new Dictionary<ulong, (int, int)>();
        // Each token's distinct word (its index in _keys; −1: not a content word), and once read, that word's row (−1: none),
        // so that a slot's neighbourhood is read without hashing its words again.
        private readonly int[] _tokenWords;
        private int[] _wordRows = Array.Empty<int>();

        private TopicEvidence(TopicVectors vectors, int tokenCount)
        {
            _vectors = vectors;
            _sum = new int[vectors.Dimensions];
            _tokenWords = new int[tokenCount];
            _tokenWords.AsSpan().Fill(-1);
            // Sized for the distinct content words of an article (under half of its tokens in nearly every article), so as
            // not to be rehashed as it grows; _uses, filled once they are all known, is sized to them (Finish).
            _seen = new Dictionary<ulong, int>(tokenCount / 2);
            _keys = new List<ulong>(tokenCount / 2);
            _counts = new List<int>(tokenCount / 2);
        }

        /// <summary>
        /// An article's topic (<paramref name="document"/>'s) to be read word by word (<see cref="AddWord"/>, in the pass that
        /// counts its words, <see cref="SwapEvidence.CountUses"/>), then <see cref="Finish"/>ed; null when the model has no
        /// topic vectors.
        /// </summary>
        public static TopicEvidence? Start(ContextModelData model, AnalyzedDocument document) =>
            model.Topics is { } vectors ? new TopicEvidence(vectors, document.TokenCount) : null;

        /// <summary>The article's topic in one call (what <see cref="SwapEvidence.Compute"/> does in its word pass).</summary>
        public static TopicEvidence? Of(AnalyzedDocument document, ContextModelData model)
        {
            var topic = Start(model, document);
            if (topic is null) return null;
            SwapEvidence.CountUses(document, out _, topic);
            topic.Finish();
            return topic;
        }

        /// <summary>
        /// Counts one word of the article, the document's token <paramref name="token"/>: one hash and one dictionary lookup;
        /// the table is read in <see cref="Finish"/>.
        /// </summary>
        public void AddWord(int token, ReadOnlySpan<char> text)
        {
            ulong key = ModelText.HashWord(text);
            if (!SwapScorer.IsContentWordKey(key, text.Length)) return;
            if (_seen.TryGetValue(key, out int at))
            {
                _counts[at]++;
                _tokenWords[token] = at;
                return;
            }

            _tokenWords[token] = _keys.Count;
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
            _uses = new Dictionary<ulong, (int, int)>(_keys.Count);
            for (int i = 0; i < rows.Length; i++)
            {
                rows[i] = _vectors.IndexOf(_keys[i]);
                _vectors.PrefetchRow(rows[i]);
            }

            _wordRows = rows;
            for (int i = 0; i < rows.Length; i++)
            {
                if (rows[i] < 0) continue;
                _vectors.Add(rows[i], _sum, _counts[i]);
                _uses[_keys[i]] = (rows[i], _counts[i]);
                _words += _counts[i];
            }
        }

        /// <summary>Sets a scored slot's topic features from its written words and its best candidate (<paramref name="bestRoot"/>, its text).</summary>
        public void Fill(AnalyzedDocument document, ReadOnlySpan<char> bestRoot, SwapSlot slot) => Fill(document, RowsOf(_vectors, bestRoot), slot);

        /// <summary>The same, the best candidate given by its content words' rows (<see cref="RowsOf"/>).</summary>
        public void Fill(AnalyzedDocument document, ReadOnlySpan<int> candidateRows, SwapSlot slot)
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
            bool hasCandidate = hasWritten && CandidateVector(candidateRows, candidate);
            if (!hasWritten || restWords < MinimumWords)
            {
                f[SwapFeatures.WrittenTopicFit] = Unknown;
                f[SwapFeatures.TopicGain] = 0;
            }
            else
            {
                float writtenFit = TopicVectors.Cosine(written, rest);
                f[SwapFeatures.WrittenTopicFit] = writtenFit;
                f[SwapFeatures.TopicGain] = hasCandidate ? TopicVectors.Cosine(candidate, rest) - writtenFit : 0;
            }

            // The same against the slot's neighbourhood: the words around it, whose company a swap breaks beyond what the
            // trigram window sees ("the striker headed the orb into the net").
            Span<int> near = stackalloc int[dimensions];
            if (!hasWritten || Neighbourhood(document, slot, near) < MinimumNeighbours)
            {
                f[SwapFeatures.WrittenLocalFit] = Unknown;
                f[SwapFeatures.LocalGain] = 0;
                return;
            }

            float writtenLocalFit = TopicVectors.Cosine(written, near);
            f[SwapFeatures.WrittenLocalFit] = writtenLocalFit;
            f[SwapFeatures.LocalGain] = hasCandidate ? TopicVectors.Cosine(candidate, near) - writtenLocalFit : 0;
        }

        // The sum of the vectors of the content words nearest the slot (NeighbourWords on each side, within NeighbourReach
        // tokens), the slot's own words left out wherever they recur; the number of words summed.
        private int Neighbourhood(AnalyzedDocument document, SwapSlot slot, Span<int> near)
        {
            var tokenWords = _tokenWords;
            if (tokenWords.Length != document.TokenCount) return 0;
            Span<int> own = stackalloc int[slot.TokenCount];
            for (int k = 0; k < slot.TokenCount; k++) own[k] = tokenWords[slot.FirstToken + k];
            int words = 0;
            for (int side = -1; side <= 1; side += 2)
            {
                int k = side < 0 ? slot.FirstToken - 1 : slot.FirstToken + slot.TokenCount;
                for (int found = 0, steps = 0; k >= 0 && k < tokenWords.Length && found < NeighbourWords && steps < NeighbourReach; k += side, steps++)
                {
                    int word = tokenWords[k];
                    if (word < 0 || _wordRows[word] < 0 || own.IndexOf(word) >= 0) continue;
                    _vectors.Add(_wordRows[word], near);
                    found++;
                    words++;
                }
            }

            return words;
        }

        // The sum of the vectors of a root's content words (their rows); false when none has one.
        private bool CandidateVector(ReadOnlySpan<int> rows, Span<int> vector)
        {
            foreach (int row in rows) _vectors.Add(row, vector);
            return rows.Length > 0;
        }

        /// <summary>The rows of the content words of a root's text (words apart by spaces) that have a vector, in order.</summary>
        internal static int[] RowsOf(TopicVectors vectors, ReadOnlySpan<char> root)
        {
            var rows = new List<int>(1);
            int start = 0;
            for (int i = 0; i <= root.Length; i++)
            {
                if (i < root.Length && root[i] != ' ') continue;
                var word = root.Slice(start, i - start);
                start = i + 1;
                if (!SwapScorer.IsContentWordText(word)) continue;
                int row = vectors.IndexOf(ModelText.HashWord(word));
                if (row >= 0) rows.Add(row);
            }

            return rows.Count == 0 ? Array.Empty<int>() : rows.ToArray();
        }
    }

    /// <summary>A thesaurus root as the topic evidence reads it (<see cref="ContextModelData.RootTopics"/>).</summary>
    internal sealed class RootTopic
    {
        public RootTopic(bool isWord, ulong stemKey, int[] rows)
        {
            IsWord = isWord;
            StemKey = stemKey;
            Rows = rows;
        }

        /// <summary>Whether the root is one word (its uses in an article are counted; a phrase's are not).</summary>
        public bool IsWord { get; }

        /// <summary>A one-word root's key by stem, as an article's words are counted.</summary>
        public ulong StemKey { get; }

        /// <summary>The topic rows of its content words that have a vector, in order (empty without topic vectors).</summary>
        public int[] Rows { get; }
    }
}

using System;
using System.Runtime.CompilerServices;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// A trigram model with "stupid backoff" (Brants et al., 2007) over the pruned, quantised corpus counts: the
    /// trigram's relative frequency where it was seen, else 0.4 times the bigram's, else 0.16 times the book bigram's,
    /// else 0.16 times the word's.
    /// Scores are natural logs and need no normalisation: the rules only compare two wordings of one slot.
    /// </summary>
    internal sealed class LanguageModel
    {
        private const float BackoffLog = -0.9162907f; // ln 0.4

        private readonly HashedCountTable _unigrams;
        private readonly HashedCountTable _bigrams;
        private readonly HashedCountTable _trigrams;
        private readonly HashedCountTable _booksUnigrams;
        private readonly HashedCountTable _booksBigrams;
        private readonly float _logTokens;

        public LanguageModel(HashedCountTable unigrams, HashedCountTable bigrams, HashedCountTable trigrams, HashedCountTable booksUnigrams, HashedCountTable booksBigrams)
        {
            _unigrams = unigrams;
            _bigrams = bigrams;
            _trigrams = trigrams;
            _booksUnigrams = booksUnigrams;
            _booksBigrams = booksBigrams;
            _logTokens = (float)Math.Log(Math.Max(1UL, unigrams.Total));
        }

        /// <summary>ln of the share of corpus tokens that are <paramref name="word"/> (an unseen word counts half).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // the native build called it for every unseen pair
        public float LogUnigram(ulong word)
        {
            int uni = _unigrams.GetLevel(word);
            return (uni != 0 ? HashedCountTable.LogCountOfLevel(uni) : -0.6931472f) - _logTokens;
        }

        /// <summary>ln S(c | a b); <paramref name="a"/> is 0 where the context holds only <paramref name="b"/>.</summary>
        public float LogProbability(ulong a, ulong b, ulong c)
        {
            if (a != 0)
            {
                int tri = _trigrams.GetLevel(ModelText.Trigram(a, b, c));
                if (tri != 0)
                {
                    int context = _bigrams.GetLevel(ModelText.Bigram(a, b));
                    float value = HashedCountTable.LogCountOfLevel(tri) - HashedCountTable.LogCountOfLevel(Math.Max(context, tri));
                    return Math.Min(0f, value);
                }
            }

            float penalty = a != 0 ? BackoffLog : 0f;
            int bi = _bigrams.GetLevel(ModelText.Bigram(b, c));
            if (bi != 0)
            {
                int context = _unigrams.GetLevel(b);
                return penalty + Math.Min(0f, HashedCountTable.LogCountOfLevel(bi) - HashedCountTable.LogCountOfLevel(Math.Max(context, bi)));
            }

            // A pair the corpus missed may still be common English: the book bigrams (a far larger corpus) stand in.
            int books = _booksBigrams.GetLevel(ModelText.Bigram(b, c));
            if (books != 0)
            {
                int context = _booksUnigrams.GetLevel(b);
                return penalty + BackoffLog + Math.Min(0f, HashedCountTable.LogCountOfLevel(books) - HashedCountTable.LogCountOfLevel(Math.Max(context, books)));
            }

            return penalty + BackoffLog + LogUnigram(c);
        }

        /// <summary>
        /// The n-gram keys of a candidate's window, computed once for the prefetching and the scoring of the candidate:
        /// <paramref name="bigrams"/>[k] is the key of (window[k-1], window[k]) for k ≥ 1, and <paramref name="trigrams"/>[j]
        /// that of (window[j-2], window[j-1], window[j]) for j ≥ 2, chained from the bigram before it as
        /// <see cref="ModelText.Trigram"/> does (meaningless where window[j-2] is 0: no trigram is looked up there). A slot's
        /// candidate windows share their first two words and, where <paramref name="lastBigram"/> is given, their last two:
        /// those two bigrams' keys, computed once a slot, are taken as given.
        /// </summary>
        public static void ComputeKeys(ReadOnlySpan<ulong> window, Span<ulong> bigrams, Span<ulong> trigrams, ulong firstBigram, ulong? lastBigram)
        {
            int last = window.Length - 1;
            bigrams[1] = firstBigram;
            for (int k = 2; k < last; k++) bigrams[k] = ModelText.Bigram(window[k - 1], window[k]);
            bigrams[last] = lastBigram ?? ModelText.Bigram(window[last - 1], window[last]);
            for (int j = 2; j < window.Length; j++) trigrams[j] = ModelText.Chain(bigrams[j - 1], window[j]);
        }

        /// <summary>
        /// <see cref="Score(ReadOnlySpan{ulong}, int, out float)"/> over keys from <see cref="ComputeKeys"/>: the same lookups in the same order and the same
        /// arithmetic, so the same value to the bit, without hashing the n-grams again. A term whose trigram is unseen and
        /// whose last two words are those of <paramref name="known"/> takes its value from there.
        /// </summary>
        public float Score(ReadOnlySpan<ulong> window, ReadOnlySpan<ulong> bigrams, ReadOnlySpan<ulong> trigrams, int firstPredicted, in Backoff known)
        {
            float sum = 0;
            for (int j = firstPredicted; j < window.Length; j++)
            {
                bool hasA = j >= 2 && window[j - 2] != 0;
                int triLevel = hasA ? _trigrams.GetLevel(trigrams[j]) : 0;
                float term;
                if (triLevel != 0)
                {
                    int contextLevel = _bigrams.GetLevel(bigrams[j - 1]);
                    float value = HashedCountTable.LogCountOfLevel(triLevel) - HashedCountTable.LogCountOfLevel(Math.Max(contextLevel, triLevel));
                    term = Math.Min(0f, value);
                }
                else if (hasA && known.Covers(window[j - 1], window[j]))
                {
                    term = known.Value;
                }
                else
                {
                    term = BackoffTerm(hasA, bigrams[j], window[j - 1], window[j]);
                }

                sum += term;
            }

            return sum;
        }

        /// <summary>
        /// S(c | a b) for an a (not 0) whose trigram with b c is unseen: it depends on b and c alone. The two words after a
        /// slot end every candidate's window, so the scorer computes this once a slot instead of once a candidate.
        /// </summary>
        public readonly struct Backoff
        {
            private readonly ulong _b;
            private readonly ulong _c;

            internal Backoff(ulong b, ulong c, float value)
            {
                _b = b;
                _c = c;
                Value = value;
            }

            /// <summary>The term's value.</summary>
            public float Value { get; }

            /// <summary>Whether the term of the words b c is this one (never for the default value: word keys are not 0).</summary>
            public bool Covers(ulong b, ulong c) => b == _b && c == _c && b != 0;
        }

        /// <summary>The <see cref="Backoff"/> of the words b c.</summary>
        public Backoff BackoffAfter(ulong b, ulong c) => new Backoff(b, c, BackoffTerm(true, ModelText.Bigram(b, c), b, c));

        // LogProbability(a, b, c) once the trigram (a b c) is known unseen, or a is 0: pair is the key of (b c).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private float BackoffTerm(bool hasA, ulong pair, ulong b, ulong c)
        {
            float penalty = hasA ? BackoffLog : 0f;
            int bi = _bigrams.GetLevel(pair);
            if (bi != 0)
            {
                int contextLevel = _unigrams.GetLevel(b);
                return penalty + Math.Min(0f, HashedCountTable.LogCountOfLevel(bi) - HashedCountTable.LogCountOfLevel(Math.Max(contextLevel, bi)));
            }

            int books = _booksBigrams.GetLevel(pair);
            if (books != 0)
            {
                int contextLevel = _booksUnigrams.GetLevel(b);
                return penalty + BackoffLog + Math.Min(0f, HashedCountTable.LogCountOfLevel(books) - HashedCountTable.LogCountOfLevel(Math.Max(contextLevel, books)));
            }

            return penalty + BackoffLog + LogUnigram(c);
        }

        /// <summary>
        /// Starts loading the table lines that <see cref="Score(ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, int, in Backoff)"/>
        /// of <paramref name="window"/> (keys from <see cref="ComputeKeys"/>) will read first: each term's trigram, bigram and
        /// word, one line each, and its book bigram (read whenever the corpus bigram is unseen, which for a candidate's
        /// window is often: without it that lookup was the model's largest single wait); a term that
        /// <paramref name="known"/> covers needs only its trigram.
        /// </summary>
        public void Prefetch(ReadOnlySpan<ulong> window, ReadOnlySpan<ulong> bigrams, ReadOnlySpan<ulong> trigrams, int firstPredicted, in Backoff known)
        {
            for (int j = firstPredicted; j < window.Length; j++)
            {
                bool hasA = j >= 2 && window[j - 2] != 0;
                if (hasA) _trigrams.Prefetch(trigrams[j]);
                if (hasA && known.Covers(window[j - 1], window[j])) continue;
                _bigrams.Prefetch(bigrams[j]);
                _booksBigrams.Prefetch(bigrams[j]);
                _unigrams.Prefetch(window[j]);
            }
        }

        /// <summary>
        /// Starts loading the lines that <see cref="LogProbability"/>(a, b, c) reads first: the trigram's, the pair's, the
        /// word b's and the pair's in the book bigrams (read where the corpus missed the pair, and at a slot's two ends). A
        /// hint only: no effect on results.
        /// </summary>
        public void PrefetchTerm(ulong a, ulong b, ulong c)
        {
            if (a != 0) _trigrams.Prefetch(ModelText.Trigram(a, b, c));
            ulong pair = ModelText.Bigram(b, c);
            _bigrams.Prefetch(pair);
            _unigrams.Prefetch(b);
            _booksBigrams.Prefetch(pair);
        }

        /// <summary>
        /// ln S of the tokens of <paramref name="window"/> from <paramref name="firstPredicted"/> on, each given the two
        /// before it (0 keys stand for "no token": the sentence start's left side).
        /// </summary>
        public float Score(ReadOnlySpan<ulong> window, int firstPredicted, out float firstTerm)
        {
            float sum = 0;
            firstTerm = 0;
            for (int j = firstPredicted; j < window.Length; j++)
            {
                ulong a = j >= 2 ? window[j - 2] : 0;
                ulong b = window[j - 1];
                float term = LogProbability(a, b, window[j]);
                if (j == firstPredicted) firstTerm = term;
                sum += term;
            }

            return sum;
        }
    }
}

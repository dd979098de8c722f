namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// The evidence the classifier weighs for one slot: the wording as written (<c>w</c>) against the best candidate
    /// original (<c>c</c>). Log counts are natural logs, 0 where the n-gram was not seen. The order is the order of the
    /// weights in <c>context-model.weights</c>.
    /// </summary>
    internal static class SwapFeatures
    {
        /// <summary>ln S(window with c) − ln S(window with w).</summary>
        public const int ScoreGain = 0;
        /// <summary>The gain on the first predicted token: how much better the left context predicts c.</summary>
        public const int LeftGain = 1;
        /// <summary>The gain on the tokens after it: how much better the right context follows c.</summary>
        public const int RightGain = 2;
        /// <summary>Share of the window's trigrams seen in the corpus, with w.</summary>
        public const int WrittenTrigrams = 3;
        /// <summary>Share of the window's trigrams seen, with c.</summary>
        public const int CandidateTrigrams = 4;
        /// <summary>Share of the window's bigrams seen, with w.</summary>
        public const int WrittenBigrams = 5;
        /// <summary>Share of the window's bigrams seen, with c.</summary>
        public const int CandidateBigrams = 6;
        /// <summary>Log count of the bigram (left word, w).</summary>
        public const int WrittenLeftBigram = 7;
        /// <summary>Log count of the bigram (w, right word).</summary>
        public const int WrittenRightBigram = 8;
        /// <summary>Log count of the bigram (left word, c).</summary>
        public const int CandidateLeftBigram = 9;
        /// <summary>Log count of the bigram (c, right word).</summary>
        public const int CandidateRightBigram = 10;
        /// <summary>Log book count of the bigram (left word, w).</summary>
        public const int WrittenLeftBooks = 11;
        /// <summary>Log book count of the bigram (w, right word).</summary>
        public const int WrittenRightBooks = 12;
        /// <summary>Log book count of the bigram (left word, c).</summary>
        public const int CandidateLeftBooks = 13;
        /// <summary>Log book count of the bigram (c, right word).</summary>
        public const int CandidateRightBooks = 14;
        /// <summary>Log corpus count of w.</summary>
        public const int WrittenFrequency = 15;
        /// <summary>Log corpus count of c.</summary>
        public const int CandidateFrequency = 16;
        /// <summary>Log of the number of candidates.</summary>
        public const int CandidateCount = 17;
        /// <summary>1 when w has more than one word.</summary>
        public const int WrittenIsPhrase = 18;
        /// <summary>1 when c has more than one word.</summary>
        public const int CandidateIsPhrase = 19;
        /// <summary>1 when w opens the sentence.</summary>
        public const int SentenceStart = 20;
        /// <summary>ln S with the best candidate − ln S with the second best.</summary>
        public const int Margin = 21;
        /// <summary>The smaller of the left and right gains: evidence on both sides.</summary>
        public const int BothSidesGain = 22;
        /// <summary>1 when neither bigram around w was seen in the corpus or in books.</summary>
        public const int WrittenBroken = 23;

        /// <summary>
        /// The noisy-channel ratio: ln Σ_c S(window with c) / n(c) − ln S(window with w), where n(c) is the size of c's
        /// thesaurus entry (a spinner starting from c picks w one time in n(c)).
        /// </summary>
        public const int ChannelGain = 24;
        /// <summary>ln of the size of the best candidate's thesaurus entry.</summary>
        public const int CandidateEntrySize = 25;
        /// <summary>ln(1 + number of candidates that fit the window better than w).</summary>
        public const int BetterCandidates = 26;
        /// <summary>How much the left context raises w over its base rate: ln S(w | left) − ln P(w).</summary>
        public const int WrittenLeftFit = 27;
        /// <summary>Log count of the trigram (left word, w, right word) (first and last word of a phrase).</summary>
        public const int WrittenMiddleTrigram = 28;
        /// <summary>Log count of the trigram (left word, c, right word).</summary>
        public const int CandidateMiddleTrigram = 29;

        /// <summary>1 when w's own entry lists the best candidate too (mutual neighbours).</summary>
        public const int CandidateIsMutual = 30;
        /// <summary>ln(1 + number of mutual neighbours that fit the window better than w).</summary>
        public const int MutualBetterCandidates = 31;

        /// <summary>1 when w and the best candidate share a word class (noun, verb, adjective, adverb); 0.5 when unknown.</summary>
        public const int SharedWordClass = 32;
        /// <summary>1 when w's most frequent word class is the best candidate's; 0.5 when unknown.</summary>
        public const int SameMainWordClass = 33;

        /// <summary>
        /// ln(1 + other uses of w in the document), by a crude stem ("module" and "modules"): a word the article uses again
        /// is its topic, not a swap (a spinner changes some occurrences of a word, not every one the same way).
        /// </summary>
        public const int WrittenRepeats = 34;
        /// <summary>ln(1 + uses of the best candidate elsewhere in the document): the original a spinner left standing.</summary>
        public const int CandidateInDocument = 35;

        /// <summary>1 when the best candidate's Moby entry lists w.</summary>
        public const int CandidateInMoby = 36;
        /// <summary>1 when w is another lemma of the best candidate's most frequent WordNet synset.</summary>
        public const int CandidateInWordNet = 37;
        /// <summary>1 when w is the first other lemma of the best candidate's most frequent synset: a free spinner's pick.</summary>
        public const int CandidateIsWordNetFirst = 38;
        /// <summary>
        /// ln S(window with the best first-pick candidate) − ln S(window with w), within ±15, where some candidate's most
        /// frequent synset has w as its first other lemma; −20 where none has (the first pick may fit less well than the best).
        /// </summary>
        public const int WordNetFirstGain = 39;

        /// <summary>
        /// The cosine of w's topic vector (<see cref="TopicVectors"/>; a phrase: the sum of its content words') with the sum of
        /// the rest of the document's content words: whether w is in its usual company in this article, repeated or not; −2
        /// when w has no vector or the document too few words with one (<see cref="TopicEvidence.MinimumWords"/>).
        /// </summary>
        public const int WrittenTopicFit = 40;
        /// <summary>The best candidate's topic fit minus w's (as <see cref="WrittenTopicFit"/>); 0 when either is unknown.</summary>
        public const int TopicGain = 41;

        /// <summary>
        /// The cosine of w's topic vector with the sum of its neighbours' (<see cref="TopicEvidence.NeighbourWords"/> content
        /// words on each side, w's own words left out): whether w keeps its usual company in its own sentence; −2 when w has
        /// no vector or fewer than <see cref="TopicEvidence.MinimumNeighbours"/> neighbours have one.
        /// </summary>
        public const int WrittenLocalFit = 42;
        /// <summary>The best candidate's fit with the same neighbours minus w's (as <see cref="WrittenLocalFit"/>); 0 when either is unknown.</summary>
        public const int LocalGain = 43;

        /// <summary>Number of features.</summary>
        public const int Count = 44;

        /// <summary>Feature names, as the weights file spells them.</summary>
        public static readonly string[] Names =
        {
            "score-gain", "left-gain", "right-gain", "written-trigrams", "candidate-trigrams", "written-bigrams",
            "candidate-bigrams", "written-left-bigram", "written-right-bigram", "candidate-left-bigram",
            "candidate-right-bigram", "written-left-books", "written-right-books", "candidate-left-books",
            "candidate-right-books", "written-frequency", "candidate-frequency", "candidate-count", "written-is-phrase",
            "candidate-is-phrase", "sentence-start", "margin", "both-sides-gain", "written-broken", "channel-gain",
            "candidate-entry-size", "better-candidates", "written-left-fit", "written-middle-trigram",
            "candidate-middle-trigram", "candidate-is-mutual", "mutual-better-candidates", "shared-word-class",
            "same-main-word-class", "written-repeats", "candidate-in-document", "candidate-in-moby", "candidate-in-wordnet",
            "candidate-is-wordnet-first", "wordnet-first-gain", "written-topic-fit", "topic-gain", "written-local-fit", "local-gain",
        };
    }
}

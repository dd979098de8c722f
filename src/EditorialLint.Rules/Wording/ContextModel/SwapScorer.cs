using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording.Lexicon;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// One place where a spinner may have swapped a word: the wording as written (one to three words), its best
    /// candidate original from the inverted thesaurus, the evidence for the swap and the classifier's probability.
    /// </summary>
    internal sealed class SwapSlot
    {
        public SwapSlot(int firstToken, int tokenCount, TextSpan span, int bestRoot, float[] features)
        {
            FirstToken = firstToken;
            TokenCount = tokenCount;
            Span = span;
            BestRoot = bestRoot;
            SuggestedRoot = bestRoot;
            Features = features;
        }

        /// <summary>Index of the slot's first token in the document.</summary>
        public int FirstToken { get; }

        /// <summary>Number of tokens (words) in the slot.</summary>
        public int TokenCount { get; }

        /// <summary>The prose span of the wording as written.</summary>
        public TextSpan Span { get; }

        /// <summary>The thesaurus root that fits the context best; −1 for a slot the screen skipped.</summary>
        public int BestRoot { get; }

        /// <summary>The evidence (<see cref="SwapFeatures"/>).</summary>
        public float[] Features { get; }

        /// <summary>
        /// The root EL2010 suggests: <see cref="BestRoot"/>, but for a written phrase the candidate likeliest to have produced
        /// it (<see cref="SwapScorer.SuggestionIndex"/>); −1 for a slot the screen skipped.
        /// </summary>
        public int SuggestedRoot { get; set; }

        /// <summary>
        /// Whether the first stage's screen (<see cref="SlotScreen"/>) skipped the slot: its candidates were not scored, only
        /// its written-side features are set, its own probability is the screen's stand-in, and it is never reported.
        /// </summary>
        public bool Screened { get; set; }

        /// <summary>Whether the word is a possessive and the suggestion takes "'s".</summary>
        public bool IsPossessive { get; set; }

        /// <summary>The slot's own probability of a swap, from its features alone (0 without a classifier).</summary>
        public float SlotProbability { get; set; }

        /// <summary>The final probability of a swap, weighed against the rest of the document (0 without a classifier).</summary>
        public float Probability { get; set; }
    }

    /// <summary>Which links of a thesaurus with WordNet's links a <see cref="SwapScorer"/> reads.</summary>
    internal enum SwapView
    {
        /// <summary>Every link (the only view of a Moby-only table; the trainer's view of a WordNet table).</summary>
        Whole,

        /// <summary>The Moby links alone, each read as Moby's: the candidates, their order and their features are the Moby-only table's.</summary>
        Moby,

        /// <summary>
        /// Every link of the keys that have a WordNet link, no other key: the slots whose best candidate can be a WordNet
        /// synonym, which is all the WordNet view adds (<see cref="SwapEvidence.WordNetAdditions(IReadOnlyList{SwapSlot}, float?, bool)"/>).
        /// </summary>
        WordNetKeys,
    }

    /// <summary>
    /// Finds the slots of a sentence whose wording the inverted thesaurus can trace back to a likely original, and
    /// scores each against its candidates in the sentence's context. One scorer per document (it keeps scratch
    /// buffers); table lookups allocate nothing.
    /// </summary>
    internal sealed class SwapScorer
    {
        // Closed-class words: a spinner may swap them, but a one-word swap of these is grammar's business (EL2002-EL2004),
        // and their thesaurus entries are too broad to score.
        private static readonly string[] FunctionWords =
        {
            "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "no", "all", "both", "either",
            "neither", "much", "many", "few", "more", "most", "less", "least", "other", "another", "such", "what", "which",
            "who", "whom", "whose", "where", "when", "why", "how", "whether", "if", "than", "as", "so", "too", "very",
            "not", "nor", "and", "or", "but", "yet", "because", "though", "although", "while", "since", "until", "unless",
            "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
            "hers", "it", "its", "they", "them", "their", "theirs", "myself", "itself", "themselves", "himself", "herself",
            "ourselves", "yourself", "one", "ones", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into",
            "onto", "upon", "about", "above", "below", "over", "under", "after", "before", "between", "among", "through",
            "during", "without", "within", "against", "across", "along", "around", "behind", "beyond", "near", "off",
            "out", "up", "down", "via", "per", "be", "is", "am", "are", "was", "were", "been", "being", "have", "has",
            "had", "having", "do", "does", "did", "done", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "ought", "there", "here", "then", "now", "also", "just", "only", "even", "still", "again",
            "ever", "never", "always", "often", "yes", "mr", "mrs", "ms", "dr", "said", "says", "say", "told", "get",
            "got", "go", "went", "gone", "make", "made", "take", "took", "put", "let", "like",
        };

        private static readonly HashSet<ulong> FunctionWordKeys = CreateKeys(FunctionWords);

        private readonly ContextModelData _model;
        private ulong[] _sequence = new ulong[128];
        private readonly ulong[] _window = new ulong[WindowStride];
        private readonly ulong[] _written = new ulong[ThesaurusTable.MaxKeyWords];
        private readonly ulong[] _candidate = new ulong[1];
        private int[] _candidateLengths = new int[64];
        // The longest window (FillWindow): two tokens before the slot, the most words a written phrase or a candidate holds (a
        // candidate may take back the phrase's last function word), two after. Each candidate's window and its n-gram keys
        // take this many places, hashed once for the prefetching and the scoring.
        private const int WindowStride = 2 + (ThesaurusTable.MaxKeyWords > ThesaurusTable.MaxPhraseWords + 1 ? ThesaurusTable.MaxKeyWords : ThesaurusTable.MaxPhraseWords + 1) + 2;
        private ulong[] _candidateWindows = new ulong[64 * WindowStride];
        private ulong[] _candidateBigrams = new ulong[64 * WindowStride];
        private ulong[] _candidateTrigrams = new ulong[64 * WindowStride];
        private int[] _candidateWindowLengths = new int[64];
        private readonly ulong[] _bestWords = new ulong[ThesaurusTable.MaxPhraseWords + 1];
        private LanguageModel.Backoff _after;
        private Dictionary<ulong, int> _uses = new Dictionary<ulong, int>();
        // Where each candidate of the slot comes from (ThesaurusTable.FromMoby, FromWordNet, WordNetFirst): of every link of
        // the key (_allRelations, as the table gives them), of the view's candidates (_relations, the Moby view's own).
        private readonly byte[] _relations;
        private readonly byte[] _allRelations;
        // The Moby view: the index among the key's links of each candidate kept.
        private readonly int[] _linkIndices;
        // Whether candidate c's score is known already (another view of the same slot scored its root).
        private bool[] _candidateKnown = new bool[64];
        private float[] _candidateScores = new float[64];
        // The noisy channel's exponents of a slot's candidates (ScoreSlot).
        private double[] _channelTerms = new double[64];
        // What a slot's views share: the work of the view scored first, kept for the other (SlotMemo).
        private SlotMemo _memo = new SlotMemo();
        // The sentence's own n-grams, looked up once for all its slots' written sides (shared with a second view).
        private WrittenTerms _terms = new WrittenTerms();

        // The Moby view: only the table's Moby links (those of the Moby-only table), each read as Moby's alone. The WordNet
        // view: every link of the keys that have a WordNet link (no other key can have a WordNet synonym for best candidate).
        private readonly SwapView _view;
        private readonly SlotScreen? _screen;
        private readonly ushort[] _mobyLinks;

        /// <summary>
        /// A scorer over the whole thesaurus or, on a table with WordNet's links, over one <paramref name="view"/> of it
        /// (<see cref="SwapView"/>); with a <paramref name="screen"/>, the slots it skips are not scored further.
        /// </summary>
        public SwapScorer(ContextModelData model, SwapView view = SwapView.Whole, SlotScreen? screen = null)
        {
            _model = model;
            _screen = screen;
            _relations = new byte[Math.Max(1, model.Thesaurus.MaxLinks)];
            _allRelations = new byte[_relations.Length];
            _view = model.Thesaurus.WordNetLinkCount > 0 ? view : SwapView.Whole;
            _mobyLinks = _view == SwapView.Moby ? new ushort[_relations.Length] : Array.Empty<ushort>();
            _linkIndices = _view == SwapView.Moby ? new int[_relations.Length] : Array.Empty<int>();
        }

        // A thread's scorer of each view, kept from one document to the next: a scorer's scratch arrays are sized by the
        // thesaurus's largest entry and its longest sentence so far, and allocating and clearing them for every document
        // was 1% of a long run. Nothing of one document is read in the next: every array is written before it is read,
        // a slot's (the candidates', SlotMemo) at the slot, a sentence's (the sequence, WrittenTerms, the uses) at the sentence.
        [ThreadStatic] private static SwapScorer?[]? t_scorers;

        /// <summary>
        /// This thread's scorer of <paramref name="model"/> in <paramref name="view"/> with <paramref name="screen"/>, the
        /// same from one call to the next while they are asked for alike. Use it for one document at a time.
        /// </summary>
        internal static SwapScorer ForThread(ContextModelData model, SwapView view, SlotScreen? screen)
        {
            var scorers = t_scorers ??= new SwapScorer?[3];
            int index = (int)view;
            var scorer = scorers[index];
            if (scorer is null || scorer._model != model || scorer._screen != screen)
                scorers[index] = scorer = new SwapScorer(model, view, screen);
            return scorer;
        }

        // The key's links (`links`, their relations in `allRelations`) in this scorer's view: the candidates, their relations,
        // and, for the Moby view, which link each is (_linkIndices; the other views keep every link or none, in order).
        private ReadOnlySpan<ushort> CandidatesOf(ReadOnlySpan<ushort> links, byte[] allRelations, out byte[] relations)
        {
            relations = allRelations;
            if (_view == SwapView.Whole || links.IsEmpty) return links;
            if (_view == SwapView.WordNetKeys)
            {
                for (int c = 0; c < links.Length; c++)
                    if ((allRelations[c] & ThesaurusTable.FromWordNet) != 0) return links;
                return ReadOnlySpan<ushort>.Empty;
            }

            relations = _relations;
            int kept = 0;
            for (int c = 0; c < links.Length; c++)
            {
                if ((allRelations[c] & ThesaurusTable.FromMoby) == 0) continue;
                _mobyLinks[kept] = links[c];
                _linkIndices[kept] = c;
                relations[kept++] = ThesaurusTable.FromMoby;
            }

            return new ReadOnlySpan<ushort>(_mobyLinks, 0, kept);
        }

        // The index among the key's links of candidate c of this scorer's view.
        private int LinkIndex(int c) => _view == SwapView.Moby ? _linkIndices[c] : c;

        /// <summary>
        /// What the views of one slot have in common, kept by the view scored first for the other: the written side, the
        /// term after the slot, each link's candidate score and the best candidate's evaluation. Every value is computed as a
        /// view alone would compute it, so a view reads the same bits from here.
        /// </summary>
        private sealed class SlotMemo
        {
            public bool HasWritten;
            public WindowStats Written;
            public float WrittenLeftFit;
            public float WrittenFrequency;
            public float WrittenRepeats;
            public bool HasAfter;
            public LanguageModel.Backoff After;
            // Per link of the key: 0 not scored, 1 no words (skipped), 2 scored (LinkScores).
            public byte[] LinkStates = new byte[64];
            public float[] LinkScores = new float[64];
            // The best candidate's side, for BestRoot (−1: none kept).
            public int BestRoot = -1;
            public bool BestRejected;
            public WindowStats Best;
            public float SharedWordClass;
            public float SameMainWordClass;
            public float CandidateFrequency;
            public int BestWordCount;
            // The written word's entry in the lexicon, looked up once a slot (each view whose best candidate is a word asks).
            public byte WrittenEntryState;
            public LexiconEntry WrittenEntry;

            public void Begin(int links)
            {
                HasWritten = false;
                HasAfter = false;
                BestRoot = -1;
                WrittenEntryState = EntryUnasked;
                if (LinkStates.Length < links)
                {
                    LinkStates = new byte[links];
                    LinkScores = new float[links];
                }
                else
                {
                    Array.Clear(LinkStates, 0, links);
                }
            }
        }

        /// <summary>
        /// Scores every slot of <paramref name="sentence"/> and appends the slots that have a candidate. <paramref name="uses"/>
        /// is the document's words by stem (<see cref="SwapEvidence.CountUses"/>), counted once by the caller: the screen reads
        /// whether the article uses a slot's word again.
        /// </summary>
        public void ScoreSentence(AnalyzedDocument document, Sentence sentence, List<SwapSlot> slots, Dictionary<ulong, int> uses) =>
            ScoreSentence(document, sentence, slots, uses, null, null);

        /// <summary>
        /// The same in this scorer's view and, where given, in <paramref name="second"/>'s (another scorer of the same model),
        /// whose slots go to <paramref name="secondSlots"/>: each slot's key is looked up once, and what both views compute
        /// alike (the written side, a candidate's score, the best candidate's evaluation) is computed once. Each view gets
        /// the slots it would get alone, bit for bit.
        /// </summary>
        public void ScoreSentence(AnalyzedDocument document, Sentence sentence, List<SwapSlot> slots, Dictionary<ulong, int> uses,
            SwapScorer? second, List<SwapSlot>? secondSlots)
        {
            if (second is not null && (second._model != _model || secondSlots is null))
                throw new ArgumentException("a second view needs the same model and a list for its slots", nameof(second));
            _uses = uses;
            var tokens = document.GetTokens(sentence);
            int n = tokens.Length;
            if (n == 0) return;
            if (_sequence.Length < n + 2) _sequence = new ulong[(n + 2) * 2];
            _sequence[0] = ModelText.SentenceStart;
            for (int i = 0; i < n; i++) _sequence[i + 1] = ModelText.HashToken(document, tokens[i]);
            _sequence[n + 1] = ModelText.SentenceEnd;
            _terms.Begin(n + 2);
            if (second is not null)
            {
                second._uses = uses;
                second._sequence = _sequence;
                second._memo = _memo;
                second._terms = _terms;
            }

            // The sentence's lookups are listed first and their keys' memory prefetched in three passes (the steps of a
            // lookup each wait on the one before), so that their cache misses overlap instead of coming one after another;
            // then the counts of their written windows, and each slot is scored in order, as before.
            int first = FirstWordIndex(document, tokens);
            int count = 0;
            for (int t = 0; t < n; t++)
            {
                for (int m = 1; m <= ThesaurusTable.MaxKeyWords && t + m <= n; m++)
                {
                    if (!CanExtend(document, tokens, t, m, first)) break;
                    // One function word alone is grammar's business; in a phrase ("go away", "a few") it may be a swap.
                    // (CanExtend found a word: its key in the sequence is its text's, hashed once.)
                    if (m == 1 && !IsContentWordKey(_sequence[t + 1], tokens[t].Length)) continue;
                    // A possessive ("a rustic's regulators") is looked up by its stem, and its candidates take the "'s" back.
                    var text = document.GetText(tokens[t]);
                    bool possessive = m == 1 && text.Length > 4 && text[text.Length - 1] == 's' && Tokenizer.IsApostrophe(text[text.Length - 2]);
                    ulong key = possessive ? ModelText.Phrase(ModelText.HashWord(text.Slice(0, text.Length - 2)))
                        : ModelText.Phrase(new ReadOnlySpan<ulong>(_sequence, t + 1, m));
                    if (count == _lookups.Length) Array.Resize(ref _lookups, 2 * count);
                    _lookups[count++] = (t, m, possessive, key);
                }
            }

            var thesaurus = _model.Thesaurus;
            // Most phrases are no key (97% of those of two words or more): the key filter rules them out, so that they are
            // neither prefetched nor looked up (a lookup would find no links). Its lines are fetched for all first.
            for (int i = 0; i < count; i++) thesaurus.PrefetchFilter(_lookups[i].Key);
            int kept = 0;
            for (int i = 0; i < count; i++)
                if (thesaurus.MayContainKey(_lookups[i].Key)) _lookups[kept++] = _lookups[i];
            count = kept;
            for (int i = 0; i < count; i++) thesaurus.PrefetchKeyRun(_lookups[i].Key);
            for (int i = 0; i < count; i++) thesaurus.PrefetchKeys(_lookups[i].Key);
            if (_keyIndices.Length < count) _keyIndices = new int[count * 2];
            for (int i = 0; i < count; i++) _keyIndices[i] = thesaurus.PrefetchLinkRange(_lookups[i].Key);
            PrefetchWrittenTerms(count);
            for (int i = 0; i < count; i++) thesaurus.PrefetchLinks(_keyIndices[i]);
            for (int i = 0; i < count; i++)
            {
                var (t, m, possessive, _) = _lookups[i];
                var links = thesaurus.GetCandidatesAt(_keyIndices[i], _allRelations);
                if (links.IsEmpty) continue;
                _memo.Begin(links.Length);
                var slot = ScoreSlot(document, sentence, tokens, t, m, t == first, possessive, links, _allRelations);
                if (slot is not null) slots.Add(slot);
                if (second is null) continue;
                var other = second.ScoreSlot(document, sentence, tokens, t, m, t == first, possessive, links, _allRelations);
                if (other is not null) secondSlots!.Add(other);
            }
        }

        // The written side's terms (EnsureTerm) of the listed slots' windows, each position once: their lines start loading
        // with the thesaurus's, so that the slots' written windows find them in the cache. The slots are listed by their first
        // token, so the windows start in order.
        private void PrefetchWrittenTerms(int count)
        {
            var seq = _sequence;
            var model = _model.LanguageModel;
            int next = 1;
            for (int i = 0; i < count; i++)
            {
                int p = _lookups[i].T + 1, q = p + _lookups[i].M;
                int last = seq[q] != ModelText.SentenceEnd ? q + 1 : q;
                for (int s = Math.Max(p, next); s <= last; s++) model.PrefetchTerm(s >= 2 ? seq[s - 2] : 0, seq[s - 1], seq[s]);
                next = Math.Max(next, last + 1);
            }
        }

        // The sentence's lookups (ScoreSentence), reused: the slot's first token, its length in tokens, a possessive or not, the key.
        private (int T, int M, bool Possessive, ulong Key)[] _lookups = new (int, int, bool, ulong)[64];
        // Each listed lookup's index in the thesaurus's key list (−1: no key), found by its third prefetch pass.
        private int[] _keyIndices = new int[64];

        private static HashSet<ulong> CreateKeys(IEnumerable<string> words)
        {
            var keys = new HashSet<ulong>();
            foreach (var word in words) keys.Add(ModelText.HashWord(word.AsSpan()));
            return keys;
        }

        // The sentence's first word, after any opening quotes or brackets.
        private static int FirstWordIndex(AnalyzedDocument document, ReadOnlySpan<Token> tokens)
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind == TokenKind.Word) return i;
                if (tokens[i].Kind != TokenKind.Punctuation) return -1;
            }

            return -1;
        }

        // Whether the slot [t, t+m) can end at token t+m-1: a lower-case word (a capital only on the sentence's first
        // word) with nothing but whitespace before it.
        private static bool CanExtend(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int t, int m, int first)
        {
            int k = t + m - 1;
            var token = tokens[k];
            if (token.Kind != TokenKind.Word) return false;
            if (k > t && !document.IsOnlyWhitespaceBetween(tokens[k - 1].End, token.Start)) return false;
            var text = document.GetText(token);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsLower(c) || c == '-' || c == '\'' || c == '\u2019') continue;
                if (i == 0 && k == first && char.IsUpper(c)) continue;
                return false;
            }

            return true;
        }

        /// <summary>Whether a token is a content word (three letters or more, not a function word).</summary>
        internal static bool IsContentWord(AnalyzedDocument document, Token token) => IsContentWordText(document.GetText(token));

        /// <summary>Whether a word's text is a content word (three letters or more, not a function word).</summary>
        internal static bool IsContentWordText(ReadOnlySpan<char> text) => IsContentWordKey(ModelText.HashWord(text), text.Length);

        /// <summary>The same for a word already hashed (<see cref="ModelText.HashWord(ReadOnlySpan{char})"/>) and its length.</summary>
        internal static bool IsContentWordKey(ulong key, int length) => length >= 3 && !FunctionWordKeys.Contains(key);

        // The slot [t, t+m) in this scorer's view of the key's links (`links`, their relations in `allRelations`), or null
        // when the view has no candidate for it. What the slot's other view computed already is read from _memo.
        private SwapSlot? ScoreSlot(AnalyzedDocument document, Sentence sentence, ReadOnlySpan<Token> tokens, int t, int m, bool sentenceStart,
            bool possessive, ReadOnlySpan<ushort> links, byte[] allRelations)
        {
            var candidates = CandidatesOf(links, allRelations, out var relations);
            if (candidates.IsEmpty) return null;
            var written = new Span<ulong>(_written, 0, m);
            for (int i = 0; i < m; i++) written[i] = _sequence[t + 1 + i];
            var text = document.GetText(tokens[t]);
            var memo = _memo;
            if (!memo.HasWritten)
            {
                memo.Written = EvaluateWritten(t + 1, m);
                memo.WrittenLeftFit = memo.Written.FirstTerm - _model.LanguageModel.LogUnigram(written[0]);
                memo.WrittenFrequency = PhraseLogCount(written);
                memo.WrittenRepeats = (float)Math.Log(1 + SwapEvidence.WrittenRepeats(document, sentence.FirstToken + t, m, _uses));
                memo.HasWritten = true;
            }

            var writtenStats = memo.Written;
            var f = new float[SwapFeatures.Count];
            f[SwapFeatures.WrittenLeftFit] = memo.WrittenLeftFit;
            f[SwapFeatures.WrittenMiddleTrigram] = writtenStats.MiddleTrigram;
            f[SwapFeatures.WrittenTrigrams] = writtenStats.TrigramShare;
            f[SwapFeatures.WrittenBigrams] = writtenStats.BigramShare;
            f[SwapFeatures.WrittenLeftBigram] = writtenStats.LeftBigram;
            f[SwapFeatures.WrittenRightBigram] = writtenStats.RightBigram;
            f[SwapFeatures.WrittenLeftBooks] = writtenStats.LeftBooks;
            f[SwapFeatures.WrittenRightBooks] = writtenStats.RightBooks;
            f[SwapFeatures.WrittenFrequency] = memo.WrittenFrequency;
            f[SwapFeatures.CandidateCount] = (float)Math.Log(candidates.Length);
            f[SwapFeatures.WrittenIsPhrase] = m > 1 ? 1 : 0;
            f[SwapFeatures.SentenceStart] = sentenceStart ? 1 : 0;
            f[SwapFeatures.WrittenBroken] = writtenStats.LeftBigram == 0 && writtenStats.RightBigram == 0
                && writtenStats.LeftBooks == 0 && writtenStats.RightBooks == 0 ? 1 : 0;
            f[SwapFeatures.WrittenRepeats] = memo.WrittenRepeats;
            var span = TextSpan.FromBounds(tokens[t].Start, tokens[t + m - 1].End);
            // The first stage: a slot whose written side says the full model would score it low is not scored further.
            if (_screen is { } screen && screen.Skips(f))
                return new SwapSlot(sentence.FirstToken + t, m, span, -1, f) { IsPossessive = possessive, Screened = true };

            // The noisy channel (a feature): the original c is likely where the context predicts it and its entry is
            // small enough that a spinner would have picked w from it.
            // The suggestion is the candidate the context predicts best.
            float bestScore = float.NegativeInfinity, secondScore = float.NegativeInfinity;
            int bestRoot = -1;
            int better = 0, mutualBetter = 0;
            bool bestMutual = false;
            byte bestRelation = 0;
            float firstScore = float.NegativeInfinity;
            float channelBase = writtenStats.Score;
            int channelTerms = 0;
            GatherCandidateWords(candidates, possessive, t + 1, m);
            // The last term of every candidate's window predicts the second word after the slot from the first: where
            // its trigram is unseen, its value is the same for all candidates.
            if (!memo.HasAfter)
            {
                int after = t + 1 + m;
                memo.After = _sequence[after] != ModelText.SentenceEnd ? _model.LanguageModel.BackoffAfter(_sequence[after], _sequence[after + 1]) : default;
                memo.HasAfter = true;
            }

            _after = memo.After;
            for (int c = 0; c < LinesAhead && c < candidates.Length; c++) PrefetchCandidate(c);
            for (int c = 0; c < candidates.Length; c++)
            {
                if (c + LinesAhead < candidates.Length) PrefetchCandidate(c + LinesAhead);
                int root = candidates[c] & ThesaurusTable.RootMask;
                bool mutual = (candidates[c] & ThesaurusTable.MutualFlag) != 0;
                if (_candidateLengths[c] == 0)
                {
                    _candidateScores[c] = float.NegativeInfinity; // never suggested (SuggestionIndex)
                    continue;
                }

                float score;
                if (_candidateKnown[c])
                {
                    score = _candidateScores[c];
                }
                else
                {
                    score = ScoreCandidate(c);
                    _candidateScores[c] = score;
                    int link = LinkIndex(c);
                    memo.LinkStates[link] = 2;
                    memo.LinkScores[link] = score;
                }

                if ((relations[c] & ThesaurusTable.WordNetFirst) != 0 && score > firstScore) firstScore = score;
                if (score > writtenStats.Score)
                {
                    better++;
                    if (mutual) mutualBetter++;
                }

                _channelTerms[channelTerms++] = Math.Min(60.0, score - LogEntrySize(root) - channelBase);
                if (score > bestScore)
                {
                    secondScore = bestScore;
                    bestScore = score;
                    bestRoot = root;
                    bestMutual = mutual;
                    bestRelation = relations[c];
                }
                else if (score > secondScore)
                {
                    secondScore = score;
                }
            }

            if (bestRoot < 0) return null;
            // The channel's terms are summed after the candidates, in their order: the exponentials in a loop of their own
            // keep the function's table in the cache, which the candidates' lines pushed out of it one call after another.
            double channel = 0;
            for (int i = 0; i < channelTerms; i++) channel += Math.Exp(_channelTerms[i]);
            if (memo.BestRoot != bestRoot) EvaluateBest(t, m, written, text, possessive, bestRoot, bestScore);
            if (memo.BestRejected) return null;
            var best = memo.Best;
            f[SwapFeatures.ScoreGain] = best.Score - writtenStats.Score;
            f[SwapFeatures.ChannelGain] = (float)Math.Log(Math.Max(channel, 1e-30));
            f[SwapFeatures.CandidateEntrySize] = LogEntrySize(bestRoot);
            f[SwapFeatures.BetterCandidates] = (float)Math.Log(1 + better);
            f[SwapFeatures.CandidateMiddleTrigram] = best.MiddleTrigram;
            f[SwapFeatures.CandidateIsMutual] = bestMutual ? 1 : 0;
            f[SwapFeatures.SharedWordClass] = memo.SharedWordClass;
            f[SwapFeatures.SameMainWordClass] = memo.SameMainWordClass;
            f[SwapFeatures.MutualBetterCandidates] = (float)Math.Log(1 + mutualBetter);
            f[SwapFeatures.LeftGain] = best.FirstTerm - writtenStats.FirstTerm;
            f[SwapFeatures.RightGain] = (best.Score - best.FirstTerm) - (writtenStats.Score - writtenStats.FirstTerm);
            f[SwapFeatures.CandidateTrigrams] = best.TrigramShare;
            f[SwapFeatures.CandidateBigrams] = best.BigramShare;
            f[SwapFeatures.CandidateLeftBigram] = best.LeftBigram;
            f[SwapFeatures.CandidateRightBigram] = best.RightBigram;
            f[SwapFeatures.CandidateLeftBooks] = best.LeftBooks;
            f[SwapFeatures.CandidateRightBooks] = best.RightBooks;
            f[SwapFeatures.CandidateFrequency] = memo.CandidateFrequency;
            f[SwapFeatures.CandidateIsPhrase] = memo.BestWordCount > 1 ? 1 : 0;
            f[SwapFeatures.Margin] = float.IsNegativeInfinity(secondScore) ? 5f : Math.Min(5f, bestScore - secondScore);
            f[SwapFeatures.BothSidesGain] = Math.Min(f[SwapFeatures.LeftGain], f[SwapFeatures.RightGain]);
            f[SwapFeatures.CandidateInMoby] = (bestRelation & ThesaurusTable.FromMoby) != 0 ? 1 : 0;
            f[SwapFeatures.CandidateInWordNet] = (bestRelation & ThesaurusTable.FromWordNet) != 0 ? 1 : 0;
            f[SwapFeatures.CandidateIsWordNetFirst] = (bestRelation & ThesaurusTable.WordNetFirst) != 0 ? 1 : 0;
            f[SwapFeatures.WordNetFirstGain] = float.IsNegativeInfinity(firstScore) ? -20f : Math.Max(-15f, Math.Min(15f, firstScore - writtenStats.Score));

            // The slot's probability waits for the document's topic evidence (SwapEvidence fills it in).
            return new SwapSlot(sentence.FirstToken + t, m, span, bestRoot, f)
            {
                IsPossessive = possessive,
                SuggestedRoot = m > 1 ? SuggestedRootOfPhrase(candidates, bestScore) : bestRoot,
            };
        }

        // The best candidate's side of the slot, into _memo: whether the shorter slot has the swap instead ("answerable
        // for"), the candidate's window, its word classes against the written word's and its frequency. The same for every
        // view whose best candidate is this root (bestScore is the root's score, the same in each).
        private void EvaluateBest(int t, int m, ReadOnlySpan<ulong> written, ReadOnlySpan<char> text, bool possessive, int bestRoot, float bestScore)
        {
            var memo = _memo;
            memo.BestRoot = bestRoot;
            memo.BestRejected = false;
            var chosen = CandidateWords(bestRoot, possessive);
            chosen.CopyTo(_bestWords);
            var bestWords = new ReadOnlySpan<ulong>(_bestWords, 0, chosen.Length);

            // "answerable for" → "responsible": when the phrase ends in a function word and the candidate reads better
            // with that word kept ("responsible for"), the swap is the shorter slot's, not this one's.
            if (m > 1 && FunctionWordKeys.Contains(written[m - 1]) && bestWords.Length < ThesaurusTable.MaxPhraseWords
                && bestWords[bestWords.Length - 1] != written[m - 1])
            {
                _bestWords[bestWords.Length] = written[m - 1];
                if (ScoreWindow(t + 1, m, new ReadOnlySpan<ulong>(_bestWords, 0, bestWords.Length + 1)) > bestScore)
                {
                    memo.BestRejected = true;
                    return;
                }
            }

            memo.Best = Evaluate(t + 1, m, bestWords);
            CompareWordClasses(m == 1 && bestWords.Length == 1 ? (possessive ? text.Slice(0, text.Length - 2) : text) : default, bestRoot, bestWords.Length,
                out memo.SharedWordClass, out memo.SameMainWordClass);
            memo.CandidateFrequency = PhraseLogCount(bestWords);
            memo.BestWordCount = bestWords.Length;
        }

        private struct WindowStats
        {
            public float Score;
            public float FirstTerm;
            public float TrigramShare;
            public float BigramShare;
            public float LeftBigram;
            public float RightBigram;
            public float LeftBooks;
            public float RightBooks;
            public float MiddleTrigram;
        }

        // A spinner ignores parts of speech: a swap often puts a word where its class does not belong ("a nice of").
        private unsafe void CompareWordClasses(ReadOnlySpan<char> written, int root, int rootWords, out float sharedWordClass, out float sameMainWordClass)
        {
            sharedWordClass = 0.5f;
            sameMainWordClass = 0.5f;
            var lexicon = _model.Lexicon;
            if (written.IsEmpty || rootWords != 1 || lexicon is null) return;
            // The root's classes are the same every time: decoded and looked up once a model (RootWordClasses).
            var roots = _model.RootWordClasses;
            int classes = roots[root];
            if (classes == 0)
            {
                classes = RootClassesNotFound;
                char* buffer = stackalloc char[64];
                int length = _model.Thesaurus.GetRootChars(root, new Span<char>(buffer, 64));
                if (length > 0 && lexicon.TryGet(new ReadOnlySpan<char>(buffer, length), out var c))
                    classes = RootClassesFound | WordClasses(c.Parts) | WordClasses(c.Primary) << 4;
                roots[root] = classes;
            }

            if (classes == RootClassesNotFound) return;
            var memo = _memo;
            if (memo.WrittenEntryState == EntryUnasked)
                memo.WrittenEntryState = lexicon.TryGet(written, out memo.WrittenEntry) ? EntryFound : EntryNotFound;
            if (memo.WrittenEntryState == EntryNotFound) return;
            var w = memo.WrittenEntry;
            sharedWordClass = (WordClasses(w.Parts) & classes & 15) != 0 ? 1 : 0;
            sameMainWordClass = WordClasses(w.Primary) == ((classes >> 4) & 15) ? 1 : 0;
        }

        // SlotMemo.WrittenEntryState.
        private const byte EntryUnasked = 0, EntryNotFound = 1, EntryFound = 2;

        // ContextModelData.RootWordClasses: not in the lexicon (or no text), or found with the classes of its parts (bits
        // 0-3) and of its primary part (bits 4-7).
        private const int RootClassesNotFound = -1;
        private const int RootClassesFound = 0x100;

        // Noun, verb, adjective, adverb as four bits; Brill's news tags where the word has them, else WordNet's.
        private static int WordClasses(PartsOfSpeech parts)
        {
            int classes = 0;
            bool tagged = (parts & (PartsOfSpeech.AnyCommonNoun | PartsOfSpeech.AnyVerb | PartsOfSpeech.AnyAdjective | PartsOfSpeech.Adverb)) != 0;
            if (tagged)
            {
                if ((parts & PartsOfSpeech.AnyCommonNoun) != 0) classes |= 1;
                if ((parts & PartsOfSpeech.AnyVerb) != 0) classes |= 2;
                if ((parts & PartsOfSpeech.AnyAdjective) != 0) classes |= 4;
                if ((parts & PartsOfSpeech.Adverb) != 0) classes |= 8;
                return classes;
            }

            if ((parts & (PartsOfSpeech.WordNetNoun | PartsOfSpeech.WordNetNounPlural)) != 0) classes |= 1;
            if ((parts & (PartsOfSpeech.WordNetVerb | PartsOfSpeech.WordNetVerbForm)) != 0) classes |= 2;
            if ((parts & PartsOfSpeech.WordNetAdjective) != 0) classes |= 4;
            if ((parts & PartsOfSpeech.WordNetAdverb) != 0) classes |= 8;
            return classes;
        }

        // The word keys of a candidate: the root's own, or with "'s" for a possessive (one-word roots only).
        private ReadOnlySpan<ulong> CandidateWords(int root, bool possessive)
        {
            if (!possessive) return _model.Thesaurus.GetRootWords(root);
            ulong key = _model.Thesaurus.GetRootKeyWithSuffix(root, "'s".AsSpan());
            if (key == 0) return ReadOnlySpan<ulong>.Empty;
            _candidate[0] = key;
            return new ReadOnlySpan<ulong>(_candidate, 0, 1);
        }

        // The candidate loop is bound by memory: each window's lookups miss the cache, one after another. A few candidates
        // ahead of the one being scored, their lookups' lines (one a lookup) start loading, so that the misses of several
        // candidates overlap and the scoring finds its lines in the cache.
        private const int LinesAhead = 4;

        private void PrefetchCandidate(int c)
        {
            if (_candidateLengths[c] == 0 || _candidateKnown[c]) return;
            int at = c * WindowStride, length = _candidateWindowLengths[c];
            _model.LanguageModel.Prefetch(new ReadOnlySpan<ulong>(_candidateWindows, at, length), new ReadOnlySpan<ulong>(_candidateBigrams, at, length),
                new ReadOnlySpan<ulong>(_candidateTrigrams, at, length), 2, _after);
        }

        /// <summary>Candidates within this many nats of the best one's window score may be suggested for a written phrase.</summary>
        internal const float SuggestionWindowNats = 2f;

        /// <summary>
        /// The candidate to suggest for a written phrase, from each candidate's window score and ln entry size
        /// (−∞ for a candidate not scored): a spinner that writes a phrase drew it from its original's entry, one neighbour
        /// of many, so of the candidates that fit the sentence nearly as well as the best (within
        /// <see cref="SuggestionWindowNats"/>), the one whose entry most likely gave the phrase: window score − ln entry size,
        /// the noisy channel at its own weight (P(phrase | c) = 1 / |entry of c|). −1 when none is scored. Only the suggestion
        /// is chosen so: the evidence and the probability stay the best candidate's.
        /// </summary>
        internal static int SuggestionIndex(ReadOnlySpan<float> scores, ReadOnlySpan<float> logEntrySizes, float bestScore)
        {
            int chosen = -1;
            double top = double.NegativeInfinity;
            for (int c = 0; c < scores.Length; c++)
            {
                if (float.IsNegativeInfinity(scores[c]) || scores[c] < bestScore - SuggestionWindowNats) continue;
                double value = scores[c] - logEntrySizes[c];
                if (value > top)
                {
                    top = value;
                    chosen = c;
                }
            }

            return chosen;
        }

        // SuggestionIndex over this slot's candidates (their scores in _candidateScores, −∞ where not scored), as a root.
        private int SuggestedRootOfPhrase(ReadOnlySpan<ushort> candidates, float bestScore)
        {
            if (_logEntrySizes.Length < candidates.Length) _logEntrySizes = new float[candidates.Length * 2];
            for (int c = 0; c < candidates.Length; c++) _logEntrySizes[c] = LogEntrySize(candidates[c] & ThesaurusTable.RootMask);
            int chosen = SuggestionIndex(new ReadOnlySpan<float>(_candidateScores, 0, candidates.Length),
                new ReadOnlySpan<float>(_logEntrySizes, 0, candidates.Length), bestScore);
            return candidates[chosen] & ThesaurusTable.RootMask;
        }

        private float[] _logEntrySizes = new float[64];

        // ln S of candidate c's window (the same value as ScoreWindow of its words, from the keys hashed once).
        private float ScoreCandidate(int c)
        {
            int at = c * WindowStride, length = _candidateWindowLengths[c];
            return _model.LanguageModel.Score(new ReadOnlySpan<ulong>(_candidateWindows, at, length), new ReadOnlySpan<ulong>(_candidateBigrams, at, length),
                new ReadOnlySpan<ulong>(_candidateTrigrams, at, length), 2, _after);
        }

        // Reads every candidate's words from the thesaurus once and hashes the n-grams of its window at sequence index p
        // (the scoring and the two prefetching steps all need them).
        private void GatherCandidateWords(ReadOnlySpan<ushort> candidates, bool possessive, int p, int m)
        {
            if (_candidateLengths.Length < candidates.Length)
            {
                _candidateKnown = new bool[candidates.Length];
                _candidateScores = new float[candidates.Length];
                _channelTerms = new double[candidates.Length];
                _candidateLengths = new int[candidates.Length];
                _candidateWindowLengths = new int[candidates.Length];
                _candidateWindows = new ulong[candidates.Length * WindowStride];
                _candidateBigrams = new ulong[candidates.Length * WindowStride];
                _candidateTrigrams = new ulong[candidates.Length * WindowStride];
            }

            // Every candidate's window starts with the two words before the slot, and ends with the two after it where the
            // sentence has them: those two bigrams' keys are the same for all.
            var seq = _sequence;
            int q = p + m;
            ulong firstBigram = ModelText.Bigram(p >= 2 ? seq[p - 2] : 0, seq[p - 1]);
            ulong? lastBigram = seq[q] != ModelText.SentenceEnd ? ModelText.Bigram(seq[q], seq[q + 1]) : null;

            // Each candidate's words are a line of the thesaurus that is rarely in the cache: start them all loading first.
            // A candidate that the slot's other view scored already is taken from there (_memo), not gathered again.
            var thesaurus = _model.Thesaurus;
            var states = _memo.LinkStates;
            for (int c = 0; c < candidates.Length; c++)
            {
                int state = states[LinkIndex(c)];
                _candidateKnown[c] = state != 0;
                if (state == 0) thesaurus.PrefetchRootWords(candidates[c] & ThesaurusTable.RootMask);
            }

            for (int c = 0; c < candidates.Length; c++)
            {
                if (_candidateKnown[c])
                {
                    int link = LinkIndex(c);
                    _candidateLengths[c] = states[link] == 2 ? 1 : 0;
                    _candidateScores[c] = _memo.LinkScores[link];
                    _candidateWindowLengths[c] = 0;
                    continue;
                }

                var words = CandidateWords(candidates[c] & ThesaurusTable.RootMask, possessive);
                _candidateLengths[c] = words.Length;
                if (words.IsEmpty)
                {
                    states[LinkIndex(c)] = 1;
                    continue;
                }

                int at = c * WindowStride;
                int length = FillWindow(new Span<ulong>(_candidateWindows, at, WindowStride), p, m, words);
                var window = new ReadOnlySpan<ulong>(_candidateWindows, at, length);
                LanguageModel.ComputeKeys(window, new Span<ulong>(_candidateBigrams, at, length), new Span<ulong>(_candidateTrigrams, at, length),
                    firstBigram, lastBigram);
                _candidateWindowLengths[c] = length;
            }
        }

        private float LogEntrySize(int root) => _model.Thesaurus.GetLogEntrySize(root);

        // ln S of the window with `words` in place of the m tokens at sequence index p.
        private float ScoreWindow(int p, int m, ReadOnlySpan<ulong> words)
        {
            int length = FillWindow(p, m, words);
            return _model.LanguageModel.Score(new ReadOnlySpan<ulong>(_window, 0, length), 2, out _);
        }

        private int FillWindow(int p, int m, ReadOnlySpan<ulong> words) => FillWindow(_window, p, m, words);

        private int FillWindow(Span<ulong> target, int p, int m, ReadOnlySpan<ulong> words)
        {
            var seq = _sequence;
            int window = 0;
            target[window++] = p >= 2 ? seq[p - 2] : 0;
            target[window++] = seq[p - 1];
            for (int i = 0; i < words.Length; i++) target[window++] = words[i];
            int q = p + m;
            target[window++] = seq[q];
            if (seq[q] != ModelText.SentenceEnd) target[window++] = seq[q + 1];
            return window;
        }

        /// <summary>
        /// The terms of a sentence's own words, each looked up once, whichever slots' windows hold it: at sequence index s,
        /// the language model's term of seq[s] given the two before it (LanguageModel.LogProbability, with 0 before the
        /// sentence start), the levels of the trigram and the bigram ending there, and that of the book bigram (looked up
        /// apart: only a slot's two ends read it).
        /// </summary>
        private sealed class WrittenTerms
        {
            public float[] Terms = new float[128];
            public byte[] TrigramLevels = new byte[128];
            public byte[] BigramLevels = new byte[128];
            public byte[] BooksLevels = new byte[128];
            // Bit 1: the term and the corpus levels; bit 2: the book bigram's level.
            public byte[] Known = new byte[128];

            public void Begin(int length)
            {
                if (Known.Length < length)
                {
                    int size = length * 2;
                    Terms = new float[size];
                    TrigramLevels = new byte[size];
                    BigramLevels = new byte[size];
                    BooksLevels = new byte[size];
                    Known = new byte[size];
                }
                else
                {
                    Array.Clear(Known, 0, length);
                }
            }
        }

        // The sentence's own term at sequence index s (1 or more), into _terms.
        private void EnsureTerm(int s)
        {
            var terms = _terms;
            if ((terms.Known[s] & 1) != 0) return;
            var seq = _sequence;
            ulong a = s >= 2 ? seq[s - 2] : 0;
            terms.Terms[s] = _model.LanguageModel.LogProbability(a, seq[s - 1], seq[s]);
            terms.TrigramLevels[s] = s >= 2 ? (byte)_model.Trigrams.GetLevel(ModelText.Trigram(seq[s - 2], seq[s - 1], seq[s])) : (byte)0;
            terms.BigramLevels[s] = (byte)_model.Bigrams.GetLevel(ModelText.Bigram(seq[s - 1], seq[s]));
            terms.Known[s] |= 1;
        }

        private float BooksLogCount(int s)
        {
            var terms = _terms;
            if ((terms.Known[s] & 2) == 0)
            {
                terms.BooksLevels[s] = (byte)_model.BooksBigrams.GetLevel(ModelText.Bigram(_sequence[s - 1], _sequence[s]));
                terms.Known[s] |= 2;
            }

            return LogCountOrZero(terms.BooksLevels[s]);
        }

        private static float LogCountOrZero(int level) => level == 0 ? 0f : HashedCountTable.LogCountOfLevel(level);

        // Evaluate(p, m, written words) from the sentence's terms: the same lookups' values, added in the same order.
        private WindowStats EvaluateWritten(int p, int m)
        {
            var seq = _sequence;
            var terms = _terms;
            int q = p + m;
            int last = seq[q] != ModelText.SentenceEnd ? q + 1 : q;
            var stats = default(WindowStats);
            float sum = 0;
            int trigrams = 0, trigramsSeen = 0, bigrams = 0, bigramsSeen = 0;
            for (int s = p; s <= last; s++)
            {
                EnsureTerm(s);
                float term = terms.Terms[s];
                if (s == p) stats.FirstTerm = term;
                sum += term;
                if (s >= 2 && seq[s - 2] != 0)
                {
                    trigrams++;
                    if (terms.TrigramLevels[s] != 0) trigramsSeen++;
                }

                bigrams++;
                if (terms.BigramLevels[s] != 0) bigramsSeen++;
            }

            stats.Score = sum;
            stats.TrigramShare = trigrams == 0 ? 0 : (float)trigramsSeen / trigrams;
            stats.BigramShare = bigrams == 0 ? 0 : (float)bigramsSeen / bigrams;
            stats.LeftBigram = LogCountOrZero(terms.BigramLevels[p]);
            stats.RightBigram = LogCountOrZero(terms.BigramLevels[q]);
            stats.LeftBooks = BooksLogCount(p);
            stats.RightBooks = BooksLogCount(q);
            stats.MiddleTrigram = LogCountOrZero(terms.TrigramLevels[p + 1]);
            return stats;
        }

        // Puts `words` in place of the m tokens at sequence index p and scores the window around them.
        private WindowStats Evaluate(int p, int m, ReadOnlySpan<ulong> words)
        {
            int window = FillWindow(p, m, words);
            var span = new ReadOnlySpan<ulong>(_window, 0, window);
            var stats = default(WindowStats);
            stats.Score = _model.LanguageModel.Score(span, 2, out stats.FirstTerm);

            int trigrams = 0, trigramsSeen = 0, bigrams = 0, bigramsSeen = 0;
            for (int j = 2; j < window; j++)
            {
                if (span[j - 2] != 0)
                {
                    trigrams++;
                    if (_model.Trigrams.Contains(ModelText.Trigram(span[j - 2], span[j - 1], span[j]))) trigramsSeen++;
                }

                bigrams++;
                if (_model.Bigrams.Contains(ModelText.Bigram(span[j - 1], span[j]))) bigramsSeen++;
            }

            stats.TrigramShare = trigrams == 0 ? 0 : (float)trigramsSeen / trigrams;
            stats.BigramShare = bigrams == 0 ? 0 : (float)bigramsSeen / bigrams;
            int firstWord = 2;
            int lastWord = 2 + words.Length - 1;
            stats.LeftBigram = _model.Bigrams.GetLogCount(ModelText.Bigram(span[firstWord - 1], span[firstWord]), 0f);
            stats.RightBigram = _model.Bigrams.GetLogCount(ModelText.Bigram(span[lastWord], span[lastWord + 1]), 0f);
            stats.LeftBooks = _model.BooksBigrams.GetLogCount(ModelText.Bigram(span[firstWord - 1], span[firstWord]), 0f);
            stats.RightBooks = _model.BooksBigrams.GetLogCount(ModelText.Bigram(span[lastWord], span[lastWord + 1]), 0f);
            stats.MiddleTrigram = _model.Trigrams.GetLogCount(ModelText.Trigram(span[1], span[2], span[3]), 0f);
            return stats;
        }

        private float PhraseLogCount(ReadOnlySpan<ulong> words)
        {
            switch (words.Length)
            {
                case 1: return _model.Unigrams.GetLogCount(words[0], 0f);
                case 2: return _model.Bigrams.GetLogCount(ModelText.Bigram(words[0], words[1]), 0f);
                case 3: return _model.Trigrams.GetLogCount(ModelText.Trigram(words[0], words[1], words[2]), 0f);
                // Four words: the rarer of its two trigrams, the most the corpus can have seen the phrase (the builder's reading too).
                default:
                    return Math.Min(_model.Trigrams.GetLogCount(ModelText.Trigram(words[0], words[1], words[2]), 0f),
                        _model.Trigrams.GetLogCount(ModelText.Trigram(words[1], words[2], words[3]), 0f));
            }
        }
    }
}

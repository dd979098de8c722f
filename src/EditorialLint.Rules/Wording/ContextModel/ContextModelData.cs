using System;
using System.Reflection;
using System.Threading;
using EditorialLint.Rules.Wording.Lexicon;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// The context model's tables, embedded in this assembly and opened once, on first use: corpus n-gram counts,
    /// book word and bigram counts, the inverted thesaurus and the classifier's weights. Opening reads headers only;
    /// the tables are used in place (the count tables copied into aligned memory once a run has scored enough text).
    /// </summary>
    internal sealed class ContextModelData
    {
        /// <summary>The prefix of every embedded table's resource name.</summary>
        public const string ResourcePrefix = "EditorialLint.Rules.Wording.Data.";

        /// <summary>The tables the model builder writes, by file name.</summary>
        public static readonly string[] TableFiles =
        {
            "bigrams.bin", "books-bigrams.bin", "books-unigrams.bin", "thesaurus.bin", "topic-vectors.bin", "trigrams.bin", "unigrams.bin",
        };

        /// <summary>The count tables among <see cref="TableFiles"/>.</summary>
        public static readonly string[] CountTableFiles = { "bigrams.bin", "books-bigrams.bin", "books-unigrams.bin", "trigrams.bin", "unigrams.bin" };

        private static readonly Lazy<ContextModelData?> Shared = new Lazy<ContextModelData?>(Load);

        private ContextModelData(
            HashedCountTable unigrams,
            HashedCountTable bigrams,
            HashedCountTable trigrams,
            HashedCountTable booksUnigrams,
            HashedCountTable booksBigrams,
            ThesaurusTable thesaurus,
            SwapClassifier? classifier,
            SwapClassifier? wordNetClassifier,
            TopicVectors? topics)
        {
            Unigrams = unigrams;
            Bigrams = bigrams;
            Trigrams = trigrams;
            BooksUnigrams = booksUnigrams;
            BooksBigrams = booksBigrams;
            Thesaurus = thesaurus;
            Classifier = classifier;
            WordNetClassifier = thesaurus.WordNetLinkCount > 0 ? wordNetClassifier : null;
            LanguageModel = new LanguageModel(unigrams, bigrams, trigrams, booksUnigrams, booksBigrams);
            RootWordClasses = new int[thesaurus.RootCount];
            RootTopics = new RootTopic?[thesaurus.RootCount];
            Topics = topics;
        }

        /// <summary>The content words' topic vectors, or null when the table is not embedded (the topic features then read unknown).</summary>
        public TopicVectors? Topics { get; }

        /// <summary>
        /// Each thesaurus root's word classes as the scorer compares them with the written word's, filled in the first time a
        /// root is compared (0: not yet; the scorer's own encoding). Threads may fill an entry at once: each writes the same value.
        /// </summary>
        internal int[] RootWordClasses { get; }

        /// <summary>
        /// Each thesaurus root as the topic evidence reads it (<see cref="SwapEvidence"/>: its key by stem, its words' topic
        /// rows), worked out the first time a root is a slot's best candidate (null: not yet). Threads may fill an entry at
        /// once: each writes an equal value.
        /// </summary>
        internal RootTopic?[] RootTopics { get; }

        /// <summary>The model, or null when its tables are missing or damaged (the rules that need it then stay silent).</summary>
        public static ContextModelData? Instance => Shared.Value;

        /// <summary>Why <see cref="Instance"/> is null, for diagnostics and tests.</summary>
        public static string? LoadError { get; private set; }

        /// <summary>Corpus word counts (with <c>&lt;s&gt;</c> and <c>&lt;/s&gt;</c>).</summary>
        public HashedCountTable Unigrams { get; }

        /// <summary>Corpus bigram counts.</summary>
        public HashedCountTable Bigrams { get; }

        /// <summary>Corpus trigram counts.</summary>
        public HashedCountTable Trigrams { get; }

        /// <summary>Book word counts (SymSpell, divided by 1,024).</summary>
        public HashedCountTable BooksUnigrams { get; }

        /// <summary>Book bigram counts (SymSpell, divided by 1,024).</summary>
        public HashedCountTable BooksBigrams { get; }

        /// <summary>The inverted thesaurus.</summary>
        public ThesaurusTable Thesaurus { get; }

        /// <summary>The trigram model over the corpus counts.</summary>
        public LanguageModel LanguageModel { get; }

        /// <summary>The part-of-speech lexicon (shared with EL2002), or null when it could not be loaded.</summary>
        public PartOfSpeechLexicon? Lexicon { get; } = LoadLexicon();

        private static PartOfSpeechLexicon? LoadLexicon()
        {
            try
            {
                return PartOfSpeechLexicon.Default;
            }
            catch (System.IO.InvalidDataException)
            {
                return null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        /// <summary>The trained classifier, or null when its weights are not embedded (the tables alone still score).</summary>
        public SwapClassifier? Classifier { get; }

        /// <summary>
        /// The WordNet view's classifier (<see cref="SwapClassifier.WordNetFileName"/>), or null: with it, and a thesaurus that
        /// holds WordNet's links, a document is read twice (<see cref="SwapEvidence"/>): the Moby view (the table's Moby links
        /// alone, read by <see cref="Classifier"/>, which is then the Moby-only model, unchanged) decides everything it decides
        /// without WordNet, and the WordNet view (every link, read by this classifier) only adds the slots whose best candidate
        /// is a WordNet synonym (<see cref="SwapClassifier.AdditionThresholdFor(SwapSlot, bool, bool)"/>). Without it, the table is read whole by
        /// <see cref="Classifier"/> (the Moby-only model on a Moby-only table; the trainer's view of a WordNet table).
        /// </summary>
        public SwapClassifier? WordNetClassifier { get; }

        /// <summary>Whether a document is read in two views (<see cref="WordNetClassifier"/>).</summary>
        public bool HasWordNetView => WordNetClassifier is not null && Classifier is not null;

        /// <summary>Opens an embedded table by file name.</summary>
        public static EmbeddedTable? OpenTable(string fileName) =>
            EmbeddedTable.Open(typeof(ContextModelData).GetTypeInfo().Assembly, ResourcePrefix + fileName);

        // A damaged weights file leaves the tables usable (the trainer needs them to write a new one).
        private static SwapClassifier? LoadClassifier(string fileName = SwapClassifier.FileName)
        {
            try
            {
                return SwapClassifier.LoadEmbedded(fileName);
            }
            catch (InvalidOperationException e)
            {
                LoadError = e.Message;
                return null;
            }
        }

        /// <summary>
        /// How much text (characters) a process scores before the count tables are copied into aligned memory
        /// (<see cref="HashedCountTable.AlignInMemory"/>): the copy costs about as much CPU as the lookups it saves over
        /// this much text (docs/benchmarks.md, "Count-table layout 2"), so a run of one article never pays for it and a run
        /// of many pays once, early.
        /// </summary>
        public const long AlignAfterCharacters = 100_000;

        private long _scoredCharacters;

        /// <summary>Counts <paramref name="characters"/> of scored text; the call that passes <see cref="AlignAfterCharacters"/> aligns the tables.</summary>
        public void NoteScored(int characters)
        {
            long before = Interlocked.Add(ref _scoredCharacters, characters) - characters;
            if (before < AlignAfterCharacters && before + characters >= AlignAfterCharacters) AlignTables();
        }

        /// <summary>Copies every count table into aligned memory now (once per table and process).</summary>
        public void AlignTables()
        {
            foreach (var table in new[] { Unigrams, Bigrams, Trigrams, BooksUnigrams, BooksBigrams }) table.AlignInMemory();
        }

        /// <summary>
        /// Starts opening <see cref="Instance"/> on a thread-pool thread, so that a run's first document does not wait for
        /// the weights to be parsed while the run is still reading its configuration and documents (a spare core's work).
        /// </summary>
        public static void Prepare() => Prepare(Shared);

        /// <summary>The same for any lazily opened model (tests hand in one of their own: the shared one opens once per process).</summary>
        internal static void Prepare(Lazy<ContextModelData?> model)
        {
            if (model.IsValueCreated) return;
            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                try
                {
                    _ = model.Value;
                }
                catch (Exception)
                {
                    // The Lazy keeps the exception: the first rule that asks for the model meets it where it always did.
                }
            }, null);
        }

        /// <summary>Opens the tables again, apart from <see cref="Instance"/> (for measuring how long opening takes).</summary>
        internal static ContextModelData? LoadFresh() => Load();

        /// <summary>The same tables with another classifier (the trainers score with and without the screen).</summary>
        internal ContextModelData WithClassifier(SwapClassifier? classifier) =>
            new ContextModelData(Unigrams, Bigrams, Trigrams, BooksUnigrams, BooksBigrams, Thesaurus, classifier, WordNetClassifier, Topics);

        /// <summary>The same tables with another classifier for the WordNet view (`train-screen wordnet` scores it without its screen).</summary>
        internal ContextModelData WithWordNetClassifier(SwapClassifier? wordNetClassifier) =>
            new ContextModelData(Unigrams, Bigrams, Trigrams, BooksUnigrams, BooksBigrams, Thesaurus, Classifier, wordNetClassifier, Topics);

        // A missing table leaves the topic features unknown; a damaged one is an error like any damaged table.
        private static TopicVectors? LoadTopics()
        {
            var table = OpenTable(TopicVectors.FileName);
            if (table is null) return null;
            try
            {
                return new TopicVectors(table);
            }
            catch (System.IO.InvalidDataException e)
            {
                throw new InvalidOperationException(e.Message, e);
            }
        }

        private static ContextModelData? Load()
        {
            try
            {
                HashedCountTable Counts(string name) =>
                    new HashedCountTable(OpenTable(name) ?? throw new InvalidOperationException(name + " is not embedded"));

                // The two weights files and the thesaurus's key index are built side by side (a few milliseconds each, of a
                // one-article run's few tens).
                var wordNetClassifier = System.Threading.Tasks.Task.Run(() => LoadClassifier(SwapClassifier.WordNetFileName));
                var thesaurusTable = System.Threading.Tasks.Task.Run(() =>
                    new ThesaurusTable(OpenTable("thesaurus.bin") ?? throw new InvalidOperationException("thesaurus.bin is not embedded")));
                var classifier = LoadClassifier();
                var thesaurus = thesaurusTable.GetAwaiter().GetResult();
                return new ContextModelData(
                    Counts("unigrams.bin"),
                    Counts("bigrams.bin"),
                    Counts("trigrams.bin"),
                    Counts("books-unigrams.bin"),
                    Counts("books-bigrams.bin"),
                    thesaurus,
                    classifier,
                    wordNetClassifier.GetAwaiter().GetResult(),
                    LoadTopics());
            }
            catch (InvalidOperationException e)
            {
                LoadError = e.Message;
                return null;
            }
        }
    }
}

using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Text;
using EditorialLint.Tokens;

namespace EditorialLint.ModelBuilder
{
    /// <summary>
    /// Builds the context model's tables from <c>../shared/data</c>:
    /// <c>dotnet run -c Release --project tools/ModelBuilder -- [--shared DIR] [--out DIR] [--max-words N] [--wordnet]</c>.
    /// The output is byte-for-byte reproducible; <c>tables.sha256</c> records the fingerprint of every table. With
    /// <c>--convert-v1</c> it reads no corpus: the count tables of layout 1 in the output folder are converted to the
    /// current layout without loss (<see cref="HashedCountTableWriter.FromVersion1"/>).
    /// </summary>
    internal static class Program
    {
        // Keep an n-gram only when it was seen this often: singletons are most of the distinct n-grams and the least
        // informative (a typo, a name), and they would triple the tables.
        private static int MinUnigramCount = 2;
        private static int MinBigramCount = 3;
        private static int MinTrigramCount = 3;

        // Wikinews is the only news in the corpus; its n-grams count this many times over.
        private const int NewsWeight = 2;

        // A thesaurus root must be this common in the corpus to be proposed as the original of a spun word, and a
        // spun word keeps at most this many candidate originals (most frequent first).
        private const int MinRootCount = 30;
        private const int MaxCandidates = 64;

        // WordNet adds, besides a key's Moby candidates, at most this many roots whose most frequent synset holds it (the
        // first-pick roots first), taking at most this many other lemmas from each root's synset: every candidate costs a
        // window of n-gram lookups in every slot of the key.
        private const int MaxWordNetCandidates = 4;
        private const int MaxWordNetLemmasPerRoot = 4;

        public static int Main(string[] args)
        {
            try
            {
                return Run(args);
            }
            catch (Exception e) when (e is IOException || e is InvalidOperationException || e is ArgumentException || e is FormatException)
            {
                Console.Error.WriteLine("model builder: " + e.Message);
                return 2;
            }
        }

        private static int Run(string[] args)
        {
            string repo = FindRepositoryRoot();
            string shared = Path.GetFullPath(Path.Combine(repo, "..", "shared"));
            string output = Path.Combine(repo, "src", "EditorialLint.Rules", "Wording", "Data");
            long maxWords = long.MaxValue;
            bool wordNet = false;
            bool compounds = false;
            bool convert = false;
            bool topics = false;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--shared": shared = Path.GetFullPath(args[++i]); break;
                    case "--out": output = Path.GetFullPath(args[++i]); break;
                    case "--min-counts":
                        var mins = args[++i].Split(',');
                        MinUnigramCount = int.Parse(mins[0], CultureInfo.InvariantCulture);
                        MinBigramCount = int.Parse(mins[1], CultureInfo.InvariantCulture);
                        MinTrigramCount = int.Parse(mins[2], CultureInfo.InvariantCulture);
                        break;
                    case "--max-words": maxWords = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                    case "--wordnet": wordNet = true; break;
                    case "--compounds": compounds = true; break;
                    case "--convert-v1": convert = true; break;
                    case "--topics": topics = true; break;
                    default: throw new ArgumentException("unknown argument " + args[i] + "; usage: [--shared DIR] [--out DIR] [--max-words N] [--wordnet [--compounds]] | --convert-v1 [--out DIR] | --topics [--shared DIR] [--out DIR] [--max-words N]");
                }
            }

            if (convert) return ConvertVersion1(output);
            if (topics) return BuildTopicVectors(shared, output, maxWords);

            string data = Path.Combine(shared, "data");
            Directory.CreateDirectory(output);
            var clock = Stopwatch.StartNew();

            var counts = new CorpusCounts();
            var corpus = Path.Combine(data, "corpus");
            counts.AddParagraphs(CorpusReader.ReadWikinews(Path.Combine(corpus, "wikinews_filtered.txt.xz")), NewsWeight, maxWords);
            Log(clock, "wikinews", counts);
            counts.AddParagraphs(CorpusReader.ReadWikipedia(Path.Combine(corpus, "enwiki2021.tar.xz")), 1, maxWords);
            Log(clock, "enwiki2021", counts);
            counts.AddParagraphs(CorpusReader.ReadWikipedia(Path.Combine(corpus, "enwiki2014.tar.xz")), 1, maxWords);
            Log(clock, "enwiki2014", counts);
            counts.PrintRejections();

            var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            var (uniKeys, uniCounts) = counts.MergeUnigrams(MinUnigramCount);
            files["unigrams.bin"] = TableWriter.WriteCounts(uniKeys, uniCounts, (ulong)counts.Tokens);
            Console.WriteLine($"unigrams: {uniKeys.Length:N0} kept");
            var (biKeys, biCounts, biDistinct) = counts.Bigrams.Merge(MinBigramCount);
            files["bigrams.bin"] = TableWriter.WriteCounts(biKeys, biCounts, (ulong)counts.Bigrams.Added);
            Console.WriteLine($"bigrams: {biDistinct:N0} distinct, {biKeys.Length:N0} kept ({clock.Elapsed.TotalSeconds:F0}s)");
            var (triKeys, triCounts, triDistinct) = counts.Trigrams.Merge(MinTrigramCount);
            files["trigrams.bin"] = TableWriter.WriteCounts(triKeys, triCounts, (ulong)counts.Trigrams.Added);
            Console.WriteLine($"trigrams: {triDistinct:N0} distinct, {triKeys.Length:N0} kept ({clock.Elapsed.TotalSeconds:F0}s)");

            files["books-unigrams.bin"] = BooksTables.Unigrams(Path.Combine(data, "unigrams", "frequency_dictionary_en_82_765.txt"));
            files["books-bigrams.bin"] = BooksTables.Bigrams(Path.Combine(data, "bigrams", "frequency_bigramdictionary_en_243_342.txt"));

            var lookup = new NgramLookup(uniKeys, uniCounts, biKeys, biCounts, triKeys, triCounts);
            // `--wordnet` merges WordNet's synsets into the thesaurus (measured in docs/quality-wording.md; not shipped).
            var synonyms = new List<WordNetLink>();
            if (wordNet)
            {
                synonyms = WordNetSynonyms.Read(Path.Combine(data, "wordnet", "wordnet-3.0-dict.tar.xz"), MaxWordNetLemmasPerRoot, compounds);
                Console.WriteLine($"wordnet: {synonyms.Count:N0} synonym links read");
            }

            files["thesaurus.bin"] = ThesaurusBuilder.Build(Path.Combine(data, "moby-thesaurus", "words.txt.xz"), synonyms, lookup, MinRootCount, MaxCandidates,
                MaxWordNetCandidates);

            WriteTables(output, files);
            Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:F0}s");
            return 0;
        }

        // The tables and their fingerprints (tables.sha256, which ContextModelTablesTests checks); the fingerprints of tables
        // another step writes (the topic vectors, the n-gram tables) are kept.
        private static void WriteTables(string output, SortedDictionary<string, byte[]> files)
        {
            var fingerprints = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var manifestPath = Path.Combine(output, "tables.sha256");
            if (File.Exists(manifestPath))
            {
                foreach (var line in File.ReadAllLines(manifestPath))
                {
                    var parts = line.Split("  ");
                    if (parts.Length == 2) fingerprints[parts[1]] = parts[0];
                }
            }

            long totalBytes = 0;
            foreach (var (name, bytes) in files)
            {
                File.WriteAllBytes(Path.Combine(output, name), bytes);
                fingerprints[name] = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
                totalBytes += bytes.Length;
                Console.WriteLine($"{name}: {bytes.Length:N0} bytes");
            }

            var manifest = new StringBuilder();
            foreach (var (name, fingerprint) in fingerprints) manifest.Append(fingerprint).Append("  ").Append(name).Append('\n');
            File.WriteAllText(manifestPath, manifest.ToString(), new UTF8Encoding(false));
            Console.WriteLine($"total {totalBytes / 1048576.0:F1} MiB");
        }

        // `--topics`: the content words' topic vectors (TopicVectorBuilder), with some words' nearest neighbours as a check.
        private static int BuildTopicVectors(string shared, string output, long maxWords)
        {
            var clock = Stopwatch.StartNew();
            var bytes = TopicVectorBuilder.Build(shared, maxWords, message => Console.WriteLine($"{message} ({clock.Elapsed.TotalSeconds:F0}s)"));
            Directory.CreateDirectory(output);
            WriteTables(output, new SortedDictionary<string, byte[]>(StringComparer.Ordinal) { [TopicVectors.FileName] = bytes });
            var vectors = new TopicVectors(EmbeddedTable.FromBytes(bytes, TopicVectors.FileName));
            var vocabulary = TopicVectorBuilder.Vocabulary(shared);
            foreach (var line in TopicVectorBuilder.Neighbours(vectors, new[] { "court", "recipe", "fine", "goal", "vaccine", "guitar", "election", "shares" }, vocabulary, 8))
                Console.WriteLine("  " + line);
            Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:F0}s");
            return 0;
        }

        // `--convert-v1`: the count tables of layout 1 in `output` rewritten in the current layout, without loss (every key
        // reads the same count) and without the corpus; a table already converted is left as it is.
        private static int ConvertVersion1(string output)
        {
            var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var name in new[] { "unigrams.bin", "bigrams.bin", "trigrams.bin", "books-unigrams.bin", "books-bigrams.bin", "thesaurus.bin" })
            {
                var bytes = File.ReadAllBytes(Path.Combine(output, name));
                if (name != "thesaurus.bin" && BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)) == 1)
                {
                    var converted = HashedCountTableWriter.FromVersion1(bytes, name);
                    Console.WriteLine($"{name}: layout 1, {bytes.Length:N0} bytes -> layout {HashedCountTable.Version}, {converted.Length:N0} bytes");
                    bytes = converted;
                }

                files[name] = bytes;
            }

            WriteTables(output, files);
            return 0;
        }

        private static void Log(Stopwatch clock, string source, CorpusCounts counts) =>
            Console.WriteLine($"{source}: {counts.WordsSeen:N0} words read, {counts.WordsKept:N0} kept ({clock.Elapsed.TotalSeconds:F0}s)");

        private static string FindRepositoryRoot()
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null)
            {
                if (File.Exists(Path.Combine(dir, "EditorialLint.sln"))) return dir;
                dir = Path.GetDirectoryName(dir);
            }

            return Directory.GetCurrentDirectory();
        }
    }

    /// <summary>Unigram, bigram and trigram counts of the cleaned corpus sentences, with sentence markers.</summary>
    internal sealed class CorpusCounts
    {
        private readonly Dictionary<ulong, long> _unigrams = new Dictionary<ulong, long>();
        private readonly SortedDictionary<string, long> _rejections = new SortedDictionary<string, long>(StringComparer.Ordinal);
        private readonly List<Token> _tokens = new List<Token>();
        private ulong[] _sequence = new ulong[256];

        public KeyCounter Bigrams { get; } = new KeyCounter();

        public KeyCounter Trigrams { get; } = new KeyCounter();

        public long WordsSeen { get; private set; }

        public long WordsKept { get; private set; }

        public long Tokens { get; private set; }

        public void AddParagraphs(IEnumerable<string> paragraphs, int weight, long maxWords)
        {
            foreach (var paragraph in paragraphs)
            {
                if (WordsSeen >= maxWords) break;
                AddParagraph(paragraph, weight);
            }
        }

        private void AddParagraph(string paragraph, int weight)
        {
            var prose = ProseView.ForPlainText(paragraph);
            var tokens = Tokenizer.Tokenize(prose);
            var sentences = SentenceSplitter.Split(prose.Text, tokens, prose);
            foreach (var sentence in sentences)
            {
                int words = 0;
                for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
                    if (tokens[i].Kind == TokenKind.Word) words++;
                WordsSeen += words;
                var reason = SentenceCleaner.Reject(prose.Text, tokens, sentence.FirstToken, sentence.TokenCount);
                if (reason is not null)
                {
                    _rejections.TryGetValue(reason, out long n);
                    _rejections[reason] = n + words;
                    continue;
                }

                WordsKept += words;
                int length = sentence.TokenCount + 2;
                if (_sequence.Length < length) _sequence = new ulong[length * 2];
                _sequence[0] = ModelText.SentenceStart;
                for (int i = 0; i < sentence.TokenCount; i++)
                    _sequence[i + 1] = ModelText.HashToken(prose.Text, tokens[sentence.FirstToken + i]);
                _sequence[length - 1] = ModelText.SentenceEnd;
                for (int w = 0; w < weight; w++) Emit(length);
            }
        }

        private void Emit(int length)
        {
            var s = _sequence;
            for (int i = 0; i < length; i++)
            {
                _unigrams.TryGetValue(s[i], out long n);
                _unigrams[s[i]] = n + 1;
                Tokens++;
                if (i + 1 < length) Bigrams.Add(ModelText.Bigram(s[i], s[i + 1]));
                if (i + 2 < length) Trigrams.Add(ModelText.Trigram(s[i], s[i + 1], s[i + 2]));
            }
        }

        public (ulong[] Keys, uint[] Counts) MergeUnigrams(int minCount)
        {
            var keys = new List<ulong>();
            foreach (var pair in _unigrams)
                if (pair.Value >= minCount) keys.Add(pair.Key);
            keys.Sort();
            var counts = new uint[keys.Count];
            for (int i = 0; i < keys.Count; i++) counts[i] = (uint)Math.Min(_unigrams[keys[i]], uint.MaxValue);
            return (keys.ToArray(), counts);
        }

        public void PrintRejections()
        {
            foreach (var (reason, words) in _rejections)
                Console.WriteLine($"  dropped ({reason}): {words:N0} words ({100.0 * words / Math.Max(1, WordsSeen):F1}%)");
        }
    }

    /// <summary>Corpus counts of words and phrases of up to three words, for ranking thesaurus roots.</summary>
    internal sealed class NgramLookup
    {
        private readonly ulong[][] _keys;
        private readonly uint[][] _counts;

        public NgramLookup(ulong[] uniKeys, uint[] uniCounts, ulong[] biKeys, uint[] biCounts, ulong[] triKeys, uint[] triCounts)
        {
            _keys = new[] { uniKeys, biKeys, triKeys };
            _counts = new[] { uniCounts, biCounts, triCounts };
        }

        /// <summary>
        /// How often a phrase of one to three word keys was seen (0 when pruned or unseen); for four, the rarer of its two
        /// trigrams, the most it can have been seen (a WordNet key of four words).
        /// </summary>
        public long Count(ReadOnlySpan<ulong> words)
        {
            if (words.Length == 4) return Math.Min(Count(words.Slice(0, 3)), Count(words.Slice(1, 3)));
            ulong key = words.Length switch
            {
                1 => words[0],
                2 => ModelText.Bigram(words[0], words[1]),
                3 => ModelText.Trigram(words[0], words[1], words[2]),
                _ => throw new ArgumentOutOfRangeException(nameof(words)),
            };
            int index = Array.BinarySearch(_keys[words.Length - 1], key);
            return index < 0 ? 0 : _counts[words.Length - 1][index];
        }
    }
}

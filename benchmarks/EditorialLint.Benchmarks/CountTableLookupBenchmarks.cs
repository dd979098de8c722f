using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Benchmarks
{
    /// <summary>
    /// The context model's n-gram count lookups alone (<see cref="HashedCountTable.GetLevel"/>), the cost that dominates
    /// the model: independent lookups in the trigram and bigram tables, of the distinct word triples and pairs of 2 MB of
    /// BBC news (<see cref="BenchmarkInput.News"/>; mostly present), or of 2^20 random keys each (nearly all absent, like most of a candidate's
    /// window). Either set touches more of the two tables (19 MB) than the processor's caches keep: the figure is the
    /// number of cache lines a lookup touches more than the instructions it runs.
    /// </summary>
    public class CountTableLookupBenchmarks
    {
        private const int RandomKeys = 1 << 20;
        private HashedCountTable _trigrams = null!;
        private HashedCountTable _bigrams = null!;
        private ulong[] _trigramKeys = null!;
        private ulong[] _bigramKeys = null!;

        /// <summary>Whether the keys are the articles' own n-grams or random.</summary>
        [Params("articles", "random")]
        public string Keys { get; set; } = "articles";

        /// <summary>How many lookups one call makes.</summary>
        public int KeyCount => _trigramKeys.Length + _bigramKeys.Length;

        [GlobalSetup]
        public void Setup()
        {
            var model = ContextModelData.Instance ?? throw new InvalidOperationException(ContextModelData.LoadError);
            _trigrams = model.Trigrams;
            _bigrams = model.Bigrams;
            var random = new Random(12);
            if (Keys == "random")
            {
                _trigramKeys = Enumerable.Range(0, RandomKeys).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63)).ToArray();
                _bigramKeys = Enumerable.Range(0, RandomKeys).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63)).ToArray();
                Console.WriteLine($"// {KeyCount:N0} lookups a call");
                return;
            }

            var words = new List<ulong>();
            foreach (var article in BenchmarkInput.Articles(2_000_000, BenchmarkInput.News))
            {
                foreach (var raw in article.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    var word = raw.Trim('.', ',', ';', ':', '"', '\'', '(', ')', '*', '#', '!', '?').ToLowerInvariant();
                    if (word.Length > 0) words.Add(ModelText.HashWord(word.AsSpan()));
                }
            }

            // Distinct keys in a random order, so that no lookup finds the line of the one before it in the cache.
            _trigramKeys = Enumerable.Range(2, words.Count - 2).Select(i => ModelText.Trigram(words[i - 2], words[i - 1], words[i]))
                .Distinct().OrderBy(_ => random.Next()).ToArray();
            _bigramKeys = Enumerable.Range(1, words.Count - 1).Select(i => ModelText.Bigram(words[i - 1], words[i]))
                .Distinct().OrderBy(_ => random.Next()).ToArray();
            Console.WriteLine($"// {KeyCount:N0} lookups a call");
        }

        /// <summary>All the keys' lookups; the figure to read is the time divided by <see cref="KeyCount"/>.</summary>
        [Benchmark(Description = "every key looked up once (trigram and bigram tables)")]
        public int Lookup()
        {
            int sum = 0;
            var trigrams = _trigramKeys;
            var bigrams = _bigramKeys;
            for (int i = 0; i < trigrams.Length; i++) sum += _trigrams.GetLevel(trigrams[i]);
            for (int i = 0; i < bigrams.Length; i++) sum += _bigrams.GetLevel(bigrams[i]);
            return sum;
        }
    }
}

using System;
using System.Collections.Generic;

namespace EditorialLint.Rules.Wording
{
    /// <summary>
    /// A small table of words looked up by span without allocating: entries are bucketed by length and first letter,
    /// so a lookup compares against a handful of candidates.
    /// </summary>
    internal sealed class WordTable<TValue>
    {
        private readonly Dictionary<int, List<KeyValuePair<string, TValue>>> _buckets = new Dictionary<int, List<KeyValuePair<string, TValue>>>();
        private readonly StringComparison _comparison;

        /// <summary>Creates a table; <paramref name="ignoreCase"/> decides how lookups compare.</summary>
        public WordTable(bool ignoreCase) => _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        /// <summary>Adds a word.</summary>
        public void Add(string word, TValue value)
        {
            int key = Key(word.AsSpan());
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = new List<KeyValuePair<string, TValue>>(2);
            list.Add(new KeyValuePair<string, TValue>(word, value));
        }

        /// <summary>Looks a word up.</summary>
        public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
        {
            if (word.Length > 0 && _buckets.TryGetValue(Key(word), out var list))
            {
                foreach (var pair in list)
                {
                    if (word.Equals(pair.Key.AsSpan(), _comparison))
                    {
                        value = pair.Value;
                        return true;
                    }
                }
            }

            value = default!;
            return false;
        }

        /// <summary>Whether the table holds the word.</summary>
        public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

        private static int Key(ReadOnlySpan<char> word) => (word.Length << 16) | char.ToLowerInvariant(word[0]);
    }

    /// <summary>Builds <see cref="WordTable{TValue}"/>s.</summary>
    internal static class WordTable
    {
        /// <summary>A table of the pairs of a dictionary.</summary>
        public static WordTable<TValue> Create<TValue>(IEnumerable<KeyValuePair<string, TValue>> pairs, bool ignoreCase)
        {
            var table = new WordTable<TValue>(ignoreCase);
            foreach (var pair in pairs) table.Add(pair.Key, pair.Value);
            return table;
        }

        /// <summary>A set of words.</summary>
        public static WordTable<bool> CreateSet(IEnumerable<string> words, bool ignoreCase)
        {
            var table = new WordTable<bool>(ignoreCase);
            foreach (var word in words) table.Add(word, true);
            return table;
        }
    }
}

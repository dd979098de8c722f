using System;
using System.Collections.Concurrent;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>
    /// The result of an edit search (<see cref="SpellingSuggester"/>) for each word a run has searched, shared by every
    /// document and thread: a search depends only on the word and the dictionary, and the words that reach it, names that no
    /// dictionary knows, recur across the articles of a run. At most <see cref="Capacity"/> words are kept; past that,
    /// searches are made and not kept, so that a long run's memory stays bounded.
    /// </summary>
    internal sealed class EditSearchCache
    {
        /// <summary>The most words kept.</summary>
        public const int Capacity = 50_000;

        private readonly ConcurrentDictionary<string, (int Offset, double Cost)[]> _found =
            new ConcurrentDictionary<string, (int Offset, double Cost)[]>(StringComparer.Ordinal);

        /// <summary>The search's result for <paramref name="word"/>: kept from an earlier search, or made by <paramref name="search"/>.</summary>
        public (int Offset, double Cost)[] Find(string word, Func<string, (int Offset, double Cost)[]> search)
        {
            if (_found.TryGetValue(word, out var found)) return found;
            found = search(word);
            if (_found.Count < Capacity) _found.TryAdd(word, found);
            return found;
        }
    }
}

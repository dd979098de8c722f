using System;
using System.Collections.Generic;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>
    /// How often each of a set of words occurs in a document's prose as a whole word (any case; not inside a longer word;
    /// hyphen-separated parts count), counted for all of them in one pass over the text. Searching the text once per
    /// unknown word made EL3010 quadratic in the document's length.
    /// </summary>
    internal static class WordUses
    {
        /// <summary>The uses of each of <paramref name="words"/> in <paramref name="text"/>, keyed case-insensitively.</summary>
        public static Dictionary<string, int> Count(string text, IEnumerable<string> words)
        {
            var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            // Words that start with a letter, by the hash of their first run of letters: a use starts where such a run starts.
            var byFirstRun = new Dictionary<int, List<string>>();
            foreach (var word in words)
            {
                if (counts.ContainsKey(word)) continue;
                if (word.Length == 0 || !char.IsLetter(word[0]))
                {
                    counts[word] = CountByScan(text, word);
                    continue;
                }

                counts[word] = 0;
                int key = Hash(word, 0, RunLength(word, 0));
                if (!byFirstRun.TryGetValue(key, out var list)) byFirstRun[key] = list = new List<string>();
                list.Add(word);
            }

            if (byFirstRun.Count == 0) return counts;
            int at = 0;
            while (at < text.Length)
            {
                if (!char.IsLetter(text[at]))
                {
                    at++;
                    continue;
                }

                int run = RunLength(text, at);
                if (byFirstRun.TryGetValue(Hash(text, at, run), out var candidates))
                {
                    foreach (var word in candidates)
                    {
                        int end = at + word.Length;
                        if (RunLength(word, 0) != run || end > text.Length) continue;
                        if (!text.AsSpan(at, word.Length).Equals(word.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
                        if (end < text.Length && char.IsLetter(text[end])) continue;
                        counts[word]++;
                    }
                }

                at += run;
            }

            return counts;
        }

        // Letters from start on.
        private static int RunLength(string text, int start)
        {
            int end = start;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            return end - start;
        }

        // Case-insensitive as OrdinalIgnoreCase compares (upper-case invariant, char by char).
        private static int Hash(string text, int start, int length)
        {
            unchecked
            {
                int hash = 17;
                for (int i = start; i < start + length; i++) hash = (hash * 31) + char.ToUpperInvariant(text[i]);
                return hash;
            }
        }

        // The rare word that does not start with a letter: one search of the text.
        private static int CountByScan(string text, string word)
        {
            if (word.Length == 0) return 0;
            int count = 0;
            int at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                bool startsWord = at == 0 || !char.IsLetter(text[at - 1]);
                int end = at + word.Length;
                bool endsWord = end >= text.Length || !char.IsLetter(text[end]);
                if (startsWord && endsWord) count++;
                at = text.IndexOf(word, end, StringComparison.OrdinalIgnoreCase);
            }

            return count;
        }
    }
}

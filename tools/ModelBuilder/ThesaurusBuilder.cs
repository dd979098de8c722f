using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.ModelBuilder
{
    /// <summary>
    /// Inverts the Moby thesaurus. A spinner replaces a word with a neighbour from that word's entry, so the likely
    /// original of a spun word <c>w</c> is a root whose entry lists <c>w</c>. Roots and listed words of up to three
    /// words are kept; a root must be common in the corpus to be proposed; each key keeps its most frequent roots.
    /// </summary>
    internal static class ThesaurusBuilder
    {
        public static byte[] Build(string mobyXzPath, NgramLookup counts, int minRootCount, int maxCandidates)
        {
            var lines = ReadMoby(mobyXzPath);

            // Roots: unique by their word keys, ordered by text so that ids do not depend on file order.
            var rootByKey = new Dictionary<ulong, (string Text, ulong[] Words, long Count, int EntrySize)>();
            foreach (var entry in lines)
            {
                var words = WordKeys(entry[0]);
                if (words is null) continue;
                long count = counts.Count(words);
                if (count < minRootCount) continue;
                ulong key = ModelText.Phrase(words);
                if (!rootByKey.TryGetValue(key, out var existing) || string.CompareOrdinal(entry[0], existing.Text) < 0)
                    rootByKey[key] = (entry[0], words, count, entry.Length - 1);
            }

            var roots = new List<(string Text, ulong[] Words, long Count, int EntrySize, ulong Key)>();
            foreach (var pair in rootByKey) roots.Add((pair.Value.Text, pair.Value.Words, pair.Value.Count, pair.Value.EntrySize, pair.Key));
            roots.Sort((a, b) => string.CompareOrdinal(a.Text, b.Text));
            var rootId = new Dictionary<ulong, int>();
            for (int i = 0; i < roots.Count; i++) rootId[roots[i].Key] = i;

            if (roots.Count > ThesaurusTable.RootMask + 1) throw new InvalidOperationException("too many roots for 15-bit links");

            // What each entry lists, to tell mutual neighbours (each lists the other) from one-way ones.
            var listed = new Dictionary<ulong, HashSet<ulong>>();
            foreach (var entry in lines)
            {
                var rootWords = WordKeys(entry[0]);
                if (rootWords is null) continue;
                ulong rootKey = ModelText.Phrase(rootWords);
                if (!listed.TryGetValue(rootKey, out var set)) listed[rootKey] = set = new HashSet<ulong>();
                for (int s = 1; s < entry.Length; s++)
                {
                    var words = WordKeys(entry[s]);
                    if (words is not null) set.Add(ModelText.Phrase(words));
                }
            }

            // Invert: listed phrase -> roots that list it.
            var inverted = new Dictionary<ulong, HashSet<int>>();
            foreach (var entry in lines)
            {
                var rootWords = WordKeys(entry[0]);
                if (rootWords is null || !rootId.TryGetValue(ModelText.Phrase(rootWords), out int root)) continue;
                for (int s = 1; s < entry.Length; s++)
                {
                    var words = WordKeys(entry[s]);
                    if (words is null) continue;
                    ulong key = ModelText.Phrase(words);
                    if (key == roots[root].Key) continue;
                    if (!inverted.TryGetValue(key, out var set)) inverted[key] = set = new HashSet<int>();
                    set.Add(root);
                }
            }

            var keys = new List<ulong>(inverted.Keys);
            keys.Sort();
            var links = new List<ushort[]>(keys.Count);
            long linkCount = 0;
            foreach (ulong key in keys)
            {
                var candidates = new List<int>(inverted[key]);
                candidates.Sort((a, b) => roots[a].Count != roots[b].Count ? roots[b].Count.CompareTo(roots[a].Count) : a.CompareTo(b));
                if (candidates.Count > maxCandidates) candidates.RemoveRange(maxCandidates, candidates.Count - maxCandidates);
                var array = new ushort[candidates.Count];
                listed.TryGetValue(key, out var keyLists);
                for (int i = 0; i < array.Length; i++)
                {
                    bool mutual = keyLists is not null && keyLists.Contains(roots[candidates[i]].Key);
                    array[i] = (ushort)(candidates[i] | (mutual ? ThesaurusTable.MutualFlag : 0));
                }
                links.Add(array);
                linkCount += array.Length;
            }

            Console.WriteLine($"thesaurus: {roots.Count:N0} roots, {keys.Count:N0} keys, {linkCount:N0} links");
            var rootList = new List<(string, ulong[], int)>(roots.Count);
            foreach (var r in roots) rootList.Add((r.Text, r.Words, r.EntrySize));
            return TableWriter.WriteThesaurus(rootList, keys.ToArray(), links);
        }

        /// <summary>The word keys of a thesaurus phrase (one to three words, tokenised as prose is), or null.</summary>
        public static ulong[]? WordKeys(string phrase)
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length), tokens);
            if (tokens.Count == 0 || tokens.Count > ThesaurusTable.MaxPhraseWords) return null;
            var keys = new ulong[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind != TokenKind.Word) return null;
                keys[i] = ModelText.HashToken(phrase, tokens[i]);
            }

            return keys;
        }

        // Moby is Latin-1, one entry per line: root,neighbour,neighbour,...
        private static List<string[]> ReadMoby(string path)
        {
            var info = new ProcessStartInfo("xz") { RedirectStandardOutput = true, UseShellExecute = false };
            info.ArgumentList.Add("-dc");
            info.ArgumentList.Add(path);
            using var xz = Process.Start(info) ?? throw new InvalidOperationException("could not start xz");
            var lines = new List<string[]>();
            using (var reader = new StreamReader(xz.StandardOutput.BaseStream, Encoding.Latin1))
            {
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    var parts = line.Split(',');
                    for (int i = 0; i < parts.Length; i++) parts[i] = parts[i].Trim();
                    if (parts.Length > 1 && parts[0].Length > 0) lines.Add(parts);
                }
            }

            xz.WaitForExit();
            if (xz.ExitCode != 0) throw new InvalidOperationException("xz failed on " + path);
            return lines;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.ModelBuilder
{
    /// <summary>
    /// Inverts the Moby thesaurus, merged with WordNet's synsets. A spinner replaces a word with a neighbour from that
    /// word's entry, so the likely original of a spun word <c>w</c> is a root whose entry lists <c>w</c>. Roots and
    /// listed words of up to three words are kept; a root must be common in the corpus to be proposed; each key keeps
    /// its most frequent Moby roots and, besides them, a few WordNet roots whose most frequent synset holds it (a free
    /// spinner's swaps are mostly not Moby neighbours). Each link records its source.
    /// </summary>
    internal static class ThesaurusBuilder
    {
        public static byte[] Build(string mobyXzPath, IReadOnlyList<WordNetLink> wordNet, NgramLookup counts, int minRootCount, int maxCandidates,
            int maxWordNetCandidates)
        {
            var lines = ReadMoby(mobyXzPath);

            // A WordNet link only where the written word is rarer in the corpus than the root: a spinner's pick is mostly
            // the rarer word ("wellness" for "health"), while a link from a common word to a rarer or equally common one
            // ("film" to "movie") gives ordinary clean words new candidates, which is what made clean copy noisier.
            int readLinks = wordNet.Count;
            wordNet = wordNet.Where(link => IsRarerThanRoot(link, counts) && (!link.Compound || IsRareCompound(link, counts))).ToList();
            if (readLinks > 0) Console.WriteLine($"wordnet: {wordNet.Count:N0} of {readLinks:N0} links kept (written word rarer than the root)");

            // Roots: unique by their word keys, ordered by text so that ids do not depend on file order. A root's entry size
            // is its Moby entry's, or for a WordNet root alone, the size of its synset.
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

            int mobyRoots = rootByKey.Count;
            var wordNetRoots = new Dictionary<ulong, (string Text, ulong[] Words, long Count, int EntrySize)>();
            foreach (var link in wordNet)
            {
                var words = WordKeys(link.Root);
                if (words is null) continue;
                ulong key = ModelText.Phrase(words);
                if (rootByKey.ContainsKey(key) || wordNetRoots.ContainsKey(key)) continue;
                long count = counts.Count(words);
                if (count >= minRootCount) wordNetRoots[key] = (link.Root, words, count, Math.Max(1, link.SynsetSize));
            }

            // Links are 15 bits: past that, the rarest WordNet roots are left out.
            var extra = new List<KeyValuePair<ulong, (string Text, ulong[] Words, long Count, int EntrySize)>>(wordNetRoots);
            extra.Sort((a, b) => a.Value.Count != b.Value.Count ? b.Value.Count.CompareTo(a.Value.Count) : string.CompareOrdinal(a.Value.Text, b.Value.Text));
            int room = ThesaurusTable.RootMask + 1 - rootByKey.Count;
            for (int i = 0; i < extra.Count && i < room; i++) rootByKey[extra[i].Key] = extra[i].Value;

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

            // WordNet: key -> roots whose most frequent synset holds it, and how (another lemma, or the first other one).
            var wordNetLinks = new Dictionary<ulong, Dictionary<int, byte>>();
            foreach (var link in wordNet)
            {
                var rootWords = WordKeys(link.Root);
                var words = WordKeys(link.Key, ThesaurusTable.MaxKeyWords);
                if (rootWords is null || words is null || !rootId.TryGetValue(ModelText.Phrase(rootWords), out int root)) continue;
                ulong key = ModelText.Phrase(words);
                if (key == roots[root].Key) continue;
                if (!wordNetLinks.TryGetValue(key, out var set)) wordNetLinks[key] = set = new Dictionary<int, byte>();
                byte relation = (byte)(ThesaurusTable.FromWordNet | (link.First ? ThesaurusTable.WordNetFirst : 0));
                set[root] = (byte)(set.GetValueOrDefault(root) | relation);
            }

            var allKeys = new HashSet<ulong>(inverted.Keys);
            allKeys.UnionWith(wordNetLinks.Keys);
            var keys = new List<ulong>(allKeys);
            keys.Sort();
            var links = new List<ushort[]>(keys.Count);
            var relations = new List<byte[]>(keys.Count);
            long linkCount = 0, mobyLinks = 0, wordNetOnly = 0, firstLinks = 0;
            int wordNetOnlyKeys = 0;
            Comparison<int> byCount = (a, b) => roots[a].Count != roots[b].Count ? roots[b].Count.CompareTo(roots[a].Count) : a.CompareTo(b);
            foreach (ulong key in keys)
            {
                var candidates = inverted.TryGetValue(key, out var mobySet) ? new List<int>(mobySet) : new List<int>();
                candidates.Sort(byCount);
                if (candidates.Count > maxCandidates) candidates.RemoveRange(maxCandidates, candidates.Count - maxCandidates);
                if (candidates.Count == 0) wordNetOnlyKeys++;
                var relation = new Dictionary<int, byte>();
                foreach (int c in candidates) relation[c] = ThesaurusTable.FromMoby;
                if (wordNetLinks.TryGetValue(key, out var wnSet))
                {
                    // The first-pick links first, then the most frequent roots; a few at most besides Moby's.
                    var wn = new List<int>(wnSet.Keys);
                    wn.Sort((a, b) =>
                    {
                        bool fa = (wnSet[a] & ThesaurusTable.WordNetFirst) != 0, fb = (wnSet[b] & ThesaurusTable.WordNetFirst) != 0;
                        return fa != fb ? (fa ? -1 : 1) : byCount(a, b);
                    });
                    int added = 0;
                    foreach (int c in wn)
                    {
                        if (relation.TryGetValue(c, out byte r))
                        {
                            relation[c] = (byte)(r | wnSet[c]);
                            continue;
                        }

                        if (added == maxWordNetCandidates) continue;
                        // Not among the key's Moby candidates (past their cap, or not listed): FromMoby marks exactly the links
                        // of the Moby-only table, so that the Moby view of this table is that table (SwapScorer's view).
                        relation[c] = wnSet[c];
                        candidates.Add(c);
                        added++;
                    }

                    candidates.Sort(byCount);
                }

                var array = new ushort[candidates.Count];
                var kinds = new byte[candidates.Count];
                listed.TryGetValue(key, out var keyLists);
                for (int i = 0; i < array.Length; i++)
                {
                    bool mutual = keyLists is not null && keyLists.Contains(roots[candidates[i]].Key);
                    array[i] = (ushort)(candidates[i] | (mutual ? ThesaurusTable.MutualFlag : 0));
                    kinds[i] = relation[candidates[i]];
                    if ((kinds[i] & ThesaurusTable.FromMoby) != 0) mobyLinks++;
                    else wordNetOnly++;
                    if ((kinds[i] & ThesaurusTable.WordNetFirst) != 0) firstLinks++;
                }

                links.Add(array);
                relations.Add(kinds);
                linkCount += array.Length;
            }

            Console.WriteLine($"thesaurus: {roots.Count:N0} roots ({mobyRoots:N0} from Moby, {roots.Count - mobyRoots:N0} of {wordNetRoots.Count:N0} from WordNet alone), "
                + $"{keys.Count:N0} keys ({wordNetOnlyKeys:N0} from WordNet alone), {linkCount:N0} links ({mobyLinks:N0} Moby, {wordNetOnly:N0} WordNet alone, "
                + $"{firstLinks:N0} first picks)");
            var rootList = new List<(string, ulong[], int)>(roots.Count);
            foreach (var r in roots) rootList.Add((r.Text, r.Words, r.EntrySize));
            // Without WordNet the table keeps the Moby-only layout, byte for byte what the builder wrote before.
            return TableWriter.WriteThesaurus(rootList, keys.ToArray(), links, wordNet.Count == 0 ? null : relations);
        }

        private static bool IsRarerThanRoot(WordNetLink link, NgramLookup counts)
        {
            var rootWords = WordKeys(link.Root);
            var words = WordKeys(link.Key, ThesaurusTable.MaxKeyWords);
            return rootWords is not null && words is not null && counts.Count(words) < counts.Count(rootWords);
        }

        // A compound of the root ("gross sales" for "sales", read only with `--compounds`) is kept only where the corpus writes
        // it at most once for every CompoundShare times it writes the root: a spinner's redundant modifier is a compound the
        // corpus hardly knows, while the compounds of clean copy ("fine art", "time period") are common ones
        // (`SpinEval compound-probe`, tuning halves).
        private const long CompoundShare = 50;

        private static bool IsRareCompound(WordNetLink link, NgramLookup counts)
        {
            var rootWords = WordKeys(link.Root);
            var words = WordKeys(link.Key, ThesaurusTable.MaxKeyWords);
            return rootWords is not null && words is not null && counts.Count(words) * CompoundShare < counts.Count(rootWords);
        }

        /// <summary>
        /// The word keys of a thesaurus phrase (one to <paramref name="maxWords"/> words, tokenised as prose is), or null. A root
        /// or a Moby key has at most three; a WordNet key may have four.
        /// </summary>
        public static ulong[]? WordKeys(string phrase, int maxWords = ThesaurusTable.MaxPhraseWords)
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length), tokens);
            if (tokens.Count == 0 || tokens.Count > maxWords) return null;
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

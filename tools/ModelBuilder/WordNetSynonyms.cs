using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using EditorialLint.Evaluation;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.ModelBuilder
{
    /// <summary>One WordNet link: a spinner starting from <c>Root</c> may have put in <c>Key</c>.</summary>
    internal readonly record struct WordNetLink(string Root, string Key, bool First, int SynsetSize, bool Compound = false);

    /// <summary>
    /// Reads WordNet 3.0 (the Debian <c>wordnet-3.0-dict.tar.xz</c>) for the inverted thesaurus: for each one-word lemma,
    /// its most frequent synset (the part of speech whose first sense is tagged most often in <c>cntlist.rev</c>) and
    /// the other lemmas of that synset. A free online spinner replaces a word with the first of them; the others are
    /// what a spinner that picks at random from the synset would put in. Nouns add their plural ("cars" → "autos").
    /// Nothing of WordNet is written out but these links.
    /// </summary>
    internal static class WordNetSynonyms
    {
        /// <summary>
        /// The links, in a fixed order. <paramref name="maxPerRoot"/> caps the other lemmas taken from one synset (the
        /// first other lemma always among them). With <paramref name="compounds"/>, the links IsCompoundOf drops are read too,
        /// marked <see cref="WordNetLink.Compound"/> and not counted against the cap (the thesaurus builder weighs them).
        /// </summary>
        public static List<WordNetLink> Read(string archive, int maxPerRoot, bool compounds = false)
        {
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var name in new[] { "cntlist.rev", "index.noun", "index.verb", "index.adj", "index.adv", "data.noun", "data.verb", "data.adj", "data.adv" })
                files[name] = Extract(archive, name);

            // Each one-word lemma's most frequent synset, lemmas in ordinal order.
            var best = WordNetSynsets.MostFrequent(Lines(files["cntlist.rev"]), file => Lines(files["index." + file]), lemma => WordNetSynsets.IsPlainLemma(lemma) && !lemma.Contains(' '));
            var order = new List<string>(best.Keys);
            order.Sort(StringComparer.Ordinal);
            var links = new List<WordNetLink>();
            foreach (var lemma in order)
            {
                var (_, type, offset) = best[lemma];
                var others = WordNetSynsets.OtherLemmas(files[WordNetSynsets.DataFile(type)], offset, lemma);
                int taken = 0;
                for (int i = 0; i < others.Count && taken < maxPerRoot; i++)
                {
                    string other = others[i];
                    // Inflections and derivations of the root ("run" / "running") are not swaps.
                    // nor are spellings of one word ("behavioural" / "behavioral", "grey" / "gray": the spelling rules' business).
                    if (!WordNetSynsets.IsPlainLemma(other, ThesaurusTable.MaxKeyWords) || other.StartsWith(lemma, StringComparison.Ordinal) || lemma.StartsWith(other, StringComparison.Ordinal)
                        || IsSpellingVariant(lemma, other)) continue;
                    bool first = i == 0;
                    // Compounds of the root are read only when asked for, and do not count against the cap.
                    bool compound = WordNetSynsets.IsCompoundOf(lemma, other);
                    if (compound && !compounds) continue;
                    links.Add(new WordNetLink(lemma, other, first, others.Count, compound));
                    if (type == '1' && !lemma.EndsWith('s') && !other.EndsWith('s'))
                        links.Add(new WordNetLink(lemma + "s", other + "s", first, others.Count, compound));
                    // A lemma of four words (a key only the WordNet view reads) does not count against the cap either, so that
                    // the links of three words or fewer are the ones the cap always kept.
                    if (!compound && other.Split(' ').Length <= ThesaurusTable.MaxPhraseWords) taken++;
                }
            }

            return links;
        }

        // Two spellings of one word: the same once British spellings are made American ("colour", "centre", "organise",
        // "licence", "travelled", "connexion", "judgement", "grey").
        internal static bool IsSpellingVariant(string a, string b) =>
            !a.Contains(' ') && !b.Contains(' ') && string.Equals(American(a), American(b), StringComparison.Ordinal);

        private static string American(string word)
        {
            var s = word.Replace("our", "or").Replace("ise", "ize").Replace("isa", "iza").Replace("isi", "izi").Replace("yse", "yze")
                .Replace("ence", "ense").Replace("ll", "l").Replace("ss", "s").Replace("ae", "e").Replace("oe", "e").Replace("xion", "ction")
                .Replace("gement", "gment").Replace("grey", "gray").Replace("disc", "disk");
            if (s.EndsWith("tre", StringComparison.Ordinal) || s.EndsWith("bre", StringComparison.Ordinal)) s = s.Substring(0, s.Length - 2) + "er";
            return s;
        }

        private static IEnumerable<string> Lines(byte[] bytes)
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.ASCII);
            string? line;
            while ((line = reader.ReadLine()) is not null) yield return line;
        }

        // One file of the archive, read through `tar -xJO` (nothing is unpacked on disk).
        private static byte[] Extract(string archive, string name)
        {
            var info = new ProcessStartInfo("tar") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in new[] { "-xJOf", archive, name }) info.ArgumentList.Add(a);
            using var tar = Process.Start(info) ?? throw new InvalidOperationException("could not start tar");
            using var buffer = new MemoryStream();
            tar.StandardOutput.BaseStream.CopyTo(buffer);
            tar.WaitForExit();
            if (tar.ExitCode != 0) throw new InvalidOperationException($"tar could not read {name} from {archive}");
            return buffer.ToArray();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EditorialLint.Evaluation
{
    /// <summary>
    /// WordNet 3.0's dictionary files read the way a free online spinner uses them: each lemma's most frequent synset
    /// (the part of speech whose first sense is tagged most often in <c>cntlist.rev</c>; noun first on a tie, then verb,
    /// adjective, adverb) and the other lemmas of that synset, in WordNet's order. One reader for the WordNet spinner
    /// (SpinEval) and the WordNet candidate source (ModelBuilder --wordnet). Linked into each tool's project.
    /// </summary>
    internal static class WordNetSynsets
    {
        /// <summary>The parts of speech: the index/data file suffix and WordNet's synset type.</summary>
        public static readonly (string File, char Type)[] Parts = { ("noun", '1'), ("verb", '2'), ("adj", '3'), ("adv", '4') };

        /// <summary>Lower-case English words, at most <paramref name="maxWords"/> (a capital is a name, a digit a code).</summary>
        public static bool IsPlainLemma(string text, int maxWords = 3)
        {
            if (text.Length == 0) return false;
            int spaces = 0;
            foreach (char c in text)
            {
                if (c == ' ') spaces++;
                else if (!(c >= 'a' && c <= 'z') && c != '-' && c != '\'') return false;
            }

            return spaces < maxWords;
        }

        /// <summary>
        /// One holds the other as a word ("conference table" / "table", "aurora australis" / "aurora") or is the other
        /// written apart ("web site" / "website"): a narrower name or a spelling, not a spinner's swap; in clean copy such
        /// links were read as swaps of the compound for its head (the tuning half's clean findings). ModelBuilder drops
        /// them unless asked for compounds; SpinEval's compound-probe sizes them.
        /// </summary>
        public static bool IsCompoundOf(string a, string b)
        {
            if (string.Equals(Compact(a), Compact(b), StringComparison.Ordinal)) return true;
            var wordsA = a.Split(' ', '-');
            var wordsB = b.Split(' ', '-');
            return (wordsA.Length > 1 && Array.IndexOf(wordsA, b) >= 0) || (wordsB.Length > 1 && Array.IndexOf(wordsB, a) >= 0);
        }

        private static string Compact(string word) => word.Replace(" ", "").Replace("-", "");

        /// <summary>The data file that holds synsets of <paramref name="type"/> ("data.noun" …).</summary>
        public static string DataFile(char type) => type switch { '1' => "data.noun", '2' => "data.verb", '3' => "data.adj", _ => "data.adv" };

        /// <summary>
        /// Each lemma's most frequent synset: its tag count, type and byte offset in the data file. <paramref name="indexLines"/>
        /// gives the lines of "index.noun" … by file suffix; lemmas that <paramref name="accept"/> refuses are left out.
        /// </summary>
        public static Dictionary<string, (int Tags, char Type, int Offset)> MostFrequent(
            IEnumerable<string> cntlistLines, Func<string, IEnumerable<string>> indexLines, Func<string, bool> accept)
        {
            // Tag count of each lemma's first sense, per part of speech (ss_type 1 noun, 2 verb, 3/5 adjective, 4 adverb).
            var firstSense = new Dictionary<(string, char), int>();
            foreach (var line in cntlistLines)
            {
                var parts = line.Split(' ');
                if (parts.Length != 3 || parts[1] != "1") continue;
                int pct = parts[0].IndexOf('%');
                if (pct < 0) continue;
                char type = parts[0][pct + 1] == '5' ? '3' : parts[0][pct + 1];
                var key = (parts[0].Substring(0, pct), type);
                firstSense[key] = Math.Max(firstSense.GetValueOrDefault(key), int.Parse(parts[2], CultureInfo.InvariantCulture));
            }

            var best = new Dictionary<string, (int Tags, char Type, int Offset)>(StringComparer.Ordinal);
            foreach (var (file, type) in Parts)
            {
                foreach (var line in indexLines(file))
                {
                    if (line.StartsWith(' ')) continue;
                    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    string lemma = parts[0];
                    if (!accept(lemma)) continue;
                    int synsets = int.Parse(parts[2], CultureInfo.InvariantCulture);
                    int offset = int.Parse(parts[parts.Length - synsets], CultureInfo.InvariantCulture);
                    int tags = firstSense.GetValueOrDefault((lemma, type));
                    if (!best.TryGetValue(lemma, out var current) || tags > current.Tags) best[lemma] = (tags, type, offset);
                }
            }

            return best;
        }

        /// <summary>
        /// The lemmas of the synset at <paramref name="offset"/> of a data file other than <paramref name="lemma"/>, in
        /// WordNet's order, '_' read as a space, markers such as "(a)" dropped.
        /// </summary>
        public static List<string> OtherLemmas(byte[] data, int offset, string lemma)
        {
            int end = Array.IndexOf(data, (byte)'\n', offset);
            var fields = Encoding.ASCII.GetString(data, offset, end - offset).Split(' ');
            int words = int.Parse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var others = new List<string>(words);
            for (int w = 0; w < words; w++)
            {
                string other = fields[4 + 2 * w];
                int paren = other.IndexOf('(');
                if (paren > 0) other = other.Substring(0, paren);
                other = other.Replace('_', ' ');
                if (string.Equals(other, lemma, StringComparison.OrdinalIgnoreCase)) continue;
                others.Add(other);
            }

            return others;
        }
    }
}

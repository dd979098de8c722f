using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using EditorialLint.Text;
using EditorialLint.Tokens;

namespace EditorialLint.SpinEval
{
    /// <summary>A changed span of a spun article: where it is in the spun text, what was there, and the kind of change.</summary>
    internal sealed record GoldSwap(int Start, int Length, string Original, string Spun, string Kind)
    {
        public int End => Start + Length;
    }

    /// <summary>A spun copy of an article with its gold spans.</summary>
    internal sealed record SpunArticle(Article Source, string Text, List<GoldSwap> Gold);

    /// <summary>
    /// An article spinner of our own, modelled on what seed 001 shows: it replaces content words with a thesaurus
    /// neighbour from the word's Moby entry (part of speech ignored): a one-word neighbour whose own entry lists the
    /// word back (the symmetric synonym groups spinners use, common words more often), or a phrase a quarter of the
    /// time where there is one ("leave" → "go away"),
    /// and applies the phrase patterns a spinner's blind swaps leave in function words ("can't" → "will't",
    /// "I was" → "I used to be", "some" → "a few", "might be" → "is perhaps", "French" → "France"). Neighbours must be
    /// common words (book count of 100,000 or more: "answerable" and "indisputable" in seed 001 have about 200,000), as a spinner's dictionary is; choices are seeded per article.
    /// </summary>
    internal sealed class Spinner
    {
        public const string Thesaurus = "thesaurus";
        public const string Phrase = "multiword";
        public const string Pattern = "pattern";

        private const long MinNeighbourCount = 100_000;

        private static readonly HashSet<string> Skip = new HashSet<string>(StringComparer.Ordinal)
        {
            "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is",
            "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
            "can", "could", "may", "might", "must", "shall", "should", "not", "no", "it", "its", "he", "she", "they",
            "we", "you", "i", "his", "her", "their", "our", "your", "this", "that", "these", "those", "which", "who",
            "what", "when", "where", "there", "here", "than", "then", "so", "if", "also", "said", "says", "mr", "mrs",
            "ms", "up", "out", "about", "into", "over", "after", "before", "more", "most", "all", "some", "any", "one",
            "two", "three", "year", "years", "new", "just", "only", "very",
        };

        private static readonly (string From, string To)[] Demonyms =
        {
            ("French", "France"), ("British", "Britain"), ("German", "Germany"), ("American", "America"),
            ("Chinese", "China"), ("Russian", "Russia"), ("Japanese", "Japan"), ("Italian", "Italy"),
            ("Spanish", "Spain"), ("Irish", "Ireland"), ("Indian", "India"), ("European", "Europe"),
            ("Scottish", "Scotland"), ("Welsh", "Wales"), ("Australian", "Australia"), ("Dutch", "Netherlands"),
        };

        // The neighbours a spinner may use for a root: one-word (with a weight: common words more often) and phrases.
        private sealed record Choices((string Word, double Weight)[] Words, string[] Phrases);

        // Share of swaps that use a phrase where the root has one.
        private const double PhraseShare = 0.25;

        private readonly Dictionary<string, Choices> _neighbours;
        private readonly double _rate;
        private readonly double _patternRate;

        private Spinner(Dictionary<string, Choices> neighbours, double rate, double patternRate)
        {
            _neighbours = neighbours;
            _rate = rate;
            _patternRate = patternRate;
        }

        /// <summary>Reads Moby and the book counts; keeps for each root the common neighbours a spinner would use.</summary>
        public static Spinner Create(string dataFolder, double rate, double patternRate)
        {
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var raw in File.ReadLines(Path.Combine(dataFolder, "unigrams", "frequency_dictionary_en_82_765.txt")))
            {
                var parts = raw.TrimStart('\uFEFF').Split(' ');
                if (parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long n)) counts[parts[0]] = n;
            }

            var entries = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var line in ReadMoby(Path.Combine(dataFolder, "moby-thesaurus", "words.txt.xz")))
            {
                var parts = line.Split(',');
                var set = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 1; i < parts.Length; i++) set.Add(parts[i].Trim());
                entries[parts[0].Trim()] = set;
            }

            // A spinner's synonym groups are symmetric ({fine|nice}, {money|cash}): a one-word neighbour must list the
            // root back. Phrases ({leave|go away}) are never Moby roots, so they need only be listed.
            var neighbours = new Dictionary<string, Choices>(StringComparer.Ordinal);
            foreach (var (root, listed) in entries)
            {
                if (!IsPlain(root) || root.Contains(' ', StringComparison.Ordinal)) continue;
                var words = new List<(string, double)>();
                var phrases = new List<string>();
                foreach (var n in listed)
                {
                    if (!IsPlain(n) || n == root || IsInflection(root, n)) continue;
                    var parts = n.Split(' ');
                    if (parts.Length > 3) continue;
                    long least = long.MaxValue;
                    foreach (var w in parts) least = Math.Min(least, counts.TryGetValue(w, out long c) ? c : 0);
                    if (least < MinNeighbourCount) continue;
                    if (parts.Length > 1) phrases.Add(n);
                    else if (entries.TryGetValue(n, out var back) && back.Contains(root)) words.Add((n, Math.Sqrt(least)));
                }

                if (words.Count == 0 && phrases.Count == 0) continue;
                words.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
                phrases.Sort(StringComparer.Ordinal);
                neighbours[root] = new Choices(words.ToArray(), phrases.ToArray());
            }

            return new Spinner(neighbours, rate, patternRate);
        }

        /// <summary>Spins an article with choices seeded by its id.</summary>
        public SpunArticle Spin(Article article, int salt)
        {
            var random = new Random(Articles.Seed(article.Id, salt));
            // Spinners differ in how much they change: each article gets its own rate, up to twice the nominal one.
            double rate = _rate * (0.25 + 1.75 * random.NextDouble());
            string text = article.Text;
            var prose = ProseView.ForPlainText(text);
            var tokens = Tokenizer.Tokenize(prose);
            var sentences = SentenceSplitter.Split(text, tokens, prose);
            var firstOfSentence = new HashSet<int>();
            foreach (var s in sentences) firstOfSentence.Add(s.FirstToken);

            var output = new StringBuilder(text.Length + 256);
            var gold = new List<GoldSwap>();
            int copied = 0;
            int i = 0;
            while (i < tokens.Length)
            {
                var token = tokens[i];
                int consumed = 0;
                string? replacement = null;
                string kind = Thesaurus;
                if (token.Kind == TokenKind.Word)
                {
                    consumed = TryPattern(text, tokens, i, random, out replacement);
                    if (consumed > 0) kind = Pattern;
                    else if (TrySwap(text, token, firstOfSentence.Contains(i) || i == 0, rate, random, out replacement))
                    {
                        consumed = 1;
                        kind = replacement!.Contains(' ', StringComparison.Ordinal) ? Phrase : Thesaurus;
                    }
                }

                if (consumed == 0 || replacement is null)
                {
                    i++;
                    continue;
                }

                int start = token.Start;
                int end = tokens[i + consumed - 1].End;
                output.Append(text, copied, start - copied);
                gold.Add(new GoldSwap(output.Length, replacement.Length, text.Substring(start, end - start), replacement, kind));
                output.Append(replacement);
                copied = end;
                // A swap is never right beside another, so that every gold span has a context of its own.
                i += consumed + 1;
            }

            output.Append(text, copied, text.Length - copied);
            return new SpunArticle(article, output.ToString(), gold);
        }

        private bool TrySwap(string text, Token token, bool sentenceStart, double rate, Random random, out string? replacement)
        {
            replacement = null;
            string word = text.Substring(token.Start, token.Length);
            if (word.Length < 3) return false;
            bool capital = char.IsUpper(word[0]);
            if (capital && !sentenceStart) return false;
            string lower = word.ToLowerInvariant();
            if (capital && word.Substring(1) != lower.Substring(1)) return false;
            if (Skip.Contains(lower) || !_neighbours.TryGetValue(lower, out var options)) return false;
            if (random.NextDouble() >= rate) return false;
            string choice;
            if (options.Phrases.Length > 0 && (options.Words.Length == 0 || random.NextDouble() < PhraseShare))
            {
                choice = options.Phrases[random.Next(options.Phrases.Length)];
            }
            else
            {
                double total = 0;
                foreach (var (_, weight) in options.Words) total += weight;
                double pick = random.NextDouble() * total;
                choice = options.Words[options.Words.Length - 1].Word;
                foreach (var (neighbour, weight) in options.Words)
                {
                    if (pick < weight) { choice = neighbour; break; }
                    pick -= weight;
                }
            }

            replacement = capital ? char.ToUpperInvariant(choice[0]) + choice.Substring(1) : choice;
            return true;
        }

        // The phrase patterns; returns how many tokens were replaced.
        private int TryPattern(string text, Token[] tokens, int i, Random random, out string? replacement)
        {
            replacement = null;
            string word = Word(text, tokens, i);
            string next = i + 1 < tokens.Length ? Word(text, tokens, i + 1) : string.Empty;
            string previous = i > 0 ? Word(text, tokens, i - 1) : string.Empty;
            string? candidate = null;
            int consumed = 1;
            if (word == "can't" || word == "can\u2019t") candidate = "will" + word.Substring(3);
            else if (word == "was" && previous == "I") candidate = "used to be";
            else if (word == "some" && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && next.Length > 0 && char.IsLower(next[0])) candidate = "a few";
            else if ((word == "might" || word == "may") && next == "be") { candidate = "is perhaps"; consumed = 2; }
            else if (word == "fact" && previous == "the" && next == "that") candidate = "indisputable fact";
            else
            {
                foreach (var (from, to) in Demonyms)
                {
                    if (word == from && next.Length > 0 && char.IsLower(next[0])) { candidate = to; break; }
                }
            }

            if (candidate is null || random.NextDouble() >= _patternRate) return 0;
            replacement = candidate;
            return consumed;
        }

        private static string Word(string text, Token[] tokens, int i) =>
            tokens[i].Kind == TokenKind.Word ? text.Substring(tokens[i].Start, tokens[i].Length) : string.Empty;

        private static bool IsPlain(string phrase)
        {
            if (phrase.Length == 0) return false;
            foreach (char c in phrase)
                if (!(c >= 'a' && c <= 'z') && c != ' ') return false;
            return true;
        }

        // "fine" and "fines", "act" and "action": one word's form, not a neighbour a spinner would pick.
        private static bool IsInflection(string root, string neighbour) =>
            neighbour.StartsWith(root, StringComparison.Ordinal) || root.StartsWith(neighbour, StringComparison.Ordinal);

        private static IEnumerable<string> ReadMoby(string path)
        {
            var info = new ProcessStartInfo("xz") { RedirectStandardOutput = true, UseShellExecute = false };
            info.ArgumentList.Add("-dc");
            info.ArgumentList.Add(path);
            using var xz = Process.Start(info) ?? throw new InvalidOperationException("could not start xz");
            var lines = new List<string>();
            using (var reader = new StreamReader(xz.StandardOutput.BaseStream, Encoding.Latin1))
            {
                string? line;
                while ((line = reader.ReadLine()) is not null) lines.Add(line);
            }

            xz.WaitForExit();
            return lines;
        }
    }
}

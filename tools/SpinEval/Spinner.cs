using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using EditorialLint.Text;
using EditorialLint.Tokens;
using EditorialLint.Evaluation;

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
        /// <summary>A phrase replaced by another phrase ("in order to" → "so as to"), as commercial spinners do.</summary>
        public const string Rewrite = "rewrite";

        /// <summary>Every gold kind, in report order.</summary>
        public static readonly string[] Kinds = { Thesaurus, Phrase, Pattern, Rewrite };

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
        private readonly SpinStyle _style;
        private readonly Dictionary<string, string> _wordNet;
        private readonly Dictionary<string, string> _frequent;

        private Spinner(Dictionary<string, Choices> neighbours, double rate, double patternRate, SpinStyle style,
            Dictionary<string, string> wordNet, Dictionary<string, string> frequent)
        {
            _neighbours = neighbours;
            _rate = rate;
            _patternRate = patternRate;
            _style = style;
            _wordNet = wordNet;
            _frequent = frequent;
        }

        /// <summary>The spinner's style (its name in the reports).</summary>
        public SpinStyle Style => _style;

        /// <summary>
        /// The same thesauri with another style: the WordNet synsets are read on first use of a style that needs them.
        /// </summary>
        public Spinner WithStyle(SpinStyle style, string dataFolder) =>
            new Spinner(_neighbours, style.Rate, style.PatternRate, style,
                style.Source is SpinSource.WordNet or SpinSource.Mixed && _wordNet.Count == 0 ? WordNetSpins.Read(dataFolder, _counts) : _wordNet,
                _frequent) { _counts = _counts };

        private Dictionary<string, long> _counts = new Dictionary<string, long>(StringComparer.Ordinal);

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

            // The frequency-biased choice: the commonest one-word neighbour (commercial spinners keep curated groups of
            // everyday synonyms and pick the plain one).
            var frequent = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (root, choices) in neighbours)
            {
                string? best = null;
                long bestCount = 0;
                foreach (var (word, _) in choices.Words)
                {
                    long c = counts.TryGetValue(word, out long n) ? n : 0;
                    if (c > bestCount) { bestCount = c; best = word; }
                }

                if (best is not null && bestCount >= 1_000_000) frequent[root] = best;
            }

            var style = SpinStyle.Moby(rate, patternRate);
            return new Spinner(neighbours, rate, patternRate, style, new Dictionary<string, string>(StringComparer.Ordinal), frequent) { _counts = counts };
        }

        /// <summary>Spins an article with choices seeded by its id.</summary>
        public SpunArticle Spin(Article article, int salt)
        {
            // Each style draws its own seed stream, so that two styles never swap the same words of an article.
            var random = new Random(EvaluationSplit.Seed(article.Id + _style.SeedSuffix, salt));
            // Spinners differ in how much they change: each article gets its own rate within the style's range.
            double rate = _rate * (_style.MinRateFactor + (_style.MaxRateFactor - _style.MinRateFactor) * random.NextDouble());
            string text = article.Text;
            var prose = ProseView.ForPlainText(text);
            var tokens = Tokenizer.Tokenize(prose);
            var sentences = SentenceSplitter.Split(text, tokens, prose);
            var firstOfSentence = new HashSet<int>();
            foreach (var s in sentences) firstOfSentence.Add(s.FirstToken);
            if (_style.RateOfContentWords)
            {
                // The rate is a share of all content words: the chance per swappable word is scaled up to reach it.
                int content = 0, swappable = 0;
                for (int t = 0; t < tokens.Length; t++)
                {
                    if (tokens[t].Kind != TokenKind.Word) continue;
                    string w = text.Substring(tokens[t].Start, tokens[t].Length);
                    string lower = w.ToLowerInvariant();
                    if (w.Length < 3 || Skip.Contains(lower) || (char.IsUpper(w[0]) && !firstOfSentence.Contains(t))) continue;
                    content++;
                    if (HasOptions(lower)) swappable++;
                }

                rate = swappable == 0 ? 0 : Math.Min(1.0, rate * content / swappable);
            }

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
                    consumed = _style.RewriteRate > 0 ? TryRewrite(text, tokens, i, random, out replacement) : 0;
                    if (consumed > 0) kind = Rewrite;
                    else if ((consumed = TryPattern(text, tokens, i, random, out replacement)) > 0) kind = Pattern;
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
            if (Skip.Contains(lower) || !HasOptions(lower)) return false;
            if (random.NextDouble() >= rate) return false;
            var source = _style.Source;
            if (source == SpinSource.Inflected)
            {
                var (choices, kind) = InflectedChoices(lower)!.Value;
                string form = RegularInflection.Inflect(PickWord(choices, random), kind);
                // Only a form the dictionary knows; otherwise the word stays as written (the chance was spent).
                if (!IsCommon(form)) return false;
                replacement = capital ? char.ToUpperInvariant(form[0]) + form.Substring(1) : form;
                return true;
            }

            if (source == SpinSource.Mixed)
            {
                bool wordNet = _wordNet.ContainsKey(lower), moby = _neighbours.ContainsKey(lower);
                source = wordNet && (!moby || random.NextDouble() < 0.5) ? SpinSource.WordNet : SpinSource.Moby;
            }

            string? picked = source switch
            {
                SpinSource.WordNet => _wordNet.GetValueOrDefault(lower),
                SpinSource.Frequent => FrequentChoice(lower, random),
                _ => null,
            };
            if (picked is not null)
            {
                replacement = capital ? char.ToUpperInvariant(picked[0]) + picked.Substring(1) : picked;
                return true;
            }

            if (!_neighbours.TryGetValue(lower, out var options)) return false;
            string choice;
            if (options.Phrases.Length > 0 && (options.Words.Length == 0 || random.NextDouble() < PhraseShare))
            {
                choice = options.Phrases[random.Next(options.Phrases.Length)];
            }
            else
            {
                choice = PickWord(options, random);
            }

            replacement = capital ? char.ToUpperInvariant(choice[0]) + choice.Substring(1) : choice;
            return true;
        }

        // A one-word neighbour, common words more often.
        private static string PickWord(Choices options, Random random)
        {
            double total = 0;
            foreach (var (_, weight) in options.Words) total += weight;
            double pick = random.NextDouble() * total;
            foreach (var (neighbour, weight) in options.Words)
            {
                if (pick < weight) return neighbour;
                pick -= weight;
            }

            return options.Words[options.Words.Length - 1].Word;
        }

        // The inflecting spinner's choices for a word: the one-word neighbours of the first base form it is a regular inflection
        // of, where the word is a common one and is not itself a root (a word the thesaurus lists as it is, the other styles' job).
        private (Choices Choices, RegularInflection.Kind Kind)? InflectedChoices(string lower)
        {
            if (_neighbours.ContainsKey(lower) || !IsCommon(lower)) return null;
            foreach (var (stem, kind) in RegularInflection.BaseForms(lower))
                if (_neighbours.TryGetValue(stem, out var choices) && choices.Words.Length > 0 && IsCommon(stem)) return (choices, kind);
            return null;
        }

        private bool IsCommon(string word) => _counts.TryGetValue(word, out long n) && n >= MinNeighbourCount;

        private bool HasOptions(string lower) => _style.Source switch
        {
            SpinSource.Inflected => InflectedChoices(lower) is not null,
            SpinSource.WordNet => _wordNet.ContainsKey(lower),
            SpinSource.Frequent => _frequent.ContainsKey(lower) || _neighbours.ContainsKey(lower),
            SpinSource.Mixed => _wordNet.ContainsKey(lower) || _neighbours.ContainsKey(lower),
            _ => _neighbours.ContainsKey(lower),
        };

        // The commonest neighbour most of the time; a phrase from the entry for a third of the swaps where there is one.
        private string? FrequentChoice(string lower, Random random)
        {
            if (_neighbours.TryGetValue(lower, out var options) && options.Phrases.Length > 0 && random.NextDouble() < 0.33)
            {
                // The commonest-looking phrase: the shortest, as curated groups favour "go away" over "take one's departure".
                string best = options.Phrases[0];
                foreach (var p in options.Phrases) if (p.Length < best.Length) best = p;
                return best;
            }

            return _frequent.GetValueOrDefault(lower);
        }

        // Phrase-for-phrase rewrites of the kind commercial spinners keep in their dictionaries.
        private static readonly (string[] From, string To)[] Rewrites =
        {
            (new[] { "in", "order", "to" }, "so as to"), (new[] { "a", "lot", "of" }, "plenty of"),
            (new[] { "as", "well", "as" }, "along with"), (new[] { "because", "of" }, "due to"),
            (new[] { "for", "example" }, "for instance"), (new[] { "according", "to" }, "in accordance with"),
            (new[] { "such", "as" }, "like"), (new[] { "as", "a", "result" }, "consequently"),
            (new[] { "at", "least" }, "no less than"), (new[] { "a", "number", "of" }, "a variety of"),
            (new[] { "take", "part" }, "participate"), (new[] { "find", "out" }, "discover"),
            (new[] { "set", "up" }, "establish"), (new[] { "more", "than" }, "greater than"),
            (new[] { "is", "able", "to" }, "has the ability to"), (new[] { "in", "the", "end" }, "ultimately"),
            (new[] { "at", "the", "moment" }, "right now"), (new[] { "as", "soon", "as" }, "the moment"),
        };

        // A phrase rewrite at token i; returns how many tokens were replaced.
        private int TryRewrite(string text, Token[] tokens, int i, Random random, out string? replacement)
        {
            replacement = null;
            foreach (var (from, to) in Rewrites)
            {
                int k = 0;
                for (; k < from.Length && i + k < tokens.Length; k++)
                {
                    if (Word(text, tokens, i + k) != from[k]) break;
                    if (k > 0 && tokens[i + k].Start != tokens[i + k - 1].End + 1) break;
                }

                if (k < from.Length) continue;
                if (random.NextDouble() >= _style.RewriteRate) return 0;
                replacement = to;
                return from.Length;
            }

            return 0;
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

namespace EditorialLint.SpinEval
{
    /// <summary>Where a spinner style takes its replacements.</summary>
    internal enum SpinSource
    {
        /// <summary>A mutual Moby neighbour, common words more often, or a phrase from the entry (our first spinner).</summary>
        Moby,
        /// <summary>The first other lemma of the word's most common WordNet synset, as free spinners do.</summary>
        WordNet,
        /// <summary>The commonest Moby neighbour, or the shortest phrase of the entry, plus phrase rewrites.</summary>
        Frequent,
        /// <summary>Moby or WordNet, half and half: two thesauri.</summary>
        Mixed,
        /// <summary>
        /// An inflected word only (a regular plural, third person, past or -ing form): a mutual Moby neighbour of its base,
        /// put in the same form ("costs" → "charges", "formed" → "shaped"), as commercial spinners with a dictionary of forms do.
        /// </summary>
        Inflected,
    }

    /// <summary>
    /// A spinner style: where replacements come from and how much is changed. <see cref="Rate"/> is a share of the
    /// swappable words (Moby style, as the first benchmark) or, with <see cref="RateOfContentWords"/>, of all content
    /// words; each article draws its own rate between the two factors times it.
    /// </summary>
    internal sealed record SpinStyle(string Name, SpinSource Source, double Rate, bool RateOfContentWords, double MinRateFactor,
        double MaxRateFactor, double PatternRate, double RewriteRate)
    {
        /// <summary>Added to the article id for the style's random stream ("" for Moby: its spins stay as they were).</summary>
        public string SeedSuffix => Source == SpinSource.Moby && !RateOfContentWords ? string.Empty : "#" + Name;

        /// <summary>The four styles the model is fitted on, in report order.</summary>
        public static SpinStyle[] Fitted(double rate) => new[] { Moby(rate, 0.5), WordNet, Frequent, Light };

        /// <summary>Every style <c>evaluate</c> measures: the fitted four and the inflecting spinner, measured only.</summary>
        public static SpinStyle[] Measured(double rate)
        {
            var fitted = Fitted(rate);
            Array.Resize(ref fitted, fitted.Length + 1);
            fitted[fitted.Length - 1] = Inflected;
            return fitted;
        }

        /// <summary>Our first spinner: 3–24% of swappable words, seed 001's patterns half the time.</summary>
        public static SpinStyle Moby(double rate, double patternRate) => new SpinStyle("moby", SpinSource.Moby, rate, false, 0.25, 2.0, patternRate, 0);

        /// <summary>A free spinner: WordNet's first other lemma, 5–20% of content words, no patterns.</summary>
        public static readonly SpinStyle WordNet = new SpinStyle("wordnet", SpinSource.WordNet, 0.1, true, 0.5, 2.0, 0, 0);

        /// <summary>A commercial spinner: the commonest synonym, phrase rewrites, 5–20% of content words.</summary>
        public static readonly SpinStyle Frequent = new SpinStyle("frequent", SpinSource.Frequent, 0.1, true, 0.5, 2.0, 0, 0.5);

        /// <summary>Light spinning: 2–5% of content words, Moby or WordNet.</summary>
        public static readonly SpinStyle Light = new SpinStyle("light", SpinSource.Mixed, 0.035, true, 2.0 / 3.5, 5.0 / 3.5, 0, 0);

        /// <summary>
        /// Inflected words only, put in the same form (2.5–10% of content words, as many as the article's inflected words
        /// with a neighbour allow): measured by <c>evaluate</c>, never fitted on, since the table lists base forms.
        /// </summary>
        public static readonly SpinStyle Inflected = new SpinStyle("inflected", SpinSource.Inflected, 0.05, true, 0.5, 2.0, 0, 0);
    }

    /// <summary>
    /// WordNet 3.0 read for the free-spinner style: for each lemma, the first other lemma of its most common synset
    /// (the part of speech whose first sense is tagged most often in cntlist.rev), plus plural nouns.
    /// </summary>
    internal static class WordNetSpins
    {
        /// <summary>WordNet 3.0's dictionary folder, unpacked from ../shared/data/wordnet into the temporary folder on first use.</summary>
        public static string Unpack(string dataFolder)
        {
            string folder = Path.Combine(Path.GetTempPath(), "spineval-wordnet");
            if (File.Exists(Path.Combine(folder, "data.noun"))) return folder;
            Directory.CreateDirectory(folder);
            var info = new ProcessStartInfo("tar") { UseShellExecute = false };
            foreach (var a in new[] { "xJf", Path.Combine(dataFolder, "wordnet", "wordnet-3.0-dict.tar.xz"), "-C", folder }) info.ArgumentList.Add(a);
            using var tar = Process.Start(info) ?? throw new InvalidOperationException("could not start tar");
            tar.WaitForExit();
            return folder;
        }

        /// <summary>The data file of each part of speech (by synset type), read whole.</summary>
        public static Dictionary<char, byte[]> DataFiles(string folder)
        {
            var data = new Dictionary<char, byte[]>();
            foreach (var (_, type) in WordNetSynsets.Parts) data[type] = File.ReadAllBytes(Path.Combine(folder, WordNetSynsets.DataFile(type)));
            return data;
        }

        public static Dictionary<string, string> Read(string dataFolder, Dictionary<string, long> counts)
        {
            string folder = Unpack(dataFolder);
            var best = WordNetSynsets.MostFrequent(File.ReadLines(Path.Combine(folder, "cntlist.rev")),
                file => File.ReadLines(Path.Combine(folder, "index." + file)), lemma => !lemma.Contains('_'));
            var data = DataFiles(folder);

            var spins = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (lemma, (_, type, offset)) in best)
            {
                var others = WordNetSynsets.OtherLemmas(data[type], offset, lemma);
                if (others.Count == 0) continue;
                // The first other lemma, if it is plain lower-case English a dictionary knows; otherwise the word is not spun.
                string other = others[0];
                bool known = other.Length > 0;
                foreach (char c in other) if (!(c >= 'a' && c <= 'z') && c != ' ') known = false;
                if (known) foreach (var part in other.Split(' ')) if (!counts.ContainsKey(part)) known = false;
                if (known && !other.StartsWith(lemma, StringComparison.Ordinal) && !lemma.StartsWith(other, StringComparison.Ordinal))
                {
                    spins[lemma] = other;
                    if (type == '1' && !lemma.EndsWith('s') && !spins.ContainsKey(lemma + "s")) spins[lemma + "s"] = other + "s";
                }
            }

            return spins;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using EditorialLint.Evaluation;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// `compound-probe [--dump FILE]`: sizes, on the tuning halves only, what taking back the WordNet links the thesaurus
    /// builder drops as compounds of their root (a synset lemma that holds the root as a word, "gross sales" for "sales",
    /// or is the root written apart, "web site" for "website") would mean. Every occurrence of such a compound in clean
    /// tuning copy would become a slot of the WordNet view; every compound the wordnet and light spinners write for its
    /// head is a swap such a slot could find. For both it gives the evidence that might tell them apart: whether the
    /// article uses the head alone elsewhere, whether it repeats the compound, the compound's corpus attestation against
    /// its head's (log bigram or trigram count minus log unigram count), and how the window's left and right bigrams read
    /// with the head instead. Then it sweeps simple rules over that evidence: clean slots per 1,000 words against the share
    /// of spun compounds kept. Nothing is fitted and nothing written but the optional dump (outside the repository: it
    /// quotes the phrases).
    /// </summary>
    internal static class CompoundProbe
    {
        private sealed record Occurrence(string Corpus, string Kind, string Article, string Compound, string Head,
            int HeadAlone, int Repeats, float Share, float LeftGain, float RightGain, string Context);

        public static int Run(string data, ContextModelData model, double rate, string? dump)
        {
            var links = ReadCompoundLinks(data);
            Console.WriteLine($"compound links the builder drops: {links.Count} keys ({links.Count(l => l.Key.Split(' ').Length > 3)} over three words, " +
                $"{links.Count(l => l.Key.Contains('-'))} hyphenated)");
            var keys = links.Where(l => !l.Key.Contains('-') && l.Key.Split(' ').Length is >= 2 and <= 3).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);

            var corpora = new List<(string Name, List<Article> Articles)>
            {
                ("bbc", EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut).ToList()),
                ("diverse", EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Where(a => !a.IsHeldOut).ToList()),
            };
            var occurrences = new List<Occurrence>();
            var words = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (corpus, articles) in corpora)
            {
                long n = 0;
                foreach (var article in articles)
                {
                    var tokens = Tokens(article.Text);
                    n += tokens.Count;
                    foreach (var o in Find(tokens, article.Text, keys, model, corpus, "clean", article.Id, null)) occurrences.Add(o);
                }

                words["clean/" + corpus] = n;
            }

            var baseSpinner = Spinner.Create(data, rate, 0.5);
            foreach (var style in new[] { SpinStyle.WordNet, SpinStyle.Light })
            {
                var spinner = baseSpinner.WithStyle(style, data);
                foreach (var (corpus, articles) in corpora)
                {
                    int phraseGold = 0, compoundGold = 0;
                    long n = 0;
                    foreach (var article in articles)
                    {
                        var spun = spinner.Spin(article, 2);
                        var gold = spun.Gold.Where(g => g.Kind == Spinner.Phrase).ToList();
                        phraseGold += gold.Count;
                        var compounds = gold.Where(g => WordNetSynsets.IsCompoundOf(g.Original.ToLowerInvariant(), g.Spun.ToLowerInvariant())).ToList();
                        compoundGold += compounds.Count;
                        var tokens = Tokens(spun.Text);
                        n += tokens.Count;
                        foreach (var o in Find(tokens, spun.Text, keys, model, corpus, style.Name, article.Id, compounds)) occurrences.Add(o);
                    }

                    words[style.Name + "/" + corpus] = n;
                    Console.WriteLine($"{style.Name} / {corpus}: {phraseGold} multi-word swaps, {compoundGold} of them compounds of the original ({100.0 * compoundGold / Math.Max(1, phraseGold):F1}%)");
                }
            }

            Report(occurrences, words);
            if (dump is not null)
            {
                using var writer = new StreamWriter(dump, false, new UTF8Encoding(false));
                writer.WriteLine("corpus\tkind\tarticle\tcompound\thead\theadAlone\trepeats\tshare\tleftGain\trightGain\tcontext");
                foreach (var o in occurrences)
                    writer.WriteLine(string.Join("\t", o.Corpus, o.Kind, o.Article, o.Compound, o.Head, o.HeadAlone, o.Repeats, F(o.Share), F(o.LeftGain), F(o.RightGain), o.Context));
            }

            return 0;
        }

        private static void Report(List<Occurrence> all, Dictionary<string, long> words)
        {
            // kinds: "clean" (clean article), "{style}:gold" (the spinner's compound), "{style}:other" (a compound in spun copy the spinner did not write).
            var groups = all.GroupBy(o => o.Kind + "/" + o.Corpus).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            Console.WriteLine();
            Console.WriteLine("occurrences of the dropped compounds, and their evidence (medians; shares of the group)");
            Console.WriteLine($"{"group",-24} {"n",6} {"/1000w",7} {"headAlone>0",11} {"repeated",9} {"share",7} {"leftGain",9} {"rightGain",9}");
            foreach (var g in groups)
            {
                var list = g.ToList();
                string wordsKey = g.Key.Replace(":gold", "").Replace(":other", "");
                double perK = words.TryGetValue(wordsKey, out var w) ? 1000.0 * list.Count / w : double.NaN;
                Console.WriteLine($"{g.Key,-24} {list.Count,6} {perK,7:F2} {Pct(list, o => o.HeadAlone > 0),11} {Pct(list, o => o.Repeats > 0),9} " +
                    $"{Median(list.Select(o => o.Share)),7:F2} {Median(list.Select(o => o.LeftGain)),9:F2} {Median(list.Select(o => o.RightGain)),9:F2}");
            }

            // Rules: a compound occurrence becomes a candidate slot only when the rule holds.
            var rules = new List<(string Name, Func<Occurrence, bool> Keep)>
            {
                ("every occurrence", _ => true),
                ("head alone elsewhere", o => o.HeadAlone > 0),
                ("compound not repeated", o => o.Repeats == 0),
                ("head alone, compound not repeated", o => o.HeadAlone > 0 && o.Repeats == 0),
                ("share < -4", o => o.Share < -4),
                ("share < -6", o => o.Share < -6),
                ("share < -8", o => o.Share < -8),
                ("gains >= 0 (head reads no worse)", o => o.LeftGain >= 0 && o.RightGain >= 0),
                ("gains sum > 1", o => o.LeftGain + o.RightGain > 1),
                ("head alone, not repeated, share < -6", o => o.HeadAlone > 0 && o.Repeats == 0 && o.Share < -6),
                ("head alone, not repeated, gains sum > 1", o => o.HeadAlone > 0 && o.Repeats == 0 && o.LeftGain + o.RightGain > 1),
                ("not repeated, share < -6, gains sum > 1", o => o.Repeats == 0 && o.Share < -6 && o.LeftGain + o.RightGain > 1),
                ("all four", o => o.HeadAlone > 0 && o.Repeats == 0 && o.Share < -6 && o.LeftGain + o.RightGain > 1),
                ("unattested compound (share < -12)", o => o.Share < -12),
            };
            Console.WriteLine();
            Console.WriteLine("rules: clean slots per 1,000 words (bbc / diverse), spun compounds kept (wordnet bbc / diverse, light bbc / diverse)");
            foreach (var (name, keep) in rules)
            {
                string Clean(string corpus) => (1000.0 * all.Count(o => o.Kind == "clean" && o.Corpus == corpus && keep(o)) / words["clean/" + corpus]).ToString("F2", CultureInfo.InvariantCulture);
                string Kept(string style, string corpus)
                {
                    var gold = all.Where(o => o.Kind == style + ":gold" && o.Corpus == corpus).ToList();
                    return $"{gold.Count(keep)} ({100.0 * gold.Count(keep) / Math.Max(1, gold.Count):F0}%)";
                }

                Console.WriteLine($"{name,-44} clean {Clean("bbc")} / {Clean("diverse")}   wordnet {Kept("wordnet", "bbc")} / {Kept("wordnet", "diverse")}   light {Kept("light", "bbc")} / {Kept("light", "diverse")}");
            }
        }

        private static string Pct(List<Occurrence> list, Func<Occurrence, bool> test) => (100.0 * list.Count(test) / Math.Max(1, list.Count)).ToString("F0", CultureInfo.InvariantCulture) + "%";

        private static float Median(IEnumerable<float> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count == 0 ? float.NaN : sorted[sorted.Count / 2];
        }

        private static string F(float value) => value.ToString("F2", CultureInfo.InvariantCulture);

        private static readonly Regex Word = new Regex(@"[A-Za-z][A-Za-z']*", RegexOptions.Compiled);

        private static List<(int Start, int End, string Lower)> Tokens(string text) =>
            Word.Matches(text).Select(m => (m.Index, m.Index + m.Length, m.Value.ToLowerInvariant())).ToList();

        private static IEnumerable<Occurrence> Find(List<(int Start, int End, string Lower)> tokens, string text, Dictionary<string, string> keys,
            ContextModelData model, string corpus, string kind, string article, List<GoldSwap>? gold)
        {
            var found = new List<(int First, int Count, string Key, string Head)>();
            for (int i = 0; i < tokens.Count; i++)
            {
                for (int len = 3; len >= 2; len--)
                {
                    if (i + len > tokens.Count) continue;
                    // Adjacent words only (a space between them, no punctuation).
                    bool adjacent = true;
                    for (int j = i; j < i + len - 1; j++) if (text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End).ToString() != " ") adjacent = false;
                    if (!adjacent) continue;
                    string phrase = string.Join(" ", tokens.Skip(i).Take(len).Select(t => t.Lower));
                    if (keys.TryGetValue(phrase, out var head))
                    {
                        found.Add((i, len, phrase, head));
                        break;
                    }
                }
            }

            foreach (var (first, count, key, head) in found)
            {
                int start = tokens[first].Start, end = tokens[first + count - 1].End;
                string k = kind;
                if (gold is not null)
                    k = kind + (gold.Any(g => g.Start == start && g.End == end) ? ":gold" : ":other");
                int repeats = found.Count(f => f.Key == key) - 1;
                // The head alone: its occurrences (or its singular / plural) outside any occurrence of the compound.
                var headForms = new HashSet<string>(StringComparer.Ordinal) { head, head.EndsWith('s') ? head[..^1] : head + "s" };
                int headAlone = 0;
                for (int t = 0; t < tokens.Count; t++)
                {
                    if (!headForms.Contains(tokens[t].Lower)) continue;
                    if (found.Any(f => t >= f.First && t < f.First + f.Count)) continue;
                    if (gold is not null && gold.Any(g => tokens[t].Start >= g.Start && tokens[t].End <= g.End)) continue;
                    headAlone++;
                }

                var parts = key.Split(' ');
                var hashes = parts.Select(p => ModelText.HashWord(p.AsSpan())).ToArray();
                ulong headHash = ModelText.HashWord(head.AsSpan());
                float compoundLog = parts.Length == 2 ? model.Bigrams.GetLogCount(ModelText.Bigram(hashes[0], hashes[1]), 0f)
                    : model.Trigrams.GetLogCount(ModelText.Trigram(hashes[0], hashes[1], hashes[2]), 0f);
                float share = compoundLog - model.Unigrams.GetLogCount(headHash, 0f);
                if (compoundLog == 0f) share = -20f;
                ulong left = first > 0 ? ModelText.HashWord(tokens[first - 1].Lower.AsSpan()) : ModelText.SentenceStart;
                ulong right = first + count < tokens.Count ? ModelText.HashWord(tokens[first + count].Lower.AsSpan()) : ModelText.SentenceEnd;
                float leftGain = model.Bigrams.GetLogCount(ModelText.Bigram(left, headHash), 0f) - model.Bigrams.GetLogCount(ModelText.Bigram(left, hashes[0]), 0f);
                float rightGain = model.Bigrams.GetLogCount(ModelText.Bigram(headHash, right), 0f) - model.Bigrams.GetLogCount(ModelText.Bigram(hashes[^1], right), 0f);
                int from = Math.Max(0, start - 40), to = Math.Min(text.Length, end + 40);
                string context = (text[from..start] + "[" + text[start..end] + "]" + text[end..to]).Replace('\n', ' ').Replace('\t', ' ');
                yield return new Occurrence(corpus, k, article, key, head, headAlone, repeats, share, leftGain, rightGain, context);
            }
        }

        /// <summary>The links `ModelBuilder --wordnet` drops by IsCompoundOf: compound key → its root (nouns with their plurals).</summary>
        private static Dictionary<string, string> ReadCompoundLinks(string data)
        {
            string folder = WordNetSpins.Unpack(data);
            var best = WordNetSynsets.MostFrequent(File.ReadLines(Path.Combine(folder, "cntlist.rev")),
                file => File.ReadLines(Path.Combine(folder, "index." + file)), lemma => WordNetSynsets.IsPlainLemma(lemma) && !lemma.Contains('_'));
            var files = WordNetSpins.DataFiles(folder);
            var links = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var lemma in best.Keys.OrderBy(l => l, StringComparer.Ordinal))
            {
                var (_, type, offset) = best[lemma];
                foreach (var other in WordNetSynsets.OtherLemmas(files[type], offset, lemma))
                {
                    // The builder's other filters first (a prefix either way is an inflection or derivation, not a compound it drops).
                    if (!WordNetSynsets.IsPlainLemma(other) || other.StartsWith(lemma, StringComparison.Ordinal) || lemma.StartsWith(other, StringComparison.Ordinal) || !WordNetSynsets.IsCompoundOf(lemma, other)) continue;
                    links.TryAdd(other, lemma);
                    if (type == '1' && !lemma.EndsWith('s') && !other.EndsWith('s')) links.TryAdd(other + "s", lemma + "s");
                }
            }

            return links;
        }
    }
}

using System;
using System.Collections.Generic;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>A spelling suggestion with its edit cost and overall score (higher is better).</summary>
    internal readonly struct SpellingSuggestion
    {
        public SpellingSuggestion(string word, double cost, double score, bool fitsContext)
        {
            Word = word;
            Cost = cost;
            Score = score;
            FitsContext = fitsContext;
        }

        /// <summary>The word as the dictionary spells it.</summary>
        public string Word { get; }

        /// <summary>Weighted Damerau edit cost from the misspelling.</summary>
        public double Cost { get; }

        /// <summary>Cost, word frequency and the bigrams with the neighbouring words, combined.</summary>
        public double Score { get; }

        /// <summary>Whether the counts know the suggestion after the previous word or before the next.</summary>
        public bool FitsContext { get; }
    }

    /// <summary>
    /// Suggests dictionary words for a misspelling: every word one Damerau edit away (deletion, insertion, substitution,
    /// transposition), or two when none is one away, ranked by a weighted edit cost (a neighbouring key, a doubled letter
    /// or a vowel for a vowel costs less than any other slip), the word's frequency in books and how often it follows the
    /// previous word and precedes the next (the SymSpell and corpus counts the context model ships).
    /// </summary>
    internal static class SpellingSuggester
    {
        private const string Alphabet = "abcdefghijklmnopqrstuvwxyz";

        // QWERTY rows: letters next to each other on a row, or diagonally on the rows above and below, are neighbours.
        private static readonly string[] KeyboardRows = { "qwertyuiop", "asdfghjkl", "zxcvbnm" };

        private static readonly bool[,] Neighbours = CreateNeighbours();

        // Longer words are not searched two edits away (the search grows with the square of the length).
        private const int MaxLengthForTwoEdits = 20;

        /// <summary>
        /// The least a word two edits away can cost (<see cref="Suggest"/> with two edits): a cheap first edit costs 0.5 at
        /// the least (an apostrophe), and so does any second edit.
        /// </summary>
        internal const double CheapestTwoEdits = 1.0;

        /// <summary>
        /// Ranked suggestions for <paramref name="word"/> (lower case), best first, at most <paramref name="limit"/>. Words
        /// two edits away are looked for only when <paramref name="twoEdits"/> is set and none is one edit away, and then
        /// only through a cheap first edit (a deletion, a swap, a doubled letter, a vowel), which keeps the search to tens
        /// of thousands of lookups instead of hundreds of thousands. Edits are built in one buffer and looked up as spans:
        /// a string is made only for a word the dictionary has.
        /// </summary>
        public static List<SpellingSuggestion> Suggest(SpellingDictionary dictionary, string word, string? previous, string? next, int limit, bool twoEdits)
        {
            var found = dictionary.OneEditAway.Find(word, w => Search(dictionary, w, twoEdits: false));
            if (twoEdits && found.Length == 0 && word.Length <= MaxLengthForTwoEdits)
                found = dictionary.TwoEditsAway.Find(word, w => Search(dictionary, w, twoEdits: true));

            var model = ContextModelData.Instance;
            var ranked = new List<SpellingSuggestion>(found.Length);
            foreach (var (offset, editCost) in found)
            {
                var form = dictionary.FormAt(offset);
                if (form == word) continue;
                double cost = editCost;
                // A proper noun for a lower-case slip is a weaker guess.
                if (char.IsUpper(form[0]) && !char.IsUpper(word[0])) cost += 0.5;
                double score = Score(model, form, cost, previous, next, out bool fitsContext);
                ranked.Add(new SpellingSuggestion(form, cost, score, fitsContext));
            }

            ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Word, b.Word));
            if (ranked.Count > limit) ranked.RemoveRange(limit, ranked.Count - limit);
            return ranked;
        }

        // The dictionary's words one edit from the word, or with twoEdits those two edits away through a cheap first edit,
        // each at its lowest cost, in the order the search meets them. The same for every document: a run keeps them
        // (SpellingDictionary.OneEditAway, TwoEditsAway), since a name that no dictionary knows recurs across articles.
        private static (int Offset, double Cost)[] Search(SpellingDictionary dictionary, string word, bool twoEdits)
        {
            var costs = new Dictionary<int, double>();
            var buffer = new char[word.Length + 2];
            if (!twoEdits)
            {
                ForEachEdit(word, buffer, (edit, cost) => Offer(dictionary.Find(edit, out byte flags), flags, cost, costs));
            }
            else
            {
                // Each cheap first edit once, at its lowest cost: deleting either letter of a doubled pair, or doubling a
                // letter on either side of it, gives the same string, and its second edits need searching only once.
                var once = new Dictionary<string, double>(StringComparer.Ordinal);
                ForEachEdit(word, buffer, (edit, cost) =>
                {
                    if (cost >= 1.0) return;
                    var first = edit.ToString();
                    if (!once.TryGetValue(first, out double existing) || cost < existing) once[first] = cost;
                });
                var second = new char[word.Length + 3];
                // Tens of thousands of strings, nearly none of them words: FindUnlikely rules most out without the table.
                foreach (var first in once)
                    ForEachEdit(first.Key, second, (edit, cost) => Offer(dictionary.FindUnlikely(edit, out byte flags), flags, first.Value + cost, costs));
            }

            var found = new (int Offset, double Cost)[costs.Count];
            int i = 0;
            foreach (var pair in costs) found[i++] = (pair.Key, pair.Value);
            return found;
        }

        private delegate void EditHandler(ReadOnlySpan<char> edit, double cost);

        private static void Offer(int offset, byte flags, double cost, Dictionary<int, double> costs)
        {
            if (offset < 0 || (flags & SpellingTableFormat.NoSuggest) != 0) return;
            if (!costs.TryGetValue(offset, out double existing) || cost < existing) costs[offset] = cost;
        }

        private static double Score(ContextModelData? model, string form, double cost, string? previous, string? next, out bool fitsContext)
        {
            double score = -3.0 * cost;
            fitsContext = false;
            if (model is null) return score;
            ulong key = ModelText.HashWord(form.AsSpan());
            int books = model.BooksUnigrams.GetLevel(key);
            int corpus = model.Unigrams.GetLevel(key);
            // Levels are tenths of a binary logarithm of the count.
            score += 0.03 * Math.Max(books, corpus);
            if (previous is not null)
            {
                ulong bigram = ModelText.Bigram(ModelText.HashWord(previous.AsSpan()), key);
                int level = Math.Max(model.BooksBigrams.GetLevel(bigram), model.Bigrams.GetLevel(bigram));
                score += 0.04 * level;
                fitsContext |= level > 0;
            }

            if (next is not null)
            {
                ulong bigram = ModelText.Bigram(key, ModelText.HashWord(next.AsSpan()));
                int level = Math.Max(model.BooksBigrams.GetLevel(bigram), model.Bigrams.GetLevel(bigram));
                score += 0.04 * level;
                fitsContext |= level > 0;
            }

            return score;
        }

        /// <summary>Every string one edit from <paramref name="word"/>, built in <paramref name="buffer"/>, with the edit's cost.</summary>
        private static void ForEachEdit(string word, char[] buffer, EditHandler handle)
        {
            int n = word.Length;
            for (int i = 0; i < n; i++)
            {
                // Deleting a doubled letter ("untill") is a cheap slip.
                bool doubled = (i > 0 && word[i - 1] == word[i]) || (i + 1 < n && word[i + 1] == word[i]);
                word.CopyTo(0, buffer, 0, i);
                word.CopyTo(i + 1, buffer, i, n - i - 1);
                handle(new ReadOnlySpan<char>(buffer, 0, n - 1), doubled ? 0.6 : 1.0);
            }

            word.CopyTo(0, buffer, 0, n);
            for (int i = 0; i + 1 < n; i++)
            {
                if (word[i] == word[i + 1]) continue;
                buffer[i] = word[i + 1];
                buffer[i + 1] = word[i];
                handle(new ReadOnlySpan<char>(buffer, 0, n), 0.8);
                buffer[i] = word[i];
                buffer[i + 1] = word[i + 1];
            }

            for (int i = 0; i < n; i++)
            {
                foreach (char c in Alphabet)
                {
                    if (c == word[i]) continue;
                    buffer[i] = c;
                    handle(new ReadOnlySpan<char>(buffer, 0, n), SubstitutionCost(word[i], c));
                }

                buffer[i] = word[i];
            }

            // A contraction typed without its apostrophe ("dont", "wouldnt").
            for (int i = 1; i < n; i++) Insert(word, buffer, i, '\'', 0.5, handle);

            for (int i = 0; i <= n; i++)
            {
                foreach (char c in Alphabet)
                {
                    // Doubling a letter ("ocasion" → "occasion") is a cheap slip.
                    bool doubles = (i > 0 && word[i - 1] == c) || (i < n && word[i] == c);
                    Insert(word, buffer, i, c, doubles ? 0.6 : 1.0, handle);
                }
            }
        }

        private static void Insert(string word, char[] buffer, int at, char c, double cost, EditHandler handle)
        {
            word.CopyTo(0, buffer, 0, at);
            buffer[at] = c;
            word.CopyTo(at, buffer, at + 1, word.Length - at);
            handle(new ReadOnlySpan<char>(buffer, 0, word.Length + 1), cost);
        }

        private static double SubstitutionCost(char typed, char meant)
        {
            if (IsVowel(typed) && IsVowel(meant)) return 0.7; // "definately", "seperate"
            if (typed < 128 && meant < 128 && Neighbours[typed, meant]) return 0.6;
            return 1.0;
        }

        private static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';

        private static bool[,] CreateNeighbours()
        {
            var neighbours = new bool[128, 128];
            for (int row = 0; row < KeyboardRows.Length; row++)
            {
                for (int column = 0; column < KeyboardRows[row].Length; column++)
                {
                    char key = KeyboardRows[row][column];
                    for (int otherRow = row - 1; otherRow <= row + 1; otherRow++)
                    {
                        if (otherRow < 0 || otherRow >= KeyboardRows.Length) continue;
                        // Rows are staggered; a key is taken to touch the keys at the same index and one to either side.
                        for (int otherColumn = column - 1; otherColumn <= column + 1; otherColumn++)
                        {
                            if (otherColumn < 0 || otherColumn >= KeyboardRows[otherRow].Length) continue;
                            if (otherRow == row && otherColumn == column) continue;
                            neighbours[key, KeyboardRows[otherRow][otherColumn]] = true;
                        }
                    }
                }
            }

            return neighbours;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Tokens;

namespace EditorialLint.Numbers
{
    /// <summary>
    /// The number mentions and salient names of a document, computed once and shared by every rule through
    /// <see cref="AnalyzedDocument.GetShared{T}"/>.
    /// </summary>
    public sealed class NumberMentions
    {
        private static readonly object Key = new object();

        private static readonly HashSet<string> NotNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "I", "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "You", "But", "And", "Or", "If", "As",
            "This", "That", "These", "Those", "Mr", "Mrs", "Ms", "Dr", "Sir", "CEO", "However", "When", "While", "For", "Its",
            "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "What", "Who", "So", "Yes", "No", "Not", "To", "Of",
        };

        private readonly HashSet<string> _names;

        private NumberMentions(ImmutableArray<NumberMention> mentions, ImmutableArray<string> salientNames, HashSet<string> names)
        {
            All = mentions;
            SalientNames = salientNames;
            _names = names;
        }

        /// <summary>Every mention of the document, in text order.</summary>
        public ImmutableArray<NumberMention> All { get; }

        /// <summary>
        /// Proper nouns the document names at least twice, most frequent first (at most 20), lower-cased: what the
        /// article is about, used to tell whether two articles report the same story.
        /// </summary>
        public ImmutableArray<string> SalientNames { get; }

        /// <summary>Whether the document capitalises <paramref name="lowerCaseWord"/> somewhere other than at a sentence start.</summary>
        public bool IsName(string lowerCaseWord) => _names.Contains(lowerCaseWord);

        /// <summary>The shared mentions of <paramref name="document"/>, parsed on first use.</summary>
        public static NumberMentions Get(AnalyzedDocument document) =>
            document.GetShared(Key, d =>
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                var salient = FindSalientNames(d, names);
                return new NumberMentions(NumberMentionParser.Parse(d), salient, names);
            });

        // Counts every capitalised occurrence of a word the document also capitalises away from a sentence start (so
        // "Lind said" at the start of a sentence counts once "Mara Lind" has shown that Lind is a name). Read from the
        // text in place: a name's lower-case string is made once, when first counted, not for each time it is used.
        private static ImmutableArray<string> FindSalientNames(AnalyzedDocument document, HashSet<string> allNames)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            Span<char> scratch = stackalloc char[64];
            foreach (var sentence in document.Sentences)
            {
                var tokens = document.GetTokens(sentence);
                bool atStart = true;
                for (int i = 0; i < tokens.Length; i++)
                {
                    var token = tokens[i];
                    bool initial = atStart;
                    if (token.Kind != TokenKind.Punctuation) atStart = false;
                    if (token.Kind != TokenKind.Word || !char.IsUpper(document.Text[token.Start])) continue;
                    var word = document.GetText(token);
                    if (word.EndsWith("'s".AsSpan(), StringComparison.Ordinal) || word.EndsWith("\u2019s".AsSpan(), StringComparison.Ordinal)) word = word.Slice(0, word.Length - 2);
                    if (word.Length < 2 || Contains(NotNames, word)) continue;
                    if (QuantityLexicon.IsMonthOrWeekday(word)) continue;
                    var lower = word.Length <= scratch.Length ? scratch.Slice(0, word.Length) : new char[word.Length];
                    word.ToLowerInvariant(lower);
                    AddOne(counts, lower);
                    if (!initial) Add(allNames, lower);
                }
            }

            var names = new List<KeyValuePair<string, int>>();
            foreach (var pair in counts)
                if (pair.Value >= 2 && allNames.Contains(pair.Key)) names.Add(pair);
            names.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
            var result = ImmutableArray.CreateBuilder<string>(Math.Min(20, names.Count));
            for (int i = 0; i < names.Count && i < 20; i++) result.Add(names[i].Key);
            return result.ToImmutable();
        }

#if NET
        private static bool Contains(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

        private static void Add(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Add(word);

        private static void AddOne(Dictionary<string, int> counts, ReadOnlySpan<char> word) =>
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts.GetAlternateLookup<ReadOnlySpan<char>>(), word, out _)++;
#else
        private static bool Contains(HashSet<string> set, ReadOnlySpan<char> word) => set.Contains(word.ToString());

        private static void Add(HashSet<string> set, ReadOnlySpan<char> word) => set.Add(word.ToString());

        private static void AddOne(Dictionary<string, int> counts, ReadOnlySpan<char> word)
        {
            var key = word.ToString();
            counts.TryGetValue(key, out int n);
            counts[key] = n + 1;
        }
#endif
    }
}

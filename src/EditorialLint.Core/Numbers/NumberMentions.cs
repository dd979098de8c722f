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
        // "Lind said" at the start of a sentence counts once "Mara Lind" has shown that Lind is a name).
        private static ImmutableArray<string> FindSalientNames(AnalyzedDocument document, HashSet<string> allNames)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
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
                    var word = document.GetString(token);
                    if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) word = word.Substring(0, word.Length - 2);
                    if (word.Length < 2 || NotNames.Contains(word)) continue;
                    if (QuantityLexicon.Months.ContainsKey(word) || QuantityLexicon.Weekdays.ContainsKey(word)) continue;
                    var key = word.ToLowerInvariant();
                    counts.TryGetValue(key, out int n);
                    counts[key] = n + 1;
                    if (!initial) allNames.Add(key);
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
    }
}

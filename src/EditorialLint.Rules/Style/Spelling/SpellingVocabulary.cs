using System;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>
    /// Whether a word is English as far as the spelling check is concerned: in the Hunspell dictionaries (either variety,
    /// any case, with or without a possessive 's), or common in the n-gram counts the tool ships (Google Books words via
    /// SymSpell, which are all SCOWL words, and words seen often enough in the 77-million-word corpus, which knows names,
    /// loanwords and new coinages the dictionaries lack).
    /// </summary>
    internal static class SpellingVocabulary
    {
        /// <summary>
        /// The corpus count level at or above which a word counts as common (levels are 1 + 10 · log2 count: 50 is a
        /// count of about 25). Tuned on the tuning halves of the evaluation sets (docs/quality-spelling.md).
        /// </summary>
        public const int CommonCorpusLevel = 50;

        /// <summary>Whether <paramref name="word"/> is a known word.</summary>
        public static bool IsKnown(SpellingDictionary dictionary, ContextModelData? model, ReadOnlySpan<char> word)
        {
            if (dictionary.Contains(word)) return true;
            var stem = WithoutPossessive(word);
            if (stem.Length != word.Length && stem.Length > 0 && dictionary.Contains(stem)) return true;
            if (model is null) return false;
            ulong key = ModelText.HashWord(stem);
            return model.BooksUnigrams.GetLevel(key) > 0 || model.Unigrams.GetLevel(key) >= CommonCorpusLevel;
        }

        /// <summary>The word without a final 's or s' (either apostrophe).</summary>
        public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word)
        {
            int n = word.Length;
            if (n > 2 && (word[n - 1] == 's' || word[n - 1] == 'S') && IsApostrophe(word[n - 2])) return word.Slice(0, n - 2);
            if (n > 1 && IsApostrophe(word[n - 1])) return word.Slice(0, n - 1);
            return word;
        }

        private static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';
    }
}

using System;
using System.Collections.Generic;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>
    /// Whether a word is English as far as the spelling check is concerned: in the Hunspell dictionaries (either variety,
    /// any case, with or without a possessive 's), common in the n-gram counts the tool ships (Google Books words via
    /// SymSpell, which are all SCOWL words, and words seen often enough in the 77-million-word corpus, which knows names,
    /// loanwords and new coinages the dictionaries lack), or regularly made from known words: a closed compound of two
    /// content words ("paycuts"), a known word with a common prefix ("unreformable") or suffix ("giftable").
    /// </summary>
    internal static class SpellingVocabulary
    {
        /// <summary>
        /// The corpus count level at or above which a word counts as common (levels are 1 + 10 · log2 count: 50 is a
        /// count of about 25). Tuned on the tuning halves of the evaluation sets (docs/quality-spelling.md).
        /// </summary>
        public const int CommonCorpusLevel = 50;

        // Shortest part of a compound or the stem under an affix: shorter ones match by accident ("suffer" + "red").
        private const int MinimumPart = 4;

        /// <summary>
        /// The book count level of a very common word (about the 3,000 most frequent): a derived reading loses to a
        /// suggestion this common one cheap edit away ("un" + "till" is "until").
        /// </summary>
        public const int VeryCommonLevel = 130;

        private static readonly string[] Prefixes =
        {
            "anti", "auto", "bi", "bio", "co", "counter", "cyber", "de", "dis", "eco", "ex", "hyper", "il", "im", "in", "inter",
            "ir", "macro", "mega", "meta", "micro", "mid", "mini", "mis", "multi", "neo", "non", "out", "over", "paleo", "post",
            "pre", "pro", "pseudo", "re", "self", "semi", "sub", "super", "tele", "trans", "tri", "ultra", "un", "under", "up",
        };

        private static readonly string[] Suffixes =
        {
            // Inflections are the dictionaries' job (and "thoses", "monthes" are slips): derivations only.
            "ey", "ness", "less", "ism", "isms", "ist", "ists", "able", "ish", "like", "wise", "ship", "ships", "dom", "hood",
            "ful", "fuls", "ification",
        };

        // A run-together with one of these is a slip ("justfor", "theirfamilies"), not a closed compound.
        private static readonly HashSet<string> FunctionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "the", "and", "but", "for", "nor", "yet", "with", "from", "into", "onto", "upon", "than", "then", "that", "this",
            "these", "those", "their", "there", "they", "them", "what", "which", "who", "whom", "whose", "when", "where", "why",
            "how", "would", "could", "should", "will", "shall", "might", "must", "can", "not", "such", "has", "have", "had",
            "was", "were", "are", "been", "being", "its", "his", "her", "hers", "our", "ours", "your", "yours", "you", "she",
            "him", "also", "very", "just", "only", "about", "after", "before", "while", "because", "said", "says", "all", "any",
            "some", "each", "every", "more", "most", "much", "many", "other", "another", "too", "does",
            "did", "done", "one", "two", "three", "she", "was", "may", "per", "via", "unto", "who",
        };

        /// <summary>Whether <paramref name="word"/> is listed: in a dictionary or common in the counts.</summary>
        public static bool IsKnown(SpellingDictionary dictionary, ContextModelData? model, ReadOnlySpan<char> word)
        {
            if (IsListed(dictionary, model, word)) return true;
            var stem = WithoutPossessive(word);
            return stem.Length != word.Length && stem.Length > 0 && IsListed(dictionary, model, stem);
        }

        /// <summary>Whether an unlisted word is regularly made from known words (a compound, a prefix, a suffix).</summary>
        public static bool IsDerived(SpellingDictionary dictionary, ContextModelData? model, ReadOnlySpan<char> word)
        {
            var stem = WithoutPossessive(word);
            return IsCompound(dictionary, model, stem) || HasKnownPrefix(dictionary, stem) || HasKnownSuffix(dictionary, model, stem);
        }

        /// <summary>
        /// Whether the corpus has seen <paramref name="word"/> at least 128 times less often than <paramref name="suggestion"/>
        /// (seven binary orders of magnitude): a slip is that much rarer than the word it stands for; a coinage or a
        /// loanword is usually not.
        /// </summary>
        public static bool IsFarRarerThan(ContextModelData? model, string word, string suggestion) =>
            model is not null
            && model.Unigrams.GetLevel(ModelText.HashWord(suggestion.AsSpan())) - model.Unigrams.GetLevel(ModelText.HashWord(word.AsSpan())) >= RarerByLevels;

        // Levels are tenths of a binary logarithm: 70 is a factor of 128.
        private const int RarerByLevels = 70;

        /// <summary>Whether a dictionary word is among the most frequent in books.</summary>
        public static bool IsVeryCommon(ContextModelData? model, string word) =>
            model is not null && model.BooksUnigrams.GetLevel(ModelText.HashWord(word.AsSpan())) >= VeryCommonLevel;

        /// <summary>The word without a final 's or s' (either apostrophe).</summary>
        public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word)
        {
            int n = word.Length;
            if (n > 2 && (word[n - 1] == 's' || word[n - 1] == 'S') && IsApostrophe(word[n - 2])) return word.Slice(0, n - 2);
            if (n > 1 && IsApostrophe(word[n - 1])) return word.Slice(0, n - 1);
            return word;
        }

        private static bool IsListed(SpellingDictionary dictionary, ContextModelData? model, ReadOnlySpan<char> word)
        {
            if (dictionary.Contains(word)) return true;
            if (model is null) return false;
            ulong key = ModelText.HashWord(word);
            return model.BooksUnigrams.GetLevel(key) > 0 || model.Unigrams.GetLevel(key) >= CommonCorpusLevel;
        }

        // Only the dictionaries vouch for a part: corpus counts know too many fragments.
        private static bool IsDictionaryWord(SpellingDictionary dictionary, ReadOnlySpan<char> part) =>
            part.Length >= MinimumPart && dictionary.Contains(part);

        // A compound part: a dictionary word of four letters or more, or a very common one of three ("pay", "car", "man").
        private static bool IsCompoundPart(SpellingDictionary dictionary, ContextModelData? model, ReadOnlySpan<char> part) =>
            IsDictionaryWord(dictionary, part)
            || (part.Length == MinimumPart - 1 && dictionary.Contains(part) && model is not null
                && model.BooksUnigrams.GetLevel(ModelText.HashWord(part)) >= VeryCommonLevel);

        private static bool IsCompound(SpellingDictionary dictionary, ContextModelData? model, ReadOnlySpan<char> word)
        {
            for (int split = MinimumPart - 1; split <= word.Length - MinimumPart + 1; split++)
            {
                var left = word.Slice(0, split);
                var right = word.Slice(split);
                if (!IsCompoundPart(dictionary, model, left) || !IsCompoundPart(dictionary, model, right)) continue;
                if (FunctionWords.Contains(left.ToString()) || FunctionWords.Contains(right.ToString())) continue;
                return true;
            }

            return false;
        }

        private static bool HasKnownPrefix(SpellingDictionary dictionary, ReadOnlySpan<char> word)
        {
            foreach (var prefix in Prefixes)
            {
                if (word.Length - prefix.Length < MinimumPart || !word.StartsWith(prefix.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
                if (IsDictionaryWord(dictionary, word.Slice(prefix.Length))) return true;
            }

            return false;
        }

        private static bool HasKnownSuffix(SpellingDictionary dictionary, ContextModelData? model, ReadOnlySpan<char> word)
        {
            foreach (var suffix in Suffixes)
            {
                if (word.Length - suffix.Length < MinimumPart || !word.EndsWith(suffix.AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
                var stem = word.Slice(0, word.Length - suffix.Length);
                if (IsListed(dictionary, model, stem)) return true;
                // "cringey" from "cringe", "giftable" from "gift": a final e may drop or stay.
                if (suffix[0] != 'e' && IsVowel(suffix[0]) && IsListed(dictionary, model, (stem.ToString() + "e").AsSpan())) return true;
            }

            return false;
        }

        private static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';

        private static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';
    }
}

using System;
using System.Collections.Generic;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// English's regular inflections, for the inflecting spinner: the base forms a word may be an inflection of, and the same
    /// inflection put on another base. No lexicon: a form is accepted only where a dictionary's word counts know it, so that
    /// "goed" or "pathed" never reach a spun text.
    /// </summary>
    internal static class RegularInflection
    {
        /// <summary>The regular inflections: plural or third person (-s), past (-ed), present participle (-ing).</summary>
        public enum Kind
        {
            S,
            Ed,
            Ing,
        }

        /// <summary>The base forms <paramref name="word"/> may be a regular inflection of, likeliest first.</summary>
        public static IEnumerable<(string Base, Kind Kind)> BaseForms(string word)
        {
            int n = word.Length;
            if (n < 5) yield break;
            if (word.EndsWith("ies", StringComparison.Ordinal)) yield return (word.Substring(0, n - 3) + "y", Kind.S);
            else if (word.EndsWith("es", StringComparison.Ordinal) && IsSibilantEnd(word.Substring(0, n - 2))) yield return (word.Substring(0, n - 2), Kind.S);
            else if (word[n - 1] == 's' && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
                && !word.EndsWith("is", StringComparison.Ordinal)) yield return (word.Substring(0, n - 1), Kind.S);

            if (word.EndsWith("ied", StringComparison.Ordinal)) yield return (word.Substring(0, n - 3) + "y", Kind.Ed);
            else if (word.EndsWith("ed", StringComparison.Ordinal))
            {
                string stem = word.Substring(0, n - 2);
                yield return (stem + "e", Kind.Ed);
                yield return (stem, Kind.Ed);
                if (stem.Length > 2 && stem[stem.Length - 1] == stem[stem.Length - 2]) yield return (stem.Substring(0, stem.Length - 1), Kind.Ed);
            }

            if (word.EndsWith("ing", StringComparison.Ordinal))
            {
                string stem = word.Substring(0, n - 3);
                yield return (stem, Kind.Ing);
                yield return (stem + "e", Kind.Ing);
                if (stem.Length > 2 && stem[stem.Length - 1] == stem[stem.Length - 2]) yield return (stem.Substring(0, stem.Length - 1), Kind.Ing);
            }
        }

        /// <summary>The regular form of <paramref name="word"/> for the inflection (no doubled consonants: a spinner's rule).</summary>
        public static string Inflect(string word, Kind kind)
        {
            int n = word.Length;
            bool consonantY = n > 1 && word[n - 1] == 'y' && !IsVowel(word[n - 2]);
            switch (kind)
            {
                case Kind.S:
                    if (consonantY) return word.Substring(0, n - 1) + "ies";
                    return IsSibilantEnd(word) ? word + "es" : word + "s";
                case Kind.Ed:
                    if (consonantY) return word.Substring(0, n - 1) + "ied";
                    return word[n - 1] == 'e' ? word + "d" : word + "ed";
                default:
                    return word[n - 1] == 'e' && n > 2 && word[n - 2] != 'e' ? word.Substring(0, n - 1) + "ing" : word + "ing";
            }
        }

        private static bool IsSibilantEnd(string word) =>
            word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("x", StringComparison.Ordinal) || word.EndsWith("z", StringComparison.Ordinal)
            || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal);

        private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
    }
}

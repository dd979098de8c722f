using System;
using System.Collections.Generic;
using EditorialLint.Rules.Style.Spelling;

namespace EditorialLint.Tools.SpellingTableBuilder
{
    /// <summary>The merged word forms of both dictionaries with their flags, and the British/American variant pairs.</summary>
    internal sealed class SpellingTable
    {
        // British → American spellings of one word. A pair is recorded only when the British side is in en_GB alone and
        // the American side in en_US, by one or two of these changes, which keeps unrelated words apart.
        private static readonly (string British, string American)[] VariantChanges =
        {
            ("our", "or"), ("ise", "ize"), ("isi", "izi"), ("isa", "iza"), ("yse", "yze"), ("ysi", "yzi"), ("ysa", "yza"),
            ("tre", "ter"), ("bre", "ber"), ("ogue", "og"), ("ence", "ense"), ("ll", "l"), ("ae", "e"), ("oe", "e"),
            // Not "judgement"/"judgment" or "sizeable"/"sizable": American dictionaries accept both, so an article that mixes
            // them has not mixed varieties.
            ("mme", "m"), ("que", "ck"),
        };

        private SpellingTable(SortedDictionary<string, byte> entries, List<(string, string)> pairs)
        {
            Entries = entries;
            Pairs = pairs;
        }

        /// <summary>Form → flags (<see cref="SpellingTableFormat"/>), sorted by ordinal comparison.</summary>
        public SortedDictionary<string, byte> Entries { get; }

        /// <summary>(British, American) pairs.</summary>
        public List<(string British, string American)> Pairs { get; }

        public static SpellingTable Merge(Dictionary<string, bool> american, Dictionary<string, bool> british)
        {
            var entries = new SortedDictionary<string, byte>(StringComparer.Ordinal);
            Add(entries, american, SpellingTableFormat.American);
            Add(entries, british, SpellingTableFormat.British);

            // Possessives are looked up without their 's, so they need no entry of their own.
            var possessives = new List<string>();
            foreach (var form in entries.Keys)
                if (form.EndsWith("'s", StringComparison.Ordinal) && entries.ContainsKey(form.Substring(0, form.Length - 2))) possessives.Add(form);
            foreach (var form in possessives) entries.Remove(form);

            var pairs = new List<(string, string)>();
            foreach (var pair in entries)
            {
                if (pair.Value != SpellingTableFormat.British && pair.Value != (SpellingTableFormat.British | SpellingTableFormat.NoSuggest)) continue;
                // Names pair up by accident ("Balla", "Bala"): common words only.
                if (!char.IsLower(pair.Key[0])) continue;
                var counterpart = FindAmerican(pair.Key, entries);
                if (counterpart is not null) pairs.Add((pair.Key, counterpart));
            }

            foreach (var (gb, us) in pairs)
            {
                entries[gb] |= SpellingTableFormat.HasVariant;
                entries[us] |= SpellingTableFormat.HasVariant;
            }

            return new SpellingTable(entries, pairs);
        }

        private static void Add(SortedDictionary<string, byte> entries, Dictionary<string, bool> forms, byte variety)
        {
            foreach (var pair in forms)
            {
                var form = Normalize(pair.Key);
                if (form is null) continue;
                entries.TryGetValue(form, out byte flags);
                // A form is never suggested when either dictionary says so.
                entries[form] = (byte)(flags | variety | (pair.Value ? SpellingTableFormat.NoSuggest : 0));
            }
        }

        // Forms the table can hold: Latin-1, no digits (the rule skips words with digits), at most 255 characters.
        private static string? Normalize(string form)
        {
            if (form.Length == 0 || form.Length > 255) return null;
            var chars = form.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = SpellingTableFormat.Normalize(chars[i]);
                if (chars[i] > '\u00FF' || char.IsDigit(chars[i])) return null;
            }

            return new string(chars);
        }

        private static string? FindAmerican(string british, SortedDictionary<string, byte> entries)
        {
            // One change, then two ("travelled" needs none more; "colourised" needs both).
            foreach (var once in Changes(british))
            {
                if (IsAmerican(once, entries)) return once;
            }

            foreach (var once in Changes(british))
            {
                foreach (var twice in Changes(once))
                    if (IsAmerican(twice, entries)) return twice;
            }

            return null;
        }

        // The American side may be British too ("realize" is in en_GB, which accepts -ize): the British side is not American.
        private static bool IsAmerican(string form, SortedDictionary<string, byte> entries) =>
            entries.TryGetValue(form, out byte flags) && (flags & SpellingTableFormat.American) != 0;

        private static IEnumerable<string> Changes(string word)
        {
            foreach (var (from, to) in VariantChanges)
            {
                int at = word.IndexOf(from, StringComparison.Ordinal);
                while (at >= 0)
                {
                    // A final "ae" is a Latin plural ("agapae"), not a British digraph.
                    if (at + from.Length == word.Length && (from == "ae" || from == "oe"))
                    {
                        at = word.IndexOf(from, at + 1, StringComparison.Ordinal);
                        continue;
                    }

                    yield return word.Substring(0, at) + to + word.Substring(at + from.Length);
                    at = word.IndexOf(from, at + 1, StringComparison.Ordinal);
                }
            }
        }
    }
}

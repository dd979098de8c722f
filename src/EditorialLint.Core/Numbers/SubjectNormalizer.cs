using System;
using System.Collections.Generic;

namespace EditorialLint.Numbers
{
    /// <summary>
    /// Turns the words that name what a figure counts into one key, so that mentions of one thing meet: lemma
    /// ("users" → "user"), compounds ("user base", "user count" → "user") and a few synonyms ("staff",
    /// "workforce" → "employee"; "fortune" → "net worth").
    /// </summary>
    public static class SubjectNormalizer
    {
        // Compounds of a modifier and a head that name the modifier's thing ("user base" counts users).
        private static readonly HashSet<string> CountHeads = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "base", "count", "growth", "numbers", "number", "total", "tally", "figures", "figure", "levels", "level",
        };

        private static readonly Dictionary<string, string> Compounds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["net worth"] = "net worth", ["net value"] = "net worth", ["market value"] = "market value", ["share price"] = "share price",
            ["market capitalisation"] = "market value", ["market capitalization"] = "market value", ["market cap"] = "market value",
            ["death toll"] = "death", ["jail term"] = "sentence", ["prison sentence"] = "sentence", ["prison term"] = "sentence",
        };

        private static readonly Dictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["staff"] = "employee",
            ["staffers"] = "employee", ["employees"] = "employee", ["workforce"] = "employee", ["headcount"] = "employee",
            ["fortune"] = "net worth", ["wealth"] = "net worth", ["profits"] = "profit", ["revenues"] = "revenue",
            ["sales"] = "sales", ["news"] = "news", ["series"] = "series", ["species"] = "species", ["police"] = "police",
            ["data"] = "data", ["media"] = "media", ["analysis"] = "analysis", ["crisis"] = "crisis", ["bus"] = "bus",
            ["status"] = "status", ["census"] = "census", ["virus"] = "virus", ["bonus"] = "bonus", ["campus"] = "campus",
            ["lives"] = "life", ["wives"] = "wife", ["knives"] = "knife", ["thieves"] = "thief", ["leaves"] = "leave",
            ["deaths"] = "death", ["dead"] = "death", ["fatalities"] = "death", ["casualties"] = "casualty",
            ["viewers"] = "viewer", ["feet"] = "foot", ["teeth"] = "tooth", ["mice"] = "mouse", ["geese"] = "goose",
        };

        /// <summary>The key for a head noun and the word before it (which may be null).</summary>
        public static string Normalize(string head, string? modifier)
        {
            if (modifier is not null)
            {
                if (Compounds.TryGetValue(modifier + " " + head, out var compound)) return compound;
                if (CountHeads.Contains(head)) return Lemma(modifier);
            }

            return Lemma(head);
        }

        /// <summary>Whether "modifier head" is a fixed compound ("net worth", "market value").</summary>
        public static bool IsCompound(string modifier, string head) => Compounds.ContainsKey(modifier + " " + head);

        /// <summary>Whether the pair is a compound the normaliser folds into the modifier ("user base").</summary>
        public static bool IsCountCompound(string head, string modifier) =>
            CountHeads.Contains(head) || Compounds.ContainsKey(modifier + " " + head);

        /// <summary>The singular, lower-case form of a noun ("companies" → "company", "users" → "user").</summary>
        public static string Lemma(string word)
        {
            var w = word.ToLowerInvariant();
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)) w = w.Substring(0, w.Length - 2);
            if (Irregular.TryGetValue(w, out var irregular)) return irregular;
            if (w.Length <= 3) return w;
            if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w.Substring(0, w.Length - 3) + "y";
            if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
                || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal))
                return w.Substring(0, w.Length - 2);
            if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal))
                return w;
            if (w.EndsWith("s", StringComparison.Ordinal)) return w.Substring(0, w.Length - 1);
            return w;
        }

        /// <summary>Whether a word looks like a plural noun ("users", "people", "children").</summary>
        public static bool LooksPlural(string word)
        {
            var w = word.ToLowerInvariant();
            if (Irregular.TryGetValue(w, out var lemma)) return !string.Equals(lemma, w, StringComparison.Ordinal) || w == "staff" || w == "police" || w == "sales";
            if (w.Length <= 3) return false;
            return w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)
                && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)
                && !w.EndsWith("'s", StringComparison.Ordinal);
        }
    }
}

using System;
using System.Collections.Generic;

namespace EditorialLint.Numbers
{
    /// <summary>
    /// English number words: cardinals, ordinals and scales, both ways. Values are doubles, so "nine hundred fifty
    /// billion" or "tens of trillions" never overflow (Humanizer's <c>ToNumber</c> is an <c>int</c>).
    /// </summary>
    public static class NumberWords
    {
        private static readonly Dictionary<string, int> Units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
            ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
            ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        };

        private static readonly Dictionary<string, int> Tens = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        };

        private static readonly Dictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
        {
            ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        };

        private static readonly Dictionary<string, int> OrdinalUnits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
            ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
            ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
            ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
            ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
            ["thousandth"] = 1000, ["millionth"] = 1000000,
        };

        // Suffixes and abbreviations glued to digits or standing after them ("9.5bn", "950M", "$600m", "3 mln").
        private static readonly Dictionary<string, double> ScaleSuffixes = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
        {
            ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["b"] = 1e9, ["bn"] = 1e9, ["tn"] = 1e12, ["tr"] = 1e12, ["trn"] = 1e12,
        };

        private static readonly string[] SmallWords =
        {
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        };

        private static readonly string[] TensWords = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

        /// <summary>The value of a cardinal word below a hundred ("four", "twenty", "twenty-one"), or -1.</summary>
        public static int SmallCardinal(string word)
        {
            if (Units.TryGetValue(word, out int u)) return u;
            if (Tens.TryGetValue(word, out int t)) return t;
            int dash = word.IndexOf('-');
            if (dash > 0 && Tens.TryGetValue(word.Substring(0, dash), out t) && Units.TryGetValue(word.Substring(dash + 1), out u) && u > 0 && u < 10)
                return t + u;
            return -1;
        }

        /// <summary>The value of an ordinal word ("fourth", "twenty-first", "hundredth"), or -1.</summary>
        public static int Ordinal(string word)
        {
            if (OrdinalUnits.TryGetValue(word, out int o)) return o;
            int dash = word.IndexOf('-');
            if (dash > 0 && Tens.TryGetValue(word.Substring(0, dash), out int t) && OrdinalUnits.TryGetValue(word.Substring(dash + 1), out o) && o < 10)
                return t + o;
            return -1;
        }

        /// <summary>The multiplier of a scale word ("million" is 1e6), or 0.</summary>
        public static double ScaleWord(string word)
        {
            if (Scales.TryGetValue(word, out double s)) return s;
            if (word.Length > 1 && (word[word.Length - 1] == 's' || word[word.Length - 1] == 'S')
                && Scales.TryGetValue(word.Substring(0, word.Length - 1), out s))
                return s;
            return 0;
        }

        /// <summary>
        /// The words a cardinal or an ordinal can start with, on their own or before a hyphen ("twenty-one",
        /// "twenty-first"): units, tens and ordinals.
        /// </summary>
        internal static IEnumerable<string> StartWords()
        {
            foreach (var w in Units.Keys) yield return w;
            foreach (var w in Tens.Keys) yield return w;
            foreach (var w in OrdinalUnits.Keys) yield return w;
        }

        /// <summary>Whether a word is a scale word in the singular ("million", not "millions").</summary>
        public static bool IsSingularScaleWord(string word) => Scales.ContainsKey(word);

        /// <summary>The multiplier of a scale suffix or abbreviation ("bn", "m", "mln", "k"), or 0.</summary>
        public static double ScaleSuffix(string suffix) => ScaleSuffixes.TryGetValue(suffix, out double s) ? s : 0;

        /// <summary>Whether a word can begin or continue a cardinal number phrase.</summary>
        public static bool IsCardinalWord(string word) =>
            SmallCardinal(word) >= 0 || string.Equals(word, "hundred", StringComparison.OrdinalIgnoreCase) || Scales.ContainsKey(word)
            || string.Equals(word, "dozen", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Parses the longest number phrase at the start of <paramref name="words"/> ("nine hundred fifty million",
        /// "one hundred and twenty", "a dozen", "half a million", "two and a half"). Returns how many words were used
        /// (0 when none) and the value.
        /// </summary>
        public static int ParseCardinal(IReadOnlyList<string> words, out double value)
        {
            value = 0;
            double total = 0, current = 0;
            int used = 0;
            bool any = false;
            double lastScale = double.MaxValue;
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                int small = SmallCardinal(w);
                if (small >= 0)
                {
                    // "twenty four" is one number; "four five" is not.
                    if (any && current % 100 != 0 && !(current % 100 >= 20 && current % 10 == 0 && small < 10)) break;
                    if (any && current % 100 == 0 && current % 1000 != 0 && small >= 100) break;
                    current += small;
                    any = true;
                    used = i + 1;
                    continue;
                }

                if (string.Equals(w, "a", StringComparison.OrdinalIgnoreCase) || string.Equals(w, "an", StringComparison.OrdinalIgnoreCase))
                {
                    // "a hundred", "a million", "a dozen" only.
                    if (any || i + 1 >= words.Count) break;
                    var next = words[i + 1];
                    if (!string.Equals(next, "hundred", StringComparison.OrdinalIgnoreCase) && !Scales.ContainsKey(next)
                        && !string.Equals(next, "dozen", StringComparison.OrdinalIgnoreCase))
                        break;
                    current = 1;
                    any = true;
                    continue;
                }

                if (string.Equals(w, "hundred", StringComparison.OrdinalIgnoreCase))
                {
                    if (!any) break;
                    if (current >= 100 || current == 0) break;
                    current *= 100;
                    used = i + 1;
                    continue;
                }

                if (string.Equals(w, "dozen", StringComparison.OrdinalIgnoreCase))
                {
                    if (!any || current >= 100) break;
                    current *= 12;
                    used = i + 1;
                    continue;
                }

                if (Scales.TryGetValue(w, out double scale))
                {
                    if (!any || scale >= lastScale) break;
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                    lastScale = scale;
                    used = i + 1;
                    continue;
                }

                if (string.Equals(w, "and", StringComparison.OrdinalIgnoreCase) && any && i + 1 < words.Count)
                {
                    // "one hundred and twenty", "two and a half".
                    var next = words[i + 1];
                    if (SmallCardinal(next) >= 0 && SmallCardinal(next) < 100 && current % 100 == 0 && current >= 100) continue;
                    if ((string.Equals(next, "a", StringComparison.OrdinalIgnoreCase) || string.Equals(next, "an", StringComparison.OrdinalIgnoreCase))
                        && i + 2 < words.Count && string.Equals(words[i + 2], "half", StringComparison.OrdinalIgnoreCase)
                        && current > 0 && current < 100)
                    {
                        current += 0.5;
                        used = i + 3;
                        i += 2;
                        continue;
                    }

                    break;
                }

                if (string.Equals(w, "half", StringComparison.OrdinalIgnoreCase) && !any && i + 2 < words.Count
                    && (string.Equals(words[i + 1], "a", StringComparison.OrdinalIgnoreCase) || string.Equals(words[i + 1], "an", StringComparison.OrdinalIgnoreCase))
                    && Scales.TryGetValue(words[i + 2], out scale))
                {
                    // "half a million".
                    total = 0.5 * scale;
                    current = 0;
                    any = true;
                    lastScale = scale;
                    used = i + 3;
                    i += 2;
                    continue;
                }

                break;
            }

            if (used == 0) return 0;
            value = total + current;
            return used;
        }

        /// <summary>
        /// Words for a whole number below a thousand ("four", "twenty-one", "three hundred and five"), for fixes and
        /// messages; other numbers are written in digits.
        /// </summary>
        public static string ToWords(long number)
        {
            if (number < 0 || number >= 1000) return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (number < 20) return SmallWords[number];
            if (number < 100)
            {
                var tens = TensWords[number / 10];
                return number % 10 == 0 ? tens : tens + "-" + SmallWords[number % 10];
            }

            var hundreds = SmallWords[number / 100] + " hundred";
            return number % 100 == 0 ? hundreds : hundreds + " and " + ToWords(number % 100);
        }
    }
}

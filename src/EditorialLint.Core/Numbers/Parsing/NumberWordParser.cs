// Numbers in words ("nine hundred fifty million", "a dozen", "half a million") and vague amounts ("tens of millions").
using System;
using System.Globalization;
using EditorialLint.Tokens;
using Core = EditorialLint.Numbers.NumberMentionParser.Scanner.Core;

namespace EditorialLint.Numbers
{
    /// <summary>Numbers in words ("nine hundred fifty million", "a dozen", "half a million") and vague amounts ("tens of millions"), read over the shared <see cref="NumberMentionParser.Scanner"/>.</summary>
    internal static class NumberWordParser
    {
        // "tens of millions", "hundreds of thousands", "thousands of", "dozens of", "millions".
        internal static bool IsVagueStart(NumberMentionParser.Scanner s, int i, int end)
        {
            if (!s.IsWord(i)) return false;
            var w = s.Lower(i);
            if (w != "tens" && w != "dozens" && w != "hundreds" && w != "thousands" && w != "millions" && w != "billions") return false;
            return i + 1 < end && s.IsLower(i + 1, "of");
        }

        internal static Core? ParseVague(NumberMentionParser.Scanner s, int i, int end)
        {
            var w = s.Lower(i);
            double unitValue = w switch
            {
                "tens" => 10,
                "dozens" => 12,
                "hundreds" => 100,
                "thousands" => 1e3,
                "millions" => 1e6,
                _ => 1e9,
            };
            int k = i + 2; // past "of"
            double scale = 1;
            if (k < end && s.IsWord(k))
            {
                var named = NumberWords.ScaleWord(s.Lower(k));
                if (named > 0 && !NumberWords.IsSingularScaleWord(s.Lower(k)))
                {
                    scale = named;
                    k++;
                    if (k < end && s.IsLower(k, "of")) k++;
                }
            }

            double low = unitValue * scale * (w == "dozens" ? 2 : 1);
            double high = unitValue * scale * (w == "dozens" ? 9 : 10);
            return new Core
            {
                Start = i,
                End = k,
                NumberEnd = k,
                Value = low,
                Low = low,
                High = high,
                Scale = scale,
                ScaleGiven = scale > 1,
                Resolution = 0,
                Form = NumberForm.Words,
                Vague = true,
            };
        }

        // "four", "twenty-one", "nine hundred fifty million", "a dozen", "half a million", "two and a half",
        // "twenty-first", "four-day" (the unit part is read later from the same token).
        internal static Core? ParseWords(NumberMentionParser.Scanner s, int i, int end)
        {
            var first = s.Lower(i);
            int ordinal = NumberWords.Ordinal(first);
            if (ordinal > 0)
            {
                // "second" after a number is a time unit, and "a second" is often one too; both are read elsewhere.
                return new Core
                {
                    Start = i, End = i + 1, NumberEnd = i + 1, Value = ordinal, Low = ordinal, High = ordinal, Scale = 1,
                    Resolution = 0.5, Form = NumberForm.Words, Ordinal = true,
                };
            }

            // Most words are not numbers: decide before collecting anything.
            if (NumberWords.SmallCardinal(first) < 0 && NumberWords.SmallCardinal(QuantityParser.FirstPart(first)) < 0
                && first != "a" && first != "an" && first != "half")
                return null;

            // "a" starts a number only before "hundred", "dozen" or a scale word ("a million"), and "half" only in
            // "half a million" (see NumberWords.ParseCardinal): rule the common article out before the next ten
            // words are collected and lower-cased.
            if ((first == "a" || first == "an") && !(i + 1 < end && s.IsWord(i + 1) && HeadIsAny(s, i + 1, AfterA)))
                return null;
            if (first == "half" && !(i + 2 < end && s.IsWord(i + 2) && (s.IsLower(i + 1, "a") || s.IsLower(i + 1, "an")) && HeadIsAny(s, i + 2, Scales)))
                return null;

            var words = s.Words;
            words.Clear();
            string? hyphenUnit = null;
            for (int k = i; k < end && k < i + 10 && s.IsWord(k); k++)
            {
                var w = s.Lower(k);
                int dash = w.IndexOf('-');
                if (dash > 0 && NumberWords.SmallCardinal(w) < 0)
                {
                    // "four-day", "ten-year-old", "twenty-one-year-old": the number part, then the unit in the same token.
                    int split = dash;
                    int second = w.IndexOf('-', dash + 1);
                    if (second > 0 && NumberWords.SmallCardinal(w.Substring(0, second)) >= 0) split = second;
                    if (words.Count == 0 || k == i + words.Count)
                    {
                        words.Add(w.Substring(0, split));
                        hyphenUnit = w.Substring(split + 1);
                    }

                    break;
                }

                words.Add(w);
            }

            int used = NumberWords.ParseCardinal(words, out double value);
            if (used == 0) return null;
            int endToken = i + used;
            if (hyphenUnit is not null && used != words.Count) hyphenUnit = null;
            if (hyphenUnit is not null && (hyphenUnit.StartsWith("third", StringComparison.Ordinal) || hyphenUnit.StartsWith("quarter", StringComparison.Ordinal)
                || hyphenUnit.StartsWith("fifth", StringComparison.Ordinal) || hyphenUnit.StartsWith("half", StringComparison.Ordinal)
                || hyphenUnit.StartsWith("off", StringComparison.Ordinal) || hyphenUnit.StartsWith("time", StringComparison.Ordinal)))
            {
                // "two-thirds", "one-off", "two-time" are not counts.
                return null;
            }

            var scale = 1.0;
            for (int k = i; k < endToken && k - i < words.Count; k++)
            {
                var named = NumberWords.ScaleWord(words[k - i]);
                if (named > 0) scale = named;
            }

            return new Core
            {
                Start = i,
                End = endToken,
                NumberEnd = endToken,
                Value = value,
                Low = value,
                High = value,
                Scale = scale,
                ScaleGiven = scale > 1,
                Resolution = DigitParser.ResolutionOfValue(value, scale),
                Form = NumberForm.Words,
                Digits = value < 1e15 && value == Math.Floor(value) ? ((long)value).ToString(CultureInfo.InvariantCulture) : null,
                HyphenUnit = hyphenUnit,
            };
        }

        private static readonly string[] Scales = { "thousand", "million", "billion", "trillion" };
        private static readonly string[] AfterA = { "hundred", "dozen", "thousand", "million", "billion", "trillion" };

        // Whether token k, or its part before a hyphen ("hundred-year"), is one of the words, lower-cased: the word
        // that ParseWords collects for it, when the word is none of the hyphenated cardinals ("twenty-one").
        private static bool HeadIsAny(NumberMentionParser.Scanner s, int k, string[] words)
        {
            var text = s.Document.GetText(s[k]);
            int dash = text.IndexOf('-');
            if (dash > 0) text = text.Slice(0, dash);
            foreach (var word in words)
                if (NumberMentionParser.Scanner.EqualsLower(text, word)) return true;
            return false;
        }
    }
}

// Digits with separators, decimals, suffixes and scale words ("9.5bn", "950 million", "10km"), and their rounding.
using System;
using System.Globalization;
using EditorialLint.Tokens;
using Core = EditorialLint.Numbers.NumberMentionParser.Scanner.Core;

namespace EditorialLint.Numbers
{
    /// <summary>Digits with separators, decimals, suffixes and scale words ("9.5bn", "950 million", "10km") and their rounding, read over the shared <see cref="NumberMentionParser.Scanner"/>.</summary>
    internal static class DigitParser
    {
        internal static Core? ParseDigits(NumberMentionParser.Scanner s, int i, int end)
        {
            // "3/4 inch", "09:30": a fraction or a time is not a quantity of its own.
            if (i > 0 && s.Adjacent(i - 1, i) && (s.IsPunct(i - 1, '/') || s.IsPunct(i - 1, ':')) && s.IsNumber(i - 2)) return null;
            if (i + 2 < s.Count && s.Adjacent(i, i + 1) && (s.IsPunct(i + 1, '/') || s.IsPunct(i + 1, ':')) && s.IsNumber(i + 2) && s.Adjacent(i + 1, i + 2)) return null;
            var t = s.Text(i);
            if (!TryReadDigits(t, out var read)) return null;
            var core = new Core
            {
                Start = i,
                End = i + 1,
                NumberEnd = i + 1,
                Value = read.Value,
                Scale = 1,
                Currency = read.Currency,
                Digits = read.IntegerDigits,
                HasSeparator = read.HasSeparator,
                HasDecimal = read.DecimalDigits > 0,
                Form = NumberForm.Digits,
            };
            double resolution = Resolution(read.IntegerDigits, read.DecimalDigits);
            var suffix = read.Suffix;
            if (suffix == "%") core.Percent = true;
            else if (suffix.Length > 0)
            {
                var lower = suffix.ToLowerInvariant();
                if (lower == "st" || lower == "nd" || lower == "rd" || lower == "th") core.Ordinal = true;
                else if (lower == "s") core.Decade = true;
                else
                {
                    double scale = NumberWords.ScaleSuffix(lower);
                    if (scale == 0) return null;
                    // "100m" in athletics is metres.
                    if (lower == "m" && read.Currency is null && i + 1 < end && s.IsWord(i + 1) && QuantityLexicon.MetreContexts.Contains(s.Lower(i + 1)))
                    {
                        core.GluedUnit = "m";
                    }
                    else
                    {
                        core.Scale = scale;
                        core.ScaleGiven = true;
                    }
                }
            }

            // A scale word after the digits: "950 million", "9.5 billion", "3 mln".
            int k = i + 1;
            if (!core.Percent && !core.Ordinal && !core.Decade && !core.ScaleGiven && k < end && s.IsWord(k))
            {
                var w = s.Lower(k);
                double scale = NumberWords.IsSingularScaleWord(w) ? NumberWords.ScaleWord(w)
                    : w == "bn" || w == "mln" || w == "mn" || w == "trn" || w == "tn" ? NumberWords.ScaleSuffix(w) : 0;
                if (scale == 0 && w == "hundred") scale = 100;
                if (scale > 0)
                {
                    core.Scale = scale;
                    core.ScaleGiven = true;
                    core.Form = NumberForm.Mixed;
                    k++;
                    // "1.5 million thousand" is not English; one scale word only.
                }
            }

            core.End = k;
            core.NumberEnd = k;
            core.Value = read.Value * core.Scale;
            // Past the range of a double ("999…999 trillion"): not a figure anyone can check.
            if (double.IsInfinity(core.Value)) return null;
            core.Low = core.Value;
            core.High = core.Value;
            core.Resolution = resolution * core.Scale;
            return core;
        }

        // "10km", "5kg", "30C", "50p": digits with a unit glued on (the tokenizer makes these words).
        internal static Core? ParseDigitWord(NumberMentionParser.Scanner s, int i, int end)
        {
            var t = s.Text(i);
            var unit = DigitWordUnit(t);
            if (unit is null) return null;
            int p = 0;
            while (p < t.Length && (char.IsDigit(t[p]) || t[p] == '.' || t[p] == ',')) p++;
            if (!TryReadDigits(t.Substring(0, p), out var read)) return null;
            return new Core
            {
                Start = i,
                End = i + 1,
                NumberEnd = i + 1,
                Value = read.Value,
                Low = read.Value,
                High = read.Value,
                Scale = 1,
                Resolution = Resolution(read.IntegerDigits, read.DecimalDigits),
                Form = NumberForm.Digits,
                Digits = read.IntegerDigits,
                HasSeparator = read.HasSeparator,
                HasDecimal = read.DecimalDigits > 0,
                GluedUnit = unit,
            };
        }

        internal static string? DigitWordUnit(string t)
        {
            int p = 0;
            while (p < t.Length && (char.IsDigit(t[p]) || t[p] == '.' || t[p] == ',')) p++;
            if (p == 0 || p == t.Length) return null;
            var suffix = t.Substring(p);
            return QuantityLexicon.GluedUnits.TryGetValue(suffix, out var unit) ? unit
                : QuantityLexicon.GluedUnits.TryGetValue(suffix.ToLowerInvariant(), out unit) && suffix.Length > 1 ? unit : null;
        }


        // ---- Digits ------------------------------------------------------------------------------------------

        internal struct DigitsRead
        {
            public double Value;
            public string IntegerDigits;
            public int DecimalDigits;
            public bool HasSeparator;
            public string? Currency;
            public string Suffix;
        }

        internal static bool TryReadDigits(string t, out DigitsRead read)
        {
            read = default;
            read.Suffix = string.Empty;
            read.IntegerDigits = string.Empty;
            int p = 0;
            if (p < t.Length && Tokenizer.IsCurrencySymbol(t[p]))
            {
                read.Currency = QuantityLexicon.CurrencyOfSymbol(t[p]);
                p++;
            }

            var integer = new System.Text.StringBuilder(t.Length);
            while (p < t.Length && (char.IsDigit(t[p]) || (t[p] == ',' && p + 1 < t.Length && char.IsDigit(t[p + 1]))))
            {
                if (t[p] == ',') read.HasSeparator = true;
                else integer.Append(t[p]);
                p++;
            }

            if (integer.Length == 0) return false;
            string fraction = string.Empty;
            if (p + 1 < t.Length && t[p] == '.' && char.IsDigit(t[p + 1]))
            {
                int f = ++p;
                while (p < t.Length && char.IsDigit(t[p])) p++;
                fraction = t.Substring(f, p - f);
            }

            read.IntegerDigits = integer.ToString();
            read.DecimalDigits = fraction.Length;
            read.Suffix = t.Substring(p);
            var number = fraction.Length > 0 ? read.IntegerDigits + "." + fraction : read.IntegerDigits;
            if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out read.Value)) return false;
            return !double.IsInfinity(read.Value);
        }

        // Half the unit of the last significant digit. Trailing zeros of a whole number are taken as rounding,
        // but at least two significant digits are assumed ("500,000" is ± 5,000, not ± 50,000).
        internal static double Resolution(string integerDigits, int decimalDigits)
        {
            if (decimalDigits > 0) return 0.5 * Math.Pow(10, -decimalDigits);
            var digits = integerDigits.TrimStart('0');
            int n = digits.Length;
            if (n == 0) return 0.5;
            int zeros = 0;
            for (int p = n - 1; p >= 0 && digits[p] == '0'; p--) zeros++;
            int power = zeros;
            if (n - zeros < 2 && n >= 2) power = n - 2;
            return 0.5 * Math.Pow(10, power);
        }

        internal static double ResolutionOfValue(double value, double scale)
        {
            if (value == Math.Floor(value) && value < 1e15)
                return Resolution(((long)value).ToString(CultureInfo.InvariantCulture), 0);
            // "two and a half", "half a million": a half of the scale.
            return 0.25 * scale;
        }
    }
}

// Units after a figure: currencies in words, percentages, pence, durations and ages, measures, hyphenated units.
using EditorialLint.Tokens;

namespace EditorialLint.Numbers
{
    /// <summary>Units after a figure (currency words, percent, pence, durations and ages, measures, hyphenated units), read over the shared <see cref="NumberMentionParser.Scanner"/>.</summary>
    internal static class UnitParser
    {
        // ---- Units after the figure --------------------------------------------------------------------------

        // Pence are money in pounds: "50p" is £0.50.
        private static void Pence(ref QuantityKind kind, ref string? unit, ref double value, ref double low, ref double high, ref double resolution)
        {
            kind = QuantityKind.Money;
            unit = "GBP";
            value /= 100;
            low /= 100;
            high /= 100;
            resolution /= 100;
        }

        internal static int ParseAfter(NumberMentionParser.Scanner s, int k, int end, ref QuantityKind kind, ref string? unit, ref double value, ref double low, ref double high, ref double resolution)
        {
            // "39-year-old", "24-hour": digits, a dash, the unit.
            string? hyphenUnit = null;
            int consumed = 0;
            if (s.IsDash(k) && k + 1 < end && s.Adjacent(k - 1, k) && s.Adjacent(k, k + 1) && s.IsWord(k + 1))
            {
                hyphenUnit = s.Lower(k + 1);
                consumed = 2;
            }

            if (hyphenUnit is not null)
            {
                if (HyphenUnit(hyphenUnit, ref kind, ref unit)) return consumed;
                // "a 3,400-seat arena": a count whose noun is joined on; SubjectFinder reads it from the span.
                return QuantityLexicon.CountedUnits.Contains(hyphenUnit) ? consumed : 0;
            }

            var w = s.IsWord(k) ? s.Lower(k) : null;
            if (w is null)
            {
                // "30°C", "86 °F".
                if (k + 1 < end && (s.IsPunct(k, '°') || (s[k].Kind == TokenKind.Symbol && s.Text(k) == "°")) && s.IsWord(k + 1))
                {
                    var t = s.Text(k + 1);
                    if (t == "C" || t == "F") { kind = QuantityKind.Measure; unit = t; return 2; }
                }

                return 0;
            }

            if (w == "percent" || w == "pc")
            {
                kind = QuantityKind.Percent;
                unit = "%";
                return 1;
            }

            if (w == "per" && s.IsLower(k + 1, "cent"))
            {
                kind = QuantityKind.Percent;
                unit = "%";
                return 2;
            }

            if (w == "percentage" && s.IsLower(k + 1, "points"))
            {
                kind = QuantityKind.Percent;
                unit = "pp";
                return 2;
            }

            if (QuantityLexicon.CurrencyWords.TryGetValue(w, out var currency) && !(w == "won" && !s.IsCapitalised(k)))
            {
                // "won" is far more often the verb; only "the won" or "South Korean won" would be money.
                if (w == "won") return 0;
                kind = QuantityKind.Money;
                unit = currency;
                return 1;
            }

            if (QuantityLexicon.CurrencyCodes.Contains(s.Text(k)))
            {
                kind = QuantityKind.Money;
                unit = s.Text(k) == "RMB" ? "CNY" : s.Text(k);
                return 1;
            }

            if (w == "pence")
            {
                Pence(ref kind, ref unit, ref value, ref low, ref high, ref resolution);
                return 1;
            }

            if (QuantityLexicon.TimeUnits.TryGetValue(w, out var time))
            {
                // "39 years old" is an age.
                if (time == "year" && s.IsLower(k + 1, "old"))
                {
                    kind = QuantityKind.Age;
                    unit = "year";
                    return 2;
                }

                kind = QuantityKind.Duration;
                unit = time;
                return 1;
            }

            if (w == "degrees" && s.IsWord(k + 1))
            {
                var t = s.Text(k + 1);
                if (t == "C" || t == "Celsius" || t == "centigrade") { kind = QuantityKind.Measure; unit = "C"; return 2; }
                if (t == "F" || t == "Fahrenheit") { kind = QuantityKind.Measure; unit = "F"; return 2; }
                return 0;
            }

            if (QuantityLexicon.MeasureUnits.TryGetValue(w, out var measure))
            {
                kind = QuantityKind.Measure;
                unit = measure;
                return 1;
            }

            return 0;
        }

        // "-year-old", "-day", "-week", "-hour": a unit joined by a hyphen.
        internal static bool HyphenUnit(string word, ref QuantityKind kind, ref string? unit)
        {
            if (word == "year-old" || word == "years-old" || word == "year-olds")
            {
                kind = QuantityKind.Age;
                unit = "year";
                return true;
            }

            int dash = word.IndexOf('-');
            var head = dash > 0 ? word.Substring(0, dash) : word;
            if (QuantityLexicon.TimeUnits.TryGetValue(head, out var time))
            {
                kind = QuantityKind.Duration;
                unit = time;
                return true;
            }

            if (QuantityLexicon.MeasureUnits.TryGetValue(head, out var measure))
            {
                kind = QuantityKind.Measure;
                unit = measure;
                return true;
            }

            if (head == "percent")
            {
                kind = QuantityKind.Percent;
                unit = "%";
                return true;
            }

            return false;
        }


        internal static void ApplyGlued(NumberMentionParser.Scanner s, string glued, ref QuantityKind kind, ref string? unit, ref double value, ref double low, ref double high, ref double resolution, int k, int end)
        {
            if (glued == "pc")
            {
                kind = QuantityKind.Percent;
                unit = "%";
                return;
            }

            if (glued == "p")
            {
                Pence(ref kind, ref unit, ref value, ref low, ref high, ref resolution);
                return;
            }

            kind = QuantityKind.Measure;
            unit = glued;
        }
    }
}

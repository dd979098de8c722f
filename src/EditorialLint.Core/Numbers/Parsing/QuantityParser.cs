// A quantity from its parts: hedge, currency in front, the number, a range, units after it, ages, years and decades; whether a figure starts at a token.
using System;
using Microsoft.CodeAnalysis.Text;
using Core = EditorialLint.Numbers.NumberMentionParser.Scanner.Core;

namespace EditorialLint.Numbers
{
    /// <summary>A quantity from its parts (hedge, currency in front, the figure, a range, units after it, ages, years and decades), assembled from the construct parsers over the shared <see cref="NumberMentionParser.Scanner"/>.</summary>
    internal static class QuantityParser
    {
        /// <summary>A quantity starting at token i (after any date was tried), or null; next is the token after it.</summary>
        internal static NumberMention? TryParse(NumberMentionParser.Scanner s, int i, int end, int sentenceStart, out int next)
        {
            next = i;
            int start = i;
            var hedge = HedgeKind.None;
            int j = i;
            if (s.IsWord(i) && HedgeParser.TryParse(s, i, end, out var h, out int afterHedge) && StartsNumber(s, afterHedge, end))
            {
                hedge = h;
                j = afterHedge;
            }

            bool between = false;
            if (hedge == HedgeKind.None && s.IsLower(j, "between") && StartsNumber(s, j + 1, end))
            {
                between = true;
                j++;
            }

            // A currency code or dollar prefix in front: "USD 5m", "US$5m", "A$20".
            string? unitBefore = null;
            if (s.IsWord(j) && j + 1 < end && s.IsNumber(j + 1))
            {
                var w = s.Text(j);
                if (QuantityLexicon.CurrencyCodes.Contains(w) && !s.Adjacent(j, j + 1)) { unitBefore = w == "RMB" ? "CNY" : w; j++; }
                else if (s.Adjacent(j, j + 1) && s.Text(j + 1)[0] == '$' && QuantityLexicon.DollarPrefixes.TryGetValue(w, out var dollar)) { unitBefore = dollar; j++; }
            }

            var core = ParseCore(s, j, end);
            if (core is null) return null;
            var c = core.Value;
            int k = c.End;
            if (unitBefore is not null) c.Currency = unitBefore;

            var mention = new NumberMention(default, QuantityKind.Count)
            {
                Hedge = hedge == HedgeKind.None ? c.Vague ? HedgeKind.Vague : HedgeKind.None : hedge,
                Form = c.Form,
                Scale = c.Scale,
            };

            double low = c.Low, high = c.High, value = c.Value;
            double resolution = c.Resolution;
            string? unit = c.Currency;
            var kind = c.Currency is not null ? QuantityKind.Money : QuantityKind.Count;
            if (c.Percent) { kind = QuantityKind.Percent; unit = "%"; }
            if (c.Ordinal) kind = QuantityKind.Ordinal;
            if (c.GluedUnit is not null) UnitParser.ApplyGlued(s, c.GluedUnit, ref kind, ref unit, ref value, ref low, ref high, ref resolution, k, end);
            if (c.HyphenUnit is not null) UnitParser.HyphenUnit(c.HyphenUnit, ref kind, ref unit);

            // A range: "5-10", "$5-10m", "between five and ten", "three or four days".
            bool isRange = false;
            if (!c.Ordinal && !c.Decade && c.HyphenUnit is null && k + 1 < end)
            {
                int sep = k;
                bool dash = s.IsDash(sep) && s.Adjacent(sep - 1, sep) && s.Adjacent(sep, sep + 1);
                bool and = between && s.IsLower(sep, "and");
                bool or = s.IsLower(sep, "or") && c.Form == NumberForm.Words && low < 100;
                bool to = s.IsLower(sep, "to") && between;
                if ((dash || and || or || to) && StartsNumber(s, sep + 1, end))
                {
                    var second = ParseCore(s, sep + 1, end);
                    if (second is { } s2 && !s2.Ordinal && !s2.Vague && (s2.Currency is null || c.Currency is null || s2.Currency == c.Currency))
                    {
                        double scale = c.ScaleGiven ? 1 : s2.Scale;
                        double a = low * scale, b = s2.High;
                        if (dash && IsYearLike(c) && s2.Digits is { Length: 2 })
                        {
                            // "2004-05": a season or financial year.
                            next = s2.End;
                            var span = TextSpan.FromBounds(s[start].Start, s[s2.End - 1].End);
                            return new NumberMention(span, QuantityKind.Year)
                            {
                                NumberSpan = span, Value = value, Low = value, High = value + 1, IsRange = true,
                                Date = new CalendarDate((int)value, 0, 0),
                            };
                        }

                        if (b > a)
                        {
                            isRange = true;
                            low = a;
                            high = b;
                            value = a;
                            resolution = Math.Max(resolution * scale, s2.Resolution);
                            if (!c.ScaleGiven) mention.Scale = s2.Scale;
                            if (s2.Currency is not null) { unit = s2.Currency; kind = QuantityKind.Money; }
                            if (s2.Percent) { kind = QuantityKind.Percent; unit = "%"; }
                            if (s2.GluedUnit is not null) UnitParser.ApplyGlued(s, s2.GluedUnit, ref kind, ref unit, ref value, ref low, ref high, ref resolution, s2.End, end);
                            k = s2.End;
                        }
                        else if (dash && c.Form == NumberForm.Digits && s2.Form == NumberForm.Digits && c.Currency is null && !c.Percent
                                 && low < 1000 && s2.High < 1000 && c.ScaleGiven == false && s2.Scale == 1)
                        {
                            // "a 2-1 win": a score, kept so that neither side reads as a count.
                            next = s2.End;
                            var span = TextSpan.FromBounds(s[start].Start, s[s2.End - 1].End);
                            return new NumberMention(span, QuantityKind.Score) { NumberSpan = span, Value = low, Low = low, High = low };
                        }
                    }
                }
            }

            // Units after the figure.
            if (kind == QuantityKind.Count && k < end)
            {
                int used = UnitParser.ParseAfter(s, k, end, ref kind, ref unit, ref value, ref low, ref high, ref resolution);
                k += used;
            }

            // "aged 39", "age of 39".
            if (kind == QuantityKind.Count && start > sentenceStart)
            {
                int p = start - 1;
                if (s.IsLower(p, "aged") || (s.IsLower(p, "of") && s.IsLower(p - 1, "age")))
                {
                    kind = QuantityKind.Age;
                    unit = "year";
                }
            }

            // A bare four-digit number is a year unless a plural noun makes it a count ("2000 jobs").
            if (kind == QuantityKind.Count && IsYearLike(c) && !isRange && hedge == HedgeKind.None && c.Currency is null)
            {
                bool pluralAfter = k < end && s.IsWord(k) && !s.IsCapitalised(k) && SubjectNormalizer.LooksPlural(s.Text(k))
                                   && !QuantityLexicon.YearModifiedNouns.Contains(s.Text(k));
                bool yearPrep = start > sentenceStart && s.IsWord(start - 1) && QuantityLexicon.YearPrepositions.Contains(s.Lower(start - 1));
                if (!pluralAfter || yearPrep)
                {
                    kind = QuantityKind.Year;
                    mention.Date = new CalendarDate((int)value, 0, 0);
                }
            }

            if (c.Decade)
            {
                kind = QuantityKind.Year;
                high = low + 9;
                isRange = true;
            }

            mention.Span = TextSpan.FromBounds(s[start].Start, s[k - 1].End);
            mention.NumberSpan = TextSpan.FromBounds(s[c.Start].Start, s[c.NumberEnd - 1].End);
            mention.Kind = kind;
            mention.Unit = unit;
            mention.IsRange = isRange;
            mention.Value = value;
            mention.Resolution = resolution;
            HedgeParser.Apply(mention, low, high, hedge);
            next = k;
            return mention;
        }

        private static bool IsYearLike(Core c) =>
            c.Digits is { Length: 4 } && !c.HasSeparator && !c.HasDecimal && c.Scale == 1 && !c.ScaleGiven && c.Currency is null
            && !c.Percent && !c.Ordinal && c.GluedUnit is null && c.Value >= 1000 && c.Value <= 2100;

        // Whether a figure starts at k: digits, a currency code before digits, or a number word.
        internal static bool StartsNumber(NumberMentionParser.Scanner s, int k, int end)
        {
            if (k >= end) return false;
            if (s.IsNumber(k)) return true;
            if (!s.IsWord(k)) return false;
            var t = s.Text(k);
            if (char.IsDigit(t[0])) return DigitParser.DigitWordUnit(t) is not null;
            if (k + 1 < end && s.IsNumber(k + 1) && (QuantityLexicon.CurrencyCodes.Contains(t) || QuantityLexicon.DollarPrefixes.ContainsKey(t))) return true;
            var w = s.Lower(k);
            if (NumberWords.SmallCardinal(w) >= 0 || NumberWords.SmallCardinal(FirstPart(w)) >= 0) return true;
            if ((w == "a" || w == "an" || w == "half") && k + 1 < end && s.IsWord(k + 1)
                && (NumberWords.IsCardinalWord(s.Lower(k + 1)) || s.Lower(k + 1) == "a")) return true;
            return NumberWordParser.IsVagueStart(s, k, end);
        }

        internal static string FirstPart(string w)
        {
            int dash = w.IndexOf('-');
            return dash > 0 ? w.Substring(0, dash) : w;
        }

        private static Core? ParseCore(NumberMentionParser.Scanner s, int i, int end)
        {
            if (i >= end) return null;
            if (s.IsNumber(i)) return DigitParser.ParseDigits(s, i, end);
            if (!s.IsWord(i)) return null;
            var text = s.Text(i);
            if (char.IsDigit(text[0])) return DigitParser.ParseDigitWord(s, i, end);
            if (NumberWordParser.IsVagueStart(s, i, end)) return NumberWordParser.ParseVague(s, i, end);
            return NumberWordParser.ParseWords(s, i, end);
        }
    }
}

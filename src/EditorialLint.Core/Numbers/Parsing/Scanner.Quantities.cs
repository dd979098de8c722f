// A quantity from its parts: hedge, currency in front, the number, a range, units after it, ages, years and decades; whether a figure starts at a token.
using System;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Numbers
{
    public static partial class NumberMentionParser
    {
        internal sealed partial class Scanner
        {
            // ---- Quantities --------------------------------------------------------------------------------------

            private NumberMention? TryQuantity(int i, int end, int sentenceStart, out int next)
            {
                next = i;
                int start = i;
                var hedge = HedgeKind.None;
                int j = i;
                if (IsWord(i) && HedgeParser.TryParse(this, i, end, out var h, out int afterHedge) && StartsNumber(afterHedge, end))
                {
                    hedge = h;
                    j = afterHedge;
                }

                bool between = false;
                if (hedge == HedgeKind.None && IsLower(j, "between") && StartsNumber(j + 1, end))
                {
                    between = true;
                    j++;
                }

                // A currency code or dollar prefix in front: "USD 5m", "US$5m", "A$20".
                string? unitBefore = null;
                if (IsWord(j) && j + 1 < end && IsNumber(j + 1))
                {
                    var w = Text(j);
                    if (QuantityLexicon.CurrencyCodes.Contains(w) && !Adjacent(j, j + 1)) { unitBefore = w == "RMB" ? "CNY" : w; j++; }
                    else if (Adjacent(j, j + 1) && Text(j + 1)[0] == '$' && QuantityLexicon.DollarPrefixes.TryGetValue(w, out var dollar)) { unitBefore = dollar; j++; }
                }

                var core = ParseCore(j, end);
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
                if (c.GluedUnit is not null) UnitParser.ApplyGlued(this, c.GluedUnit, ref kind, ref unit, ref value, ref low, ref high, ref resolution, k, end);
                if (c.HyphenUnit is not null) UnitParser.HyphenUnit(c.HyphenUnit, ref kind, ref unit);

                // A range: "5-10", "$5-10m", "between five and ten", "three or four days".
                bool isRange = false;
                if (!c.Ordinal && !c.Decade && c.HyphenUnit is null && k + 1 < end)
                {
                    int sep = k;
                    bool dash = IsDash(sep) && Adjacent(sep - 1, sep) && Adjacent(sep, sep + 1);
                    bool and = between && IsLower(sep, "and");
                    bool or = IsLower(sep, "or") && c.Form == NumberForm.Words && low < 100;
                    bool to = IsLower(sep, "to") && between;
                    if ((dash || and || or || to) && StartsNumber(sep + 1, end))
                    {
                        var second = ParseCore(sep + 1, end);
                        if (second is { } s2 && !s2.Ordinal && !s2.Vague && (s2.Currency is null || c.Currency is null || s2.Currency == c.Currency))
                        {
                            double scale = c.ScaleGiven ? 1 : s2.Scale;
                            double a = low * scale, b = s2.High;
                            if (dash && IsYearLike(c) && s2.Digits is { Length: 2 })
                            {
                                // "2004-05": a season or financial year.
                                next = s2.End;
                                var span = TextSpan.FromBounds(this[start].Start, this[s2.End - 1].End);
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
                                if (s2.GluedUnit is not null) UnitParser.ApplyGlued(this, s2.GluedUnit, ref kind, ref unit, ref value, ref low, ref high, ref resolution, s2.End, end);
                                k = s2.End;
                            }
                            else if (dash && c.Form == NumberForm.Digits && s2.Form == NumberForm.Digits && c.Currency is null && !c.Percent
                                     && low < 1000 && s2.High < 1000 && c.ScaleGiven == false && s2.Scale == 1)
                            {
                                // "a 2-1 win": a score, kept so that neither side reads as a count.
                                next = s2.End;
                                var span = TextSpan.FromBounds(this[start].Start, this[s2.End - 1].End);
                                return new NumberMention(span, QuantityKind.Score) { NumberSpan = span, Value = low, Low = low, High = low };
                            }
                        }
                    }
                }

                // Units after the figure.
                if (kind == QuantityKind.Count && k < end)
                {
                    int used = UnitParser.ParseAfter(this, k, end, ref kind, ref unit, ref value, ref low, ref high, ref resolution);
                    k += used;
                }

                // "aged 39", "age of 39".
                if (kind == QuantityKind.Count && start > sentenceStart)
                {
                    int p = start - 1;
                    if (IsLower(p, "aged") || (IsLower(p, "of") && IsLower(p - 1, "age")))
                    {
                        kind = QuantityKind.Age;
                        unit = "year";
                    }
                }

                // A bare four-digit number is a year unless a plural noun makes it a count ("2000 jobs").
                if (kind == QuantityKind.Count && IsYearLike(c) && !isRange && hedge == HedgeKind.None && c.Currency is null)
                {
                    bool pluralAfter = k < end && IsWord(k) && !IsCapitalised(k) && SubjectNormalizer.LooksPlural(Text(k))
                                       && !QuantityLexicon.YearModifiedNouns.Contains(Text(k));
                    bool yearPrep = start > sentenceStart && IsWord(start - 1) && QuantityLexicon.YearPrepositions.Contains(Lower(start - 1));
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

                mention.Span = TextSpan.FromBounds(this[start].Start, this[k - 1].End);
                mention.NumberSpan = TextSpan.FromBounds(this[c.Start].Start, this[c.NumberEnd - 1].End);
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
            private bool StartsNumber(int k, int end)
            {
                if (k >= end) return false;
                if (IsNumber(k)) return true;
                if (!IsWord(k)) return false;
                var t = Text(k);
                if (char.IsDigit(t[0])) return DigitParser.DigitWordUnit(t) is not null;
                if (k + 1 < end && IsNumber(k + 1) && (QuantityLexicon.CurrencyCodes.Contains(t) || QuantityLexicon.DollarPrefixes.ContainsKey(t))) return true;
                var w = Lower(k);
                if (NumberWords.SmallCardinal(w) >= 0 || NumberWords.SmallCardinal(FirstPart(w)) >= 0) return true;
                if ((w == "a" || w == "an" || w == "half") && k + 1 < end && IsWord(k + 1)
                    && (NumberWords.IsCardinalWord(Lower(k + 1)) || Lower(k + 1) == "a")) return true;
                return NumberWordParser.IsVagueStart(this, k, end);
            }

            internal static string FirstPart(string w)
            {
                int dash = w.IndexOf('-');
                return dash > 0 ? w.Substring(0, dash) : w;
            }

            // ---- The number itself -------------------------------------------------------------------------------

            internal struct Core
            {
                public int Start;
                public int End;
                public int NumberEnd;
                public double Value;
                public double Low;
                public double High;
                public double Scale;
                public bool ScaleGiven;
                public double Resolution;
                public NumberForm Form;
                public string? Currency;
                public bool Percent;
                public bool Ordinal;
                public bool Decade;
                public bool Vague;
                public string? Digits;
                public bool HasSeparator;
                public bool HasDecimal;
                public string? GluedUnit;
                public string? HyphenUnit;
            }

            private Core? ParseCore(int i, int end)
            {
                if (i >= end) return null;
                if (IsNumber(i)) return DigitParser.ParseDigits(this, i, end);
                if (!IsWord(i)) return null;
                var text = Text(i);
                if (char.IsDigit(text[0])) return DigitParser.ParseDigitWord(this, i, end);
                if (NumberWordParser.IsVagueStart(this, i, end)) return NumberWordParser.ParseVague(this, i, end);
                return NumberWordParser.ParseWords(this, i, end);
            }
        }
    }
}

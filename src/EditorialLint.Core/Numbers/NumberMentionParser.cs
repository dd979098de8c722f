using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Numbers
{
    /// <summary>
    /// Finds every quantity in a document's prose, sentence by sentence over its tokens: digits with separators,
    /// decimals, scale words and suffixes; number words and phrases; ordinals, percentages, ranges; currencies by
    /// symbol, word and code with parenthesised conversions; durations, ages, measures; dates, years and weekdays;
    /// hedges that widen a value into a range. <see cref="SubjectFinder"/> then says what each figure counts.
    /// </summary>
    public static class NumberMentionParser
    {
        /// <summary>The mentions of a document, in text order.</summary>
        public static ImmutableArray<NumberMention> Parse(AnalyzedDocument document)
        {
            var scanner = new Scanner(document);
            var all = new List<NumberMention>();
            var sentences = document.Sentences;
            for (int s = 0; s < sentences.Length; s++)
            {
                int before = all.Count;
                scanner.ScanSentence(sentences[s], s, all);
                SubjectFinder.Complete(scanner, sentences[s], all, before);
            }

            for (int i = 0; i < all.Count; i++) all[i].Index = i;
            LinkConversions(scanner, all);
            return all.ToImmutableArray();
        }

        /// <summary>Parses a text held in memory as a plain-text document (for tests and tools).</summary>
        public static ImmutableArray<NumberMention> Parse(string text, string path = "text.txt") =>
            Parse(AnalyzedDocument.FromText(path, text));

        // "500,000 euros ($555,833)" and "£5.7bn ($10.7bn; 8.2bn euros)": figures in brackets right after a figure, in
        // another unit of the same dimension, convert it.
        private static void LinkConversions(Scanner scanner, List<NumberMention> all)
        {
            for (int i = 0; i < all.Count; i++)
            {
                var outer = all[i];
                if (outer.Kind != QuantityKind.Money && outer.Kind != QuantityKind.Measure) continue;
                int k = scanner.TokenIndexAt(outer.Span.End);
                if (k < scanner.Count && !scanner.IsPunct(k, '(') && i + 1 < all.Count)
                {
                    LinkRestatedConversion(scanner, all, i, k);
                    continue;
                }

                if (k >= scanner.Count || !scanner.IsPunct(k, '(')) continue;
                int j = i + 1;
                int expectedToken = k + 1;
                while (j < all.Count)
                {
                    var inner = all[j];
                    int first = scanner.TokenIndexAt(inner.Span.Start);
                    // Only separators and hedges may stand between the bracket and the figure.
                    if (!scanner.OnlySeparatorsBetween(expectedToken, first)) break;
                    if (!SameDimension(outer, inner) || string.Equals(inner.Unit, outer.Unit, StringComparison.Ordinal)) break;
                    // "$99 (£69 in the UK)" is a local price, not a conversion: the figure must close the bracket or a list.
                    int after = scanner.TokenIndexAt(inner.Span.End);
                    if (after >= scanner.Count || !(scanner.IsPunct(after, ')') || scanner.IsPunct(after, ';') || scanner.IsPunct(after, ',') || scanner.IsLower(after, "or"))) break;
                    inner.ConversionOf = outer.Index;
                    expectedToken = after;
                    j++;
                }

                if (j > i + 1)
                {
                    FixPoundsAsWeight(all, i, j);
                }
            }
        }

        // "€15m, roughly $16.3m," and "£4.5m, or about $5.7m,": a figure in another currency set off by a comma or a dash,
        // with "or" or a hedge, converts the one before it. A plain list ("£5m, $6m and €7m") is not a conversion.
        private static void LinkRestatedConversion(Scanner scanner, List<NumberMention> all, int i, int k)
        {
            var outer = all[i];
            var inner = all[i + 1];
            if (outer.Kind != QuantityKind.Money || inner.Kind != QuantityKind.Money || inner.Unit is null || inner.Unit == outer.Unit) return;
            // "The €800,000 payment, roughly £894,400": the amount's noun may stand before the comma.
            for (int n = 0; n < 2 && scanner.IsWord(k) && !scanner.IsCapitalised(k) && !QuantityLexicon.StopWords.Contains(scanner.Lower(k)); n++) k++;
            if (!(scanner.IsPunct(k, ',') || scanner.IsDash(k))) return;
            int first = scanner.TokenIndexAt(inner.Span.Start);
            int p = k + 1;
            bool or = scanner.IsLower(p, "or");
            if (or) p++;
            if (p != first || !(or || inner.Hedge == HedgeKind.Approximately)) return;
            int after = scanner.TokenIndexAt(inner.Span.End);
            if (after < scanner.Count && !(scanner.IsPunct(after, ',') || scanner.IsPunct(after, '.') || scanner.IsPunct(after, ';') || scanner.IsPunct(after, ')') || scanner.IsDash(after)))
                return;
            inner.ConversionOf = outer.Index;
        }

        private static bool SameDimension(NumberMention a, NumberMention b)
        {
            if (a.Kind == QuantityKind.Money && b.Kind == QuantityKind.Money) return true;
            if (a.Kind == QuantityKind.Measure && b.Kind == QuantityKind.Measure) return UnitConversions.Dimension(a.Unit) == UnitConversions.Dimension(b.Unit);
            // "2kg (4.4 pounds)": pounds read as money until the pair says weight.
            return (a.Kind == QuantityKind.Measure && a.Unit == "kg" && b.Kind == QuantityKind.Money && b.Unit == "GBP" && !b.Span.IsEmpty)
                || (b.Kind == QuantityKind.Measure && b.Unit == "kg" && a.Kind == QuantityKind.Money && a.Unit == "GBP");
        }

        private static void FixPoundsAsWeight(List<NumberMention> all, int outer, int end)
        {
            bool hasKg = false;
            for (int k = outer; k < end; k++) hasKg |= all[k].Kind == QuantityKind.Measure && all[k].Unit == "kg";
            if (!hasKg) return;
            for (int k = outer; k < end; k++)
            {
                if (all[k].Kind == QuantityKind.Money && all[k].Unit == "GBP")
                {
                    all[k].Kind = QuantityKind.Measure;
                    all[k].Unit = "lb";
                }
            }
        }

        /// <summary>Token access for the parser: cached strings, kinds and small tests, all by token index.</summary>
        internal sealed class Scanner
        {
            private readonly AnalyzedDocument _document;
            private readonly string?[] _text;
            private readonly string?[] _lower;
            private readonly List<string> _words = new List<string>(8);

            public Scanner(AnalyzedDocument document)
            {
                _document = document;
                _text = new string?[document.TokenCount];
                _lower = new string?[document.TokenCount];
            }

            public AnalyzedDocument Document => _document;

            public int Count => _document.TokenCount;

            public Token this[int k] => _document.GetToken(k);

            public string Text(int k) => _text[k] ??= _document.GetString(_document.GetToken(k));

            public string Lower(int k) => _lower[k] ??= Text(k).ToLowerInvariant();

            public bool IsWord(int k) => k >= 0 && k < Count && this[k].Kind == TokenKind.Word;

            public bool IsNumber(int k) => k >= 0 && k < Count && this[k].Kind == TokenKind.Number;

            public bool IsPunct(int k, char c)
            {
                if (k < 0 || k >= Count) return false;
                var t = this[k];
                return t.Kind == TokenKind.Punctuation && _document.Text[t.Start] == c;
            }

            public bool IsDash(int k) => IsPunct(k, '-') || IsPunct(k, '\u2013') || IsPunct(k, '\u2014') || IsPunct(k, '\u2012');

            // Compared char by char as ToLowerInvariant maps them, so that asking makes no lower-case copy of the token.
            public bool IsLower(int k, string word) => IsWord(k) && EqualsLower(_document.GetText(this[k]), word);

            public bool Adjacent(int a, int b) => this[a].End == this[b].Start;

            public bool IsCapitalised(int k) => IsWord(k) && char.IsUpper(_document.Text[this[k].Start]);

            public int TokenIndexAt(int proseOffset) => _document.TokenIndexAt(proseOffset);

            // Tokens [from, to) are only "(", ";", ",", "or", "about", "around", "approx", "c", ".".
            public bool OnlySeparatorsBetween(int from, int to)
            {
                if (to < from || to - from > 3) return false;
                for (int k = from; k < to; k++)
                {
                    if (IsPunct(k, ';') || IsPunct(k, ',') || IsPunct(k, '(') || IsPunct(k, '.')) continue;
                    if (IsWord(k))
                    {
                        var w = Lower(k);
                        if (w == "or" || w == "about" || w == "around" || w == "approx" || w == "approximately" || w == "c" || w == "roughly") continue;
                    }

                    return false;
                }

                return true;
            }

            public void ScanSentence(Sentence sentence, int sentenceIndex, List<NumberMention> into)
            {
                int end = sentence.EndToken;
                int i = sentence.FirstToken;
                while (i < end)
                {
                    if (!CanStartMention(i))
                    {
                        i++;
                        continue;
                    }

                    if (IsNameOrListNumber(i, sentence.FirstToken))
                    {
                        i++;
                        continue;
                    }

                    int skipped = SkipNonMention(i, end);
                    if (skipped > i + 1)
                    {
                        i = skipped;
                        continue;
                    }

                    var mention = TryDate(i, end, out int next) ?? TryQuantity(i, end, sentence.FirstToken, out next);
                    if (mention is not null)
                    {
                        mention.SentenceIndex = sentenceIndex;
                        into.Add(mention);
                        i = next;
                    }
                    else
                    {
                        i = SkipNonMention(i, end);
                    }
                }
            }

            // Every word was tried as a date and as a quantity (a string, its lower-case copy, a dozen lookups): a
            // quarter of the run. Only digits, number words, months, weekdays, hedges, "between" and currency codes or
            // prefixes can start a mention, so one lookup of the token's text (or of its part before a hyphen, for
            // "twenty-one") rules out the rest. Case-insensitive, so the set can only let through more than the parser
            // takes; a word with a non-ASCII letter is always tried, where case mapping goes beyond ASCII.
            private static readonly HashSet<string> MentionStarts = CreateMentionStarts();
#if NET
            private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MentionStartsBySpan =
                MentionStarts.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

            private static HashSet<string> CreateMentionStarts()
            {
                var starts = new HashSet<string>(CreateHedgeStarts(), StringComparer.OrdinalIgnoreCase);
                starts.UnionWith(QuantityLexicon.Months.Keys);
                starts.UnionWith(QuantityLexicon.Weekdays.Keys);
                starts.UnionWith(QuantityLexicon.CurrencyCodes);
                starts.UnionWith(QuantityLexicon.DollarPrefixes.Keys);
                starts.UnionWith(NumberWords.StartWords());
                starts.UnionWith(new[] { "between", "a", "an", "half", "tens", "dozens", "hundreds", "thousands", "millions", "billions" });
                return starts;
            }

            // Whether a date or a quantity may start at token i: a number, or a word that can start one.
            private bool CanStartMention(int i)
            {
                var token = this[i];
                if (token.Kind == TokenKind.Number) return true;
                if (token.Kind != TokenKind.Word) return false;
                var text = _document.GetText(token);
                char first = text[0];
                if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) return true;
                int dash = -1;
                for (int p = 1; p < text.Length; p++)
                {
                    char c = text[p];
                    if (c >= '\u0080') return true;
                    if (c == '-' && dash < 0) dash = p;
                }

                return IsMentionStart(text) || (dash > 0 && IsMentionStart(text.Slice(0, dash)));
            }

#if NET
            private static bool IsMentionStart(ReadOnlySpan<char> word) => MentionStartsBySpan.Contains(word);
#else
            private static bool IsMentionStart(ReadOnlySpan<char> word) => MentionStarts.Contains(word.ToString());
#endif

            // Times of day ("10:30"), fractions and odds ("25/1", "24/08/2024") are not quantities.
            private int SkipNonMention(int i, int end)
            {
                int k = i;
                while (IsNumber(k) && k + 2 < end && (IsPunct(k + 1, ':') || IsPunct(k + 1, '/')) && IsNumber(k + 2) && Adjacent(k, k + 1) && Adjacent(k + 1, k + 2))
                    k += 2;
                return k + 1;
            }

            // "Shrek 2", "Burnout 3", "Xbox 2": a small whole number right after a name belongs to the name. A list marker
            // ("1." at the start of a line) numbers the list, not a thing.
            private bool IsNameOrListNumber(int i, int sentenceStart)
            {
                if (!IsNumber(i)) return false;
                var t = Text(i);
                for (int p = 0; p < t.Length; p++)
                    if (!char.IsDigit(t[p])) return false;
                if (t.Length > 3) return false;
                // "Turf Moor 0-2": a score after a name.
                if (i + 2 < Count && IsDash(i + 1) && Adjacent(i, i + 1) && IsNumber(i + 2)) return false;
                if (i - 1 > sentenceStart && IsCapitalised(i - 1) && !QuantityLexicon.Months.ContainsKey(Text(i - 1))
                    && !QuantityLexicon.Weekdays.ContainsKey(Text(i - 1)) && !QuantityLexicon.CurrencyCodes.Contains(Text(i - 1))
                    && !QuantityLexicon.DollarPrefixes.ContainsKey(Text(i - 1)) && Text(i - 1) != "I")
                    return true;
                if (i + 1 < Count && (IsPunct(i + 1, '.') || IsPunct(i + 1, ')')) && Adjacent(i, i + 1))
                {
                    var text = _document.Text;
                    int p = this[i].Start - 1;
                    while (p >= 0 && (text[p] == ' ' || text[p] == '\t')) p--;
                    return p < 0 || text[p] == '\n' || text[p] == '\r';
                }

                return false;
            }

            // ---- Dates -------------------------------------------------------------------------------------------

            private NumberMention? TryDate(int i, int end, out int next)
            {
                next = i;
                if (!IsWord(i) && !IsNumber(i)) return null;
                DayOfWeek? weekday = null;
                int start = i;
                if (IsWord(i) && QuantityLexicon.Weekdays.TryGetValue(Text(i), out var wd))
                {
                    bool fullName = Text(i).Length > 4;
                    int j = i + 1;
                    if (j < end && IsPunct(j, '.') && !fullName) j++;
                    if (j < end && IsPunct(j, ',')) j++;
                    if (j < end && IsLower(j, "the")) j++;
                    var date = TryCalendar(j, end, out int after);
                    if (date is { } d)
                    {
                        var m = NewDate(start, after, new CalendarDate(d.Year, d.Month, d.Day, wd), d.Year > 0 && d.Month == 0 ? QuantityKind.Year : QuantityKind.Date);
                        next = after;
                        return m;
                    }

                    if (!fullName) return null;
                    weekday = wd;
                    next = i + 1;
                    return NewDate(i, i + 1, new CalendarDate(0, 0, 0, weekday), QuantityKind.Weekday);
                }

                var only = TryCalendar(i, end, out int stop);
                if (only is not { } cal || cal.Month == 0) return null;
                next = stop;
                return NewDate(start, stop, cal, QuantityKind.Date);
            }

            // "August 24", "Aug. 24", "August 25th", "August 24, 2024", "August 2024", "24 August 2024", "24th of August".
            private CalendarDate? TryCalendar(int i, int end, out int next)
            {
                next = i;
                if (i >= end) return null;
                if (IsWord(i) && QuantityLexicon.Months.TryGetValue(Text(i), out int month))
                {
                    int j = i + 1;
                    bool abbreviated = Text(i).Length <= 4 && Text(i) != "May" && Text(i) != "June" && Text(i) != "July";
                    if (abbreviated && j < end && IsPunct(j, '.') && Adjacent(i, j)) j++;
                    if (j < end && TryDay(j, out int day))
                    {
                        int k = j + 1;
                        int year = 0;
                        if (k + 1 < end && IsPunct(k, ',') && TryYear(k + 1, out year)) k += 2;
                        else if (k < end && TryYear(k, out year)) k++;
                        // "March 18 people" is a count, not a date: a day must not be followed by a plural noun.
                        if (year == 0 && k < end && IsWord(k) && !IsCapitalised(k) && SubjectNormalizer.LooksPlural(Text(k))) return null;
                        next = k;
                        return new CalendarDate(year, month, day);
                    }

                    if (j < end && TryYear(j, out int onlyYear))
                    {
                        next = j + 1;
                        return new CalendarDate(onlyYear, month, 0);
                    }

                    return null;
                }

                if (IsNumber(i) && TryDay(i, out int d))
                {
                    int j = i + 1;
                    if (j < end && IsLower(j, "of")) j++;
                    if (j < end && IsWord(j) && QuantityLexicon.Months.TryGetValue(Text(j), out int m) && (Text(j) != "May" || j == i + 1))
                    {
                        int k = j + 1;
                        if (k < end && IsPunct(k, '.') && Adjacent(j, k) && Text(j).Length <= 4) k++;
                        int year = 0;
                        if (k < end && TryYear(k, out year)) k++;
                        else if (k + 1 < end && IsPunct(k, ',') && TryYear(k + 1, out year)) k += 2;
                        next = k;
                        return new CalendarDate(year, m, d);
                    }
                }

                return null;
            }

            private bool TryDay(int k, out int day)
            {
                day = 0;
                if (!IsNumber(k)) return false;
                var t = Text(k);
                int n = 0;
                int p = 0;
                while (p < t.Length && p < 3 && char.IsDigit(t[p])) n = n * 10 + (t[p++] - '0');
                if (p == 0 || p > 2) return false;
                var suffix = t.AsSpan(p);
                if (suffix.Length != 0 && !EqualsLower(suffix, "st") && !EqualsLower(suffix, "nd") && !EqualsLower(suffix, "rd") && !EqualsLower(suffix, "th")) return false;
                if (n < 1 || n > 31) return false;
                day = n;
                return true;
            }

            // Whether the lower-case form of text is the ASCII word: char by char, as ToLowerInvariant maps, with no copy.
            internal static bool EqualsLower(ReadOnlySpan<char> text, string word)
            {
                if (text.Length != word.Length) return false;
                for (int p = 0; p < text.Length; p++)
                    if (char.ToLowerInvariant(text[p]) != word[p]) return false;
                return true;
            }

            private bool TryYear(int k, out int year)
            {
                year = 0;
                if (!IsNumber(k)) return false;
                var t = Text(k);
                if (t.Length != 4) return false;
                for (int p = 0; p < 4; p++)
                    if (!char.IsDigit(t[p])) return false;
                year = int.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture);
                return year >= 1000 && year <= 2999;
            }

            private NumberMention NewDate(int first, int endToken, CalendarDate date, QuantityKind kind)
            {
                var span = TextSpan.FromBounds(this[first].Start, this[endToken - 1].End);
                double value = date.Year > 0 ? date.Year : date.Day;
                return new NumberMention(span, kind)
                {
                    NumberSpan = span,
                    Date = date,
                    Value = value,
                    Low = value,
                    High = value,
                    Form = NumberForm.Digits,
                };
            }

            // ---- Quantities --------------------------------------------------------------------------------------

            private NumberMention? TryQuantity(int i, int end, int sentenceStart, out int next)
            {
                next = i;
                int start = i;
                var hedge = HedgeKind.None;
                int j = i;
                if (IsWord(i) && TryHedge(i, end, out var h, out int afterHedge) && StartsNumber(afterHedge, end))
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
                if (c.GluedUnit is not null) ApplyGluedUnit(c.GluedUnit, ref kind, ref unit, ref value, ref low, ref high, ref resolution, k, end);
                if (c.HyphenUnit is not null) HyphenUnit(c.HyphenUnit, ref kind, ref unit);

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
                                if (s2.GluedUnit is not null) ApplyGluedUnit(s2.GluedUnit, ref kind, ref unit, ref value, ref low, ref high, ref resolution, s2.End, end);
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
                    int used = ParseUnitAfter(k, end, ref kind, ref unit, ref value, ref low, ref high, ref resolution);
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
                ApplyHedge(mention, low, high, hedge);
                next = k;
                return mention;
            }

            private static bool IsYearLike(Core c) =>
                c.Digits is { Length: 4 } && !c.HasSeparator && !c.HasDecimal && c.Scale == 1 && !c.ScaleGiven && c.Currency is null
                && !c.Percent && !c.Ordinal && c.GluedUnit is null && c.Value >= 1000 && c.Value <= 2100;

            private static void ApplyHedge(NumberMention m, double low, double high, HedgeKind hedge)
            {
                switch (hedge)
                {
                    case HedgeKind.Approximately:
                        low *= 0.85;
                        high *= 1.15;
                        break;
                    case HedgeKind.AtLeast:
                        high *= 1.5;
                        break;
                    case HedgeKind.AtMost:
                        low *= 0.67;
                        break;
                }

                m.Low = low;
                m.High = high;
            }

            // The words a hedge can start with. Nearly every word starts none: one lookup rules it out before the
            // phrase list is walked (that walk was a seventh of the whole run's time). Case-insensitive like the
            // one-word table, so that it never rules out a word the walk or the table would take.
            private static readonly HashSet<string> HedgeStarts = CreateHedgeStarts();

            private static HashSet<string> CreateHedgeStarts()
            {
                var starts = new HashSet<string>(QuantityLexicon.OneWordHedges.Keys, StringComparer.OrdinalIgnoreCase);
                foreach (var (words, _) in QuantityLexicon.PhraseHedges) starts.Add(words[0]);
                return starts;
            }

            private bool TryHedge(int i, int end, out HedgeKind kind, out int after)
            {
                kind = HedgeKind.None;
                after = i;
                if (!HedgeStarts.Contains(Lower(i))) return false;
                foreach (var (words, hedgeKind) in QuantityLexicon.PhraseHedges)
                {
                    if (i + words.Length > end) continue;
                    bool match = true;
                    for (int w = 0; w < words.Length && match; w++) match = IsLower(i + w, words[w]);
                    if (!match) continue;
                    kind = hedgeKind;
                    after = i + words.Length;
                    return true;
                }

                if (QuantityLexicon.OneWordHedges.TryGetValue(Lower(i), out kind))
                {
                    after = i + 1;
                    return true;
                }

                return false;
            }

            // Whether a figure starts at k: digits, a currency code before digits, or a number word.
            private bool StartsNumber(int k, int end)
            {
                if (k >= end) return false;
                if (IsNumber(k)) return true;
                if (!IsWord(k)) return false;
                var t = Text(k);
                if (char.IsDigit(t[0])) return DigitWordUnit(t) is not null;
                if (k + 1 < end && IsNumber(k + 1) && (QuantityLexicon.CurrencyCodes.Contains(t) || QuantityLexicon.DollarPrefixes.ContainsKey(t))) return true;
                var w = Lower(k);
                if (NumberWords.SmallCardinal(w) >= 0 || NumberWords.SmallCardinal(FirstPart(w)) >= 0) return true;
                if ((w == "a" || w == "an" || w == "half") && k + 1 < end && IsWord(k + 1)
                    && (NumberWords.IsCardinalWord(Lower(k + 1)) || Lower(k + 1) == "a")) return true;
                return IsVagueStart(k, end);
            }

            private static string FirstPart(string w)
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
                if (IsNumber(i)) return ParseDigits(i, end);
                if (!IsWord(i)) return null;
                var text = Text(i);
                if (char.IsDigit(text[0])) return ParseDigitWord(i, end);
                if (IsVagueStart(i, end)) return ParseVague(i, end);
                return ParseWords(i, end);
            }

            private Core? ParseDigits(int i, int end)
            {
                // "3/4 inch", "09:30": a fraction or a time is not a quantity of its own.
                if (i > 0 && Adjacent(i - 1, i) && (IsPunct(i - 1, '/') || IsPunct(i - 1, ':')) && IsNumber(i - 2)) return null;
                if (i + 2 < Count && Adjacent(i, i + 1) && (IsPunct(i + 1, '/') || IsPunct(i + 1, ':')) && IsNumber(i + 2) && Adjacent(i + 1, i + 2)) return null;
                var t = Text(i);
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
                        if (lower == "m" && read.Currency is null && i + 1 < end && IsWord(i + 1) && QuantityLexicon.MetreContexts.Contains(Lower(i + 1)))
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
                if (!core.Percent && !core.Ordinal && !core.Decade && !core.ScaleGiven && k < end && IsWord(k))
                {
                    var w = Lower(k);
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
            private Core? ParseDigitWord(int i, int end)
            {
                var t = Text(i);
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

            private static string? DigitWordUnit(string t)
            {
                int p = 0;
                while (p < t.Length && (char.IsDigit(t[p]) || t[p] == '.' || t[p] == ',')) p++;
                if (p == 0 || p == t.Length) return null;
                var suffix = t.Substring(p);
                return QuantityLexicon.GluedUnits.TryGetValue(suffix, out var unit) ? unit
                    : QuantityLexicon.GluedUnits.TryGetValue(suffix.ToLowerInvariant(), out unit) && suffix.Length > 1 ? unit : null;
            }

            private void ApplyGluedUnit(string glued, ref QuantityKind kind, ref string? unit, ref double value, ref double low, ref double high, ref double resolution, int k, int end)
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

            // "tens of millions", "hundreds of thousands", "thousands of", "dozens of", "millions".
            private bool IsVagueStart(int i, int end)
            {
                if (!IsWord(i)) return false;
                var w = Lower(i);
                if (w != "tens" && w != "dozens" && w != "hundreds" && w != "thousands" && w != "millions" && w != "billions") return false;
                return i + 1 < end && IsLower(i + 1, "of");
            }

            private Core? ParseVague(int i, int end)
            {
                var w = Lower(i);
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
                if (k < end && IsWord(k))
                {
                    var s = NumberWords.ScaleWord(Lower(k));
                    if (s > 0 && !NumberWords.IsSingularScaleWord(Lower(k)))
                    {
                        scale = s;
                        k++;
                        if (k < end && IsLower(k, "of")) k++;
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
            private Core? ParseWords(int i, int end)
            {
                var first = Lower(i);
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
                if (NumberWords.SmallCardinal(first) < 0 && NumberWords.SmallCardinal(FirstPart(first)) < 0
                    && first != "a" && first != "an" && first != "half")
                    return null;

                // "a" starts a number only before "hundred", "dozen" or a scale word ("a million"), and "half" only in
                // "half a million" (see NumberWords.ParseCardinal): rule the common article out before the next ten
                // words are collected and lower-cased.
                if ((first == "a" || first == "an") && !(i + 1 < end && IsWord(i + 1) && HeadIsAny(i + 1, AfterA)))
                    return null;
                if (first == "half" && !(i + 2 < end && IsWord(i + 2) && (IsLower(i + 1, "a") || IsLower(i + 1, "an")) && HeadIsAny(i + 2, Scales)))
                    return null;

                var words = _words;
                words.Clear();
                string? hyphenUnit = null;
                for (int k = i; k < end && k < i + 10 && IsWord(k); k++)
                {
                    var w = Lower(k);
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
                    var s = NumberWords.ScaleWord(words[k - i]);
                    if (s > 0) scale = s;
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
                    Resolution = ResolutionOfValue(value, scale),
                    Form = NumberForm.Words,
                    Digits = value < 1e15 && value == Math.Floor(value) ? ((long)value).ToString(CultureInfo.InvariantCulture) : null,
                    HyphenUnit = hyphenUnit,
                };
            }

            private static readonly string[] Scales = { "thousand", "million", "billion", "trillion" };
            private static readonly string[] AfterA = { "hundred", "dozen", "thousand", "million", "billion", "trillion" };

            // Whether token k, or its part before a hyphen ("hundred-year"), is one of the words, lower-cased: the word
            // that ParseWords collects for it, when the word is none of the hyphenated cardinals ("twenty-one").
            private bool HeadIsAny(int k, string[] words)
            {
                var text = _document.GetText(this[k]);
                int dash = text.IndexOf('-');
                if (dash > 0) text = text.Slice(0, dash);
                foreach (var word in words)
                    if (EqualsLower(text, word)) return true;
                return false;
            }

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

            private int ParseUnitAfter(int k, int end, ref QuantityKind kind, ref string? unit, ref double value, ref double low, ref double high, ref double resolution)
            {
                // "39-year-old", "24-hour": digits, a dash, the unit.
                string? hyphenUnit = null;
                int consumed = 0;
                if (IsDash(k) && k + 1 < end && Adjacent(k - 1, k) && Adjacent(k, k + 1) && IsWord(k + 1))
                {
                    hyphenUnit = Lower(k + 1);
                    consumed = 2;
                }

                if (hyphenUnit is not null)
                {
                    if (HyphenUnit(hyphenUnit, ref kind, ref unit)) return consumed;
                    // "a 3,400-seat arena": a count whose noun is joined on; SubjectFinder reads it from the span.
                    return QuantityLexicon.CountedUnits.Contains(hyphenUnit) ? consumed : 0;
                }

                var w = IsWord(k) ? Lower(k) : null;
                if (w is null)
                {
                    // "30°C", "86 °F".
                    if (k + 1 < end && (IsPunct(k, '°') || (this[k].Kind == TokenKind.Symbol && Text(k) == "°")) && IsWord(k + 1))
                    {
                        var t = Text(k + 1);
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

                if (w == "per" && IsLower(k + 1, "cent"))
                {
                    kind = QuantityKind.Percent;
                    unit = "%";
                    return 2;
                }

                if (w == "percentage" && IsLower(k + 1, "points"))
                {
                    kind = QuantityKind.Percent;
                    unit = "pp";
                    return 2;
                }

                if (QuantityLexicon.CurrencyWords.TryGetValue(w, out var currency) && !(w == "won" && !IsCapitalised(k)))
                {
                    // "won" is far more often the verb; only "the won" or "South Korean won" would be money.
                    if (w == "won") return 0;
                    kind = QuantityKind.Money;
                    unit = currency;
                    return 1;
                }

                if (QuantityLexicon.CurrencyCodes.Contains(Text(k)))
                {
                    kind = QuantityKind.Money;
                    unit = Text(k) == "RMB" ? "CNY" : Text(k);
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
                    if (time == "year" && IsLower(k + 1, "old"))
                    {
                        kind = QuantityKind.Age;
                        unit = "year";
                        return 2;
                    }

                    kind = QuantityKind.Duration;
                    unit = time;
                    return 1;
                }

                if (w == "degrees" && IsWord(k + 1))
                {
                    var t = Text(k + 1);
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
            private static bool HyphenUnit(string word, ref QuantityKind kind, ref string? unit)
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

            private static double ResolutionOfValue(double value, double scale)
            {
                if (value == Math.Floor(value) && value < 1e15)
                    return Resolution(((long)value).ToString(CultureInfo.InvariantCulture), 0);
                // "two and a half", "half a million": a half of the scale.
                return 0.25 * scale;
            }
        }
    }
}

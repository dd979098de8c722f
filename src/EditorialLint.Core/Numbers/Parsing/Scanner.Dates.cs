// Dates, years and weekdays: "August 24", "24th of August 2024", "Saturday, March 3".
using System;
using System.Globalization;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Numbers
{
    public static partial class NumberMentionParser
    {
        internal sealed partial class Scanner
        {
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
        }
    }
}

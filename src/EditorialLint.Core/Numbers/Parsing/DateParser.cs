// Dates, years and weekdays: "August 24", "24th of August 2024", "Saturday, March 3".
using System;
using System.Globalization;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Numbers
{
    /// <summary>Dates, years and weekdays, read at a token of the shared <see cref="NumberMentionParser.Scanner"/>.</summary>
    internal static class DateParser
    {
        /// <summary>A date, year-bearing date or weekday starting at token i, or null; next is the token after it.</summary>
        public static NumberMention? TryParse(NumberMentionParser.Scanner s, int i, int end, out int next)
        {
            next = i;
            if (!s.IsWord(i) && !s.IsNumber(i)) return null;
            DayOfWeek? weekday = null;
            int start = i;
            if (s.IsWord(i) && QuantityLexicon.Weekdays.TryGetValue(s.Text(i), out var wd))
            {
                bool fullName = s.Text(i).Length > 4;
                int j = i + 1;
                if (j < end && s.IsPunct(j, '.') && !fullName) j++;
                if (j < end && s.IsPunct(j, ',')) j++;
                if (j < end && s.IsLower(j, "the")) j++;
                var date = TryCalendar(s, j, end, out int after);
                if (date is { } d)
                {
                    var m = NewDate(s, start, after, new CalendarDate(d.Year, d.Month, d.Day, wd), d.Year > 0 && d.Month == 0 ? QuantityKind.Year : QuantityKind.Date);
                    next = after;
                    return m;
                }

                if (!fullName) return null;
                weekday = wd;
                next = i + 1;
                return NewDate(s, i, i + 1, new CalendarDate(0, 0, 0, weekday), QuantityKind.Weekday);
            }

            var only = TryCalendar(s, i, end, out int stop);
            if (only is not { } cal || cal.Month == 0) return null;
            next = stop;
            return NewDate(s, start, stop, cal, QuantityKind.Date);
        }

        // "August 24", "Aug. 24", "August 25th", "August 24, 2024", "August 2024", "24 August 2024", "24th of August".
        private static CalendarDate? TryCalendar(NumberMentionParser.Scanner s, int i, int end, out int next)
        {
            next = i;
            if (i >= end) return null;
            if (s.IsWord(i) && QuantityLexicon.Months.TryGetValue(s.Text(i), out int month))
            {
                int j = i + 1;
                bool abbreviated = s.Text(i).Length <= 4 && s.Text(i) != "May" && s.Text(i) != "June" && s.Text(i) != "July";
                if (abbreviated && j < end && s.IsPunct(j, '.') && s.Adjacent(i, j)) j++;
                if (j < end && TryDay(s, j, out int day))
                {
                    int k = j + 1;
                    int year = 0;
                    if (k + 1 < end && s.IsPunct(k, ',') && TryYear(s, k + 1, out year)) k += 2;
                    else if (k < end && TryYear(s, k, out year)) k++;
                    // "March 18 people" is a count, not a date: a day must not be followed by a plural noun.
                    if (year == 0 && k < end && s.IsWord(k) && !s.IsCapitalised(k) && SubjectNormalizer.LooksPlural(s.Text(k))) return null;
                    next = k;
                    return new CalendarDate(year, month, day);
                }

                if (j < end && TryYear(s, j, out int onlyYear))
                {
                    next = j + 1;
                    return new CalendarDate(onlyYear, month, 0);
                }

                return null;
            }

            if (s.IsNumber(i) && TryDay(s, i, out int d))
            {
                int j = i + 1;
                if (j < end && s.IsLower(j, "of")) j++;
                if (j < end && s.IsWord(j) && QuantityLexicon.Months.TryGetValue(s.Text(j), out int m) && (s.Text(j) != "May" || j == i + 1))
                {
                    int k = j + 1;
                    if (k < end && s.IsPunct(k, '.') && s.Adjacent(j, k) && s.Text(j).Length <= 4) k++;
                    int year = 0;
                    if (k < end && TryYear(s, k, out year)) k++;
                    else if (k + 1 < end && s.IsPunct(k, ',') && TryYear(s, k + 1, out year)) k += 2;
                    next = k;
                    return new CalendarDate(year, m, d);
                }
            }

            return null;
        }

        private static bool TryDay(NumberMentionParser.Scanner s, int k, out int day)
        {
            day = 0;
            if (!s.IsNumber(k)) return false;
            var t = s.Text(k);
            int n = 0;
            int p = 0;
            while (p < t.Length && p < 3 && char.IsDigit(t[p])) n = n * 10 + (t[p++] - '0');
            if (p == 0 || p > 2) return false;
            var suffix = t.AsSpan(p);
            if (suffix.Length != 0 && !NumberMentionParser.Scanner.EqualsLower(suffix, "st") && !NumberMentionParser.Scanner.EqualsLower(suffix, "nd") && !NumberMentionParser.Scanner.EqualsLower(suffix, "rd") && !NumberMentionParser.Scanner.EqualsLower(suffix, "th")) return false;
            if (n < 1 || n > 31) return false;
            day = n;
            return true;
        }

        private static bool TryYear(NumberMentionParser.Scanner s, int k, out int year)
        {
            year = 0;
            if (!s.IsNumber(k)) return false;
            var t = s.Text(k);
            if (t.Length != 4) return false;
            for (int p = 0; p < 4; p++)
                if (!char.IsDigit(t[p])) return false;
            year = int.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture);
            return year >= 1000 && year <= 2999;
        }

        private static NumberMention NewDate(NumberMentionParser.Scanner s, int first, int endToken, CalendarDate date, QuantityKind kind)
        {
            var span = TextSpan.FromBounds(s[first].Start, s[endToken - 1].End);
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

using System;

namespace EditorialLint.Numbers
{
    /// <summary>
    /// The parts of a date as written: any of year, month and day may be missing ("August 24" has no year), and a
    /// weekday may be given beside them. Nothing is normalised, so that a date that does not exist can be reported.
    /// </summary>
    public readonly struct CalendarDate : IEquatable<CalendarDate>
    {
        /// <summary>Creates a date from its parts; 0 means "not given".</summary>
        public CalendarDate(int year, int month, int day, DayOfWeek? weekday = null)
        {
            Year = year;
            Month = month;
            Day = day;
            Weekday = weekday;
        }

        /// <summary>The year, or 0.</summary>
        public int Year { get; }

        /// <summary>The month 1–12, or 0.</summary>
        public int Month { get; }

        /// <summary>The day of the month, or 0.</summary>
        public int Day { get; }

        /// <summary>The weekday written beside the date, if any.</summary>
        public DayOfWeek? Weekday { get; }

        /// <summary>Whether the day exists in its month (and year, when given). True when there is no day.</summary>
        public bool Exists => Day == 0 || Month == 0 || Day <= DaysInMonth(Month, Year);

        /// <summary>The weekday the date falls on, when year, month and day are given and the date exists.</summary>
        public DayOfWeek? ActualWeekday =>
            Year >= 1 && Year <= 9999 && Month > 0 && Day > 0 && Exists ? new DateTime(Year, Month, Day).DayOfWeek : (DayOfWeek?)null;

        /// <summary>The most days the month can have: 29 for February without a year.</summary>
        public static int DaysInMonth(int month, int year)
        {
            switch (month)
            {
                case 2:
                    if (year <= 0) return 29;
                    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
                case 4:
                case 6:
                case 9:
                case 11:
                    return 30;
                default:
                    return 31;
            }
        }

        /// <summary>The English name of a month (1–12).</summary>
        public static string MonthName(int month) => month >= 1 && month <= 12 ? MonthNames[month - 1] : "?";

        private static readonly string[] MonthNames =
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        };

        /// <summary>The date as an editor writes it: "August 24", "August 24, 2024", "August 2024".</summary>
        public override string ToString()
        {
            if (Month == 0) return Year > 0 ? Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            var text = MonthName(Month);
            if (Day > 0) text += " " + Day.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Year > 0) text += (Day > 0 ? ", " : " ") + Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return text;
        }

        /// <inheritdoc />
        public bool Equals(CalendarDate other) => Year == other.Year && Month == other.Month && Day == other.Day && Weekday == other.Weekday;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);

        /// <summary>Whether two dates have the same parts.</summary>
        public static bool operator ==(CalendarDate left, CalendarDate right) => left.Equals(right);

        /// <summary>Whether two dates differ in any part.</summary>
        public static bool operator !=(CalendarDate left, CalendarDate right) => !left.Equals(right);

        /// <inheritdoc />
        public override int GetHashCode() => ((Year * 13 + Month) * 32 + Day) * 8 + (Weekday.HasValue ? (int)Weekday.Value + 1 : 0);
    }
}

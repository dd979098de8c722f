using System.Globalization;
using EditorialLint.Numbers;

namespace EditorialLint.Archive
{
    /// <summary>How the archive writes a publication date: "2024-03-04", "2024-03" or "2024".</summary>
    public static class ArchiveDates
    {
        /// <summary>Formats a date with the parts it has; empty when it has no year.</summary>
        public static string Format(CalendarDate date)
        {
            if (date.Year == 0) return string.Empty;
            var s = date.Year.ToString("0000", CultureInfo.InvariantCulture);
            if (date.Month == 0) return s;
            s += "-" + date.Month.ToString("00", CultureInfo.InvariantCulture);
            return date.Day == 0 ? s : s + "-" + date.Day.ToString("00", CultureInfo.InvariantCulture);
        }
    }
}

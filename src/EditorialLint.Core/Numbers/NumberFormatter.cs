using System;
using System.Globalization;

namespace EditorialLint.Numbers
{
    /// <summary>Writes values the way a news article does ("950 million", "9.5 billion", "500,000", "$15.5 billion").</summary>
    public static class NumberFormatter
    {
        /// <summary>A value with a scale word above a million, group separators below, at most three decimals.</summary>
        public static string FormatNumber(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value)) return value.ToString(CultureInfo.InvariantCulture);
            double abs = Math.Abs(value);
            if (abs >= 1e12) return Scaled(value, 1e12, "trillion");
            if (abs >= 1e9) return Scaled(value, 1e9, "billion");
            if (abs >= 1e6) return Scaled(value, 1e6, "million");
            if (abs >= 1000 && Math.Abs(value - Math.Round(value)) < 1e-9) return value.ToString("#,0", CultureInfo.InvariantCulture);
            return Trim(value);
        }

        /// <summary>A value with its unit: a currency sign or code in front, other units after.</summary>
        public static string FormatQuantity(double value, string? unit)
        {
            var number = FormatNumber(value);
            switch (unit)
            {
                case null: return number;
                case "USD": return "$" + number;
                case "GBP": return "£" + number;
                case "EUR": return "€" + number;
                case "JPY": return "¥" + number;
                case "%": return number + "%";
                case "pp": return number + " percentage points";
                case "C": return number + "C";
                case "F": return number + "F";
                default:
                    return unit.Length == 3 && char.IsUpper(unit[0]) && char.IsUpper(unit[2]) ? unit + " " + number : number + " " + unit;
            }
        }

        /// <summary>A ratio or rate with up to four significant digits ("1.112", "0.5312").</summary>
        public static string FormatRate(double rate)
        {
            if (rate == 0 || double.IsNaN(rate) || double.IsInfinity(rate)) return rate.ToString(CultureInfo.InvariantCulture);
            int digits = Math.Max(0, 3 - (int)Math.Floor(Math.Log10(Math.Abs(rate))));
            return Math.Round(rate, Math.Min(digits, 12)).ToString("0.############", CultureInfo.InvariantCulture);
        }

        private static string Scaled(double value, double scale, string word) => Trim(value / scale) + " " + word;

        private static string Trim(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
    }
}

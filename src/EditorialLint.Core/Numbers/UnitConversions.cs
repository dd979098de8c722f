using System;

namespace EditorialLint.Numbers
{
    /// <summary>Fixed conversion factors between units of one dimension (km and miles, kg and lb, °C and °F).</summary>
    public static class UnitConversions
    {
        /// <summary>The dimension of a measure unit ("length", "mass", ...), or the unit itself when unknown.</summary>
        public static string? Dimension(string? unit)
        {
            switch (unit)
            {
                case "km": case "mi": case "m": case "ft": case "cm": case "in": case "mm": return "length";
                case "kg": case "lb": case "g": case "oz": return "mass";
                case "C": case "F": return "temperature";
                case "mph": case "kmh": return "speed";
                case "l": case "gal": return "volume";
                case "acre": case "ha": return "area";
                default: return unit;
            }
        }

        // Size of each unit in its dimension's base unit (metre, kilogram, km/h, litre, hectare).
        private static double Factor(string unit)
        {
            switch (unit)
            {
                case "km": return 1000;
                case "mi": return 1609.344;
                case "m": return 1;
                case "ft": return 0.3048;
                case "cm": return 0.01;
                case "in": return 0.0254;
                case "mm": return 0.001;
                case "kg": return 1;
                case "lb": return 0.45359237;
                case "g": return 0.001;
                case "oz": return 0.028349523125;
                case "mph": return 1.609344;
                case "kmh": return 1;
                case "acre": return 0.40468564224;
                case "ha": return 1;
                default: return double.NaN;
            }
        }

        /// <summary>
        /// Converts <paramref name="value"/> from one unit to another of the same dimension with a fixed factor;
        /// false for units whose factor is not fixed (gallons, which differ between the US and the UK).
        /// </summary>
        public static bool TryConvert(double value, string from, string to, out double result)
        {
            result = double.NaN;
            if (Dimension(from) != Dimension(to)) return false;
            if (from == "C" && to == "F") { result = value * 9 / 5 + 32; return true; }
            if (from == "F" && to == "C") { result = (value - 32) * 5 / 9; return true; }
            double a = Factor(from), b = Factor(to);
            if (double.IsNaN(a) || double.IsNaN(b)) return false;
            result = value * a / b;
            return true;
        }

        /// <summary>
        /// Converts a difference between two readings ("rose by 2C") from one unit to another: temperatures by the
        /// factor alone (2 °C of warming is 3.6 °F, not 35.6 °F); other units as <see cref="TryConvert"/>.
        /// </summary>
        public static bool TryConvertDifference(double value, string from, string to, out double result)
        {
            if (from == "C" && to == "F") { result = value * 9 / 5; return true; }
            if (from == "F" && to == "C") { result = value * 5 / 9; return true; }
            return TryConvert(value, from, to, out result);
        }

        /// <summary>The short name of a unit for messages ("mi" is "miles").</summary>
        public static string Name(string unit)
        {
            switch (unit)
            {
                case "mi": return "miles";
                case "lb": return "lb";
                case "kmh": return "km/h";
                case "C": return "°C";
                case "F": return "°F";
                case "gal": return "gallons";
                case "l": return "litres";
                case "ha": return "hectares";
                case "acre": return "acres";
                default: return unit;
            }
        }
    }
}

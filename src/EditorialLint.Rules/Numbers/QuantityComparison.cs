using System;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Numbers;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// What EL1001 and EL1002 share: which figures may be compared, when two values of one thing cannot both be
    /// right, and how to name an order-of-magnitude slip.
    /// </summary>
    internal static class QuantityComparison
    {
        /// <summary>
        /// Whether a figure states the level of a named thing plainly enough to be compared with another: its subject is
        /// the noun phrase it measures ("user base … reaches 950 million"), or the noun after it with a named owner
        /// ("950 million Telegram users"). A bare "30 projects" or "two firms" is often a subset the context defines,
        /// and two such counts differ for good reasons.
        /// </summary>
        public static bool IsComparable(NumberMention m) =>
            m.Subject is not null
            && (m.SubjectSource == SubjectSource.NounPhraseBefore || m.Owner is not null)
            && (m.Kind == QuantityKind.Count || m.Kind == QuantityKind.Money)
            && m.Role == QuantityRole.Level
            && m.ConversionOf < 0
            && m.Hedge != HedgeKind.Vague
            && m.Value > 0
            && !double.IsInfinity(m.High);

        /// <summary>
        /// The key of the thing a figure counts: kind, unit, subject and qualifiers. Two figures with one key are
        /// the same thing counted twice.
        /// </summary>
        public static string GroupKey(NumberMention m) =>
            ((int)m.Kind).ToString(CultureInfo.InvariantCulture) + "|" + (m.Unit ?? string.Empty) + "|" + m.Subject + "|" + string.Join(",", m.Qualifiers);

        /// <summary>
        /// Whether two values cannot both be right: their ranges (hedges and rounding included) do not meet and the
        /// values are at least 5% apart, so that "$42.09bn" and "$42.1bn" or "about 1,000" and "1,020" stay quiet.
        /// </summary>
        public static bool AreIncompatible(double lowA, double highA, double resA, double valueA, double lowB, double highB, double resB, double valueB)
        {
            if (valueA <= 0 || valueB <= 0) return false;
            bool aBelow = highA + resA < lowB - resB;
            bool bBelow = highB + resB < lowA - resA;
            if (!aBelow && !bBelow) return false;
            double ratio = valueA > valueB ? valueA / valueB : valueB / valueA;
            return ratio >= 1.05;
        }

        /// <summary>Whether two mentions cannot both be right.</summary>
        public static bool AreIncompatible(NumberMention a, NumberMention b) =>
            AreIncompatible(a.Low, a.High, a.Resolution, a.Value, b.Low, b.High, b.Resolution, b.Value);

        /// <summary>
        /// "; 10 times as much: an order-of-magnitude slip?" when one value is a power of ten times the other, else empty.
        /// </summary>
        public static string MagnitudeNote(double a, double b)
        {
            if (a <= 0 || b <= 0) return string.Empty;
            double ratio = a > b ? a / b : b / a;
            double log = Math.Log10(ratio);
            double rounded = Math.Round(log);
            if (rounded < 1 || Math.Abs(log - rounded) > 0.01) return string.Empty;
            var factor = Math.Pow(10, rounded).ToString("#,0", CultureInfo.InvariantCulture);
            return "; one is " + factor + " times the other, a slip of " + (rounded == 1 ? "an order of magnitude" : rounded.ToString(CultureInfo.InvariantCulture) + " orders of magnitude") + "?";
        }

        /// <summary>The words that name the subject in the text ("users", "user base"), or the subject key.</summary>
        public static string SubjectText(AnalyzedDocument document, NumberMention m) =>
            m.SubjectSpan is { } span ? document.GetString(span) : m.Subject ?? "the same thing";

        /// <summary>The figure as written, without the hedge ("9.5 billion", "$15.5 billion").</summary>
        public static string FigureText(AnalyzedDocument document, NumberMention m) => document.GetString(m.Span);

        /// <summary>Whether two owners allow the figures to be about the same thing (either unknown, or equal).</summary>
        public static bool OwnersAgree(string? a, string? b) => a is null || b is null || string.Equals(a, b, StringComparison.Ordinal);
    }
}

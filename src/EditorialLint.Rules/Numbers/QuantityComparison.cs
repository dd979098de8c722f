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
            && (m.SubjectSource == SubjectSource.NounPhraseBefore || m.Owner is not null || m.SubjectSource == SubjectSource.MeasuredObject)
            && (m.Kind == QuantityKind.Count || m.Kind == QuantityKind.Money || (m.Kind == QuantityKind.Measure && m.SubjectSource == SubjectSource.MeasuredObject))
            && m.Role == QuantityRole.Level
            && m.ConversionOf < 0
            && m.Hedge != HedgeKind.Vague
            && m.Value > 0
            && !double.IsInfinity(m.High)
            && !NotSubjects.Contains(m.Subject)
            // Bare counts under 20 are parameters and subsets far more often than slips ("a threshold of 3", "10 counties").
            && !(m.Kind == QuantityKind.Count && m.Value < 20)
            && !(m.SubjectSource == SubjectSource.MeasuredObject && ProductNouns.Contains(m.Subject));

        // Heads that say nothing of what is counted: "prices range from", "in lieu of", "priced at", "the value we used is".
        private static readonly System.Collections.Generic.HashSet<string> NotSubjects = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal)
        {
            "range", "lieu", "priced", "used", "series", "threshold", "value", "price", "cost", "estimate",
        };

        // "the 43-inch model" and "the 65-inch model": one product line comes in several sizes.
        private static readonly System.Collections.Generic.HashSet<string> ProductNouns = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal)
        {
            "model", "version", "variant", "size", "edition", "screen", "display", "option", "storm", "surge", "tier", "ipad", "iphone", "tv",
        };

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

        // Counted things that are kinds of one another's audience: compared across names only for a power-of-ten slip.
        private static readonly System.Collections.Generic.HashSet<string> AudienceKinds = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal)
        {
            "user", "member", "account", "subscriber", "listener", "customer", "player", "viewer", "reader", "follower", "subscription",
        };

        // Qualifiers that say which kind of audience is counted ("weekly active listeners"), not which period or place.
        private static readonly System.Collections.Generic.HashSet<string> KindModifiers = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal)
        {
            "active", "weekly", "monthly", "daily", "paying", "registered", "unique", "individual", "total", "overall", "combined",
            "claims", "claimed",
        };

        /// <summary>
        /// Whether two figures count one owner's audience under names that are kinds of one another ("subscribers" and
        /// "members", "weekly active listeners" and "listeners"), with the same period, place and segment. The caller
        /// settles an owner that only one of them names.
        /// </summary>
        public static bool AreAudienceKinds(NumberMention a, NumberMention b)
        {
            if (a.Kind != QuantityKind.Count || b.Kind != QuantityKind.Count) return false;
            if (a.Owner is not null && b.Owner is not null && a.Owner != b.Owner) return false;
            if (a.Subject is null || b.Subject is null || !AudienceKinds.Contains(a.Subject) || !AudienceKinds.Contains(b.Subject)) return false;
            return SameExcept(a.Qualifiers, b.Qualifiers);
        }

        private static bool SameExcept(System.Collections.Immutable.ImmutableArray<string> a, System.Collections.Immutable.ImmutableArray<string> b)
        {
            foreach (var q in a)
                if (!KindModifiers.Contains(q) && !b.Contains(q)) return false;
            foreach (var q in b)
                if (!KindModifiers.Contains(q) && !a.Contains(q)) return false;
            return true;
        }

        /// <summary>Whether one value is a power of ten times the other (10, 100, ...), rounding allowed.</summary>
        public static bool IsPowerOfTenSlip(double a, double b)
        {
            if (a <= 0 || b <= 0) return false;
            double log = Math.Log10(a > b ? a / b : b / a);
            double rounded = Math.Round(log);
            return rounded >= 1 && Math.Abs(log - rounded) < 0.02;
        }

        /// <summary>
        /// Whether the years between two figures of one thing explain their difference, so that it is no conflict: the
        /// figures are counts or amounts, each one's year is known (a year among its period qualifiers, else its
        /// article's publication year) and they differ, and the later value is within a factor of two per year of the
        /// earlier one, growing or shrinking ("800 million users" in a 2023 article, "950 million" in a 2025 one). A
        /// power-of-ten difference is a slip whatever the dates say.
        /// </summary>
        public static bool GrewOverTime(QuantityKind kind, double valueA, int publishedA, string periodA, double valueB, int publishedB, string periodB)
        {
            if (kind != QuantityKind.Count && kind != QuantityKind.Money) return false;
            if (valueA <= 0 || valueB <= 0 || IsPowerOfTenSlip(valueA, valueB)) return false;
            int yearA = PeriodYear(periodA) ?? publishedA;
            int yearB = PeriodYear(periodB) ?? publishedB;
            if (yearA <= 0 || yearB <= 0 || yearA == yearB) return false;
            int years = Math.Abs(yearB - yearA);
            double ratio = valueA > valueB ? valueA / valueB : valueB / valueA;
            return ratio <= Math.Pow(2, Math.Min(years, 10));
        }

        // The first year among comma-separated period qualifiers ("2023,annual"), or null.
        private static int? PeriodYear(string period)
        {
            foreach (var part in period.Split(','))
                if (part.Length == 4 && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1800 && year <= 2200)
                    return year;
            return null;
        }

        /// <summary>Whether two owners allow the figures to be about the same thing (either unknown, or equal).</summary>
        public static bool OwnersAgree(string? a, string? b) => a is null || b is null || string.Equals(a, b, StringComparison.Ordinal);
    }
}

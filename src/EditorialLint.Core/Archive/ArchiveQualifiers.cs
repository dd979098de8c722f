using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using EditorialLint.Numbers;

namespace EditorialLint.Archive
{
    /// <summary>
    /// Sorts a figure's qualifiers (<see cref="NumberMention.Qualifiers"/>) into the period, place and segment the
    /// archive stores: the time-aware comparison reads the period, people reading the archive read all three.
    /// </summary>
    public static class ArchiveQualifiers
    {
        // Scope words that say where rather than which part.
        private static readonly HashSet<string> PlaceScopes = new HashSet<string>(StringComparer.Ordinal)
        {
            "world", "worldwide", "global", "globally", "international", "domestic", "national", "local", "abroad",
            "overseas", "regional", "nationwide", "home", "away",
        };

        private static readonly Lazy<HashSet<string>> LowerCasePlaces = new Lazy<HashSet<string>>(() =>
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var place in QuantityLexicon.Places) set.Add(place.ToLowerInvariant());
            return set;
        });

        /// <summary>The qualifiers as period, place and segment, each comma-separated in the given (sorted) order.</summary>
        public static (string Period, string Place, string Segment) Split(ImmutableArray<string> qualifiers)
        {
            var period = new StringBuilder();
            var place = new StringBuilder();
            var segment = new StringBuilder();
            foreach (var q in qualifiers)
            {
                var into = IsPeriod(q) ? period : IsPlace(q) ? place : segment;
                if (into.Length > 0) into.Append(',');
                into.Append(q);
            }

            return (period.ToString(), place.ToString(), segment.ToString());
        }

        /// <summary>Whether a qualifier names a time frame: a year ("2023") or a time word ("quarterly", "last").</summary>
        public static bool IsPeriod(string qualifier) =>
            (qualifier.Length > 0 && char.IsDigit(qualifier[0])) || QuantityLexicon.TimeFrameQualifiers.Contains(qualifier);

        private static bool IsPlace(string qualifier) => PlaceScopes.Contains(qualifier) || LowerCasePlaces.Value.Contains(qualifier);
    }
}

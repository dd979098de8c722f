using System;
using System.Collections.Generic;

namespace EditorialLint.Archive
{
    /// <summary>The keys a run asks the archive about: figure group keys (EL1002) and event keys (EL1005).</summary>
    public sealed class ArchiveQuery
    {
        /// <summary>Creates a query.</summary>
        public ArchiveQuery(IReadOnlyCollection<string>? figureKeys = null, IReadOnlyCollection<string>? eventKeys = null)
        {
            FigureKeys = figureKeys ?? Array.Empty<string>();
            EventKeys = eventKeys ?? Array.Empty<string>();
        }

        /// <summary>
        /// Figure group keys: kind, unit, subject and qualifiers, as <c>QuantityComparison.GroupKey</c> builds them
        /// ("1||user|" for a plain count of users).
        /// </summary>
        public IReadOnlyCollection<string> FigureKeys { get; }

        /// <summary>Event keys ("arrest", "death", "resignation").</summary>
        public IReadOnlyCollection<string> EventKeys { get; }

        /// <summary>Whether the query asks for nothing (the store need not even be opened).</summary>
        public bool IsEmpty => FigureKeys.Count == 0 && EventKeys.Count == 0;
    }
}

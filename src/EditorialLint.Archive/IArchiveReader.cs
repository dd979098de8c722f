using System;

namespace EditorialLint.Archive
{
    /// <summary>
    /// What a lint run's archive (<see cref="LazyArchive"/>) reads through: <see cref="ArchiveStore"/> (every database,
    /// over ADO.NET) or, for a SQLite file at the current schema, <see cref="SqliteLookup"/> (the same lookup without
    /// ADO.NET's start-up).
    /// </summary>
    internal interface IArchiveReader : IFactArchive, IDisposable
    {
        /// <summary>Runs a lookup's code path once on at most one row and drops what it read (a background open's warm-up).</summary>
        void WarmUp();
    }
}

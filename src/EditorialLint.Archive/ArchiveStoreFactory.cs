using System;

namespace EditorialLint.Archive
{
    /// <summary>
    /// The one place that decides which database an archive location names: a <c>postgres://</c> or
    /// <c>postgresql://</c> URL, or a connection string with <c>Host=</c>, is a PostgreSQL server; anything else is a
    /// SQLite file.
    /// </summary>
    public static class ArchiveStoreFactory
    {
        /// <summary>
        /// Opens the archive at <paramref name="location"/>; <paramref name="create"/> allows creating a new store
        /// (<c>archive add</c>), otherwise a missing one is an <see cref="ArchiveException"/>.
        /// </summary>
        public static ArchiveStore Open(string location, bool create = false)
        {
            if (string.IsNullOrWhiteSpace(location)) throw new ArchiveException("No archive given: name a SQLite file or a postgres:// URL.");
            return new ArchiveStore(DialectFor(location), location, create);
        }

        /// <summary>The dialect for <paramref name="location"/>.</summary>
        public static IArchiveDialect DialectFor(string location) =>
            IsServer(location) ? new PostgreSqlArchiveDialect() : new SqliteArchiveDialect();

        /// <summary>Whether <paramref name="location"/> names a PostgreSQL server rather than a file.</summary>
        public static bool IsServer(string location) => ArchiveLocation.IsServer(location);

        // The URL or connection string without its password, for messages.
        internal static string RedactedServer(string location) => ArchiveLocation.Display(location);
    }
}

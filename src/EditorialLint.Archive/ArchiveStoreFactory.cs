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
        public static bool IsServer(string location)
        {
            var trimmed = location.Trim();
            if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
                return true;
            // A connection string: "Host=db;Database=archive;Username=lint".
            foreach (var part in trimmed.Split(';'))
            {
                int eq = part.IndexOf('=');
                if (eq > 0 && string.Equals(part.Substring(0, eq).Trim(), "Host", StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        // The URL or connection string without its password, for messages.
        internal static string RedactedServer(string location)
        {
            var s = location.Trim();
            int scheme = s.IndexOf("://", StringComparison.Ordinal);
            if (scheme > 0)
            {
                int at = s.IndexOf('@', scheme + 3);
                int colon = s.IndexOf(':', scheme + 3);
                return at > 0 && colon > 0 && colon < at ? s.Substring(0, colon) + ":***" + s.Substring(at) : s;
            }

            var parts = s.Split(';');
            for (int i = 0; i < parts.Length; i++)
            {
                int eq = parts[i].IndexOf('=');
                if (eq > 0 && string.Equals(parts[i].Substring(0, eq).Trim(), "Password", StringComparison.OrdinalIgnoreCase))
                    parts[i] = parts[i].Substring(0, eq + 1) + "***";
            }

            return string.Join(";", parts);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;

namespace EditorialLint.Archive
{
    /// <summary>
    /// The archive's schema, version by version. A store records its version in <c>schema_version</c>; opening a store
    /// of an older version applies the missing steps in one write transaction (so a failed upgrade leaves the old
    /// store as it was), and a store of a newer version, or a database that is not an archive, is refused with a clear
    /// message. A schema change is a new step at the end: steps already shipped never change.
    /// </summary>
    public static class ArchiveMigrations
    {
        /// <summary>The version this build writes and reads.</summary>
        public const int CurrentVersion = 2;

        // The store's schema version (also read by SqliteLookup, which reads only a store at CurrentVersion).
        internal const string VersionSql = "SELECT MAX(version) FROM schema_version";

        /// <summary>One step: the version it brings the store to and its statements.</summary>
        internal sealed class Step
        {
            public Step(int version, string description, string[] statements)
            {
                Version = version;
                Description = description;
                Statements = statements;
            }

            public int Version { get; }

            public string Description { get; }

            public string[] Statements { get; }
        }

        /// <summary>Every step, oldest first, written for <paramref name="d"/>'s column types.</summary>
        internal static IReadOnlyList<Step> Steps(IArchiveDialect d) => new[]
        {
            new Step(1, "articles and their mentions, looked up by key", new[]
            {
                "CREATE TABLE schema_version (version " + d.IntegerType + " NOT NULL)",
                "CREATE TABLE articles (" + d.IdentityColumn + ", path " + d.TextType + " NOT NULL UNIQUE, published " + d.TextType
                    + ", names " + d.TextType + " NOT NULL, content_hash " + d.TextType + " NOT NULL)",
                "CREATE TABLE mentions (article_id " + d.IntegerType + " NOT NULL, lookup_key " + d.TextType + " NOT NULL, mention_kind "
                    + d.IntegerType + " NOT NULL, quantity_kind " + d.IntegerType + " NOT NULL, value " + d.RealType + " NOT NULL, low "
                    + d.RealType + " NOT NULL, high " + d.RealType + " NOT NULL, resolution " + d.RealType + " NOT NULL, unit " + d.TextType
                    + ", subject " + d.TextType + ", owner " + d.TextType + ", period " + d.TextType + " NOT NULL, place " + d.TextType
                    + " NOT NULL, segment " + d.TextType + " NOT NULL, event " + d.TextType + ", date_year " + d.IntegerType
                    + " NOT NULL, date_month " + d.IntegerType + " NOT NULL, date_day " + d.IntegerType + " NOT NULL, names "
                    + d.TextType + " NOT NULL, figure_text " + d.TextType + " NOT NULL, subject_text " + d.TextType
                    + " NOT NULL, sentence_start " + d.IntegerType + " NOT NULL, sentence_length " + d.IntegerType + " NOT NULL, line "
                    + d.IntegerType + " NOT NULL)",
                // Only what rules look up is indexed by key (figures and events, not the other mentions).
                "CREATE INDEX mentions_by_key ON mentions (lookup_key) WHERE mention_kind < 2",
            }),
            new Step(2, "articles keep their front matter's url and title; mentions are found by article (replace, remove)", new[]
            {
                "ALTER TABLE articles ADD COLUMN url " + d.TextType,
                "ALTER TABLE articles ADD COLUMN title " + d.TextType,
                "CREATE INDEX mentions_by_article ON mentions (article_id)",
            }),
        };

        /// <summary>
        /// Brings the store on <paramref name="connection"/> to <paramref name="targetVersion"/> (tests build older
        /// stores with a lower one) and returns the version it had. Throws <see cref="ArchiveException"/> for a newer
        /// or unknown store.
        /// </summary>
        public static int Migrate(DbConnection connection, IArchiveDialect dialect, string location, int targetVersion = CurrentVersion)
        {
            // A store already at the version is only read: a lint run never waits for the write lock that an
            // 'archive add' in another process holds (WAL readers do not wait for the writer).
            // (No transaction: SQLite's default one takes the write lock.)
            int current = ReadVersion(connection, null, dialect, location);
            if (current == targetVersion) return current;

            using var transaction = dialect.BeginWrite(connection);
            dialect.LockSchema(connection, transaction);
            int version = ReadVersion(connection, transaction, dialect, location);
            if (version > CurrentVersion)
                throw new ArchiveException("The archive '" + dialect.Display(location) + "' was written by a newer EditorialLint (schema version "
                    + version.ToString(CultureInfo.InvariantCulture) + "; this build reads up to " + CurrentVersion.ToString(CultureInfo.InvariantCulture)
                    + "). Update editorial-lint; the archive was left as it is.");
            if (version >= targetVersion)
            {
                transaction.Commit();
                return version;
            }

            foreach (var step in Steps(dialect))
            {
                if (step.Version <= version || step.Version > targetVersion) continue;
                foreach (var sql in step.Statements) Execute(connection, transaction, sql);
            }

            Execute(connection, transaction, "DELETE FROM schema_version");
            Execute(connection, transaction, "INSERT INTO schema_version (version) VALUES (" + targetVersion.ToString(CultureInfo.InvariantCulture) + ")");
            transaction.Commit();
            return version;
        }

        // 0 for an empty database; the recorded version for an archive; an error for anything else.
        private static int ReadVersion(DbConnection connection, DbTransaction? transaction, IArchiveDialect dialect, string location)
        {
            var tables = new HashSet<string>(StringComparer.Ordinal);
            using (var list = connection.CreateCommand())
            {
                list.Transaction = transaction;
                list.CommandText = dialect.ListTablesSql;
                using var reader = list.ExecuteReader();
                while (reader.Read()) tables.Add(reader.GetString(0));
            }

            if (!tables.Contains("schema_version"))
            {
                if (tables.Count == 0) return 0;
                throw new ArchiveException("'" + dialect.Display(location) + "' is a " + dialect.Name
                    + " database but not an EditorialLint archive (it has no schema_version table); it was left as it is. Give another file.");
            }

            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = VersionSql;
            var value = command.ExecuteScalar();
            if (value is null || value is DBNull)
                throw new ArchiveException("The archive '" + dialect.Display(location) + "' records no schema version; it was left as it is.");
            return Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }

        private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}

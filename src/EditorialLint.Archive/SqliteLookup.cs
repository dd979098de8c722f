using System;
using System.Collections.Generic;
using System.IO;
using SQLitePCL;

namespace EditorialLint.Archive
{
    /// <summary>
    /// A lint run's read path for a SQLite archive: the lookup (<see cref="ArchiveStore"/>'s own SQL, chunking and row
    /// mapping) through SQLite's API directly, without ADO.NET, whose first use costs a short run more than the lookup
    /// itself (docs/archive.md, "Cost of a lookup"). Read-only, and only for a store already at
    /// <see cref="ArchiveMigrations.CurrentVersion"/>: anything else (an older or newer schema, not an archive, not a
    /// database, a file that cannot be opened) is left to <see cref="ArchiveStore"/>, which migrates it or says clearly
    /// what is wrong. Safe to use from several threads.
    /// </summary>
    internal sealed class SqliteLookup : IArchiveReader
    {
        private static readonly object InitGate = new object();
        private static bool _initialized;

        private readonly object _gate = new object();
        private readonly SqliteArchiveDialect _dialect;
        private sqlite3? _db;

        private SqliteLookup(sqlite3 db, SqliteArchiveDialect dialect, string location)
        {
            _db = db;
            _dialect = dialect;
            Location = location;
        }

        /// <inheritdoc />
        public string Location { get; }

        /// <summary>
        /// Opens the SQLite file at <paramref name="location"/> read-only when it is an archive at the current schema
        /// version; null when <see cref="ArchiveStore"/> should open it instead (it then migrates the store or gives the
        /// clear error). A store locked past the dialect's busy timeout is the store's "locked" error here too.
        /// </summary>
        public static SqliteLookup? TryOpen(string location, SqliteArchiveDialect dialect)
        {
            var full = Path.GetFullPath(location);
            if (!File.Exists(full)) return null;
            Initialize();
            int rc = raw.sqlite3_open_v2(full, out var db, raw.SQLITE_OPEN_READONLY, null);
            if (rc != raw.SQLITE_OK)
            {
                db?.Dispose();
                return null;
            }

            var lookup = new SqliteLookup(db, dialect, location);
            try
            {
                raw.sqlite3_busy_timeout(db, (int)Math.Min(int.MaxValue, dialect.BusyTimeout.TotalMilliseconds));
                int version = -1;
                rc = lookup.Run(ArchiveMigrations.VersionSql, Array.Empty<string>(), statement =>
                {
                    if (raw.sqlite3_column_type(statement, 0) != raw.SQLITE_NULL) version = raw.sqlite3_column_int(statement, 0);
                });
                if (IsBusy(rc)) throw lookup.Failure(rc);
                if (rc == raw.SQLITE_DONE && version == ArchiveMigrations.CurrentVersion) return lookup;
            }
            catch
            {
                lookup.Dispose();
                throw;
            }

            lookup.Dispose();
            return null;
        }

        /// <inheritdoc />
        public IReadOnlyList<ArchivedMention> Find(ArchiveQuery query)
        {
            if (query.IsEmpty) return Array.Empty<ArchivedMention>();
            lock (_gate)
            {
                return ArchiveStore.Lookup(query, _dialect.Parameter, (sql, keys, articles, into) =>
                    Check(Run(sql, keys, statement => ArchiveStore.ReadMention(new StatementRow(statement), articles, into))));
            }
        }

        /// <inheritdoc />
        public void Prepare(ArchiveQuery query)
        {
            // Open already.
        }

        /// <inheritdoc />
        public void WarmUp()
        {
            var articles = new Dictionary<long, ArchivedArticle>();
            var found = new List<ArchivedMention>();
            lock (_gate)
                Check(Run(ArchiveStore.WarmUpSql(_dialect.Parameter), new[] { string.Empty },
                    statement => ArchiveStore.ReadMention(new StatementRow(statement), articles, found)));
        }

        /// <inheritdoc />
        public void Dispose()
        {
            lock (_gate)
            {
                _db?.Dispose();
                _db = null;
            }
        }

        // SQLitePCLRaw's provider, set once (Microsoft.Data.Sqlite sets the same one when it is used).
        private static void Initialize()
        {
            lock (InitGate)
            {
                if (_initialized) return;
                Batteries_V2.Init();
                _initialized = true;
            }
        }

        private static bool IsBusy(int rc) => (rc & 0xFF) == raw.SQLITE_BUSY || (rc & 0xFF) == raw.SQLITE_LOCKED;

        // Prepares sql, binds keys to its parameters in order, and hands each row to read; SQLite's last result code.
        private int Run(string sql, IReadOnlyList<string> keys, Action<sqlite3_stmt> read)
        {
            var db = _db ?? throw new ObjectDisposedException(nameof(SqliteLookup));
            int rc = raw.sqlite3_prepare_v2(db, sql, out var statement);
            if (rc != raw.SQLITE_OK)
            {
                statement?.Dispose();
                return rc;
            }

            using (statement)
            {
                for (int i = 0; i < keys.Count; i++)
                {
                    rc = raw.sqlite3_bind_text(statement, i + 1, keys[i]);
                    if (rc != raw.SQLITE_OK) return rc;
                }

                while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW) read(statement);
                return rc;
            }
        }

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_DONE) throw Failure(rc);
        }

        // The store's clear message for SQLite's result code (ArchiveStore's, through the same dialect).
        private ArchiveException Failure(int rc)
        {
            var message = "SQLite Error " + rc.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": '"
                + (_db is null ? raw.sqlite3_errstr(rc).utf8_to_string() : raw.sqlite3_errmsg(_db).utf8_to_string()) + "'.";
            return _dialect.Describe(rc, message, null, Location)
                ?? new ArchiveException("The archive '" + Location + "' failed: " + message);
        }

        // A lookup row read from a SQLite statement.
        private readonly struct StatementRow : ArchiveStore.IMentionRow
        {
            private readonly sqlite3_stmt _statement;

            public StatementRow(sqlite3_stmt statement) => _statement = statement;

            public bool IsNull(int ordinal) => raw.sqlite3_column_type(_statement, ordinal) == raw.SQLITE_NULL;

            public long GetInt64(int ordinal) => raw.sqlite3_column_int64(_statement, ordinal);

            public int GetInt32(int ordinal) => raw.sqlite3_column_int(_statement, ordinal);

            public double GetDouble(int ordinal) => raw.sqlite3_column_double(_statement, ordinal);

            public string GetString(int ordinal) => raw.sqlite3_column_text(_statement, ordinal).utf8_to_string() ?? string.Empty;
        }
    }
}

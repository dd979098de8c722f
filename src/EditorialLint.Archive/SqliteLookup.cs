using System;
using System.Collections.Generic;
using System.IO;

namespace EditorialLint.Archive
{
    /// <summary>
    /// A lint run's read path for a SQLite archive: the lookup (<see cref="ArchiveStore"/>'s own SQL, chunking and row
    /// mapping) through SQLite's API directly (<see cref="SqliteNative"/>), without ADO.NET or SQLitePCLRaw, whose first
    /// use costs a short run more than the lookup itself (docs/archive.md, "Cost of a lookup"). Read-only, and only for a store already at
    /// <see cref="ArchiveMigrations.CurrentVersion"/>: anything else (an older or newer schema, not an archive, not a
    /// database, a file that cannot be opened) is left to <see cref="ArchiveStore"/>, which migrates it or says clearly
    /// what is wrong. Safe to use from several threads.
    /// </summary>
    internal sealed class SqliteLookup : IArchiveReader
    {
        private readonly object _gate = new object();
        private readonly SqliteArchiveDialect _dialect;
        private IntPtr _db;

        private SqliteLookup(IntPtr db, SqliteArchiveDialect dialect, string location)
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
            var lookup = TryOpenAt(full, SqliteNative.OpenReadOnly, dialect, location, out int rc);
            if (lookup is not null || IsBusy(rc) || rc == SqliteNative.Done || File.Exists(full + "-wal")) return lookup;

            // A WAL-mode file is read through its shared-memory file (-shm) beside it, which SQLite creates on first
            // read: in a folder this process cannot write (a read-only mount, a published share) that fails. With no
            // write-ahead log there (-wal), the file alone is the whole database, and SQLite can read it as immutable.
            // Not with a -wal: its committed pages would be ignored, and the store's error below says so instead.
            return TryOpenAt(ImmutableUri(full), SqliteNative.OpenReadOnly | SqliteNative.OpenUri, dialect, location, out _);
        }

        // Opens `path` and reads the schema version: the lookup when it is an archive at the current version, else null
        // with SQLite's result code of the version query (Done when the file is readable but another version or none).
        private static SqliteLookup? TryOpenAt(string path, int flags, SqliteArchiveDialect dialect, string location, out int rc)
        {
            rc = SqliteNative.Open(path, flags, out var db);
            if (rc != SqliteNative.Ok)
            {
                SqliteNative.Close(db);
                return null;
            }

            var lookup = new SqliteLookup(db, dialect, location);
            try
            {
                SqliteNative.BusyTimeout(db, (int)Math.Min(int.MaxValue, dialect.BusyTimeout.TotalMilliseconds));
                int version = -1;
                rc = lookup.Run(ArchiveMigrations.VersionSql, Array.Empty<string>(), statement =>
                {
                    if (SqliteNative.ColumnType(statement, 0) != SqliteNative.Null) version = SqliteNative.ColumnInt32(statement, 0);
                });
                if (IsBusy(rc)) throw lookup.Failure(rc);
                if (rc == SqliteNative.Done && version == ArchiveMigrations.CurrentVersion) return lookup;
            }
            catch
            {
                lookup.Dispose();
                throw;
            }

            lookup.Dispose();
            return null;
        }

        // SQLite's URI for reading the file at `full` as immutable (no locks, no -shm); '%', '?' and '#' escaped.
        internal static string ImmutableUri(string full) =>
            "file:" + full.Replace("%", "%25").Replace("?", "%3f").Replace("#", "%23") + "?immutable=1";

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
                if (_db != IntPtr.Zero) SqliteNative.Close(_db);
                _db = IntPtr.Zero;
            }
        }

        private static bool IsBusy(int rc) => (rc & 0xFF) == SqliteNative.Busy || (rc & 0xFF) == SqliteNative.Locked;

        // Prepares sql, binds keys to its parameters in order, and hands each row to read; SQLite's last result code.
        private int Run(string sql, IReadOnlyList<string> keys, Action<IntPtr> read)
        {
            if (_db == IntPtr.Zero) throw new ObjectDisposedException(nameof(SqliteLookup));
            int rc = SqliteNative.Prepare(_db, sql, out var statement);
            if (rc != SqliteNative.Ok) return rc;

            try
            {
                for (int i = 0; i < keys.Count; i++)
                {
                    rc = SqliteNative.Bind(statement, i + 1, keys[i]);
                    if (rc != SqliteNative.Ok) return rc;
                }

                while ((rc = SqliteNative.Step(statement)) == SqliteNative.Row) read(statement);
                return rc;
            }
            finally
            {
                SqliteNative.Finalize(statement);
            }
        }

        private void Check(int rc)
        {
            if (rc != SqliteNative.Done) throw Failure(rc);
        }

        // The store's clear message for SQLite's result code (ArchiveStore's, through the same dialect).
        private ArchiveException Failure(int rc)
        {
            var message = "SQLite Error " + rc.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": '"
                + SqliteNative.Message(_db, rc) + "'.";
            return _dialect.Describe(rc, message, null, Location)
                ?? new ArchiveException("The archive '" + Location + "' failed: " + message);
        }

        // A lookup row read from a SQLite statement.
        private readonly struct StatementRow : ArchiveStore.IMentionRow
        {
            private readonly IntPtr _statement;

            public StatementRow(IntPtr statement) => _statement = statement;

            public bool IsNull(int ordinal) => SqliteNative.ColumnType(_statement, ordinal) == SqliteNative.Null;

            public long GetInt64(int ordinal) => SqliteNative.ColumnInt64(_statement, ordinal);

            public int GetInt32(int ordinal) => SqliteNative.ColumnInt32(_statement, ordinal);

            public double GetDouble(int ordinal) => SqliteNative.ColumnDouble(_statement, ordinal);

            public string GetString(int ordinal) => SqliteNative.ColumnText(_statement, ordinal);
        }
    }
}

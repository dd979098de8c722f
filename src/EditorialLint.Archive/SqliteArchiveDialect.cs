using System;
using System.Data.Common;
using System.Globalization;
using System.IO;
using Microsoft.Data.Sqlite;

namespace EditorialLint.Archive
{
    /// <summary>
    /// The default store: one SQLite file, created on first use, in WAL mode so that readers never wait for the writer
    /// and several processes can read while one writes; a busy timeout makes a second writer wait its turn.
    /// </summary>
    public sealed class SqliteArchiveDialect : IArchiveDialect
    {
        // SQLite's primary result codes (sqlite3.h).
        private const int SqliteBusy = 5;
        private const int SqliteLocked = 6;
        private const int SqliteReadOnly = 8;
        private const int SqliteCorrupt = 11;
        private const int SqliteCantOpen = 14;
        private const int SqliteNotADatabase = 26;

        /// <summary>Creates the dialect; <paramref name="busyTimeout"/> is how long a writer waits for another (default 30 s).</summary>
        public SqliteArchiveDialect(TimeSpan? busyTimeout = null) => BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(30);

        /// <summary>How long a statement waits for a lock held by another connection before failing.</summary>
        public TimeSpan BusyTimeout { get; }

        /// <inheritdoc />
        public string Name => "SQLite";

        /// <inheritdoc />
        public string IdentityColumn => "id INTEGER PRIMARY KEY";

        /// <inheritdoc />
        public string IntegerType => "INTEGER";

        /// <inheritdoc />
        public string RealType => "REAL";

        /// <inheritdoc />
        public string TextType => "TEXT";

        /// <inheritdoc />
        public int RowsPerStatement => 1;

        /// <inheritdoc />
        public string ListTablesSql => "SELECT lower(name) FROM sqlite_master WHERE type = 'table'";

        /// <inheritdoc />
        public string Parameter(string name) => "@" + name;

        /// <inheritdoc />
        public DbConnection Open(string location, bool create)
        {
            var full = Path.GetFullPath(location);
            if (!create && !File.Exists(full))
                throw new ArchiveException("No archive at '" + location + "': build one with 'editorial-lint archive add ARTICLES --db " + location + "'.");
            if (Directory.Exists(full)) throw new ArchiveException("The archive '" + location + "' is a folder; give a file.");
            if (create) Directory.CreateDirectory(Path.GetDirectoryName(full)!);

            var builder = new SqliteConnectionStringBuilder
            {
                DataSource = full,
                Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
                // Pooled connections keep the file open after the store is disposed; a linter opens it once per run.
                Pooling = false,
                DefaultTimeout = (int)Math.Ceiling(BusyTimeout.TotalSeconds),
            };
            var connection = new SqliteConnection(builder.ToString());
            try
            {
                connection.Open();
                using var command = connection.CreateCommand();
                // The busy timeout first: switching to WAL itself needs a lock another process may hold.
                command.CommandText = "PRAGMA busy_timeout = " + ((long)BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + ";"
                    + "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
                command.ExecuteNonQuery();
                return connection;
            }
            catch (Exception e) when (e is SqliteException || e is InvalidOperationException)
            {
                connection.Dispose();
                throw Describe(e, location);
            }
        }

        /// <inheritdoc />
        public DbTransaction BeginWrite(DbConnection connection) =>
            // Microsoft.Data.Sqlite: deferred = false is BEGIN IMMEDIATE, the write lock at once.
            ((SqliteConnection)connection).BeginTransaction(deferred: false);

        /// <inheritdoc />
        public void LockSchema(DbConnection connection, DbTransaction transaction)
        {
        }

        /// <inheritdoc />
        public long? SizeInBytes(DbConnection connection, string location)
        {
            var full = Path.GetFullPath(location);
            long size = 0;
            foreach (var file in new[] { full, full + "-wal" })
                if (File.Exists(file)) size += new FileInfo(file).Length;
            return size;
        }

        /// <inheritdoc />
        public ArchiveException Describe(Exception failure, string location)
        {
            if (failure is ArchiveException known) return known;
            if (failure is SqliteException sqlite)
            {
                var described = Describe(sqlite.SqliteErrorCode, sqlite.Message, failure, location);
                if (described is not null) return described;
            }

            return new ArchiveException("The archive '" + location + "' failed: " + failure.Message, failure);
        }

        /// <inheritdoc />
        public string Display(string location) => location;

        // Why a SQLite file in a folder this process cannot write (a read-only mount) may not open: a WAL-mode database is
        // read through a shared-memory file (-shm) SQLite creates beside it, and written through its log (-wal) there too.
        // Empty when the folder can be written (the probe writes only on this error path, and removes its file at once).
        private static string ReadOnlyFolderHint(string location)
        {
            string full, folder;
            try
            {
                full = Path.GetFullPath(location);
                folder = Path.GetDirectoryName(full) ?? ".";
                using (new FileStream(Path.Combine(folder, ".editorial-lint-probe-" + Guid.NewGuid().ToString("N")), FileMode.CreateNew,
                    FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
                {
                }

                return string.Empty;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
            }
            catch (ArgumentException)
            {
                return string.Empty;
            }

            full = Path.GetFullPath(location);
            folder = Path.GetDirectoryName(full) ?? ".";
            var name = Path.GetFileName(full);
            var hint = " The folder '" + folder + "' cannot be written by this process: adding or removing articles needs it.";
            if (File.Exists(full + "-wal") && !File.Exists(full + "-shm"))
            {
                hint += " A lint run reads the archive there only when no write-ahead log lies beside it, and '" + name + "-wal' does: "
                    + "open the archive once where its folder can be written (editorial-lint archive stats --db FILE folds the log in "
                    + "and removes it), or copy it.";
            }

            return hint;
        }

        // The clear message for SQLite's result code (locked, corrupt, not a database, cannot open), whichever API reported
        // it (Microsoft.Data.Sqlite here, SqliteNative in SqliteLookup); null for another code.
        internal ArchiveException? Describe(int resultCode, string message, Exception? failure, string location)
        {
            switch (resultCode & 0xFF)
            {
                case SqliteBusy:
                case SqliteLocked:
                    return Failure("The archive '" + location + "' is locked by another process (waited "
                        + BusyTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s); nothing was changed. Try again when it has finished.", failure);
                case SqliteCorrupt:
                case SqliteNotADatabase:
                    return Failure("The archive '" + location + "' is not a readable SQLite database (" + message.TrimEnd('.')
                        + "); it was left as it is. Restore it from a backup or give another file.", failure);
                case SqliteReadOnly:
                    return Failure("The archive '" + location + "' is read-only for this process (" + message.TrimEnd('.')
                        + "); nothing was changed. Adding and removing articles needs write access to the archive and its folder.", failure);
                case SqliteCantOpen:
                    return Failure("The archive '" + location + "' cannot be opened (" + message.TrimEnd('.') + ")." + ReadOnlyFolderHint(location), failure);
                default:
                    return null;
            }
        }

        private static ArchiveException Failure(string message, Exception? failure) =>
            failure is null ? new ArchiveException(message) : new ArchiveException(message, failure);
    }
}

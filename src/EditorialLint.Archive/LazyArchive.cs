using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace EditorialLint.Archive
{
    /// <summary>
    /// The archive of a lint run, opened only when a rule first asks about a figure or an event: a run with nothing
    /// to compare never loads the database driver. A SQLite file at the current schema is read through
    /// <see cref="SqliteLookup"/> (SQLite's own API, read-only); anything else through <see cref="ArchiveStore"/>. A SQLite file that does not exist, or a location this build cannot
    /// open, is reported at once, before linting.
    /// </summary>
    public sealed class LazyArchive : IFactArchive, IDisposable
    {
        private readonly object _gate = new object();
        private readonly string _location;
        private IArchiveReader? _store;
        private System.Threading.Tasks.Task? _opening;
        private bool _disposed;

        /// <summary>Checks that <paramref name="location"/> can be an archive; opens nothing yet.</summary>
        public LazyArchive(string location)
        {
            _location = location;
            Location = ArchiveLocation.Display(location);
            if (ArchiveLocation.IsServer(location))
            {
                // Fails now when this build has no dialect for the server.
                ArchiveStoreFactory.DialectFor(location);
            }
            else if (!File.Exists(location))
            {
                throw new ArchiveException(Directory.Exists(location)
                    ? "The archive '" + location + "' is a folder; give the archive's file."
                    : "No archive at '" + location + "': build one with 'editorial-lint archive add ARTICLES --db " + location + "'.");
            }
        }

        /// <inheritdoc />
        public string Location { get; }

        /// <summary>Whether the store has been opened (some rule asked).</summary>
        public bool IsOpen
        {
            get
            {
                lock (_gate) return _store is not null;
            }
        }

        /// <inheritdoc />
        public void Prepare(ArchiveQuery query)
        {
            if (Volatile.Read(ref _opening) is not null) return;
            lock (_gate)
            {
                // Opening (loading the driver, reading the schema version) and a first lookup's cold start overlap with
                // the rest of the run; a failure here is thrown again by Find, when a rule asks. The run itself reads its
                // first keys ahead (ArchiveLookahead), which opens the store as well; this is for the keys past them.
                if (_opening is null && !_disposed) _opening = Task.Run(() => Store().WarmUp());
            }
        }

        /// <inheritdoc />
        public IReadOnlyList<ArchivedMention> Find(ArchiveQuery query)
        {
            if (query.IsEmpty) return Array.Empty<ArchivedMention>();
            return Store().Find(query);
        }

        /// <summary>Whether the store is read through <see cref="SqliteLookup"/> rather than <see cref="ArchiveStore"/> (tests).</summary>
        internal bool ReadsDirectly
        {
            get
            {
                lock (_gate) return _store is SqliteLookup;
            }
        }

        // The store, opened on first use; a failure to open is thrown to every caller (Find reports it).
        private IArchiveReader Store()
        {
            lock (_gate)
            {
                if (_disposed) throw new ObjectDisposedException(nameof(LazyArchive));
                return _store ??= OpenReader(_location);
            }
        }

        // A SQLite file at the current schema: SQLite's API directly (no ADO.NET start-up); anything else, or a SQLite
        // file that is not (older, newer, not an archive, not readable): the store, which migrates it or says what is wrong.
        internal static IArchiveReader OpenReader(string location)
        {
            if (!ArchiveLocation.IsServer(location) && !string.IsNullOrWhiteSpace(location)
                && Environment.GetEnvironmentVariable("EDITORIAL_LINT_ARCHIVE_ADO") != "1")
            {
                var direct = SqliteLookup.TryOpen(location, new SqliteArchiveDialect());
                if (direct is not null) return direct;
            }

            return ArchiveStoreFactory.Open(location, create: false);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            Task? opening;
            lock (_gate) opening = _opening;
            // A background open still running finishes before the store is closed.
            try
            {
                opening?.Wait();
            }
            catch (AggregateException)
            {
            }

            lock (_gate)
            {
                _disposed = true;
                _store?.Dispose();
                _store = null;
            }
        }
    }
}

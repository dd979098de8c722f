using System;
using System.Collections.Generic;
using System.IO;

namespace EditorialLint.Archive
{
    /// <summary>
    /// The archive of a lint run, opened only when a rule first asks about a figure or an event: a run with nothing
    /// to compare never loads the database driver. A SQLite file that does not exist, or a location this build cannot
    /// open, is reported at once, before linting.
    /// </summary>
    public sealed class LazyArchive : IFactArchive, IDisposable
    {
        private readonly object _gate = new object();
        private readonly string _location;
        private ArchiveStore? _store;
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
        public IReadOnlyList<ArchivedMention> Find(ArchiveQuery query)
        {
            if (query.IsEmpty) return Array.Empty<ArchivedMention>();
            ArchiveStore store;
            lock (_gate)
            {
                if (_disposed) throw new ObjectDisposedException(nameof(LazyArchive));
                store = _store ??= ArchiveStoreFactory.Open(_location, create: false);
            }

            return store.Find(query);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _store?.Dispose();
                _store = null;
            }
        }
    }
}

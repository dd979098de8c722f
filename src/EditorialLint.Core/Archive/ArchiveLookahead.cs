using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace EditorialLint.Archive
{
    /// <summary>
    /// A run's view of its archive that starts reading a document's keys as soon as the document has been linted
    /// (<see cref="IFactArchive.Prepare"/>), so that the lookup at the end of the run (EL1002, EL1005) finds them read:
    /// for one article, the archive's cold query runs on another core while the rest of the article is linted, instead of
    /// after it (docs/archive.md, "Cost of a lookup"). It lives as long as one run (<see cref="Engine.LintSession"/>):
    /// nothing it read outlives the run, so an editor's next run reads the archive again. Only a run's first
    /// <see cref="KeysLookedAhead"/> keys are read ahead, each document's in a query of its own; the keys of a long batch
    /// past them are only a hint to the archive, and are read at the end in the store's chunks.
    /// </summary>
    internal sealed class ArchiveLookahead : IFactArchive
    {
        /// <summary>Keys a run reads ahead: the figures and events of about ten articles.</summary>
        internal const int KeysLookedAhead = 100;

        private readonly IFactArchive _archive;
        private readonly object _gate = new object();

        // Each figure key and event key read ahead, with the lookup that reads it (its result is null when it failed).
        // Plain string keys, one table a kind: a tuple key costs a short run dozens of JIT-compiled generic methods.
        private readonly Dictionary<string, Task<IReadOnlyList<ArchivedMention>?>> _figures =
            new Dictionary<string, Task<IReadOnlyList<ArchivedMention>?>>(StringComparer.Ordinal);

        private readonly Dictionary<string, Task<IReadOnlyList<ArchivedMention>?>> _events =
            new Dictionary<string, Task<IReadOnlyList<ArchivedMention>?>>(StringComparer.Ordinal);

        public ArchiveLookahead(IFactArchive archive) => _archive = archive;

        /// <inheritdoc />
        public string Location => _archive.Location;

        /// <inheritdoc />
        public void Prepare(ArchiveQuery query)
        {
            var figures = new List<string>();
            var events = new List<string>();
            bool leftOut;
            lock (_gate)
            {
                int room = KeysLookedAhead - _figures.Count - _events.Count;
                leftOut = Take(query.FigureKeys, _figures, figures, ref room) | Take(query.EventKeys, _events, events, ref room);
                if (figures.Count + events.Count > 0)
                {
                    var keys = new ArchiveQuery(figures, events);
                    var lookup = Task.Run(() => LookUp(keys));
                    foreach (var key in figures) _figures[key] = lookup;
                    foreach (var key in events) _events[key] = lookup;
                }
            }

            // Keys past the run's allowance: the archive may still start opening.
            if (leftOut) _archive.Prepare(query);
        }

        /// <inheritdoc />
        public IReadOnlyList<ArchivedMention> Find(ArchiveQuery query)
        {
            if (query.IsEmpty) return Array.Empty<ArchivedMention>();
            var ahead = new Dictionary<Task<IReadOnlyList<ArchivedMention>?>, Keys>();
            var now = new Keys();
            lock (_gate)
            {
                foreach (var key in query.FigureKeys)
                    (_figures.TryGetValue(key, out var lookup) ? Of(lookup) : now).Figures.Add(key);
                foreach (var key in query.EventKeys)
                    (_events.TryGetValue(key, out var lookup) ? Of(lookup) : now).Events.Add(key);
            }

            var found = new List<ArchivedMention>();
            foreach (var pair in ahead)
            {
                var read = pair.Key.GetAwaiter().GetResult();
                if (read is null)
                {
                    // The lookup ahead failed: asking again below reports the archive's own error.
                    now.Figures.AddRange(pair.Value.Figures);
                    now.Events.AddRange(pair.Value.Events);
                    continue;
                }

                var figures = new HashSet<string>(pair.Value.Figures, StringComparer.Ordinal);
                var events = new HashSet<string>(pair.Value.Events, StringComparer.Ordinal);
                foreach (var m in read)
                    if ((m.MentionKind == ArchivedMentionKind.Figure ? figures : events).Contains(m.Key)) found.Add(m);
            }

            if (now.Figures.Count + now.Events.Count > 0) found.AddRange(_archive.Find(new ArchiveQuery(now.Figures, now.Events)));
            return found;

            Keys Of(Task<IReadOnlyList<ArchivedMention>?> lookup)
            {
                if (!ahead.TryGetValue(lookup, out var keys)) ahead[lookup] = keys = new Keys();
                return keys;
            }
        }

        /// <summary>
        /// Waits for the lookups still running ahead, so that none outlives its run (an archive is closed after the run;
        /// an editor's next run starts its own). A lookup that nobody asked for only reads; it never throws.
        /// </summary>
        internal void Settle()
        {
            Task[] started;
            lock (_gate) started = _figures.Values.Concat(_events.Values).Distinct().ToArray();
            Task.WaitAll(started);
        }

        // The keys not yet read ahead, while there is room; true when some were left out for want of it.
        private static bool Take(IReadOnlyCollection<string> keys, Dictionary<string, Task<IReadOnlyList<ArchivedMention>?>> ahead, List<string> into, ref int room)
        {
            foreach (var key in keys)
            {
                if (ahead.ContainsKey(key) || into.Contains(key)) continue;
                if (room == 0) return true;
                into.Add(key);
                room--;
            }

            return false;
        }

        // One lookup ahead; null when it fails (the lookup at the end asks again and reports the error).
        private IReadOnlyList<ArchivedMention>? LookUp(ArchiveQuery keys)
        {
            try
            {
                return _archive.Find(keys);
            }
            catch (Exception)
            {
                return null;
            }
        }

        // Keys of one lookup, by kind.
        private sealed class Keys
        {
            public List<string> Figures { get; } = new List<string>();

            public List<string> Events { get; } = new List<string>();
        }
    }
}

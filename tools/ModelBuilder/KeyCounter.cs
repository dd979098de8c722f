using System;
using System.Collections.Generic;

namespace EditorialLint.ModelBuilder
{
    /// <summary>
    /// Counts 64-bit keys with bounded memory and a deterministic result: keys fill a fixed-size chunk; a full chunk
    /// is sorted and run-length encoded into (key, count) pairs; <see cref="Merge"/> merges the encoded chunks and
    /// keeps keys seen at least a given number of times. No hash table, so no iteration order to depend on.
    /// </summary>
    internal sealed class KeyCounter
    {
        private readonly int _chunkSize;
        private readonly List<(ulong[] Keys, uint[] Counts)> _runs = new List<(ulong[], uint[])>();
        private ulong[] _chunk;
        private int _filled;

        public KeyCounter(int chunkSize = 1 << 24)
        {
            _chunkSize = chunkSize;
            _chunk = new ulong[chunkSize];
        }

        /// <summary>How many keys were added.</summary>
        public long Added { get; private set; }

        public void Add(ulong key)
        {
            if (_filled == _chunk.Length) Flush();
            _chunk[_filled++] = key;
            Added++;
        }

        /// <summary>The distinct keys seen at least <paramref name="minCount"/> times, ascending, with their counts.</summary>
        public (ulong[] Keys, uint[] Counts, long Distinct) Merge(int minCount)
        {
            Flush();
            _chunk = Array.Empty<ulong>();
            var keys = new List<ulong>();
            var counts = new List<uint>();
            var positions = new int[_runs.Count];
            long distinct = 0;
            while (true)
            {
                // The smallest head among the runs (few runs: a linear scan is enough).
                ulong min = ulong.MaxValue;
                bool any = false;
                for (int r = 0; r < _runs.Count; r++)
                {
                    if (positions[r] >= _runs[r].Keys.Length) continue;
                    ulong k = _runs[r].Keys[positions[r]];
                    if (!any || k < min) { min = k; any = true; }
                }

                if (!any) break;
                ulong total = 0;
                for (int r = 0; r < _runs.Count; r++)
                {
                    if (positions[r] < _runs[r].Keys.Length && _runs[r].Keys[positions[r]] == min)
                    {
                        total += _runs[r].Counts[positions[r]];
                        positions[r]++;
                    }
                }

                distinct++;
                if (total >= (ulong)minCount)
                {
                    keys.Add(min);
                    counts.Add((uint)Math.Min(total, uint.MaxValue));
                }
            }

            _runs.Clear();
            return (keys.ToArray(), counts.ToArray(), distinct);
        }

        private void Flush()
        {
            if (_filled == 0) return;
            Array.Sort(_chunk, 0, _filled);
            int distinct = 0;
            for (int i = 0; i < _filled; i++)
                if (i == 0 || _chunk[i] != _chunk[i - 1]) distinct++;
            var keys = new ulong[distinct];
            var counts = new uint[distinct];
            int d = -1;
            for (int i = 0; i < _filled; i++)
            {
                if (i == 0 || _chunk[i] != _chunk[i - 1])
                {
                    d++;
                    keys[d] = _chunk[i];
                }

                counts[d]++;
            }

            _runs.Add((keys, counts));
            _filled = 0;
        }
    }
}

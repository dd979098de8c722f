using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
#if NET
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// Counts of hashed keys (words, bigrams, trigrams), pruned and quantised to one byte: a compact, read-only hash
    /// table read in place. Layout (little-endian):
    /// <code>
    /// 0   "ELHC"            magic
    /// 4   u32 version (1)
    /// 8   u32 bucketBits    buckets are the top bits of a key
    /// 12  u32 entryCount
    /// 16  u64 total         sum of the counts before pruning (tokens for unigrams)
    /// 24  u64 reserved
    /// 32  u32[buckets + 1]  first entry of each bucket
    ///     u16[entryCount]   fingerprint: the 16 key bits below the bucket bits, sorted within a bucket
    ///     u8[entryCount]    quantised count: 1 + floor(10 · log2 count), 0 never stored
    /// </code>
    /// A key absent from the table reads as count 0; a false hit needs the same bucket and fingerprint (with 32
    /// entries a bucket, about one lookup in two thousand).
    /// </summary>
    internal sealed unsafe class HashedCountTable
    {
        /// <summary>File magic.</summary>
        public const uint Magic = 0x43484C45; // "ELHC"

        /// <summary>Current layout version.</summary>
        public const int Version = 1;

        /// <summary>Size of the header in bytes.</summary>
        public const int HeaderSize = 32;

        // 2^(k/10) for k = 0..9.
        private static readonly double[] FractionalPowers =
        {
            1.0, 1.0717734625362931, 1.1486983549970351, 1.2311444133449163, 1.3195079107728942,
            1.4142135623730951, 1.5157165665103980, 1.6245047927124710, 1.7411011265922482, 1.8660659830736148,
        };

        // The natural log of the count each quantised value stands for (the middle of its range).
        private static readonly float[] LogOfLevel = CreateLogLevels();

        private readonly EmbeddedTable _table;
        private readonly int _bucketBits;
        private readonly int _entryCount;
        private readonly int _bucketsOffset;
        private readonly int _fingerprintsOffset;
        private readonly int _countsOffset;

        /// <summary>Reads the header of a table; throws <see cref="InvalidOperationException"/> when it is malformed.</summary>
        public HashedCountTable(EmbeddedTable table)
        {
            _table = table;
            var bytes = table.Bytes;
            if (bytes.Length < HeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic)
                throw new InvalidOperationException(table.Name + " is not a count table");
            if (BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(4)) != Version)
                throw new InvalidOperationException(table.Name + " has an unknown version");
            _bucketBits = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(8));
            _entryCount = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(12));
            Total = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(16));
            if (_bucketBits < 1 || _bucketBits > 28 || _entryCount < 0)
                throw new InvalidOperationException(table.Name + " has a bad header");
            _bucketsOffset = HeaderSize;
            _fingerprintsOffset = _bucketsOffset + 4 * ((1 << _bucketBits) + 1);
            _countsOffset = _fingerprintsOffset + 2 * _entryCount;
            if ((long)_countsOffset + _entryCount > bytes.Length)
                throw new InvalidOperationException(table.Name + " is truncated");
            // GetLevel reads buckets through pointers: every bucket must lie within the entries.
            var starts = MemoryMarshal.Cast<byte, uint>(bytes.Slice(_bucketsOffset, 4 * ((1 << _bucketBits) + 1)));
            uint previous = 0;
            foreach (uint start in starts)
            {
                if (start < previous) throw new InvalidOperationException(table.Name + " has a bad bucket index");
                previous = start;
            }

            if (previous != (uint)_entryCount) throw new InvalidOperationException(table.Name + " has a bad bucket index");
        }

        /// <summary>Number of keys stored.</summary>
        public int EntryCount => _entryCount;

        /// <summary>Sum of all counts before pruning.</summary>
        public ulong Total { get; }

        /// <summary>The quantised count of <paramref name="key"/>, 0 when absent.</summary>
        public int GetLevel(ulong key)
        {
            // Pointers into the table, not spans: this runs a few hundred times a word, and the slicing and casting of
            // spans cost more instructions than the search (the checks at open keep every bucket within the entries).
            byte* table = _table.Pointer;
            int bucket = (int)(key >> (64 - _bucketBits));
            ushort fingerprint = (ushort)(key >> (48 - _bucketBits));
            uint* starts = (uint*)(table + _bucketsOffset) + bucket;
            int start = (int)starts[0];
            int count = (int)starts[1] - start;
            ushort* fingerprints = (ushort*)(table + _fingerprintsOffset) + start;
#if NET
            if (Vector128.IsHardwareAccelerated && count >= Vector128<ushort>.Count)
            {
                int index = IndexOf(fingerprints, count, fingerprint);
                return index < 0 ? 0 : table[_countsOffset + start + index];
            }
#endif
            for (int i = 0; i < count; i++)
            {
                ushort f = fingerprints[i];
                if (f == fingerprint) return table[_countsOffset + start + i];
                if (f > fingerprint) break;
            }

            return 0;
        }

        /// <summary>
        /// Asks the processor to start loading the bucket entry of <paramref name="key"/>: the first of the two steps that
        /// let many lookups wait on memory at once instead of one after another (a lookup misses the cache two or three
        /// times, and the context model makes thousands of independent ones per sentence). A hint only: no effect on results.
        /// </summary>
        public void PrefetchBucket(ulong key)
        {
#if NET
            if (Sse.IsSupported)
            {
                int bucket = (int)(key >> (64 - _bucketBits));
                Sse.Prefetch0(_table.Pointer + _bucketsOffset + 4 * bucket);
            }
#endif
        }

        /// <summary>
        /// The second step after <see cref="PrefetchBucket"/>: reads the bucket's bounds (by now in the cache) and starts
        /// loading its fingerprints and counts.
        /// </summary>
        public void PrefetchEntries(ulong key)
        {
#if NET
            if (Sse.IsSupported)
            {
                int bucket = (int)(key >> (64 - _bucketBits));
                uint* starts = (uint*)(_table.Pointer + _bucketsOffset + 4 * bucket);
                uint start = starts[0], end = starts[1];
                byte* fingerprints = _table.Pointer + _fingerprintsOffset + 2 * start;
                Sse.Prefetch0(fingerprints);
                Sse.Prefetch0(fingerprints + 2 * (end - start) - 1);
                Sse.Prefetch0(_table.Pointer + _countsOffset + start);
            }
#endif
        }

#if NET
        // The first position of `fingerprint` in a bucket of at least one vector: a bucket holds 20 to 30 fingerprints,
        // so two or three vector compares replace a scalar scan whose exit point the branch predictor cannot guess.
        // The last vector is aligned to the bucket's end and may overlap the one before it: any match there is still
        // the first, as the positions before it did not match.
        private static int IndexOf(ushort* first, int count, ushort fingerprint)
        {
            if (Vector256.IsHardwareAccelerated && count >= Vector256<ushort>.Count)
            {
                var target = Vector256.Create(fingerprint);
                int i = 0;
                while (true)
                {
                    if (i > count - Vector256<ushort>.Count) i = count - Vector256<ushort>.Count;
                    uint matches = Vector256.Equals(Vector256.Load(first + i), target).ExtractMostSignificantBits();
                    if (matches != 0) return i + BitOperations.TrailingZeroCount(matches);
                    i += Vector256<ushort>.Count;
                    if (i >= count) return -1;
                }
            }
            else
            {
                var target = Vector128.Create(fingerprint);
                int i = 0;
                while (true)
                {
                    if (i > count - Vector128<ushort>.Count) i = count - Vector128<ushort>.Count;
                    uint matches = Vector128.Equals(Vector128.Load(first + i), target).ExtractMostSignificantBits();
                    if (matches != 0) return i + BitOperations.TrailingZeroCount(matches);
                    i += Vector128<ushort>.Count;
                    if (i >= count) return -1;
                }
            }
        }
#endif

        /// <summary>The natural log of the count of <paramref name="key"/>, or <paramref name="absent"/> when absent.</summary>
        public float GetLogCount(ulong key, float absent)
        {
            int level = GetLevel(key);
            return level == 0 ? absent : LogOfLevel[level];
        }

        /// <summary>Whether <paramref name="key"/> was seen.</summary>
        public bool Contains(ulong key) => GetLevel(key) != 0;

        /// <summary>The natural log of the count a quantised level stands for.</summary>
        public static float LogCountOfLevel(int level) => LogOfLevel[level];

        /// <summary>The level a count is stored at (1 + floor(10 · log2 count), at most 255).</summary>
        public static byte Quantise(ulong count)
        {
            if (count == 0) return 0;
            // Compare against exact thresholds rather than taking a logarithm, so that every machine agrees.
            int level = 1;
            while (level < 255 && count >= LevelThresholds[level + 1]) level++;
            return (byte)level;
        }

        // LevelThresholds[q] is the smallest count stored at level q or above: ceil(2^((q-1)/10)).
        private static readonly ulong[] LevelThresholds = CreateThresholds();

        private static ulong[] CreateThresholds()
        {
            var thresholds = new ulong[257];
            for (int q = 1; q <= 256; q++)
            {
                int tenths = q - 1;
                // 2^(tenths/10) = 2^(whole) * 2^(fraction); the fractional powers are fixed constants.
                ulong whole = 1UL << (tenths / 10);
                double value = whole * FractionalPowers[tenths % 10];
                thresholds[q] = (ulong)Math.Ceiling(value - 1e-9);
            }

            return thresholds;
        }

        private static float[] CreateLogLevels()
        {
            var logs = new float[256];
            for (int q = 1; q < 256; q++) logs[q] = (float)((q - 1 + 0.5) / 10.0 * Math.Log(2.0));
            return logs;
        }
    }
}

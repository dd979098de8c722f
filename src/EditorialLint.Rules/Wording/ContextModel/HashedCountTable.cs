using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
#if NET
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// Counts of hashed keys (words, bigrams, trigrams), pruned and quantised to one byte: a compact, read-only hash
    /// table read in place. A key is known by its top <c>keyBits</c> bits, its prefix p; the prefixes fall into
    /// <c>bucketCount</c> buckets of consecutive prefixes, and each bucket is one 64-byte line (one cache line), so that a
    /// lookup touches one line of memory. Layout (version 2, little-endian):
    /// <code>
    /// 0   "ELHC"            magic
    /// 4   u32 version (2)
    /// 8   u32 keyBits       K: a key's prefix p is its top K bits
    /// 12  u32 entryCount
    /// 16  u64 total         sum of the counts before pruning (tokens for unigrams)
    /// 24  u32 bucketCount   M, at least 2^(K-16): the bucket of p is floor(p · M / 2^K), a run of at most 2^16 prefixes,
    ///                       told apart within it by p's low 16 bits, its fingerprint
    /// 28  u32 spillCount    entries stored after the lines (of buckets with more than 21)
    /// 32  reserved (0) up to 64
    /// 64  line[M]           64 bytes each:
    ///       0   u16[21] fingerprints, ascending
    ///       42  u8[21]  quantised counts, 1 + floor(10 · log2 count) (0 never stored)
    ///       63  u8      the number of entries in the line (bits 0-4), bit 7 set when the bucket spills: then the line
    ///                   holds its 19 smallest fingerprints, u32 at 38 is the first of its spilled entries, u16 at 61
    ///                   their number
    ///     u16[spillCount]   spilled fingerprints, ascending within a bucket, all above the line's last one
    ///     u8[spillCount]    their counts
    /// </code>
    /// The model builder writes this layout; <see cref="HashedCountTableWriter.FromVersion1"/> converted the layout before
    /// it (bucket bounds, fingerprints and counts in three arrays: three or four cache lines a lookup) without loss: K is
    /// that layout's bucket bits plus its 16 fingerprint bits, so every key reads the same count as it did there. A key
    /// absent from the table reads as count 0; a false hit needs the same K-bit prefix (about one absent lookup in two
    /// thousand).
    /// <para>
    /// The lines are read where they lie. An embedded resource is only 8-byte aligned, and a line across two cache lines
    /// costs two, so a long run has them copied once into 64-byte-aligned memory (<see cref="AlignInMemory"/>, kept for
    /// the life of the process, like the mapped resource), in large pages where the system has them
    /// (<see cref="LargePageMemory"/>: a lookup then rarely misses the TLB as well as the cache). Not at open: the copy reads the whole table (about 30 MB for
    /// the five), which costs a one-article run more than all its lookups (<see cref="ContextModelData.NoteScored"/>
    /// decides when). Both copies hold the same bytes, so a lookup reads the same count from either.
    /// </para>
    /// </summary>
    internal sealed unsafe class HashedCountTable
    {
        /// <summary>File magic.</summary>
        public const uint Magic = 0x43484C45; // "ELHC"

        /// <summary>Current layout version.</summary>
        public const int Version = 2;

        /// <summary>Size of the header in bytes.</summary>
        public const int HeaderSize = 64;

        /// <summary>Bytes of a bucket's line.</summary>
        public const int LineSize = 64;

        /// <summary>Entries a line holds.</summary>
        public const int LineEntries = 21;

        /// <summary>Entries a spilling bucket keeps in its line (the rest of the line says where the others are).</summary>
        public const int SpilledLineEntries = 19;

        /// <summary>Offset of the counts in a line.</summary>
        public const int LevelsOffset = 2 * LineEntries;

        /// <summary>Offset of the byte that gives a line's entry count and spill flag.</summary>
        public const int TailOffset = LineSize - 1;

        /// <summary>The tail byte's flag of a bucket with entries after the lines.</summary>
        public const int SpillFlag = 0x80;

        /// <summary>Offset in a spilling line of the u32 index of its first spilled entry.</summary>
        public const int SpillStartOffset = 2 * SpilledLineEntries;

        /// <summary>Offset in a spilling line of the u16 number of its spilled entries.</summary>
        public const int SpillCountOffset = LevelsOffset + SpilledLineEntries;

        // 2^(k/10) for k = 0..9.
        private static readonly double[] FractionalPowers =
        {
            1.0, 1.0717734625362931, 1.1486983549970351, 1.2311444133449163, 1.3195079107728942,
            1.4142135623730951, 1.5157165665103980, 1.6245047927124710, 1.7411011265922482, 1.8660659830736148,
        };

        // The natural log of the count each quantised value stands for (the middle of its range).
        private static readonly float[] LogOfLevel = CreateLogLevels();

        // The lines: in the resource, or in the aligned copy once made. Readers may see either, and both stay valid.
        private byte* _lines;
        private readonly long _length;
        private readonly int _keyShift;
        private readonly int _keyBits;
        private readonly ulong _bucketCount;
        private readonly int _entryCount;
        private readonly int _spillCount;
        private readonly string _name;
        private int _aligning;

        /// <summary>Reads the header of a table; throws <see cref="InvalidOperationException"/> when it is malformed.</summary>
        public HashedCountTable(EmbeddedTable table)
        {
            var bytes = table.Bytes;
            if (bytes.Length < HeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic)
                throw new InvalidOperationException(table.Name + " is not a count table");
            int version = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(4));
            if (version == 1)
                throw new InvalidOperationException(table.Name + " has count-table layout 1, which this version no longer reads: convert it (ModelBuilder --convert-v1) or rebuild it");
            if (version != Version)
                throw new InvalidOperationException(table.Name + " has an unknown count-table layout (" + version + "; this version reads " + Version + ")");
            _keyBits = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(8));
            _entryCount = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(12));
            Total = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(16));
            uint buckets = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(24));
            int spillCount = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(28));
            // Each bucket a run of at most 2^16 prefixes, p · M without overflow, the lines within 2 GB.
            if (_keyBits < 17 || _keyBits > 44 || _entryCount < 0 || spillCount < 0 || spillCount > _entryCount
                || buckets < 1UL << (_keyBits - 16) || buckets > 1UL << (64 - _keyBits) || buckets > 1 << 24)
                throw new InvalidOperationException(table.Name + " has a bad header");
            _bucketCount = buckets;
            _keyShift = 64 - _keyBits;
            long linesEnd = HeaderSize + (long)LineSize * buckets;
            if (linesEnd + 3L * spillCount != bytes.Length)
                throw new InvalidOperationException(table.Name + " is truncated or too long for its header");

            _spillCount = spillCount;
            _length = linesEnd - HeaderSize + 3L * spillCount;
            _lines = table.Pointer + HeaderSize;
            _name = table.Name;
            // Lookups read only within a line, clamp a line's entry count and check a spill's bounds, so a damaged line
            // gives a wrong count, never a read outside the table; Verify checks every line (the tests run it on the
            // shipped tables), without touching all of them at every start.
        }

        /// <summary>Whether the lines are read from 64-byte-aligned memory (one cache line a lookup).</summary>
        public bool IsAligned => ((nuint)_lines & (LineSize - 1)) == 0;

        /// <summary>
        /// Copies the lines once into 64-byte-aligned native memory (large pages where possible), kept for the life of the process, and reads them there
        /// from then on (nothing when they are aligned already, or another thread is copying them). Safe while other threads
        /// look keys up: they read the same bytes from the resource until the copy is complete.
        /// </summary>
        public void AlignInMemory()
        {
            if (IsAligned || Interlocked.Exchange(ref _aligning, 1) != 0) return;
            byte* aligned = LargePageMemory.Allocate(_length, LineSize, out _);
            Buffer.MemoryCopy(_lines, aligned, _length, _length);
            Thread.MemoryBarrier(); // the copy is complete before a reader can see its address
            _lines = aligned;
        }

        /// <summary>Checks every line's entry count and spill; throws <see cref="InvalidOperationException"/> naming the first bad one.</summary>
        public void Verify() => CheckLines(_lines, (uint)_bucketCount, _spillCount, _name);

        // Every line's entries and spill within the table: GetLevel reads through pointers without checks.
        private void CheckLines(byte* lines, uint buckets, int spillCount, string name)
        {
            long stored = 0;
            byte* end = lines + LineSize * (long)buckets;
            for (byte* line = lines; line < end; line += LineSize)
            {
                int tail = line[TailOffset];
                int inLine = tail & 31;
                if ((tail & SpillFlag) != 0)
                {
                    long first = *(uint*)(line + SpillStartOffset);
                    int spilled = *(ushort*)(line + SpillCountOffset);
                    if (inLine != SpilledLineEntries || (tail & 0x60) != 0 || spilled == 0 || first + spilled > spillCount)
                        throw new InvalidOperationException(name + " has a bad line at offset " + (HeaderSize + (line - lines)));
                    stored += spilled;
                }
                else if (inLine > LineEntries || (tail & 0x60) != 0)
                {
                    throw new InvalidOperationException(name + " has a bad line at offset " + (HeaderSize + (line - lines)));
                }

                stored += inLine;
            }

            if (stored != _entryCount) throw new InvalidOperationException(name + " holds " + stored + " entries, not the " + _entryCount + " its header gives");
        }

        /// <summary>Number of keys stored.</summary>
        public int EntryCount => _entryCount;

        /// <summary>Sum of all counts before pruning.</summary>
        public ulong Total { get; }

        /// <summary>The quantised count of <paramref name="key"/>, 0 when absent.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // the native build does not inline it on its own
        public int GetLevel(ulong key)
        {
            // Pointers into the table, not spans: this runs a few hundred times a word, and the slicing and casting of
            // spans cost more instructions than the search (a line is read within itself, its entry count clamped).
            ulong prefix = key >> _keyShift;
            byte* lines = _lines;
            byte* line = LineOf(lines, prefix);
            ushort fingerprint = (ushort)prefix;
            int tail = line[TailOffset];
            int entries = Math.Min(tail & 31, LineEntries);
#if NET
            uint matches;
            // SSE2 on x64 in every build, not Vector256 or Vector512 where the machine has them: ReadyToRun compiles for the
            // x64 baseline, and precompiled code that asks whether AVX2 or wider vectors are there is compiled for "no" and
            // rejected at run time on a machine that has them. That was this method's code and that of every method that
            // inlines it (the model's scoring), which then started as unoptimised tier-0 code in the dotnet tool
            // (docs/benchmarks.md, "The framework-dependent build's throughput").
            if (Sse2.IsSupported)
            {
                // The native build's baseline (no AVX2): three 8-lane compares over the line's first 48 bytes, packed to bytes
                // for one mask instruction (Vector128's ExtractMostSignificantBits of 16-bit lanes is a call there, not one
                // instruction: it was 16% of the native build's samples).
                var target = Vector128.Create(fingerprint);
                var first = Sse2.CompareEqual(Sse2.LoadVector128((ushort*)line), target).AsInt16();
                var second = Sse2.CompareEqual(Sse2.LoadVector128((ushort*)line + 8), target).AsInt16();
                var third = Sse2.CompareEqual(Sse2.LoadVector128((ushort*)line + 16), target).AsInt16();
                matches = (uint)Sse2.MoveMask(Sse2.PackSignedSaturate(first, second))
                    | ((uint)Sse2.MoveMask(Sse2.PackSignedSaturate(third, third)) & 0xFF) << 16;
            }
            else if (Vector128.IsHardwareAccelerated)
            {
                // Three 8-lane compares over the line's first 48 bytes.
                var target = Vector128.Create(fingerprint);
                matches = Vector128.Equals(Vector128.Load((ushort*)line), target).ExtractMostSignificantBits()
                    | (Vector128.Equals(Vector128.Load((ushort*)line + 8), target).ExtractMostSignificantBits() << 8)
                    | (Vector128.Equals(Vector128.Load((ushort*)line + 16), target).ExtractMostSignificantBits() << 16);
            }
            else
            {
                matches = ScalarMatches((ushort*)line, entries, fingerprint);
            }

            // Lanes past the line's entries hold counts and the tail: never a match.
            matches &= (1u << entries) - 1;
            if (matches != 0) return line[LevelsOffset + BitOperations.TrailingZeroCount(matches)];
#else
            uint matches = ScalarMatches((ushort*)line, entries, fingerprint);
            if (matches != 0) return line[LevelsOffset + TrailingZeroCount(matches)];
#endif
            // A bucket of more than 21 keeps its larger fingerprints after the lines.
            if ((tail & SpillFlag) == 0 || fingerprint < ((ushort*)line)[SpilledLineEntries - 1]) return 0;
            return SpilledLevel(lines, line, fingerprint);
        }

        // A spilled entry: after the lines of the same copy as `line` (`lines` is that copy's start).
        private int SpilledLevel(byte* lines, byte* line, ushort fingerprint)
        {
            uint first = *(uint*)(line + SpillStartOffset);
            int count = *(ushort*)(line + SpillCountOffset);
            if (first + (long)count > _spillCount) return 0; // a damaged line (Verify names it)
            ushort* fingerprints = (ushort*)(lines + LineSize * (long)_bucketCount) + first;
            byte* levels = lines + LineSize * (long)_bucketCount + 2L * _spillCount + first;
            for (int i = 0; i < count; i++)
            {
                ushort f = fingerprints[i];
                if (f == fingerprint) return levels[i];
                if (f > fingerprint) break;
            }

            return 0;
        }

        // The line of the bucket that holds `prefix`.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private byte* LineOf(byte* lines, ulong prefix) => lines + LineSize * (nint)((prefix * _bucketCount) >> _keyBits);

        private static uint ScalarMatches(ushort* fingerprints, int count, ushort fingerprint)
        {
            for (int i = 0; i < count; i++)
                if (fingerprints[i] == fingerprint) return 1u << i;
            return 0;
        }

#if !NET
        private static int TrailingZeroCount(uint value)
        {
            int n = 0;
            while ((value & 1) == 0)
            {
                value >>= 1;
                n++;
            }

            return n;
        }
#endif

        /// <summary>
        /// Asks the processor to start loading the line of <paramref name="key"/>, so that many lookups wait on memory at
        /// once instead of one after another (the context model makes thousands of independent ones per sentence). A hint
        /// only: no effect on results.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Prefetch(ulong key)
        {
#if NET
            if (Sse.IsSupported) Sse.Prefetch0(LineOf(_lines, key >> _keyShift));
#endif
        }

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

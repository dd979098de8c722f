using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// Writes the layout <see cref="HashedCountTable"/> reads (the model builder's tables), and converts a table of the
    /// layout before it without loss (<see cref="FromVersion1"/>).
    /// </summary>
    internal static class HashedCountTableWriter
    {
        /// <summary>
        /// Entries a bucket holds on average. A line has room for 21: at 15 about one bucket in twenty spills (a lookup reads
        /// a second line only when its fingerprint is above the line's), and the tables take 64/15 bytes an entry.
        /// </summary>
        public const int AverageLoad = 15;

        /// <summary>The bucket count of a table of <paramref name="entries"/> prefixes of <paramref name="keyBits"/> bits.</summary>
        public static uint BucketCount(int entries, int keyBits)
        {
            long buckets = Math.Max(1L << (keyBits - 16), ((long)entries + AverageLoad - 1) / AverageLoad);
            if (buckets > 1 << 24 || buckets > (long)Math.Min(1UL << 40, 1UL << (64 - keyBits)))
                throw new ArgumentException("too many entries for a count table");
            return (uint)buckets;
        }

        /// <summary>
        /// A table over strictly ascending <paramref name="prefixes"/> (keys' top <paramref name="keyBits"/> bits) and their
        /// quantised counts (1 to 255).
        /// </summary>
        public static byte[] Write(IReadOnlyList<ulong> prefixes, IReadOnlyList<byte> levels, int keyBits, ulong total)
        {
            if (keyBits < 17 || keyBits > 44) throw new ArgumentException("key bits must be 17 to 44");
            if (prefixes.Count != levels.Count) throw new ArgumentException("one level a prefix");
            uint buckets = BucketCount(prefixes.Count, keyBits);
            ulong limit = 1UL << keyBits;

            // Each bucket's run of prefixes (ascending prefixes give ascending buckets).
            var firsts = new int[buckets + 1];
            int bucket = -1;
            for (int i = 0; i < prefixes.Count; i++)
            {
                if (prefixes[i] >= limit) throw new ArgumentException("a prefix has more than " + keyBits + " bits");
                if (i > 0 && prefixes[i] <= prefixes[i - 1]) throw new ArgumentException("prefixes must be strictly ascending");
                if (levels[i] == 0) throw new ArgumentException("level 0 is never stored");
                int b = (int)((prefixes[i] * buckets) >> keyBits);
                while (bucket < b) firsts[++bucket] = i;
            }

            while (bucket < (int)buckets) firsts[++bucket] = prefixes.Count;

            int spillCount = 0;
            for (int b = 0; b < buckets; b++)
            {
                int size = firsts[b + 1] - firsts[b];
                if (size > HashedCountTable.LineEntries) spillCount += size - HashedCountTable.SpilledLineEntries;
            }

            long linesEnd = HashedCountTable.HeaderSize + (long)HashedCountTable.LineSize * buckets;
            var bytes = new byte[linesEnd + 3L * spillCount];
            BinaryPrimitives.WriteUInt32LittleEndian(bytes, HashedCountTable.Magic);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), HashedCountTable.Version);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), keyBits);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), prefixes.Count);
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(16), total);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), buckets);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(28), spillCount);

            var entries = new List<(ushort Fingerprint, byte Level)>();
            int spillOffset = (int)linesEnd, spilledSoFar = 0;
            for (int b = 0; b < buckets; b++)
            {
                // Within a bucket the prefixes differ in their low 16 bits alone: the fingerprints are distinct.
                entries.Clear();
                for (int i = firsts[b]; i < firsts[b + 1]; i++) entries.Add(((ushort)prefixes[i], levels[i]));
                entries.Sort((x, y) => x.Fingerprint.CompareTo(y.Fingerprint));
                var line = bytes.AsSpan((int)(HashedCountTable.HeaderSize + (long)HashedCountTable.LineSize * b), HashedCountTable.LineSize);
                bool spills = entries.Count > HashedCountTable.LineEntries;
                int inLine = spills ? HashedCountTable.SpilledLineEntries : entries.Count;
                for (int e = 0; e < inLine; e++)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(line.Slice(2 * e), entries[e].Fingerprint);
                    line[HashedCountTable.LevelsOffset + e] = entries[e].Level;
                }

                line[HashedCountTable.TailOffset] = (byte)(inLine | (spills ? HashedCountTable.SpillFlag : 0));
                if (!spills) continue;
                int spilled = entries.Count - inLine;
                BinaryPrimitives.WriteUInt32LittleEndian(line.Slice(HashedCountTable.SpillStartOffset), (uint)spilledSoFar);
                BinaryPrimitives.WriteUInt16LittleEndian(line.Slice(HashedCountTable.SpillCountOffset), checked((ushort)spilled));
                for (int e = 0; e < spilled; e++)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(spillOffset + 2 * (spilledSoFar + e)), entries[inLine + e].Fingerprint);
                    bytes[spillOffset + 2 * spillCount + spilledSoFar + e] = entries[inLine + e].Level;
                }

                spilledSoFar += spilled;
            }

            return bytes;
        }

        /// <summary>
        /// Converts a table of layout 1 (a header of 32 bytes: magic, version 1, bucket bits b, entry count, total, reserved;
        /// then u32 bucket starts, u16 fingerprints sorted within a bucket, u8 counts) to the current layout. A key of
        /// layout 1 is known by its b bucket bits and the 16 fingerprint bits below them: the same key bits, b + 16, are the
        /// prefix here, so every key reads the same count as before.
        /// </summary>
        public static byte[] FromVersion1(ReadOnlySpan<byte> table, string name)
        {
            if (table.Length < 32 || BinaryPrimitives.ReadUInt32LittleEndian(table) != HashedCountTable.Magic)
                throw new InvalidOperationException(name + " is not a count table");
            if (BinaryPrimitives.ReadInt32LittleEndian(table.Slice(4)) != 1)
                throw new InvalidOperationException(name + " is not of count-table layout 1");
            int bucketBits = BinaryPrimitives.ReadInt32LittleEndian(table.Slice(8));
            int entryCount = BinaryPrimitives.ReadInt32LittleEndian(table.Slice(12));
            ulong total = BinaryPrimitives.ReadUInt64LittleEndian(table.Slice(16));
            if (bucketBits < 1 || bucketBits > 28 || entryCount < 0) throw new InvalidOperationException(name + " has a bad header");
            int buckets = 1 << bucketBits;
            long fingerprintsOffset = 32 + 4L * (buckets + 1), countsOffset = fingerprintsOffset + 2L * entryCount;
            if (countsOffset + entryCount != table.Length) throw new InvalidOperationException(name + " is truncated or too long for its header");

            var prefixes = new List<ulong>(entryCount);
            var levels = new List<byte>(entryCount);
            for (int b = 0; b < buckets; b++)
            {
                uint start = BinaryPrimitives.ReadUInt32LittleEndian(table.Slice(32 + 4 * b));
                uint end = BinaryPrimitives.ReadUInt32LittleEndian(table.Slice(32 + 4 * (b + 1)));
                if (start > end || end > (uint)entryCount || (b == 0 && start != 0)) throw new InvalidOperationException(name + " has a bad bucket index");
                for (uint i = start; i < end; i++)
                {
                    ushort fingerprint = BinaryPrimitives.ReadUInt16LittleEndian(table.Slice((int)(fingerprintsOffset + 2 * i)));
                    byte level = table[(int)(countsOffset + i)];
                    // Layout 1 searched a bucket for the first equal fingerprint, in ascending order: a repeated or
                    // unsorted fingerprint would make its reading depend on the search, so a table with one is not converted.
                    if (i > start && fingerprint <= (ushort)prefixes[prefixes.Count - 1])
                        throw new InvalidOperationException(name + " has fingerprints out of order in bucket " + b);
                    if (level == 0) throw new InvalidOperationException(name + " stores a count of level 0");
                    prefixes.Add(((ulong)b << 16) | fingerprint);
                    levels.Add(level);
                }
            }

            if (BinaryPrimitives.ReadUInt32LittleEndian(table.Slice(32 + 4 * buckets)) != (uint)entryCount)
                throw new InvalidOperationException(name + " has a bad bucket index");
            return Write(prefixes, levels, bucketBits + 16, total);
        }
    }
}

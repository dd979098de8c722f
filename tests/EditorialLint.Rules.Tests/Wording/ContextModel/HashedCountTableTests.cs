using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    /// <summary>
    /// The count table's layout (version 2, a line a bucket): what the writer writes the reader reads, a table of layout 1
    /// converts without changing what any key reads, and a malformed header is refused with a clear message.
    /// </summary>
    public class HashedCountTableTests
    {
        [Theory]
        [InlineData(17, 0)]
        [InlineData(17, 1)]
        [InlineData(20, 5_000)]
        [InlineData(24, 40_000)]
        public void WrittenTable_ReadsEveryPrefixAtItsLevel_AndNoOther(int keyBits, int entries)
        {
            var random = new Random(keyBits * 1000 + entries);
            var prefixes = new SortedSet<ulong>();
            while (prefixes.Count < entries) prefixes.Add((ulong)random.NextInt64(1L << keyBits));
            var levels = prefixes.Select(_ => (byte)random.Next(1, 256)).ToList();
            var levelOf = prefixes.Zip(levels).ToDictionary(e => e.First, e => (int)e.Second);

            var bytes = HashedCountTableWriter.Write(prefixes.ToList(), levels, keyBits, total: 12345);
            var table = Open(bytes);

            table.EntryCount.Should().Be(entries);
            table.Total.Should().Be(12345UL);
            int index = 0;
            foreach (var prefix in prefixes)
            {
                table.GetLevel(KeyWith(prefix, keyBits, (ulong)random.NextInt64())).Should().Be(levels[index], "prefix {0:X} is stored", prefix);
                index++;
            }

            for (int i = 0; i < 20_000; i++)
            {
                ulong key = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
                table.GetLevel(key).Should().Be(levelOf.GetValueOrDefault(key >> (64 - keyBits)));
            }
        }

        [Fact]
        public void CrowdedBuckets_SpillAfterTheLines_AndStillReadEveryPrefix()
        {
            // Every third prefix of one run of 2^16 stored, none elsewhere: the keys crowd a quarter of the buckets, about 60
            // each, and spill. Each prefix's level is a function of it, to check the pairing.
            const int keyBits = 18;
            var prefixes = Enumerable.Range(0, 1 << 16).Where(p => p % 3 == 0).Select(p => (ulong)p + (2UL << 16)).ToList();
            var levels = prefixes.Select(p => (byte)(1 + p % 255)).ToList();
            var bytes = HashedCountTableWriter.Write(prefixes, levels, keyBits, total: 1);
            BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(28)).Should().BePositive("some bucket spills");

            var table = Open(bytes);
            var stored = prefixes.ToHashSet();
            for (ulong p = 0; p < 1UL << keyBits; p++)
                table.GetLevel(KeyWith(p, keyBits, p * 0x9E3779B97F4A7C15UL)).Should().Be(stored.Contains(p) ? (int)(1 + p % 255) : 0);
        }

        [Theory]
        [InlineData(4, 3)]
        [InlineData(9, 30)]
        [InlineData(12, 20)]
        public void TableOfLayout1_Converts_SoThatEveryKeyReadsWhatLayout1Read(int bucketBits, int meanBucket)
        {
            var random = new Random(bucketBits);
            var stored = new Dictionary<ulong, byte>();
            var seen = new HashSet<ulong>();
            int count = meanBucket << bucketBits;
            while (stored.Count < count)
            {
                ulong key = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
                if (seen.Add(key >> (48 - bucketBits))) stored[key] = (byte)random.Next(1, 256);
            }

            var version1 = ContextModelFastPathTests.WriteTable(stored, bucketBits);
            var keys = stored.Keys.ToList();
            var table = Open(HashedCountTableWriter.FromVersion1(version1, "v1.bin"));

            foreach (var (key, _) in stored) table.GetLevel(key).Should().Be(ReadVersion1(version1, key));
            for (int i = 0; i < 50_000; i++)
            {
                // Random keys, and keys that share a stored key's bucket or fingerprint of layout 1 but not both.
                ulong key = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
                ulong near = keys[random.Next(keys.Count)] ^ (1UL << random.Next(48 - bucketBits - 16, 64));
                table.GetLevel(key).Should().Be(ReadVersion1(version1, key));
                table.GetLevel(near).Should().Be(ReadVersion1(version1, near));
            }
        }

        [Fact]
        public void EmbeddedTables_AreOfTheCurrentLayout()
        {
            foreach (var name in ContextModelData.CountTableFiles)
            {
                var bytes = ContextModelData.OpenTable(name)!.Bytes;
                BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(4)).Should().Be(HashedCountTable.Version, name);
            }
        }

        [Fact]
        public void TableOfLayout1_IsRefused_WithHowToConvertIt()
        {
            var version1 = ContextModelFastPathTests.WriteTable(new Dictionary<ulong, byte> { [0x1234_5678_9ABC_DEF0] = 7 }, 8);
            Action open = () => Open(version1, "old.bin");
            open.Should().Throw<InvalidOperationException>().WithMessage("old.bin has count-table layout 1*--convert-v1*");
        }

        [Fact]
        public void UnknownLayout_IsRefused()
        {
            var bytes = ValidTable();
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 3);
            Action open = () => Open(bytes, "future.bin");
            open.Should().Throw<InvalidOperationException>().WithMessage("future.bin has an unknown count-table layout (3*");
        }

        [Theory]
        [InlineData(8, 16)] // key bits below 17
        [InlineData(8, 45)] // key bits above 44
        [InlineData(24, 1)] // fewer buckets than 2^(key bits - 16): a bucket would hold more than 2^16 prefixes
        [InlineData(28, -1)] // more spilled entries than entries
        public void BadHeader_IsRefused(int offset, int value)
        {
            var bytes = ValidTable();
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(offset), value);
            Action open = () => Open(bytes, "bad.bin");
            open.Should().Throw<InvalidOperationException>().WithMessage("bad.bin *");
        }

        [Fact]
        public void TruncatedTable_IsRefused()
        {
            var bytes = ValidTable();
            Action open = () => Open(bytes.AsSpan(0, bytes.Length - 1).ToArray(), "short.bin");
            open.Should().Throw<InvalidOperationException>().WithMessage("short.bin is truncated*");
        }

        [Fact]
        public void LineClaimingMoreEntriesThanItHolds_FailsVerify_AndIsReadNoFurtherThanTheLine()
        {
            // The first line claims 31 entries; its 22nd "fingerprint" (the first two count bytes) is made equal to a key of
            // that bucket. Read past its 21 entries, the lookup would match there and return the line's tail byte (31).
            var bytes = ValidTable();
            int keyBits = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
            uint buckets = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(24));
            ulong prefix = ((1UL << keyBits) / buckets) - 1; // the first bucket's last prefix: stored as no entry of it
            bytes[HashedCountTable.HeaderSize + HashedCountTable.TailOffset] = 31;
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(HashedCountTable.HeaderSize + 2 * HashedCountTable.LineEntries), (ushort)prefix);
            var table = Open(bytes, "line.bin");

            Action verify = table.Verify;

            verify.Should().Throw<InvalidOperationException>().WithMessage("line.bin has a bad line*");
            table.GetLevel(KeyWith(prefix, keyBits, 0)).Should().Be(0, "only the line's 21 entries are compared");
            EveryLineIsLookedUp(table);
        }

        [Fact]
        public void SpillPastTheTable_FailsVerify_AndIsNotRead()
        {
            var bytes = ValidTable();
            var line = bytes.AsSpan(HashedCountTable.HeaderSize, HashedCountTable.LineSize);
            line[HashedCountTable.TailOffset] = HashedCountTable.SpilledLineEntries | HashedCountTable.SpillFlag;
            BinaryPrimitives.WriteUInt32LittleEndian(line.Slice(HashedCountTable.SpillStartOffset), 1_000_000);
            BinaryPrimitives.WriteUInt16LittleEndian(line.Slice(HashedCountTable.SpillCountOffset), 5);
            var table = Open(bytes, "spill.bin");

            Action verify = table.Verify;

            verify.Should().Throw<InvalidOperationException>().WithMessage("spill.bin has a bad line*");
            EveryLineIsLookedUp(table);
        }

        [Fact]
        public void EntryCountThatDisagreesWithTheLines_FailsVerify()
        {
            var bytes = ValidTable();
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12)) + 1);
            Action verify = Open(bytes, "count.bin").Verify;
            verify.Should().Throw<InvalidOperationException>().WithMessage("count.bin holds * entries, not the *");
        }

        [Fact]
        public void EmbeddedTables_PassVerify()
        {
            foreach (var name in ContextModelData.CountTableFiles)
                new HashedCountTable(ContextModelData.OpenTable(name)!).Verify();
        }

        [Theory]
        [InlineData(0)]
        [InlineData(8)]
        [InlineData(40)]
        public void ATableAlignedInMemory_ReadsEveryKeyAsBefore_WhereverItsBytesLay(int misalignment) =>
            AlignedInMemoryReadsAsBefore(misalignment, 20_000, keyBits: 24);

        [Fact]
        public void ATableOfMegabytesAlignedInMemory_ReadsEveryKeyAsBefore_FromLargePagesOrNot()
        {
            // At least half a large page of lines: copied into 2 MB pages where the system has them (LargePageMemory).
            AlignedInMemoryReadsAsBefore(8, 300_000, keyBits: 28).Should().BeGreaterThanOrEqualTo(LargePageMemory.LargePageSize / 2);
        }

        // The lines copied into 64-byte-aligned memory hold the same bytes: every stored and absent key reads the same.
        // Returns the table's size in bytes.
        private static int AlignedInMemoryReadsAsBefore(int misalignment, int keyCount, int keyBits)
        {
            var random = new Random(misalignment);
            var prefixes = new SortedSet<ulong>();
            while (prefixes.Count < keyCount) prefixes.Add((ulong)random.NextInt64(1L << keyBits));
            var levels = prefixes.Select(_ => (byte)random.Next(1, 256)).ToList();
            var written = HashedCountTableWriter.Write(prefixes.ToList(), levels, keyBits, total: 1);
            var room = new byte[written.Length + 128];
            // Pinned here first, and for good by the table over it, so the address found here holds.
            var pin = System.Runtime.InteropServices.GCHandle.Alloc(room, System.Runtime.InteropServices.GCHandleType.Pinned);
            long address = pin.AddrOfPinnedObject().ToInt64();
            int offset = (int)((64 - address % 64 + misalignment) % 64);
            written.CopyTo(room, offset);
            var table = new HashedCountTable(EmbeddedTable.FromBytes(room, offset, written.Length, "t.bin"));
            pin.Free();
            table.IsAligned.Should().Be(misalignment == 0);
            var keys = prefixes.Select(p => KeyWith(p, keyBits, (ulong)random.NextInt64()))
                .Concat(Enumerable.Range(0, keyCount).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63))).ToList();
            var before = keys.Select(table.GetLevel).ToList();

            table.AlignInMemory();

            table.IsAligned.Should().BeTrue();
            keys.Select(table.GetLevel).Should().Equal(before);
            keys.Take(prefixes.Count).Select(table.GetLevel).Should().Equal(levels.Select(l => (int)l));
            return written.Length;
        }

        // Looks up a key in every line: a damaged line gives some count, never a read outside the table (which would crash).
        private static void EveryLineIsLookedUp(HashedCountTable table)
        {
            for (ulong prefix = 0; prefix < 1UL << 20; prefix += 1UL << 10) table.GetLevel(prefix << 44).Should().BeInRange(0, 255);
        }

        // Layout 1's lookup as it was: the bucket's first fingerprint equal to the key's, in ascending order.
        private static int ReadVersion1(byte[] table, ulong key)
        {
            int bucketBits = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(8));
            int entries = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(12));
            int bucket = (int)(key >> (64 - bucketBits));
            ushort fingerprint = (ushort)(key >> (48 - bucketBits));
            int fingerprints = 32 + 4 * ((1 << bucketBits) + 1), counts = fingerprints + 2 * entries;
            int start = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(32 + 4 * bucket));
            int end = BinaryPrimitives.ReadInt32LittleEndian(table.AsSpan(32 + 4 * (bucket + 1)));
            for (int i = start; i < end; i++)
            {
                ushort f = BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(fingerprints + 2 * i));
                if (f == fingerprint) return table[counts + i];
                if (f > fingerprint) break;
            }

            return 0;
        }

        private static byte[] ValidTable()
        {
            var prefixes = Enumerable.Range(0, 300).Select(i => (ulong)i * 3001).ToList();
            return HashedCountTableWriter.Write(prefixes, prefixes.Select(p => (byte)(1 + p % 200)).ToList(), 20, 9);
        }

        private static ulong KeyWith(ulong prefix, int keyBits, ulong low) => (prefix << (64 - keyBits)) | (low >> keyBits);

        private static HashedCountTable Open(byte[] bytes, string name = "test.bin") => new HashedCountTable(EmbeddedTable.FromBytes(bytes, name));
    }
}

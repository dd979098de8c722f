using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.ModelBuilder
{
    /// <summary>Writes the binary tables that <see cref="HashedCountTable"/> and <see cref="ThesaurusTable"/> read.</summary>
    internal static class TableWriter
    {
        // A key is known by its top bits: as many as 32 entries a bucket of 2^16 would take (the bucket bits of the layout
        // before this one, plus its 16 fingerprint bits). With 32 keys sharing the top bits of a 16-bit run, an absent key
        // reads as present about once in 2,000 lookups, and then as a random, mostly small, count.
        private const int EntriesPerRun = 32;

        /// <summary>
        /// A count table over ascending keys (<see cref="HashedCountTableWriter"/>'s layout). A key is known by its prefix,
        /// its top bits (about <see cref="EntriesPerRun"/> stored keys to each run of 2^16 prefixes); two keys that share a
        /// prefix keep the larger count.
        /// </summary>
        public static byte[] WriteCounts(ulong[] keys, uint[] counts, ulong total)
        {
            int runBits = 8;
            while (runBits < 26 && (1L << runBits) * EntriesPerRun < keys.Length) runBits++;
            int keyBits = runBits + 16;

            var prefixes = new List<ulong>(keys.Length);
            var levels = new List<byte>(keys.Length);
            for (int i = 0; i < keys.Length; i++)
            {
                if (i > 0 && keys[i] <= keys[i - 1]) throw new ArgumentException("keys must be strictly ascending");
                ulong prefix = keys[i] >> (64 - keyBits);
                byte level = HashedCountTable.Quantise(counts[i]);
                if (prefixes.Count > 0 && prefixes[prefixes.Count - 1] == prefix)
                {
                    if (level > levels[levels.Count - 1]) levels[levels.Count - 1] = level;
                    continue;
                }

                prefixes.Add(prefix);
                levels.Add(level);
            }

            return HashedCountTableWriter.Write(prefixes, levels, keyBits, total);
        }

        /// <summary>A thesaurus table: roots (id = index) with their word keys and text; ascending phrase keys with their roots.</summary>
        public static byte[] WriteThesaurus(IReadOnlyList<(string Text, ulong[] Words, int EntrySize)> roots, ulong[] keys, IReadOnlyList<ushort[]> links,
            IReadOnlyList<byte[]>? relations)
        {
            if (roots.Count > ushort.MaxValue + 1) throw new ArgumentException("too many roots for 16-bit links");
            var strings = new MemoryStream();
            var stringStarts = new uint[roots.Count + 1];
            for (int r = 0; r < roots.Count; r++)
            {
                stringStarts[r] = (uint)strings.Length;
                var utf8 = Encoding.UTF8.GetBytes(roots[r].Text);
                strings.Write(utf8, 0, utf8.Length);
            }

            stringStarts[roots.Count] = (uint)strings.Length;
            int linkCount = 0;
            foreach (var l in links) linkCount += l.Length;

            var output = new MemoryStream();
            var header = new byte[ThesaurusTable.HeaderSize];
            BinaryPrimitives.WriteUInt32LittleEndian(header, ThesaurusTable.Magic);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), relations is null ? ThesaurusTable.MobyOnlyVersion : ThesaurusTable.Version);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), roots.Count);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), keys.Length);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), linkCount);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(20), (int)strings.Length);
            output.Write(header);

            var buffer = new byte[8];
            foreach (var root in roots)
            {
                for (int w = 0; w < ThesaurusTable.MaxPhraseWords; w++)
                {
                    BinaryPrimitives.WriteUInt64LittleEndian(buffer, w < root.Words.Length ? root.Words[w] : 0UL);
                    output.Write(buffer, 0, 8);
                }
            }

            foreach (var root in roots)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(buffer, (ushort)Math.Min(root.EntrySize, ushort.MaxValue));
                output.Write(buffer, 0, 2);
            }

            while (output.Length % 4 != 0) output.WriteByte(0);
            foreach (uint start in stringStarts)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(buffer, start);
                output.Write(buffer, 0, 4);
            }

            strings.Position = 0;
            strings.CopyTo(output);
            while (output.Length % 8 != 0) output.WriteByte(0);

            for (int k = 0; k < keys.Length; k++)
            {
                if (k > 0 && keys[k] <= keys[k - 1]) throw new ArgumentException("phrase keys must be strictly ascending");
                BinaryPrimitives.WriteUInt64LittleEndian(buffer, keys[k]);
                output.Write(buffer, 0, 8);
            }

            uint linkStart = 0;
            foreach (var l in links)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(buffer, linkStart);
                output.Write(buffer, 0, 4);
                linkStart += (uint)l.Length;
            }

            BinaryPrimitives.WriteUInt32LittleEndian(buffer, linkStart);
            output.Write(buffer, 0, 4);
            foreach (var l in links)
            {
                foreach (ushort root in l)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(buffer, root);
                    output.Write(buffer, 0, 2);
                }
            }

            // Without WordNet, the Moby-only layout (version 1) ends here.
            if (relations is null) return output.ToArray();

            // WordNet's links apart: their link indices, then their relations; every other link is Moby's alone.
            while (output.Length % 4 != 0) output.WriteByte(0);
            var wordNetRelations = new MemoryStream();
            int link = 0;
            for (int k = 0; k < links.Count; k++)
            {
                if (relations[k].Length != links[k].Length) throw new ArgumentException("one relation per link is needed");
                foreach (byte relation in relations[k])
                {
                    if (relation != ThesaurusTable.FromMoby)
                    {
                        BinaryPrimitives.WriteUInt32LittleEndian(buffer, (uint)link);
                        output.Write(buffer, 0, 4);
                        wordNetRelations.WriteByte(relation);
                    }

                    link++;
                }
            }

            wordNetRelations.Position = 0;
            wordNetRelations.CopyTo(output);
            var bytes = output.ToArray();
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(24), (int)wordNetRelations.Length);
            return bytes;
        }
    }
}

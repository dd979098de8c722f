using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using EditorialLint.Rules.Style.Spelling;

namespace EditorialLint.Tools.SpellingTableBuilder
{
    /// <summary>Writes a <see cref="SpellingTable"/> in the layout of <see cref="SpellingTableFormat"/>.</summary>
    internal static class SpellingTableWriter
    {
        public static byte[] Write(SpellingTable table)
        {
            var blob = new MemoryStream();
            var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
            var latin1 = Encoding.Latin1;
            foreach (var pair in table.Entries)
            {
                offsets[pair.Key] = (int)blob.Length;
                blob.WriteByte(pair.Value);
                blob.WriteByte((byte)pair.Key.Length);
                var bytes = latin1.GetBytes(pair.Key);
                blob.Write(bytes, 0, bytes.Length);
            }

            int count = table.Entries.Count;
            int slotCount = SpellingTableFormat.SlotCount(count);
            var slots = new uint[slotCount];
            int mask = slotCount - 1;
            foreach (var pair in table.Entries)
            {
                int slot = (int)SpellingTableFormat.Hash(pair.Key.AsSpan()) & mask;
                while (slots[slot] != 0) slot = (slot + 1) & mask;
                slots[slot] = (uint)offsets[pair.Key] + 1;
            }

            var pairs = new List<(uint, uint)>();
            foreach (var (gb, us) in table.Pairs)
            {
                pairs.Add(((uint)offsets[gb], (uint)offsets[us]));
                pairs.Add(((uint)offsets[us], (uint)offsets[gb]));
            }

            pairs.Sort((a, b) => a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : a.Item2.CompareTo(b.Item2));

            var output = new MemoryStream();
            var writer = new BinaryWriter(output);
            writer.Write(SpellingTableFormat.Magic);
            writer.Write((uint)count);
            writer.Write((uint)blob.Length);
            writer.Write((uint)slotCount);
            writer.Write((uint)pairs.Count);
            writer.Write(blob.ToArray());
            while (output.Length % 4 != 0) writer.Write((byte)0);
            foreach (var slot in slots) writer.Write(slot);
            foreach (var (a, b) in pairs)
            {
                writer.Write(a);
                writer.Write(b);
            }

            writer.Flush();
            return output.ToArray();
        }
    }
}

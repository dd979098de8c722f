using System;
using System.IO;
using System.Threading;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>
    /// The English word forms of the Hunspell en_US and en_GB dictionaries, affixes expanded by tools/SpellingTableBuilder
    /// and embedded as <c>Style/Spelling/Data/spelling-words.bin</c>. Read in place from the mapped resource, hash table
    /// included (see <see cref="SpellingTableFormat"/>); lookups ignore case, take a span and allocate nothing.
    /// </summary>
    internal sealed unsafe class SpellingDictionary
    {
        private static SpellingDictionary? s_default;

        // Pointers into the table's bytes, which live as long as the process (mapped resource or pinned array).
        private readonly byte* _blob;
        private readonly uint* _slots;
        private readonly uint* _pairs;
        private readonly int _blobBytes;
        private readonly int _mask;
        private readonly int _pairCount;
        private FormFilter? _filter;

        private SpellingDictionary(byte* data, int count, int blobBytes, int slotCount, int pairCount)
        {
            Count = count;
            _blob = data + SpellingTableFormat.HeaderSize;
            _blobBytes = blobBytes;
            _slots = (uint*)(data + Align4(SpellingTableFormat.HeaderSize + blobBytes));
            _mask = slotCount - 1;
            _pairs = _slots + slotCount;
            _pairCount = pairCount;
        }

        /// <summary>The table shipped with the rules, loaded on first use.</summary>
        public static SpellingDictionary Default
        {
            get
            {
                var dictionary = Volatile.Read(ref s_default);
                if (dictionary is not null) return dictionary;
                Interlocked.CompareExchange(ref s_default, LoadEmbedded(), null);
                return s_default!;
            }
        }

        /// <summary>Number of word forms.</summary>
        public int Count { get; }

        /// <summary>The words one edit away from each word a run has searched (<see cref="SpellingSuggester"/>).</summary>
        internal EditSearchCache OneEditAway { get; } = new EditSearchCache();

        /// <summary>The words two edits away, for the words with none one edit away.</summary>
        internal EditSearchCache TwoEditsAway { get; } = new EditSearchCache();

        /// <summary>Reads a table from its bytes (kept, pinned, for the life of the process); throws <see cref="InvalidDataException"/> when they are damaged.</summary>
        public static SpellingDictionary Load(byte[] data) => From(EmbeddedTable.FromBytes(data, "spelling-words"));

        /// <summary>
        /// Looks a word up ignoring case. Returns the blob offset of the best entry (one spelt exactly as written when there
        /// is one) or -1; <paramref name="flags"/> are that entry's.
        /// </summary>
        public int Find(ReadOnlySpan<char> word, out byte flags)
        {
            flags = 0;
            if (word.IsEmpty || word.Length > 255) return -1;
            return FindHashed(word, SpellingTableFormat.Hash(word), out flags);
        }

        /// <summary>
        /// <see cref="Find(ReadOnlySpan{char}, out byte)"/> for a string that is most likely no word: an edit of a
        /// misspelling two edits away. Nearly all of those are ruled out by <see cref="FormFilter"/> without a lookup in
        /// the table, each of which waits on one or two cache misses; the answer is the same.
        /// </summary>
        public int FindUnlikely(ReadOnlySpan<char> word, out byte flags)
        {
            flags = 0;
            if (word.IsEmpty || word.Length > 255) return -1;
            uint hash = SpellingTableFormat.Hash(word);
            return Filter.MayContain(hash) ? FindHashed(word, hash, out flags) : -1;
        }

        private int FindHashed(ReadOnlySpan<char> word, uint hash, out byte flags)
        {
            flags = 0;
            int slot = (int)hash & _mask;
            int found = -1;
            PrefetchForms(hash);
            while (true)
            {
                uint entry = _slots[slot];
                if (entry == 0) return found;
                int offset = (int)entry - 1;
                var match = Compare(offset, word);
                if (match == Match.Exact)
                {
                    flags = _blob[offset];
                    return offset;
                }

                if (match == Match.IgnoringCase && found < 0)
                {
                    found = offset;
                    flags = _blob[offset];
                }

                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>
        /// The hash a lookup of <paramref name="word"/> starts from (<see cref="PrefetchForms"/> takes it), after starting to
        /// load the slot the lookup reads first. A hint only: no effect on results.
        /// </summary>
        public uint PrefetchSlot(ReadOnlySpan<char> word)
        {
            uint hash = SpellingTableFormat.Hash(word);
#if NET
            if (System.Runtime.Intrinsics.X86.Sse.IsSupported) System.Runtime.Intrinsics.X86.Sse.Prefetch0(_slots + ((int)hash & _mask));
#endif
            return hash;
        }

        /// <summary>
        /// Starts loading the forms that a lookup with this hash compares first: a probe compares the forms of consecutive
        /// slots, each in the blob far from the others, so their loads are started together and a second and third probe
        /// do not each wait on a miss of their own. A hint only; it reads the slots, so it pays where they are in the cache
        /// (<see cref="PrefetchSlot"/> a while before).
        /// </summary>
        public void PrefetchForms(uint hash)
        {
#if NET
            if (!System.Runtime.Intrinsics.X86.Sse.IsSupported) return;
            for (int k = 0, s = (int)hash & _mask; k < 3; k++, s = (s + 1) & _mask)
            {
                uint probe = _slots[s];
                if (probe == 0) break;
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(_blob + (probe - 1));
            }
#endif
        }

        // Built on first use (about 6 ms of CPU, native): a run that never searches two edits away never pays for it.
        private FormFilter Filter
        {
            get
            {
                var filter = Volatile.Read(ref _filter);
                if (filter is not null) return filter;
                Interlocked.CompareExchange(ref _filter, FormFilter.Create(this), null);
                return _filter!;
            }
        }

        /// <summary>Whether the word is in either dictionary, in any case.</summary>
        public bool Contains(ReadOnlySpan<char> word) => Find(word, out _) >= 0;

        /// <summary>The form stored at a blob offset.</summary>
        public string FormAt(int offset)
        {
            int length = _blob[offset + 1];
            var chars = new char[length];
            for (int i = 0; i < length; i++) chars[i] = (char)_blob[offset + 2 + i];
            return new string(chars);
        }

        /// <summary>The flags of the entry at a blob offset.</summary>
        public byte FlagsAt(int offset) => _blob[offset];

        /// <summary>The other variety's spelling of the entry at <paramref name="offset"/> (colour → color), or -1.</summary>
        public int VariantOf(int offset)
        {
            if ((_blob[offset] & SpellingTableFormat.HasVariant) == 0) return -1;
            int low = 0, high = _pairCount - 1;
            while (low <= high)
            {
                int middle = (low + high) >> 1;
                uint key = _pairs[2 * middle];
                if (key == (uint)offset) return (int)_pairs[2 * middle + 1];
                if (key < (uint)offset) low = middle + 1;
                else high = middle - 1;
            }

            return -1;
        }

        private enum Match
        {
            None,
            IgnoringCase,
            Exact,
        }

        private Match Compare(int offset, ReadOnlySpan<char> word)
        {
            // Bounds are checked here, where a damaged table would be read, rather than by a pass over it at load.
            if ((uint)offset + 2 > (uint)_blobBytes) return Match.None;
            int length = _blob[offset + 1];
            if (length != word.Length || offset + 2 + length > _blobBytes) return Match.None;
            byte* key = _blob + offset + 2;
            bool exact = true;
            for (int i = 0; i < length; i++)
            {
                char stored = (char)key[i];
                char wanted = SpellingTableFormat.Normalize(word[i]);
                if (stored == wanted) continue;
                if (char.ToLowerInvariant(stored) != char.ToLowerInvariant(wanted)) return Match.None;
                exact = false;
            }

            return exact ? Match.Exact : Match.IgnoringCase;
        }

        // Calls back with the hash of every form in the blob, in blob order (the blob is the entries back to back).
        private void HashEveryForm(Action<uint> handle)
        {
            Span<char> form = stackalloc char[255];
            int offset = 0;
            while (offset + 2 <= _blobBytes)
            {
                int length = _blob[offset + 1];
                if (offset + 2 + length > _blobBytes) break;
                for (int i = 0; i < length; i++) form[i] = (char)_blob[offset + 2 + i];
                handle(SpellingTableFormat.Hash(form.Slice(0, length)));
                offset += 2 + length;
            }
        }

        /// <summary>
        /// A Bloom filter of the forms' hashes (two bits a form in 2²¹, 256 KB: about 3% of strings that are no form get
        /// through). Every form sets its bits, so a string whose bits are not both set is in no case any form: ruling it
        /// out never changes an answer. Small enough to stay in the processor's cache, unlike the table.
        /// </summary>
        private sealed class FormFilter
        {
            private const int Bits = 21;
            private readonly ulong[] _words = new ulong[(1 << Bits) / 64];

            public static FormFilter Create(SpellingDictionary dictionary)
            {
                var filter = new FormFilter();
                dictionary.HashEveryForm(filter.Add);
                return filter;
            }

            public bool MayContain(uint hash)
            {
                var (first, second) = Positions(hash);
                return (_words[first >> 6] & (1UL << first)) != 0 && (_words[second >> 6] & (1UL << second)) != 0;
            }

            private void Add(uint hash)
            {
                var (first, second) = Positions(hash);
                _words[first >> 6] |= 1UL << first;
                _words[second >> 6] |= 1UL << second;
            }

            // Two positions from the high bits of one multiplicative mix: the table's slot uses the hash's low bits.
            private static (int First, int Second) Positions(uint hash)
            {
                ulong mixed = hash * 0x9E3779B97F4A7C15UL;
                return ((int)(mixed >> (64 - Bits)), (int)(mixed >> (64 - 2 * Bits)) & ((1 << Bits) - 1));
            }
        }

        private static int Align4(int offset) => (offset + 3) & ~3;

        // The sizes in the header must add up to the table's length, so that no pointer leaves it.
        private static (int Count, int BlobBytes, int SlotCount, int PairCount) Check(ReadOnlySpan<byte> data)
        {
            var magic = SpellingTableFormat.Magic;
            if (data.Length < SpellingTableFormat.HeaderSize) throw new InvalidDataException("Spelling table: file too short.");
            for (int i = 0; i < magic.Length; i++)
                if (data[i] != magic[i]) throw new InvalidDataException("Spelling table: bad magic number (rebuild it with tools/SpellingTableBuilder).");

            long count = ReadUInt(data, 8);
            long blobBytes = ReadUInt(data, 12);
            long slotCount = ReadUInt(data, 16);
            long pairCount = ReadUInt(data, 20);
            long slotsAt = (SpellingTableFormat.HeaderSize + blobBytes + 3) & ~3L;
            if (slotCount < count || slotCount == 0 || (slotCount & (slotCount - 1)) != 0 || slotsAt + 4 * slotCount + 8 * pairCount != data.Length)
                throw new InvalidDataException("Spelling table: sizes do not add up.");
            return ((int)count, (int)blobBytes, (int)slotCount, (int)pairCount);
        }

        private static uint ReadUInt(ReadOnlySpan<byte> data, int at) =>
            (uint)(data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24));

        private static SpellingDictionary From(EmbeddedTable table)
        {
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The spelling table is read in place as little-endian.");
            var (count, blobBytes, slotCount, pairCount) = Check(table.Bytes);
            fixed (byte* data = table.Bytes) return new SpellingDictionary(data, count, blobBytes, slotCount, pairCount);
        }

        private static SpellingDictionary LoadEmbedded()
        {
            var assembly = typeof(SpellingDictionary).Assembly;
            var table = EmbeddedTable.Open(assembly, SpellingTableFormat.ResourceName)
                ?? throw new InvalidOperationException("The spelling table resource is missing from " + assembly.GetName().Name + ".");
            return From(table);
        }
    }
}

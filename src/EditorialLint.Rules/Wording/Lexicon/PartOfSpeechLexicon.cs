using System;
using System.IO;
using System.Threading;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Wording.Lexicon
{
    /// <summary>What the lexicon knows of one word form.</summary>
    public readonly struct LexiconEntry
    {
        /// <summary>Creates an entry.</summary>
        public LexiconEntry(PartsOfSpeech parts, PartsOfSpeech primary)
        {
            Parts = parts;
            Primary = primary;
        }

        /// <summary>Every part of speech the form can take.</summary>
        public PartsOfSpeech Parts { get; }

        /// <summary>The form's most frequent part of speech (a single flag), or <see cref="PartsOfSpeech.None"/>.</summary>
        public PartsOfSpeech Primary { get; }

        /// <summary>Whether the form has any of <paramref name="parts"/>.</summary>
        public bool Has(PartsOfSpeech parts) => (Parts & parts) != 0;
    }

    /// <summary>
    /// Word form → parts of speech, from the Brill tagger lexicon and WordNet 3.0 (built by tools/LexiconBuilder and
    /// embedded as <c>Wording/Data/pos-lexicon.bin</c>). Read in place from the mapped resource on first use, hash table
    /// included (see <see cref="PartOfSpeechLexiconFormat"/>): nothing is copied, decoded or built. Lookups take a span and
    /// allocate nothing; they treat the typographic apostrophe (’) as a straight one.
    /// </summary>
    public sealed unsafe class PartOfSpeechLexicon
    {
        private static PartOfSpeechLexicon? s_default;

        // Pointers into the table's bytes, which live as long as the process (mapped resource or pinned array).
        private readonly uint* _offsets;
        private readonly uint* _parts;
        private readonly byte* _primary;
        private readonly byte* _keys;
        private readonly int* _slots;
        private readonly int _count;
        private readonly uint _charCount;
        private readonly int _mask;

        private PartOfSpeechLexicon(byte* data, int count, uint charCount, int slotCount)
        {
            _count = count;
            _charCount = charCount;
            _offsets = (uint*)(data + Header);
            _parts = _offsets + count + 1;
            _primary = (byte*)(_parts + count);
            _keys = _primary + count;
            _slots = (int*)(data + Align4(SlotsAt(count, (int)charCount)) + 4);
            _mask = slotCount - 1;
        }

        private static int Header => PartOfSpeechLexiconFormat.Magic.Length + 12;

        /// <summary>The lexicon shipped with the rules, loaded on first use.</summary>
        public static PartOfSpeechLexicon Default
        {
            get
            {
                var lexicon = Volatile.Read(ref s_default);
                if (lexicon is not null) return lexicon;
                Interlocked.CompareExchange(ref s_default, LoadEmbedded(), null);
                return s_default!;
            }
        }

        /// <summary>Number of word forms.</summary>
        public int Count => _count;

        /// <summary>Reads a lexicon in the <c>pos-lexicon.bin</c> layout; throws <see cref="InvalidDataException"/> when it is damaged.</summary>
        public static PartOfSpeechLexicon Load(Stream stream)
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return Load(buffer.ToArray());
        }

        /// <summary>Reads a lexicon from its bytes (kept, pinned, for the life of the process); throws <see cref="InvalidDataException"/> when they are damaged.</summary>
        public static PartOfSpeechLexicon Load(byte[] data)
        {
            Check(data);
            return From(EmbeddedTable.FromBytes(data, "pos-lexicon"));
        }

        /// <summary>Looks a form up as written, then in lower case ("The" → "the").</summary>
        public bool TryGet(ReadOnlySpan<char> word, out LexiconEntry entry)
        {
            int index = Find(word, lowerCase: false);
            if (index < 0 && HasUpper(word)) index = Find(word, lowerCase: true);
            entry = index < 0 ? default : EntryAt(index);
            return index >= 0;
        }

        /// <summary>Looks a form up exactly as written (case matters: "Nice" the city, "nice" the adjective).</summary>
        public bool TryGetExact(ReadOnlySpan<char> word, out LexiconEntry entry)
        {
            int index = Find(word, lowerCase: false);
            entry = index < 0 ? default : EntryAt(index);
            return index >= 0;
        }

        /// <summary>Looks a form up in lower case only.</summary>
        public bool TryGetLowerCase(ReadOnlySpan<char> word, out LexiconEntry entry)
        {
            int index = Find(word, lowerCase: true);
            entry = index < 0 ? default : EntryAt(index);
            return index >= 0;
        }

        /// <summary>The parts of speech of a form (as written, then in lower case), or <see cref="PartsOfSpeech.None"/>.</summary>
        public PartsOfSpeech GetParts(ReadOnlySpan<char> word) => TryGet(word, out var entry) ? entry.Parts : PartsOfSpeech.None;

        private LexiconEntry EntryAt(int index)
        {
            byte p = _primary[index];
            var primary = p < 32 ? (PartsOfSpeech)(1u << p) : PartsOfSpeech.None;
            return new LexiconEntry((PartsOfSpeech)_parts[index], primary);
        }

        private int Find(ReadOnlySpan<char> word, bool lowerCase)
        {
            if (word.IsEmpty) return -1;
            int slot = (int)PartOfSpeechLexiconFormat.Hash(word, lowerCase) & _mask;
#if NET
            // The probe reads the key bounds of consecutive slots' entries, each far from the others: their loads are
            // started together, so that a second and third probe do not each wait on a miss of their own. Hints only.
            if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
            {
                for (int k = 0, s = slot; k < 3; k++, s = (s + 1) & _mask)
                {
                    int probe = _slots[s] - 1;
                    if (probe < 0) break;
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(_offsets + probe);
                }
            }
#endif
            while (true)
            {
                int entry = _slots[slot] - 1;
                if (entry < 0) return -1;
                if (KeyEquals(entry, word, lowerCase)) return entry;
                slot = (slot + 1) & _mask;
            }
        }

        private bool KeyEquals(int entry, ReadOnlySpan<char> word, bool lowerCase)
        {
            // Bounds are checked here, where a damaged table would be read, rather than by a pass over it at load.
            if ((uint)entry >= (uint)_count) return false;
            uint start = _offsets[entry];
            uint end = _offsets[entry + 1];
            if (end < start || end > _charCount || end - start != (uint)word.Length) return false;
            byte* key = _keys + start;
            for (int i = 0; i < word.Length; i++)
                if (key[i] != PartOfSpeechLexiconFormat.Normalize(word[i], lowerCase)) return false;
            return true;
        }

        private static bool HasUpper(ReadOnlySpan<char> word)
        {
            for (int i = 0; i < word.Length; i++)
                if (char.IsUpper(word[i])) return true;
            return false;
        }

        private static int SlotsAt(int count, int charCount) => Header + 4 * (count + 1) + 4 * count + count + charCount;

        private static int Align4(int offset) => (offset + 3) & ~3;

        // The sizes in the header must add up to the table's length, so that no pointer leaves it.
        private static (int Count, uint CharCount, int SlotCount) Check(ReadOnlySpan<byte> data)
        {
            var magic = PartOfSpeechLexiconFormat.Magic;
            if (data.Length < Header) throw new InvalidDataException("Part-of-speech lexicon: file too short.");
            for (int i = 0; i < magic.Length; i++)
                if (data[i] != magic[i]) throw new InvalidDataException("Part-of-speech lexicon: bad magic number (rebuild it with tools/LexiconBuilder).");

            long count = ReadUInt(data, magic.Length);
            long charCount = ReadUInt(data, magic.Length + 4);
            long blobBytes = ReadUInt(data, magic.Length + 8);
            long slotsAt = (Header + 4L * (count + 1) + 4L * count + count + blobBytes + 3) & ~3L;
            if (charCount != blobBytes || count > int.MaxValue / 16 || slotsAt + 4 > data.Length)
                throw new InvalidDataException("Part-of-speech lexicon: sizes do not add up.");
            long slotCount = ReadUInt(data, (int)slotsAt);
            if (slotCount < 2 * count || (slotCount & (slotCount - 1)) != 0 || slotsAt + 4 + 4 * slotCount != data.Length)
                throw new InvalidDataException("Part-of-speech lexicon: sizes do not add up.");
            return ((int)count, (uint)charCount, (int)slotCount);
        }

        private static uint ReadUInt(ReadOnlySpan<byte> data, int at) =>
            (uint)(data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24));

        private static PartOfSpeechLexicon From(EmbeddedTable table)
        {
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The part-of-speech lexicon is read in place as little-endian.");
            var (count, charCount, slotCount) = Check(table.Bytes);
            fixed (byte* data = table.Bytes) return new PartOfSpeechLexicon(data, count, charCount, slotCount);
        }

        private static PartOfSpeechLexicon LoadEmbedded()
        {
            var assembly = typeof(PartOfSpeechLexicon).Assembly;
            var table = EmbeddedTable.Open(assembly, PartOfSpeechLexiconFormat.ResourceName)
                ?? throw new InvalidOperationException("The part-of-speech lexicon resource is missing from " + assembly.GetName().Name + ".");
            return From(table);
        }
    }
}

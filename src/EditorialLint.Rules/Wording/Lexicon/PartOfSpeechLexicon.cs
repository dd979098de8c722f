using System;
using System.IO;
using System.Text;
using System.Threading;

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
    /// embedded as <c>Wording/Data/pos-lexicon.bin</c>). Loaded once, on first use; lookups take a span and allocate
    /// nothing. Lookups treat the typographic apostrophe (’) as a straight one.
    /// </summary>
    public sealed class PartOfSpeechLexicon
    {
        private static PartOfSpeechLexicon? s_default;

        private readonly string _keys;
        private readonly int[] _offsets;
        private readonly uint[] _parts;
        private readonly byte[] _primary;
        private readonly int[] _slots; // entry index + 1; 0 = empty
        private readonly int _mask;

        private PartOfSpeechLexicon(string keys, int[] offsets, uint[] parts, byte[] primary)
        {
            _keys = keys;
            _offsets = offsets;
            _parts = parts;
            _primary = primary;

            int capacity = 16;
            while (capacity < parts.Length * 2) capacity <<= 1;
            _slots = new int[capacity];
            _mask = capacity - 1;
            for (int i = 0; i < parts.Length; i++)
            {
                var key = keys.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
                int slot = (int)Hash(key, lowerCase: false) & _mask;
                while (_slots[slot] != 0) slot = (slot + 1) & _mask;
                _slots[slot] = i + 1;
            }
        }

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
        public int Count => _parts.Length;

        /// <summary>Reads a lexicon in the <c>pos-lexicon.bin</c> layout; throws <see cref="InvalidDataException"/> when it is damaged.</summary>
        public static PartOfSpeechLexicon Load(Stream stream)
        {
            byte[] data;
            if (stream.CanSeek)
            {
                // Resource streams know their length: read once, with no intermediate copy.
                data = new byte[stream.Length - stream.Position];
                int read = 0;
                while (read < data.Length)
                {
                    int n = stream.Read(data, read, data.Length - read);
                    if (n <= 0) throw new InvalidDataException("Part-of-speech lexicon: stream ended early.");
                    read += n;
                }
            }
            else
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                data = buffer.ToArray();
            }

            return Load(data);
        }

        /// <summary>Reads a lexicon from its bytes; throws <see cref="InvalidDataException"/> when they are damaged.</summary>
        public static PartOfSpeechLexicon Load(byte[] data)
        {
            var magic = PartOfSpeechLexiconFormat.Magic;
            if (data.Length < magic.Length + 12) throw new InvalidDataException("Part-of-speech lexicon: file too short.");
            for (int i = 0; i < magic.Length; i++)
                if (data[i] != magic[i]) throw new InvalidDataException("Part-of-speech lexicon: bad magic number.");

            int at = magic.Length;
            int count = ReadInt(data, ref at);
            int charCount = ReadInt(data, ref at);
            int blobBytes = ReadInt(data, ref at);
            long expected = (long)at + 4L * (count + 1) + 4L * count + count + blobBytes;
            if (count < 0 || charCount < 0 || blobBytes < 0 || expected != data.Length)
                throw new InvalidDataException("Part-of-speech lexicon: sizes do not add up.");

            var offsets = new int[count + 1];
            var parts = new uint[count];
            if (BitConverter.IsLittleEndian)
            {
                Buffer.BlockCopy(data, at, offsets, 0, 4 * (count + 1));
                at += 4 * (count + 1);
                Buffer.BlockCopy(data, at, parts, 0, 4 * count);
                at += 4 * count;
            }
            else
            {
                for (int i = 0; i <= count; i++) offsets[i] = ReadInt(data, ref at);
                for (int i = 0; i < count; i++) parts[i] = (uint)ReadInt(data, ref at);
            }

            var primary = new byte[count];
            Buffer.BlockCopy(data, at, primary, 0, count);
            at += count;

            string keys = Encoding.UTF8.GetString(data, at, blobBytes);
            if (keys.Length != charCount || offsets[0] != 0 || offsets[count] != charCount)
                throw new InvalidDataException("Part-of-speech lexicon: key blob does not match its offsets.");
            for (int i = 0; i < count; i++)
                if (offsets[i + 1] <= offsets[i]) throw new InvalidDataException("Part-of-speech lexicon: offsets out of order.");

            return new PartOfSpeechLexicon(keys, offsets, parts, primary);
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
            int slot = (int)Hash(word, lowerCase) & _mask;
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
            int start = _offsets[entry];
            int length = _offsets[entry + 1] - start;
            if (length != word.Length) return false;
            for (int i = 0; i < length; i++)
                if (_keys[start + i] != Normalize(word[i], lowerCase)) return false;
            return true;
        }

        private static uint Hash(ReadOnlySpan<char> word, bool lowerCase)
        {
            uint h = 2166136261;
            for (int i = 0; i < word.Length; i++)
                h = (h ^ Normalize(word[i], lowerCase)) * 16777619;
            return h ^ (h >> 15);
        }

        private static char Normalize(char c, bool lowerCase)
        {
            if (c == '\u2019') return '\'';
            return lowerCase ? char.ToLowerInvariant(c) : c;
        }

        private static bool HasUpper(ReadOnlySpan<char> word)
        {
            for (int i = 0; i < word.Length; i++)
                if (char.IsUpper(word[i])) return true;
            return false;
        }

        private static int ReadInt(byte[] data, ref int at)
        {
            int value = data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24);
            at += 4;
            return value;
        }

        private static PartOfSpeechLexicon LoadEmbedded()
        {
            var assembly = typeof(PartOfSpeechLexicon).Assembly;
            using var stream = assembly.GetManifestResourceStream(PartOfSpeechLexiconFormat.ResourceName)
                ?? throw new InvalidOperationException("The part-of-speech lexicon resource is missing from " + assembly.GetName().Name + ".");
            return Load(stream);
        }
    }
}

using System;

namespace EditorialLint.Rules.Wording.Lexicon
{
    /// <summary>
    /// The layout of <c>pos-lexicon.bin</c>, shared by the builder (tools/LexiconBuilder) and the reader. All integers
    /// little-endian:
    /// <code>
    /// magic      8 bytes  "ELPOSLX2"
    /// count      u32      number of entries
    /// charCount  u32      length of all keys together (ASCII: characters and bytes alike)
    /// blobBytes  u32      length of the key blob in bytes (= charCount)
    /// offsets    u32[count + 1]  start of each key in the key blob (the last is charCount)
    /// parts      u32[count]      PartsOfSpeech flags
    /// primary    u8[count]       bit index of the most frequent part of speech, 255 when none
    /// blob       ASCII keys, concatenated, sorted by ordinal comparison
    /// padding    0-3 zero bytes, to a multiple of 4 from the start
    /// slotCount  u32      size of the hash table, a power of two at least twice count
    /// slots      i32[slotCount]  entry index + 1 (0: empty) of the key hashed there by <see cref="Hash"/>, linear probing
    /// </code>
    /// The hash table is written by the builder so that the reader looks words up in the mapped resource as it lies,
    /// with nothing to decode or build at start-up (building it took a third of a native 5 KB run).
    /// </summary>
    internal static class PartOfSpeechLexiconFormat
    {
        /// <summary>The first eight bytes of the file.</summary>
        public static readonly byte[] Magic = { (byte)'E', (byte)'L', (byte)'P', (byte)'O', (byte)'S', (byte)'L', (byte)'X', (byte)'2' };

        /// <summary>The primary byte of an entry with no part of speech.</summary>
        public const byte NoPrimary = 255;

        /// <summary>Name of the embedded resource.</summary>
        public const string ResourceName = "EditorialLint.Rules.Wording.Data.pos-lexicon.bin";

        /// <summary>The hash table size for <paramref name="count"/> entries: at most half full.</summary>
        public static int SlotCount(int count)
        {
            int capacity = 16;
            while (capacity < count * 2) capacity <<= 1;
            return capacity;
        }

        /// <summary>The hash of a key (FNV-1a over its normalised characters).</summary>
        public static uint Hash(ReadOnlySpan<char> word, bool lowerCase)
        {
            uint h = 2166136261;
            for (int i = 0; i < word.Length; i++)
                h = (h ^ Normalize(word[i], lowerCase)) * 16777619;
            return h ^ (h >> 15);
        }

        /// <summary>A character as keys hold it: the typographic apostrophe as a straight one, optionally in lower case.</summary>
        public static char Normalize(char c, bool lowerCase)
        {
            if (c == '\u2019') return '\'';
            return lowerCase ? char.ToLowerInvariant(c) : c;
        }
    }
}

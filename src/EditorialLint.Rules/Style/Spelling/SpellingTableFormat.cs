using System;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>
    /// The layout of <c>spelling-words.bin</c>, shared by the builder (tools/SpellingTableBuilder) and the reader
    /// (<see cref="SpellingDictionary"/>). All integers little-endian:
    /// <code>
    /// magic      8 bytes  "ELSPELL1"
    /// count      u32      number of word forms
    /// blobBytes  u32      length of the entry blob
    /// slotCount  u32      size of the hash table, a power of two with at most 3 entries to 4 slots
    /// pairCount  u32      number of variant records (each pair is stored both ways)
    /// blob       entries sorted by ordinal comparison: flags u8, length u8, the form in Latin-1 (apostrophe straight)
    /// padding    0-3 zero bytes, to a multiple of 4 from the start
    /// slots      u32[slotCount]  blob offset + 1 (0: empty) of the entry whose lower-cased form hashes there, linear probing
    /// pairs      (u32, u32)[pairCount]  (blob offset of a form, blob offset of its other-variety spelling), sorted
    /// </code>
    /// Forms that differ only in case share a lower-case hash, so one probe sequence finds "polish" and "Polish".
    /// </summary>
    internal static class SpellingTableFormat
    {
        /// <summary>The first eight bytes of the file.</summary>
        public static readonly byte[] Magic = { (byte)'E', (byte)'L', (byte)'S', (byte)'P', (byte)'E', (byte)'L', (byte)'L', (byte)'1' };

        /// <summary>Bytes before the blob.</summary>
        public const int HeaderSize = 24;

        /// <summary>Name of the embedded resource.</summary>
        public const string ResourceName = "EditorialLint.Rules.Style.Spelling.Data.spelling-words.bin";

        /// <summary>The form is in the en_US dictionary.</summary>
        public const byte American = 1;

        /// <summary>The form is in the en_GB dictionary.</summary>
        public const byte British = 2;

        /// <summary>The dictionaries mark the form as never to be suggested (slurs, taboo words).</summary>
        public const byte NoSuggest = 4;

        /// <summary>The form has a spelling of the other variety in the pair table (colour / color).</summary>
        public const byte HasVariant = 8;

        /// <summary>The hash table size for <paramref name="count"/> entries.</summary>
        public static int SlotCount(int count)
        {
            int capacity = 16;
            while (capacity < count + count / 3 + 1) capacity <<= 1;
            return capacity;
        }

        /// <summary>The hash of a form, over its lower-cased characters (FNV-1a).</summary>
        public static uint Hash(ReadOnlySpan<char> word)
        {
            uint h = 2166136261;
            for (int i = 0; i < word.Length; i++)
                h = (h ^ Fold(word[i])) * 16777619;
            return h ^ (h >> 15);
        }

        /// <summary>A character as the hash sees it: lower case, the typographic apostrophe as a straight one.</summary>
        /// <remarks>ASCII, nearly every character hashed, is lowered in place (what <see cref="char.ToLowerInvariant"/> does to it).</remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static char Fold(char c)
        {
            if (c < 128) return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
            return c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        /// <summary>A character as keys store it: the typographic apostrophe as a straight one.</summary>
        public static char Normalize(char c) => c == '\u2019' ? '\'' : c;
    }
}

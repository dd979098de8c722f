namespace EditorialLint.Rules.Wording.Lexicon
{
    /// <summary>
    /// The layout of <c>pos-lexicon.bin</c>, shared by the builder (tools/LexiconBuilder) and the reader. All integers
    /// little-endian:
    /// <code>
    /// magic      8 bytes  "ELPOSLX1"
    /// count      u32      number of entries
    /// charCount  u32      length of all keys together, in UTF-16 code units
    /// blobBytes  u32      length of the key blob in bytes
    /// offsets    u32[count + 1]  start of each key in the decoded key string (the last is charCount)
    /// parts      u32[count]      PartsOfSpeech flags
    /// primary    u8[count]       bit index of the most frequent part of speech, 255 when none
    /// blob       UTF-8 keys, concatenated, sorted by ordinal comparison
    /// </code>
    /// </summary>
    internal static class PartOfSpeechLexiconFormat
    {
        /// <summary>The first eight bytes of the file.</summary>
        public static readonly byte[] Magic = { (byte)'E', (byte)'L', (byte)'P', (byte)'O', (byte)'S', (byte)'L', (byte)'X', (byte)'1' };

        /// <summary>The primary byte of an entry with no part of speech.</summary>
        public const byte NoPrimary = 255;

        /// <summary>Name of the embedded resource.</summary>
        public const string ResourceName = "EditorialLint.Rules.Wording.Data.pos-lexicon.bin";
    }
}

using System;
using EditorialLint.Analysis;

namespace EditorialLint.Packs
{
    /// <summary>
    /// Finds the longest phrase of whole tokens starting at a token: a <see cref="PhraseMatcher"/> built from a rule
    /// file's entries, or a <see cref="Compiled.CompiledPhraseIndex"/> read from the built-in packs' compiled form.
    /// </summary>
    public abstract class PhraseIndex
    {
        /// <summary>How many phrases the index holds.</summary>
        public abstract int Count { get; }

        /// <summary>Whether tokens match whatever their case.</summary>
        internal abstract bool IgnoreCase { get; }

        /// <summary>
        /// The key of every token of <paramref name="document"/> for <see cref="TryMatch"/>: its <see cref="TokenHash"/>,
        /// computed once per document and shared by every index that compares the same way (each token was hashed again
        /// by every pack at every trie level).
        /// </summary>
        public int[] KeysOf(AnalyzedDocument document) =>
            IgnoreCase ? document.GetShared(IgnoreCaseKeys, d => ComputeKeys(d, true)) : document.GetShared(OrdinalKeys, d => ComputeKeys(d, false));

        /// <summary>
        /// The longest phrase starting at the document's token <paramref name="start"/> and ending before token
        /// <paramref name="end"/> (a sentence's end): its payload and how many tokens it spans; false when none starts
        /// there. <paramref name="keys"/> comes from <see cref="KeysOf"/> of this index for the same document.
        /// </summary>
        public abstract bool TryMatch(AnalyzedDocument document, int[] keys, int start, int end, out int value, out int length);

        private static readonly object IgnoreCaseKeys = new object();
        private static readonly object OrdinalKeys = new object();

        private static int[] ComputeKeys(AnalyzedDocument document, bool ignoreCase)
        {
            var keys = new int[document.TokenCount];
            for (int i = 0; i < keys.Length; i++) keys[i] = (int)TokenHash(document.GetText(document.GetToken(i)), ignoreCase);
            return keys;
        }

        /// <summary>
        /// The hash of a token. Non-ASCII characters all hash alike: equality (ordinal, ignoring case or not) decides
        /// between them, and no runtime's case mapping can make the hash differ from the one the writer computed.
        /// </summary>
        internal static uint TokenHash(ReadOnlySpan<char> token, bool ignoreCase)
        {
            uint h = 2166136261u;
            foreach (char c in token) h = (h ^ Fold(c, ignoreCase)) * 16777619u;
            h ^= h >> 16;
            h *= 0x7FEB352Du;
            return h ^ (h >> 15);
        }

        /// <summary>What a character hashes as: typographic apostrophes as straight ones, ASCII letters in one case when case is ignored.</summary>
        private static uint Fold(char c, bool ignoreCase)
        {
            if (c == '\u2019') c = '\'';
            if (!ignoreCase) return c;
            if (c >= 0x80) return 0x80;
            return c >= 'a' && c <= 'z' ? (uint)(c - 32) : c;
        }
    }
}

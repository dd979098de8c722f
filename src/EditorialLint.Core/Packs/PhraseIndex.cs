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

        /// <summary>
        /// The key of every token of <paramref name="document"/> for <see cref="TryMatch"/>: a hash of the token's
        /// normalised text, computed once per document and shared by every index that hashes the same way (each token
        /// was hashed again by every pack at every trie level).
        /// </summary>
        public abstract int[] KeysOf(AnalyzedDocument document);

        /// <summary>
        /// The longest phrase starting at the document's token <paramref name="start"/> and ending before token
        /// <paramref name="end"/> (a sentence's end): its payload and how many tokens it spans; false when none starts
        /// there. <paramref name="keys"/> comes from <see cref="KeysOf"/> of this index for the same document.
        /// </summary>
        public abstract bool TryMatch(AnalyzedDocument document, int[] keys, int start, int end, out int value, out int length);
    }
}

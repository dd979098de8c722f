using System;
using EditorialLint.Analysis;
using EditorialLint.Tokens;

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
        /// The longest phrase starting at <paramref name="start"/> in <paramref name="tokens"/>: its payload and
        /// how many tokens it spans; false when none starts there.
        /// </summary>
        public abstract bool TryMatch(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int start, out int value, out int length);
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Engine
{
    /// <summary>What a run found.</summary>
    public sealed class LintResult
    {
        internal LintResult(ImmutableArray<Diagnostic> diagnostics, int documentCount)
        {
            Diagnostics = diagnostics;
            DocumentCount = documentCount;
        }

        /// <summary>Every diagnostic, sorted by path, line, column and ID.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>How many documents were linted.</summary>
        public int DocumentCount { get; }
    }
}

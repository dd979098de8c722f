using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Analysis
{
    /// <summary>
    /// The context of a document-end action: the document, its options, a way to report, and the findings of the other
    /// rules on this document.
    /// </summary>
    public sealed class DocumentEndAnalysisContext : DocumentAnalysisContext
    {
        internal DocumentEndAnalysisContext(AnalyzedDocument document, RuleOptions options, Action<Diagnostic> report, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
            : base(document, options, report, cancellationToken)
        {
            Diagnostics = diagnostics;
        }

        /// <summary>
        /// What the sentence and document actions of every rule reported on this document, in the order the rules ran,
        /// after the configured severities (a rule turned off reports nothing) and the document's inline directives;
        /// locations are over the source text.
        /// </summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Analysis
{
    /// <summary>The context of a document action: the document, its options and a way to report.</summary>
    public class DocumentAnalysisContext
    {
        private readonly Action<Diagnostic> _report;

        internal DocumentAnalysisContext(AnalyzedDocument document, RuleOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            Document = document;
            Options = options;
            _report = report;
            CancellationToken = cancellationToken;
        }

        /// <summary>The document under analysis.</summary>
        public AnalyzedDocument Document { get; }

        /// <summary>Options and severities in force for this document.</summary>
        public RuleOptions Options { get; }

        /// <summary>Stops the analysis when the run is cancelled.</summary>
        public CancellationToken CancellationToken { get; }

        /// <summary>Reports a diagnostic.</summary>
        public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);

        /// <summary>Reports <paramref name="descriptor"/> at a prose span, with an optional fix.</summary>
        public void Report(DiagnosticDescriptor descriptor, TextSpan proseSpan, ProseFix? fix = null, params object?[] messageArgs) =>
            _report(Document.CreateDiagnostic(descriptor, proseSpan, fix, null, messageArgs));
    }

    /// <summary>The context of a sentence action.</summary>
    public sealed class SentenceAnalysisContext : DocumentAnalysisContext
    {
        internal SentenceAnalysisContext(AnalyzedDocument document, RuleOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
            : base(document, options, report, cancellationToken)
        {
        }

        /// <summary>The sentence under analysis.</summary>
        public Sentence Sentence { get; internal set; }

        /// <summary>The tokens of the sentence.</summary>
        public ReadOnlySpan<Token> Tokens => Document.GetTokens(Sentence);
    }

    /// <summary>The context of a corpus-end action.</summary>
    public sealed class CorpusAnalysisContext
    {
        private readonly Action<Diagnostic> _report;

        internal CorpusAnalysisContext(RuleOptionsProvider options, IReadOnlyList<string> documentPaths, Action<Diagnostic> report, CancellationToken cancellationToken, Archive.IFactArchive? archive = null)
        {
            Archive = archive;
            Options = options;
            DocumentPaths = documentPaths;
            _report = report;
            CancellationToken = cancellationToken;
        }

        /// <summary>Options of the run.</summary>
        public RuleOptionsProvider Options { get; }

        /// <summary>The paths of every document of the run, sorted.</summary>
        public IReadOnlyList<string> DocumentPaths { get; }

        /// <summary>
        /// The archive of published articles that rules across articles also compare with (<c>--archive</c>), or null.
        /// </summary>
        public Archive.IFactArchive? Archive { get; }

        /// <summary>Stops the analysis when the run is cancelled.</summary>
        public CancellationToken CancellationToken { get; }

        /// <summary>Reports a diagnostic; its location names the document it belongs to.</summary>
        public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
    }
}

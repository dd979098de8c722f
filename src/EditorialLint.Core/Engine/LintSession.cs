using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EditorialLint.Analysis;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Engine
{
    /// <summary>
    /// One run of the engine over documents that arrive one at a time (the Roslyn host, editors; <see cref="LintEngine.Run"/>
    /// uses it too): <see cref="Analyze(LoadResult)"/> lints each document, from any thread; <see cref="Complete"/> runs the
    /// rules across documents and reports the directives that suppressed nothing.
    /// </summary>
    public sealed class LintSession
    {
        private readonly LintEngine _engine;
        private readonly List<(LintEngine.RegisteredRule Rule, CorpusStartAnalysisContext Context)> _corpus;
        private readonly CancellationToken _cancellationToken;
        private readonly Archive.ArchiveLookahead? _archive;
        private readonly ConcurrentDictionary<string, DocumentFindings> _documents = new ConcurrentDictionary<string, DocumentFindings>(StringComparer.Ordinal);

        internal LintSession(LintEngine engine, List<(LintEngine.RegisteredRule Rule, CorpusStartAnalysisContext Context)> corpus, List<Diagnostic> startDiagnostics, Archive.ArchiveLookahead? archive, CancellationToken cancellationToken)
        {
            _engine = engine;
            _archive = archive;
            _corpus = corpus;
            StartDiagnostics = startDiagnostics;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Failures of corpus-start actions (EL9004), if any.</summary>
        public IReadOnlyList<Diagnostic> StartDiagnostics { get; }

        /// <summary>Lints one loaded document (its EL9xxx load findings included); safe to call from several threads.</summary>
        public List<Diagnostic> Analyze(LoadResult loaded)
        {
            var path = loaded.Document?.Path ?? (loaded.Diagnostics.Length > 0 ? loaded.Diagnostics[0].Location.GetLineSpan().Path : string.Empty);
            var findings = new DocumentFindings(_engine.Options.GetOptions(path ?? string.Empty), _engine.MaxFindingsPerDocument);
            foreach (var d in loaded.Diagnostics) findings.Report(d);
            if (loaded.Document is null) return findings.Items;

            _engine.LintSource(loaded.Document, findings, _corpus, _cancellationToken);
            if (findings.Directives is not null) _documents[loaded.Document.Path] = findings;
            return findings.Items;
        }

        /// <summary>Lints one analysed document; safe to call from several threads.</summary>
        public List<Diagnostic> Analyze(AnalyzedDocument document)
        {
            var findings = new DocumentFindings(_engine.Options.GetOptions(document.Path), _engine.MaxFindingsPerDocument);
            Finish(document, findings);
            return findings.Items;
        }

        // Keeps the document's directives: findings across documents that land in it go through them too.
        private void Finish(AnalyzedDocument document, DocumentFindings findings)
        {
            _engine.LintDocument(document, findings, _corpus, _cancellationToken);
            if (findings.Directives is not null) _documents[document.Path] = findings;
        }

        /// <summary>Runs the corpus-end actions once every document has been analysed.</summary>
        public List<Diagnostic> Complete(IEnumerable<string> documentPaths)
        {
            var all = new List<Diagnostic>();
            var paths = documentPaths.OrderBy(p => p, StringComparer.Ordinal).ToArray();
            var options = _engine.Options;
            void Report(Diagnostic d)
            {
                var path = d.Location.GetLineSpan().Path ?? string.Empty;
                var findings = _documents.TryGetValue(path, out var known) ? known : new DocumentFindings(options.GetOptions(path));
                if (findings.Admit(d) is { } admitted) lock (all) all.Add(admitted);
            }

            foreach (var (rule, context) in _corpus)
            {
                foreach (var end in context.CorpusEndActions)
                {
                    var endContext = new CorpusAnalysisContext(options, paths, Report, _cancellationToken, _archive);
                    LintEngine.Guard(rule.Rule, paths.Length > 0 ? paths[0] : string.Empty, all, () => end(endContext));
                }
            }

            // A document's keys read ahead that no corpus-end action asked for (its rule off for the run) finish here.
            _archive?.Settle();

            // Every directive has now had its chance to suppress something.
            foreach (var pair in _documents.OrderBy(p => p.Key, StringComparer.Ordinal))
                all.AddRange(pair.Value.UnusedDirectives(_engine.IsKnownId));
            return all;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using EditorialLint.Diagnostics;
using EditorialLint.Engine;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.LanguageServer.Linting
{
    /// <summary>What one lint pass found for one version of a document.</summary>
    internal sealed class LintOutcome
    {
        public LintOutcome(DocumentSnapshot snapshot, ImmutableArray<Diagnostic> diagnostics, bool includesCorpus)
        {
            Snapshot = snapshot;
            Diagnostics = diagnostics;
            IncludesCorpus = includesCorpus;
        }

        public DocumentSnapshot Snapshot { get; }

        public int Version => Snapshot.Version;

        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>Whether the findings across articles are in (the pass ran every document together).</summary>
        public bool IncludesCorpus { get; }
    }

    /// <summary>
    /// The engine as the server uses it, for one configuration: one document on its own (fast, as the user types) or
    /// every open document plus the workspace's articles on disk together (for rules across articles).
    /// </summary>
    internal sealed class LintService
    {
        private readonly LintEngine _engine;
        private readonly long _maxDocumentSize;

        public LintService(LintEngine engine, long maxDocumentSize)
        {
            _engine = engine;
            _maxDocumentSize = maxDocumentSize;
        }

        /// <summary>Stops comparing with the archive (it could not be read).</summary>
        public void DropArchive() => _engine.Archive = null;

        /// <summary>Whether some rule checks across articles.</summary>
        public bool HasCorpusRules => _engine.HasCorpusRules;

        /// <summary>Lints one version of one document on its own.</summary>
        public LintOutcome LintDocument(DocumentSnapshot snapshot, CancellationToken cancellationToken)
        {
            if (TooLarge(snapshot) is { } tooLarge) return tooLarge;
            // As in a CLI run: a document that cannot be parsed says so on itself (EL9006, EL9005); a very long one is
            // linted section by section, so that its memory stays bounded and a cancellation is seen between sections.
            var source = new SourceDocument(snapshot.Path, snapshot.Text, snapshot.Kind);
            return new LintOutcome(snapshot, _engine.LintSource(source, cancellationToken), includesCorpus: false);
        }

        /// <summary>
        /// Whether a pass over every document together will lint this one anyway and it is long enough (linted in
        /// sections) that linting it twice at once would double the work and the memory: then only that pass does.
        /// </summary>
        public bool LeaveToCorpusPass(DocumentSnapshot snapshot) =>
            _engine.HasCorpusRules && _engine.IsLintedInSections(snapshot.Text.Length);

        /// <summary>
        /// Lints the open documents and the articles on disk together; returns the outcome of each open document (the
        /// articles on disk only feed the rules across articles).
        /// </summary>
        public IReadOnlyList<LintOutcome> LintCorpus(IReadOnlyList<DocumentSnapshot> open, IEnumerable<(string Path, string Text)> onDisk, CancellationToken cancellationToken)
        {
            var inputs = new List<DocumentInput>();
            var openPaths = new HashSet<string>(StringComparer.Ordinal);
            var tooLarge = new Dictionary<string, LintOutcome>(StringComparer.Ordinal);
            foreach (var snapshot in open)
            {
                if (!openPaths.Add(snapshot.Path)) continue;
                if (TooLarge(snapshot) is { } outcome)
                {
                    tooLarge[snapshot.Path] = outcome;
                    continue;
                }

                inputs.Add(DocumentInput.FromText(snapshot.Path, snapshot.Text, snapshot.Kind));
            }

            foreach (var (path, text) in onDisk)
                if (openPaths.Add(path)) inputs.Add(DocumentInput.FromText(path, text));

            // Two threads at most: the machine the editor runs on is busy with the editor.
            var result = _engine.Run(inputs, jobs: Math.Min(2, Environment.ProcessorCount), cancellationToken: cancellationToken);
            var byPath = new Dictionary<string, ImmutableArray<Diagnostic>.Builder>(StringComparer.Ordinal);
            foreach (var d in result.Diagnostics)
            {
                var path = d.Location.GetLineSpan().Path ?? string.Empty;
                if (!openPaths.Contains(path)) continue;
                if (!byPath.TryGetValue(path, out var list)) byPath[path] = list = ImmutableArray.CreateBuilder<Diagnostic>();
                list.Add(d);
            }

            var outcomes = new List<LintOutcome>(open.Count);
            foreach (var snapshot in open)
            {
                if (tooLarge.TryGetValue(snapshot.Path, out var notLinted))
                {
                    outcomes.Add(notLinted);
                    continue;
                }

                var found = byPath.TryGetValue(snapshot.Path, out var list) ? list.ToImmutable() : ImmutableArray<Diagnostic>.Empty;
                outcomes.Add(new LintOutcome(snapshot, found, includesCorpus: true));
            }

            return outcomes;
        }

        // A document over the size limit is not linted (the rules' time and memory grow with it); one EL9007 says why.
        private LintOutcome? TooLarge(DocumentSnapshot snapshot)
        {
            if (_maxDocumentSize <= 0 || (long)snapshot.Text.Length * 3 <= _maxDocumentSize) return null;
            long bytes = Encoding.UTF8.GetByteCount(snapshot.Text);
            if (bytes <= _maxDocumentSize) return null;
            var diagnostic = Diagnostic.Create(ToolDiagnostics.FileTooLarge, Location.Create(snapshot.Path, default, default), bytes, _maxDocumentSize, "the editor's maxDocumentSize setting");
            return new LintOutcome(snapshot, ImmutableArray.Create(diagnostic), includesCorpus: true);
        }
    }
}

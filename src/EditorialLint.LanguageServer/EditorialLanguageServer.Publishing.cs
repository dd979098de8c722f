using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Features;
using EditorialLint.LanguageServer.Linting;
using EditorialLint.LanguageServer.Protocol;
using Microsoft.CodeAnalysis;

namespace EditorialLint.LanguageServer
{
    /// <summary>What the client is told: findings per document (never an older result over a newer one) and configuration problems on their files.</summary>
    internal sealed partial class EditorialLanguageServer
    {
        // Publishing goes through one gate and checks the version inside it, so an older result never lands after a
        // newer one. A document-only result does not replace the complete one of the same version.
        private async Task PublishAsync(LintOutcome outcome, bool fromCorpusPass)
        {
            _messages.ReportRuleFailures(outcome.Diagnostics);
            await _publishGate.WaitAsync().ConfigureAwait(false);
            try
            {
                PublishDiagnosticsParams message;
                lock (_gate)
                {
                    if (!_documents.TryGetValue(outcome.Snapshot.Uri, out var state) || state.Current.Version != outcome.Version
                        || !ReferenceEquals(state.Current, outcome.Snapshot) && state.Current.Text != outcome.Snapshot.Text)
                    {
                        return; // stale: the user has typed since
                    }

                    if (!fromCorpusPass && state.Latest is { IncludesCorpus: true } complete && complete.Version == outcome.Version) return;
                    state.Latest = outcome;
                    message = new PublishDiagnosticsParams
                    {
                        Uri = outcome.Snapshot.Uri,
                        Version = outcome.Version,
                        Diagnostics = Convert(outcome),
                    };
                }

                await _rpc.NotifyAsync("textDocument/publishDiagnostics", message, LspJsonContext.Default.PublishDiagnosticsParams).ConfigureAwait(false);
            }
            finally
            {
                _publishGate.Release();
            }
        }

        private List<LspDiagnostic> Convert(LintOutcome outcome)
        {
            var list = new List<LspDiagnostic>(outcome.Diagnostics.Length);
            foreach (var d in outcome.Diagnostics) list.Add(DiagnosticConverter.Convert(d, outcome.Snapshot, ResolveDocument));
            return list;
        }

        // Related locations in another document: its open text if it is open, else its text on disk.
        private (string Uri, LineIndex Lines)? ResolveDocument(string path)
        {
            lock (_gate)
            {
                foreach (var state in _documents.Values)
                    if (string.Equals(state.Current.Path, path, StringComparison.Ordinal)) return (state.Current.Uri, state.Current.Lines);
            }

            if (!Path.IsPathRooted(path)) return null;
            var text = _articles.ReadText(path);
            return text is null ? null : (DocumentUris.FromPath(path), new LineIndex(text));
        }

        // Problems in .editorconfig files and rule packs are shown on those files, at their line and column.
        private void PublishConfigurationProblems(ImmutableArray<Diagnostic> problems)
        {
            var byPath = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
            foreach (var d in problems)
            {
                var path = d.Location.GetLineSpan().Path;
                if (string.IsNullOrEmpty(path)) continue;
                var full = Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(_folders.Count > 0 ? _folders[0] : Directory.GetCurrentDirectory(), path));
                if (!byPath.TryGetValue(full, out var list)) byPath[full] = list = new List<Diagnostic>();
                list.Add(d);
                _messages.Log("configuration: " + path + ": " + d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }

            var messages = new List<PublishDiagnosticsParams>();
            lock (_configurationFiles)
            {
                foreach (var stale in _configurationFiles)
                    if (!byPath.ContainsKey(stale)) messages.Add(new PublishDiagnosticsParams { Uri = DocumentUris.FromPath(stale) });
                _configurationFiles.Clear();
                foreach (var pair in byPath)
                {
                    _configurationFiles.Add(pair.Key);
                    var text = _articles.ReadText(pair.Key) ?? string.Empty;
                    var snapshot = new DocumentSnapshot(DocumentUris.FromPath(pair.Key), pair.Key, Text.DocumentKind.PlainText, 0, text);
                    var diagnostics = new List<LspDiagnostic>();
                    foreach (var d in pair.Value) diagnostics.Add(DiagnosticConverter.Convert(d, snapshot, ResolveDocument));
                    messages.Add(new PublishDiagnosticsParams { Uri = snapshot.Uri, Diagnostics = diagnostics });
                }
            }

            if (messages.Count == 0) return;
            _messages.Background(async () =>
            {
                foreach (var message in messages)
                    await _rpc.NotifyAsync("textDocument/publishDiagnostics", message, LspJsonContext.Default.PublishDiagnosticsParams).ConfigureAwait(false);
            }, "publishing configuration problems");
        }
    }
}

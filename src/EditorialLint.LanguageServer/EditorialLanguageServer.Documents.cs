using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Features;
using EditorialLint.LanguageServer.Linting;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer
{
    /// <summary>Open documents: the client opens, edits, saves and closes them; code actions are asked about them.</summary>
    internal sealed partial class EditorialLanguageServer
    {
        private void OnDidOpen(DidOpenTextDocumentParams parameters)
        {
            var item = parameters.TextDocument;
            var path = DocumentUris.ToPath(item.Uri);
            var snapshot = new DocumentSnapshot(item.Uri, path, DocumentUris.KindOf(path, item.LanguageId), item.Version, item.Text ?? string.Empty);
            bool newFolder;
            lock (_gate)
            {
                if (_documents.TryGetValue(item.Uri, out var old)) old.Pending?.Cancel();
                _documents[item.Uri] = new DocumentState(snapshot);
                newFolder = Path.IsPathRooted(path) && !_configuredDirectories.Contains(Path.GetDirectoryName(path) ?? string.Empty);
            }

            // A document in a folder not seen before may sit under an .editorconfig that names its own rule packs.
            if (newFolder) Reconfigure();
            else ScheduleLint(item.Uri, 0);
        }

        private void OnDidChange(DidChangeTextDocumentParams parameters)
        {
            var uri = parameters.TextDocument.Uri;
            int delay;
            lock (_gate)
            {
                if (!_documents.TryGetValue(uri, out var state))
                {
                    _messages.Log("change to a document that is not open: " + uri);
                    return;
                }

                int version = parameters.TextDocument.Version ?? state.Current.Version + 1;
                state.Current = state.Current.WithChanges(version, parameters.ContentChanges);
                delay = _settings.DebounceMs;
            }

            ScheduleLint(uri, delay);
        }

        private void OnDidSave(DidSaveTextDocumentParams parameters)
        {
            lock (_gate)
            {
                if (!_documents.ContainsKey(parameters.TextDocument.Uri)) return;
            }

            // Other articles may read the saved one from disk; the document itself is linted from its open text.
            _articles.Invalidate();
            ScheduleLint(parameters.TextDocument.Uri, 0);
        }

        private async Task OnDidCloseAsync(DidCloseTextDocumentParams parameters)
        {
            var uri = parameters.TextDocument.Uri;
            lock (_gate)
            {
                if (!_documents.TryGetValue(uri, out var state)) return;
                state.Pending?.Cancel();
                _documents.Remove(uri);
            }

            // Findings of a closed document go away with it.
            await _publishGate.WaitAsync().ConfigureAwait(false);
            try
            {
                await _rpc.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams { Uri = uri }, LspJsonContext.Default.PublishDiagnosticsParams).ConfigureAwait(false);
            }
            finally
            {
                _publishGate.Release();
            }

            ScheduleCorpusPass();
        }

        private List<CodeAction> OnCodeAction(CodeActionParams parameters)
        {
            DocumentSnapshot snapshot;
            LintOutcome? latest;
            LintService lint;
            lock (_gate)
            {
                if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var state)) return new List<CodeAction>();
                snapshot = state.Current;
                latest = state.Latest;
                lint = _lint;
            }

            // The client asks about what it shows; if the text has moved on since the last pass, lint it now (a few
            // milliseconds) rather than offer edits computed on an older text.
            var outcome = latest is not null && latest.Version == snapshot.Version && latest.Snapshot.Text == snapshot.Text
                ? latest
                : lint.LintDocument(snapshot, CancellationToken.None);
            return CodeActionProvider.GetActions(snapshot, outcome.Diagnostics, parameters.Range, parameters.Context.Only, _supportsDocumentChanges,
                d => DiagnosticConverter.Convert(d, snapshot, ResolveDocument));
        }

        private sealed class DocumentState
        {
            public DocumentState(DocumentSnapshot current)
            {
                Current = current;
            }

            /// <summary>The text as the client has it now.</summary>
            public DocumentSnapshot Current { get; set; }

            /// <summary>The last result published.</summary>
            public LintOutcome? Latest { get; set; }

            /// <summary>The debounced lint waiting or running for this document.</summary>
            public CancellationTokenSource? Pending { get; set; }
        }
    }
}

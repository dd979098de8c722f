using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Linting;

namespace EditorialLint.LanguageServer
{
    /// <summary>When linting runs: each document after typing pauses, and every document together for rules across articles.</summary>
    internal sealed partial class EditorialLanguageServer
    {
        private void ScheduleLint(string uri, int delayMs)
        {
            DocumentSnapshot snapshot;
            CancellationTokenSource cancellation;
            LintService lint;
            lock (_gate)
            {
                if (_shutdown || !_documents.TryGetValue(uri, out var state)) return;
                state.Pending?.Cancel();
                cancellation = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                state.Pending = cancellation;
                snapshot = state.Current;
                lint = _lint;
            }

            ScheduleCorpusPass();
            if (lint.LeaveToCorpusPass(snapshot)) return;
            var token = cancellation.Token;
            _ = Task.Run(async () =>
            {
                try
                {
                    if (delayMs > 0) await Task.Delay(delayMs, token).ConfigureAwait(false);
                    var outcome = lint.LintDocument(snapshot, token);
                    await PublishAsync(outcome, fromCorpusPass: false).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    _messages.ReportFailureOnce("lint:" + e.GetType().Name + e.Message, "EditorialLint could not lint " + snapshot.Path + ": " + e.GetType().Name + ": " + e.Message, e);
                }
            }, CancellationToken.None);
        }

        private void ScheduleCorpusPass()
        {
            CancellationTokenSource cancellation;
            List<DocumentSnapshot> open;
            LintService lint;
            int delay;
            bool useDisk;
            lock (_gate)
            {
                if (_shutdown || !_lint.HasCorpusRules || _documents.Count == 0) return;
                _corpusPass?.Cancel();
                cancellation = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                _corpusPass = cancellation;
                open = new List<DocumentSnapshot>(_documents.Count);
                foreach (var state in _documents.Values) open.Add(state.Current);
                lint = _lint;
                delay = _settings.CorpusDebounceMs;
                useDisk = _settings.WorkspaceArticles;
            }

            var token = cancellation.Token;
            _ = Task.Run(async () =>
            {
                try
                {
                    if (delay > 0) await Task.Delay(delay, token).ConfigureAwait(false);
                    var onDisk = useDisk ? ArticlesOnDisk(open) : new List<(string, string)>();
                    var outcomes = lint.LintCorpus(open, onDisk, token);
                    foreach (var outcome in outcomes)
                    {
                        token.ThrowIfCancellationRequested();
                        await PublishAsync(outcome, fromCorpusPass: true).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                }
                catch (Archive.ArchiveException e)
                {
                    // The archive went bad after it was opened (corrupt, locked for too long): the next pass runs without it.
                    lint.DropArchive();
                    _messages.ReportFailureOnce("archive:" + e.Message, "EditorialLint runs without its archive: " + e.Message, e);
                }
                catch (Exception e)
                {
                    _messages.ReportFailureOnce("corpus:" + e.GetType().Name + e.Message, "EditorialLint could not check across articles: " + e.GetType().Name + ": " + e.Message, e);
                }
            }, CancellationToken.None);
        }

        private List<(string Path, string Text)> ArticlesOnDisk(List<DocumentSnapshot> open)
        {
            var openPaths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var snapshot in open) openPaths.Add(snapshot.Path);
            var found = new List<(string, string)>();
            foreach (var path in _articles.Files())
            {
                if (openPaths.Contains(path)) continue;
                var text = _articles.ReadText(path);
                if (text is not null) found.Add((path, text));
            }

            return found;
        }

        private void RelintAll()
        {
            List<string> uris;
            lock (_gate) uris = new List<string>(_documents.Keys);
            foreach (var uri in uris) ScheduleLint(uri, 0);
        }
    }
}

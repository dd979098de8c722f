using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using EditorialLint.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Baselines
{
    /// <summary>
    /// Fingerprints for a run whose output asks for them (a baseline to match or write, SARIF's
    /// <c>partialFingerprints</c>): it keeps the text of each document as the run loads it, so that every finding,
    /// those of rules across documents included, is fingerprinted afterwards without reading a document again. A run
    /// that asks for no fingerprints neither computes them nor keeps texts.
    /// </summary>
    public sealed class FingerprintRecorder
    {
        private readonly ConcurrentDictionary<string, SourceText> _texts = new ConcurrentDictionary<string, SourceText>(StringComparer.Ordinal);

        /// <summary>The same inputs, each keeping its document's text here as the engine loads it.</summary>
        public IReadOnlyList<DocumentInput> Record(IReadOnlyList<DocumentInput> inputs)
        {
            var recording = new List<DocumentInput>(inputs.Count);
            foreach (var input in inputs)
            {
                var inner = input;
                recording.Add(new DocumentInput(inner.Path, () =>
                {
                    var loaded = inner.Load();
                    if (loaded.Document is { } document) _texts[document.Path] = document.Text;
                    return loaded;
                }));
            }

            return recording;
        }

        /// <summary>The fingerprint of <paramref name="diagnostic"/> over the recorded text of its document (see <see cref="DiagnosticFingerprint"/>).</summary>
        public string Of(Diagnostic diagnostic)
        {
            var path = diagnostic.Location.GetLineSpan().Path ?? string.Empty;
            return DiagnosticFingerprint.Compute(diagnostic, _texts.TryGetValue(path, out var text) ? text : null);
        }
    }
}

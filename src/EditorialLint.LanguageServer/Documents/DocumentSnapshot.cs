using System;
using System.Collections.Generic;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.Text;

namespace EditorialLint.LanguageServer.Documents
{
    /// <summary>
    /// One version of an open document. Immutable: an edit makes a new snapshot, so a lint pass can work on the text it
    /// started with while the user keeps typing, and its result is dropped when the version has moved on.
    /// </summary>
    internal sealed class DocumentSnapshot
    {
        private LineIndex? _lines;

        public DocumentSnapshot(string uri, string path, DocumentKind kind, int version, string text)
        {
            Uri = uri;
            Path = path;
            Kind = kind;
            Version = version;
            Text = text;
        }

        /// <summary>The URI exactly as the client sent it (diagnostics are published against it).</summary>
        public string Uri { get; }

        /// <summary>The path the engine reports against.</summary>
        public string Path { get; }

        public DocumentKind Kind { get; }

        public int Version { get; }

        public string Text { get; }

        /// <summary>Line starts for UTF-16 positions, built on first use.</summary>
        public LineIndex Lines => _lines ??= new LineIndex(Text);

        /// <summary>
        /// The next version after the client's changes, applied in order: a change with a range replaces that range
        /// of the text as it stands after the changes before it; a change without one replaces the whole text.
        /// </summary>
        public DocumentSnapshot WithChanges(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
        {
            string text = Text;
            LineIndex? lines = _lines;
            foreach (var change in changes)
            {
                if (change is null) continue;
                if (change.Range is null)
                {
                    text = change.Text ?? string.Empty;
                    lines = null;
                    continue;
                }

                lines ??= new LineIndex(text);
                int start = lines.GetOffset(change.Range.Start);
                int end = lines.GetOffset(change.Range.End);
                if (end < start) (start, end) = (end, start);
                // Written once into the new string: a builder would hold a second copy of a large document.
                text = string.Concat(text.AsSpan(0, start), (change.Text ?? string.Empty).AsSpan(), text.AsSpan(end));
                lines = null;
            }

            return new DocumentSnapshot(Uri, Path, Kind, version, text);
        }
    }
}

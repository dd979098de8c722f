using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Text
{
    /// <summary>The dominant line ending of a file, kept so that fixes can write it back unchanged.</summary>
    public enum LineEnding
    {
        /// <summary>No line break in the file.</summary>
        None,
        /// <summary>"\n".</summary>
        Lf,
        /// <summary>"\r\n".</summary>
        CrLf,
        /// <summary>"\r" alone.</summary>
        Cr,
    }

    /// <summary>A document as read: its path, its text and how the bytes were encoded.</summary>
    public sealed class SourceDocument
    {
        /// <summary>Creates a document from text already in memory (tests, stdin, editors).</summary>
        public SourceDocument(string path, string text, DocumentKind? kind = null, Encoding? encoding = null, bool hasByteOrderMark = false)
        {
            Path = path;
            Content = text;
            Kind = kind ?? ProseFiles.KindOf(path);
            Encoding = encoding ?? new UTF8Encoding(false);
            HasByteOrderMark = hasByteOrderMark;
            Text = SourceText.From(text, Encoding);
            LineEnding = DetectLineEnding(text);
        }

        /// <summary>The path diagnostics are reported against.</summary>
        public string Path { get; }

        /// <summary>The decoded text (without the byte order mark).</summary>
        public string Content { get; }

        /// <summary>The text with line information, as Roslyn sees it.</summary>
        public SourceText Text { get; }

        /// <summary>Markdown or plain text.</summary>
        public DocumentKind Kind { get; }

        /// <summary>The encoding the bytes were read with.</summary>
        public Encoding Encoding { get; }

        /// <summary>Whether the file started with a byte order mark.</summary>
        public bool HasByteOrderMark { get; }

        /// <summary>The most frequent line ending in the file.</summary>
        public LineEnding LineEnding { get; }

        private static LineEnding DetectLineEnding(string text)
        {
            int lf = 0, crlf = 0, cr = 0;
            // Jumps from break to break (a vectorised search) instead of testing every character.
            var rest = text.AsSpan();
            int at = 0;
            while (true)
            {
                int k = rest.Slice(at).IndexOfAny('\r', '\n');
                if (k < 0) break;
                int i = at + k;
                if (rest[i] == '\r')
                {
                    if (i + 1 < rest.Length && rest[i + 1] == '\n') { crlf++; i++; }
                    else cr++;
                }
                else lf++;
                at = i + 1;
            }

            if (lf == 0 && crlf == 0 && cr == 0) return LineEnding.None;
            if (crlf >= lf && crlf >= cr) return LineEnding.CrLf;
            return lf >= cr ? LineEnding.Lf : LineEnding.Cr;
        }
    }
}

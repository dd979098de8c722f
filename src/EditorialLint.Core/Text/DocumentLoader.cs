using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using EditorialLint.Diagnostics;
using EditorialLint.Input;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Text
{
    /// <summary>What reading a file gave: a document to lint (unless it was skipped) and problems met on the way.</summary>
    public sealed class LoadResult
    {
        internal LoadResult(SourceDocument? document, ImmutableArray<Diagnostic> diagnostics)
        {
            Document = document;
            Diagnostics = diagnostics;
        }

        /// <summary>The document, or null when the file was binary or unreadable.</summary>
        public SourceDocument? Document { get; }

        /// <summary>EL9xxx findings about the file itself.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }
    }

    /// <summary>
    /// Turns bytes into a <see cref="SourceDocument"/>: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM. Invalid UTF-8 is
    /// decoded with replacement characters and reported (EL9001); a file with NUL bytes is skipped as binary (EL9002).
    /// </summary>
    public static class DocumentLoader
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(false, false);
        private static readonly UTF8Encoding Utf8WithBom = new UTF8Encoding(true, false);

        /// <summary>Reads and decodes a file; IO errors become EL9003 instead of exceptions.</summary>
        public static LoadResult LoadFile(string filePath, string? displayPath = null) => LoadFile(filePath, displayPath, InputLimits.Default);

        /// <summary>
        /// Reads and decodes a regular file within <paramref name="limits"/>: a FIFO, socket or device is never opened
        /// (EL9009), a file over the size limit is not read (EL9007), IO errors become EL9003.
        /// </summary>
        public static LoadResult LoadFile(string filePath, string? displayPath, InputLimits limits)
        {
            displayPath ??= filePath;
            var kind = FileKinds.Of(filePath);
            if (kind != FileKind.RegularFile && kind != FileKind.Missing)
            {
                return Failed(Diagnostic.Create(ToolDiagnostics.NotARegularFile, Location.Create(displayPath, default, default),
                    $"'{displayPath}' is {FileKinds.Describe(kind)}, not a regular file; it was not opened"));
            }

            byte[] bytes;
            try
            {
                // No buffer of the stream's own: the file is read straight into its array.
                using var stream = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
                long length = stream.Length;
                if (limits.MaxFileSize > 0 && length > limits.MaxFileSize)
                    return TooLarge(displayPath, length, limits.MaxFileSize);
                var read = ReadBounded(stream, length, limits.MaxFileSize);
                if (read is null) return TooLarge(displayPath, Math.Max(length, limits.MaxFileSize + 1), limits.MaxFileSize);
                bytes = read;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
            {
                return Failed(Diagnostic.Create(ToolDiagnostics.UnreadableFile, Location.Create(displayPath, default, default), e.Message));
            }

            return Load(displayPath, bytes);
        }

        /// <summary>
        /// Reads a stream to its end, or returns null as soon as it passes <paramref name="maxBytes"/> (0: no limit):
        /// a file that grows while it is read, or standard input fed from a device, cannot exhaust memory.
        /// </summary>
        public static byte[]? ReadBounded(Stream stream, long expectedLength, long maxBytes)
        {
            long cap = maxBytes > 0 ? maxBytes : int.MaxValue - 64;
            int n;
            byte[]? exact = null;
            int filled = 0;
            var probe = new byte[1];
            if (expectedLength > 0 && expectedLength <= cap)
            {
                // The usual case, a file of known length: read it into one array of that length (a growing buffer and
                // its final copy would hold the text twice more at once, 100 MB for a 50 MB file).
                exact = new byte[expectedLength];
                while (filled < exact.Length && (n = stream.Read(exact, filled, exact.Length - filled)) > 0) filled += n;
                if (filled < exact.Length) return exact.AsSpan(0, filled).ToArray();
                // One byte more says whether it ended at its length; a whole chunk here was 80 KB to clear for every file.
                n = stream.Read(probe, 0, 1);
                if (n == 0) return exact;
                // It grew while being read: go on as for a stream of unknown length.
                if (filled + (long)n > cap) return null;
            }

            var chunk = new byte[81920];
            using var buffer = new MemoryStream(exact is null ? 0 : filled + (2 * chunk.Length));
            if (exact is not null)
            {
                buffer.Write(exact, 0, filled);
                buffer.Write(probe, 0, 1);
                exact = null;
            }

            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > cap) return null;
                buffer.Write(chunk, 0, n);
            }

            return buffer.ToArray();
        }

        private static LoadResult TooLarge(string path, long length, long limit) =>
            Failed(Diagnostic.Create(ToolDiagnostics.FileTooLarge, Location.Create(path, default, default), length, limit, "--max-file-size"));

        private static LoadResult Failed(Diagnostic diagnostic) => new LoadResult(null, ImmutableArray.Create(diagnostic));

        /// <summary>Decodes bytes read from <paramref name="path"/>.</summary>
        public static LoadResult Load(string path, byte[] bytes)
        {
            var kind = ProseFiles.KindOf(path);

            // UTF-32 first: its little-endian mark begins with UTF-16's.
            if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
                return Decoded(path, kind, new UTF32Encoding(false, true), bytes, 4);
            if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
                return Decoded(path, kind, new UTF32Encoding(true, true), bytes, 4);
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
                return Decoded(path, kind, new UnicodeEncoding(false, true), bytes, 2);
            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
                return Decoded(path, kind, new UnicodeEncoding(true, true), bytes, 2);

            bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            int start = bom ? 3 : 0;

            int nul = Array.IndexOf(bytes, (byte)0, start);
            if (nul >= 0)
            {
                var diagnostic = Diagnostic.Create(ToolDiagnostics.BinaryFile, Location.Create(path, default, default));
                return new LoadResult(null, ImmutableArray.Create(diagnostic));
            }

            var encoding = bom ? Utf8WithBom : Utf8NoBom;
            string text = encoding.GetString(bytes, start, bytes.Length - start);
            var document = new SourceDocument(path, text, kind, encoding, bom);

#if NET
            // A vectorised check first: almost every file is valid, and then the byte-by-byte scan is not needed.
            int bad = System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(start)) ? -1 : Utf8Validation.FirstInvalidByte(bytes, start);
#else
            int bad = Utf8Validation.FirstInvalidByte(bytes, start);
#endif
            if (bad < 0)
                return new LoadResult(document, ImmutableArray<Diagnostic>.Empty);

            // The prefix before the bad byte is valid, so its decoded length is where the replacement character sits.
            int charOffset = encoding.GetCharCount(bytes, start, bad - start);
            var span = new TextSpan(charOffset, Math.Min(1, text.Length - charOffset));
            var location = Location.Create(path, span, document.Text.Lines.GetLinePositionSpan(span));
            var invalid = Diagnostic.Create(ToolDiagnostics.InvalidUtf8, location, bad);
            return new LoadResult(document, ImmutableArray.Create(invalid));
        }

        private static LoadResult Decoded(string path, DocumentKind kind, Encoding encoding, byte[] bytes, int start)
        {
            string text = encoding.GetString(bytes, start, bytes.Length - start);
            return new LoadResult(new SourceDocument(path, text, kind, encoding, hasByteOrderMark: true), ImmutableArray<Diagnostic>.Empty);
        }
    }

    /// <summary>Finds the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF).</summary>
    internal static class Utf8Validation
    {
        public static int FirstInvalidByte(byte[] bytes, int start)
        {
            int i = start;
            while (i < bytes.Length)
            {
                byte b = bytes[i];
                if (b < 0x80) { i++; continue; }

                int need;
                int min;
                if ((b & 0xE0) == 0xC0) { need = 1; min = 0x80; }
                else if ((b & 0xF0) == 0xE0) { need = 2; min = 0x800; }
                else if ((b & 0xF8) == 0xF0) { need = 3; min = 0x10000; }
                else return i;

                if (i + need >= bytes.Length) return i; // truncated sequence at the end of the file
                int cp = b & (0x3F >> need);
                for (int k = 1; k <= need; k++)
                {
                    byte c = bytes[i + k];
                    if ((c & 0xC0) != 0x80) return i;
                    cp = (cp << 6) | (c & 0x3F);
                }

                if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
                i += need + 1;
            }

            return -1;
        }
    }
}

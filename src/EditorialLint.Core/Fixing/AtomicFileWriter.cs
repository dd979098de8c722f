using System;
using System.IO;
using System.Text;
using EditorialLint.Text;

namespace EditorialLint.Fixing
{
    /// <summary>
    /// Writes a file so that nothing is ever lost: the new bytes go to a temporary file beside the original, which is
    /// then renamed over it; a reader sees the old file or the new one, never half of one. Every file the tool writes
    /// goes through it. A fixed file that is read-only, vanished, or changed since it was read is left alone and reported.
    /// </summary>
    public static class AtomicFileWriter
    {
        /// <summary>The bytes of a document in its own encoding, with its byte order mark if it had one.</summary>
        public static byte[] Encode(SourceDocument document)
        {
            var preamble = document.HasByteOrderMark ? document.Encoding.GetPreamble() : Array.Empty<byte>();
            var body = document.Encoding.GetBytes(document.Content);
            if (preamble.Length == 0) return body;
            var bytes = new byte[preamble.Length + body.Length];
            Buffer.BlockCopy(preamble, 0, bytes, 0, preamble.Length);
            Buffer.BlockCopy(body, 0, bytes, preamble.Length, body.Length);
            return bytes;
        }

        /// <summary>
        /// Replaces the file at <paramref name="path"/> with <paramref name="bytes"/>, provided it still holds
        /// <paramref name="expected"/>; null on success, otherwise why it was not written.
        /// </summary>
        public static string? Write(string path, byte[] bytes, byte[] expected)
        {
            try
            {
                if (!File.Exists(path)) return "the file no longer exists";
                if (IsReadOnly(path)) return "the file is read-only";
                if (!Same(File.ReadAllBytes(path), expected)) return "the file changed while it was being fixed";
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
            {
                return Why(e);
            }

            return Replace(path, stream => stream.Write(bytes, 0, bytes.Length));
        }

        /// <summary>
        /// Writes the file at <paramref name="path"/> (new, or replacing whatever it held) with what
        /// <paramref name="write"/> puts in a stream: reports, baselines, caches. Null on success, otherwise why not.
        /// </summary>
        public static string? Replace(string path, Action<Stream> write)
        {
            string? temp = null;
            try
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
                temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    write(stream);
                    stream.Flush(flushToDisk: true);
                }

#if NET
                if (!OperatingSystem.IsWindows() && File.Exists(path)) File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
                File.Move(temp, path, overwrite: true);
#else
                if (File.Exists(path)) File.Replace(temp, path, null);
                else File.Move(temp, path);
#endif
                temp = null;
                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
            {
                return Why(e);
            }
            finally
            {
                if (temp is not null)
                {
                    try { File.Delete(temp); }
                    catch (IOException) { }
                    catch (UnauthorizedAccessException) { }
                }
            }
        }

        private static string Why(Exception e) =>
            e is FileNotFoundException || e is DirectoryNotFoundException ? "the file no longer exists" : e.Message;

        private static bool IsReadOnly(string path)
        {
            if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0) return true;
#if NET
            // The owner's write bit: renaming over a file ignores its mode, so a file its owner locked is checked here.
            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0) return true;
#endif
            return false;
        }

        private static bool Same(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
                if (a[i] != b[i]) return false;
            return true;
        }
    }
}

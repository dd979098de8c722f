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
        /// <paramref name="expected"/>; null on success, otherwise why it was not written. A symbolic link is written
        /// through (its target is fixed, the link stays); a file with other hard links, or owned by another user, is
        /// rewritten in place after a verified copy of its old bytes, so that it keeps its links and owner; a FIFO or
        /// device is never written.
        /// </summary>
        public static string? Write(string path, byte[] bytes, byte[] expected)
        {
            try
            {
                path = Input.RealPath.Of(path);
                var kind = Input.FileKinds.Of(path);
                if (kind == Input.FileKind.Missing) return "the file no longer exists";
                if (kind != Input.FileKind.RegularFile) return "it is " + Input.FileKinds.Describe(kind) + ", not a regular file";
                if (IsReadOnly(path)) return "the file is read-only";
                if (!Same(File.ReadAllBytes(path), expected)) return "the file changed while it was being fixed";
                if (Input.FileOwnership.RenameWouldBreak(path)) return WriteInPlace(path, bytes, expected);
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
                temp = TemporaryBeside(directory, path, "tmp");
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
                if (temp is not null) TryDelete(temp);
            }
        }

        private static string Why(Exception e) =>
            e is FileNotFoundException || e is DirectoryNotFoundException ? "the file no longer exists" : e.Message;

        // Rewrites the file's own bytes (its inode keeps its owner and hard links). The old bytes are first copied
        // beside it and read back; if the rewrite fails they are put back, and if even that fails the copy is kept
        // and named in the message, so nothing is lost.
        private static string? WriteInPlace(string path, byte[] bytes, byte[] expected)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var backup = TemporaryBeside(directory, path, "orig");
            using (var copy = new FileStream(backup, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                copy.Write(expected, 0, expected.Length);
                copy.Flush(flushToDisk: true);
            }

            if (!Same(File.ReadAllBytes(backup), expected))
            {
                TryDelete(backup);
                return "the safety copy of the file could not be verified, so the file was left as it is";
            }

            try
            {
                Overwrite(path, bytes);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                try
                {
                    Overwrite(path, expected);
                }
                catch (Exception restore) when (restore is IOException || restore is UnauthorizedAccessException)
                {
                    return "the file could not be rewritten (" + e.Message + "); its old content is in " + backup;
                }

                TryDelete(backup);
                return "the file could not be rewritten and was restored: " + e.Message;
            }

            TryDelete(backup);
            return null;
        }

        private static void Overwrite(string path, byte[] bytes)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None);
            stream.Write(bytes, 0, bytes.Length);
            stream.SetLength(bytes.Length);
            stream.Flush(flushToDisk: true);
        }

        private static string TemporaryBeside(string directory, string path, string suffix) =>
            Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + "." + suffix);

        private static void TryDelete(string path)
        {
            try { File.Delete(path); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }

        private static bool IsReadOnly(string path)
        {
#if NET
            // On Unix the attribute says whether this process may write, judged by the group and other bits for
            // another user's file; what the owner chose is the owner's write bit, checked below.
            if (OperatingSystem.IsWindows() && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0) return true;
#else
            if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0) return true;
#endif
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

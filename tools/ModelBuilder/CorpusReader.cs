using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO;
using System.Text;

namespace EditorialLint.ModelBuilder
{
    /// <summary>
    /// Streams the paragraphs of the corpus in a fixed order, decompressing with the <c>xz</c> command (.NET has no xz
    /// decoder): the Wikipedia slices (WikiExtractor files of <c>&lt;doc&gt;</c> blocks, title line first) and
    /// Wikinews (title line, paragraphs, blank line between articles). Titles are skipped: they are not sentences.
    /// </summary>
    internal static class CorpusReader
    {
        /// <summary>The paragraphs of a <c>.tar.xz</c> of WikiExtractor files, in archive order.</summary>
        public static IEnumerable<string> ReadWikipedia(string tarXzPath)
        {
            using var xz = StartXz(tarXzPath);
            using var stop = new StopOnDispose(xz);
            using (var tar = new TarReader(xz.StandardOutput.BaseStream, leaveOpen: true))
            {
                TarEntry? entry;
                while ((entry = tar.GetNextEntry()) is not null)
                {
                    if (entry.EntryType != TarEntryType.RegularFile && entry.EntryType != TarEntryType.V7RegularFile) continue;
                    if (entry.DataStream is null || !Path.GetFileName(entry.Name).StartsWith("wiki_", StringComparison.Ordinal)) continue;
                    using var reader = new StreamReader(entry.DataStream, new UTF8Encoding(false), false, 1 << 16, leaveOpen: true);
                    bool inTitle = false;
                    string? line;
                    while ((line = reader.ReadLine()) is not null)
                    {
                        if (line.StartsWith("<doc ", StringComparison.Ordinal)) { inTitle = true; continue; }
                        if (line.StartsWith("</doc>", StringComparison.Ordinal)) continue;
                        if (line.Length == 0 || IsBlank(line)) continue;
                        if (inTitle) { inTitle = false; continue; }
                        yield return line;
                    }
                }
            }

            Finish(xz, tarXzPath);
        }

        /// <summary>The paragraphs of Wikinews (<c>.txt.xz</c>): every line but the title of each article.</summary>
        public static IEnumerable<string> ReadWikinews(string txtXzPath)
        {
            using var xz = StartXz(txtXzPath);
            using var stop = new StopOnDispose(xz);
            using (var reader = new StreamReader(xz.StandardOutput.BaseStream, new UTF8Encoding(false), false, 1 << 16, leaveOpen: true))
            {
                bool atTitle = true;
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    if (line.Length == 0 || IsBlank(line)) { atTitle = true; continue; }
                    if (atTitle) { atTitle = false; continue; }
                    yield return line;
                }
            }

            Finish(xz, txtXzPath);
        }

        // Ends the xz process this reader started when the caller stops reading early (a sampled build).
        private sealed class StopOnDispose : IDisposable
        {
            private readonly Process _process;

            public StopOnDispose(Process process) => _process = process;

            public void Dispose()
            {
                try
                {
                    if (!_process.HasExited) _process.Kill();
                }
                catch (InvalidOperationException)
                {
                    // Already gone.
                }
            }
        }

        private static bool IsBlank(string line)
        {
            foreach (char c in line)
                if (!char.IsWhiteSpace(c)) return false;
            return true;
        }

        private static Process StartXz(string path)
        {
            if (!File.Exists(path)) throw new FileNotFoundException("Corpus file not found", path);
            var info = new ProcessStartInfo("xz")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add("-dc");
            info.ArgumentList.Add(path);
            return Process.Start(info) ?? throw new InvalidOperationException("could not start xz");
        }

        private static void Finish(Process xz, string path)
        {
            // Drain anything left so that xz can exit, then insist it succeeded: a truncated corpus must not pass silently.
            xz.StandardOutput.BaseStream.CopyTo(Stream.Null);
            xz.WaitForExit();
            if (xz.ExitCode != 0) throw new InvalidOperationException("xz failed on " + path + " (exit " + xz.ExitCode + ")");
        }
    }
}

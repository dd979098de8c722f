using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using EditorialLint.Text;

namespace EditorialLint.LanguageServer.Linting
{
    /// <summary>
    /// The articles on disk in the workspace folders (<see cref="ProseFiles"/> decides which files and which folders),
    /// for rules across articles. Texts are cached and read
    /// again only when a file's size or time changes; the list is found again after a watched file changes.
    /// </summary>
    internal sealed class WorkspaceArticles
    {
        private const long MaxFileBytes = 2 * 1024 * 1024;

        private readonly object _gate = new object();
        private readonly Dictionary<string, (DateTime Written, long Length, string Text)> _texts = new Dictionary<string, (DateTime, long, string)>(StringComparer.Ordinal);
        private List<string>? _files;
        private IReadOnlyList<string> _folders = Array.Empty<string>();
        private int _max;

        /// <summary>Sets the folders and the cap; the list is found again on next use.</summary>
        public void Configure(IReadOnlyList<string> folders, int maxArticles)
        {
            lock (_gate)
            {
                _folders = folders;
                _max = maxArticles;
                _files = null;
            }
        }

        /// <summary>Forgets the file list (a file was added, removed or changed on disk).</summary>
        public void Invalidate()
        {
            lock (_gate) _files = null;
        }

        /// <summary>The full paths of the articles, sorted, at most the cap.</summary>
        public IReadOnlyList<string> Files()
        {
            lock (_gate)
            {
                _files ??= Discover();
                return _files;
            }
        }

        /// <summary>The text of an article on disk, or null when it cannot be read.</summary>
        public string? ReadText(string path)
        {
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists || info.Length > MaxFileBytes) return null;
                lock (_gate)
                {
                    if (_texts.TryGetValue(path, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
                        return cached.Text;
                }

                var bytes = File.ReadAllBytes(path);
                int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                if (Array.IndexOf(bytes, (byte)0, start) >= 0) return null; // binary
                var text = new UTF8Encoding(false, false).GetString(bytes, start, bytes.Length - start);
                lock (_gate) _texts[path] = (info.LastWriteTimeUtc, info.Length, text);
                return text;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
            {
                return null;
            }
        }

        private List<string> Discover()
        {
            var found = new List<string>();
            if (_max <= 0) return found;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var folder in _folders)
            {
                foreach (var file in ProseFiles.Walk(folder))
                {
                    if (found.Count >= _max) break;
                    if (ProseFiles.IsProseFile(file) && seen.Add(file)) found.Add(file);
                }
            }

            found.Sort(StringComparer.Ordinal);
            return found;
        }
    }
}

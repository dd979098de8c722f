using System;
using System.Collections.Generic;
using System.IO;

namespace EditorialLint.Text
{
    /// <summary>
    /// The one decision every host makes about a file name: is it prose to lint when a folder, a project's
    /// AdditionalFiles or an editor's workspace holds it, and is it Markdown or plain text. A file named explicitly
    /// (on the command line, open in an editor) is linted whatever its extension, as plain text unless it is Markdown.
    /// </summary>
    public static class ProseFiles
    {
        // .mdx is read as Markdown when named, but not searched for: its JSX blocks are not prose we can delimit.
        private static readonly (string Extension, DocumentKind Kind, bool Searched)[] Known =
        {
            (".md", DocumentKind.Markdown, true),
            (".markdown", DocumentKind.Markdown, true),
            (".txt", DocumentKind.PlainText, true),
            (".mdx", DocumentKind.Markdown, false),
        };

        /// <summary>The extensions searched for in folders (<c>.md</c>, <c>.markdown</c>, <c>.txt</c>), in that order.</summary>
        public static IReadOnlyList<string> SearchedExtensions { get; } = Searched();

        /// <summary>The searched files as one glob of any folder depth: <c>**/*.{md,markdown,txt}</c> (editors' file watchers).</summary>
        public static string SearchGlob { get; } = "**/*.{" + string.Join(",", SearchedExtensions).Replace(".", string.Empty) + "}";

        /// <summary>Whether a folder, a project or a workspace holding this file means it is to be linted.</summary>
        public static bool IsProseFile(string path)
        {
            var extension = Path.GetExtension(path);
            foreach (var known in Known)
                if (known.Searched && string.Equals(extension, known.Extension, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>Markdown for <c>.md</c>, <c>.markdown</c>, <c>.mdx</c>; plain text for anything else.</summary>
        public static DocumentKind KindOf(string path)
        {
            var extension = Path.GetExtension(path);
            foreach (var known in Known)
                if (string.Equals(extension, known.Extension, StringComparison.OrdinalIgnoreCase)) return known.Kind;
            return DocumentKind.PlainText;
        }

        /// <summary>Whether a folder search skips this folder: hidden folders, <c>node_modules</c>, <c>bin</c> and <c>obj</c>.</summary>
        public static bool IsSkippedFolder(string name) =>
            name.StartsWith(".", StringComparison.Ordinal) || name == "node_modules" || name == "bin" || name == "obj";

        /// <summary>
        /// Every regular file below <paramref name="root"/>, a folder's files in ordinal order before its subfolders (also
        /// in ordinal order), skipping the folders <see cref="IsSkippedFolder"/> names and those that cannot be read. Each
        /// real folder is visited once and links out of <paramref name="root"/> are not followed, so link loops end and
        /// FIFOs or devices are never handed to a reader (the CLI's <c>FileDiscovery</c> walks the same way and also
        /// reports what it skipped). Lazy: a caller that has enough stops the walk.
        /// </summary>
        public static IEnumerable<string> Walk(string root)
        {
            if (Input.FileKinds.Of(root) != Input.FileKind.Directory) yield break;
            var realRoot = Input.RealPath.Of(root);
            var visited = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var dir = pending.Pop();
                var real = Input.RealPath.Of(dir);
                if (!Input.RealPath.IsInside(real, realRoot) || !visited.Add(real)) continue;
                string[] files, dirs;
                try
                {
                    files = Directory.GetFiles(dir);
                    dirs = Directory.GetDirectories(dir);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    continue; // an unreadable folder is skipped; an unreadable file is reported by whoever reads it
                }

                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files)
                    if (Input.FileKinds.Of(file) == Input.FileKind.RegularFile && Input.RealPath.IsInside(Input.RealPath.Of(file), realRoot))
                        yield return file;
                Array.Sort(dirs, StringComparer.Ordinal);
                for (int i = dirs.Length - 1; i >= 0; i--)
                    if (!IsSkippedFolder(Path.GetFileName(dirs[i]))) pending.Push(dirs[i]);
            }
        }

        private static string[] Searched()
        {
            var list = new List<string>();
            foreach (var known in Known)
                if (known.Searched) list.Add(known.Extension);
            return list.ToArray();
        }
    }
}

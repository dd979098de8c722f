using System;
using System.IO;

namespace EditorialLint.Input
{
    /// <summary>
    /// The real path of a file or folder: every symbolic link along it resolved, as <c>realpath</c> does, so that
    /// two paths to the same place compare equal and "inside a folder" means inside it on disk.
    /// </summary>
    public static class RealPath
    {
        // As the kernel's limit on links followed while resolving one path.
        private const int MaxLinks = 40;

        /// <summary>The real path of <paramref name="path"/>; parts that do not exist are kept as written.</summary>
        public static string Of(string path)
        {
            int links = 0;
            return Resolve(path, ref links);
        }

        private static string Resolve(string path, ref int links)
        {
            var full = Path.GetFullPath(path);
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var parts = full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            for (int i = 0; i < parts.Length; i++)
            {
                var next = Path.Combine(current, parts[i]);
                string? target = null;
                try
                {
#if NET
                    target = new FileInfo(next).LinkTarget;
#endif
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    target = null;
                }

                if (target is null || ++links > MaxLinks)
                {
                    current = next;
                    continue;
                }

                // Resolve the link's target (relative to the link's folder), then go on with the rest of the path.
                var resolved = Resolve(Path.IsPathRooted(target) ? target : Path.Combine(current, target), ref links);
                current = resolved;
            }

            return TrimEnd(current.Length == 0 ? root : current);
        }

        private static string TrimEnd(string path)
        {
            var root = Path.GetPathRoot(path);
            while (path.Length > (root?.Length ?? 0) && (path[path.Length - 1] == Path.DirectorySeparatorChar || path[path.Length - 1] == Path.AltDirectorySeparatorChar))
                path = path.Substring(0, path.Length - 1);
            return path;
        }

        /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both real paths).</summary>
        public static bool IsInside(string path, string folder)
        {
            var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            folder = TrimEnd(folder);
            if (string.Equals(path, folder, comparison)) return true;
            return path.Length > folder.Length && path.StartsWith(folder, comparison)
                && (path[folder.Length] == Path.DirectorySeparatorChar || folder[folder.Length - 1] == Path.DirectorySeparatorChar);
        }
    }
}

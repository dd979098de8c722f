using System;
using System.IO;

namespace EditorialLint.Configuration
{
    /// <summary>Paths as shown in messages: relative to a base folder when under it, with forward slashes.</summary>
    public static class PathDisplay
    {
        /// <summary>
        /// <paramref name="fullPath"/> relative to <paramref name="baseDirectory"/> when it lies under it, otherwise as
        /// given; separators become '/' so that output reads the same on every system.
        /// </summary>
        public static string Relative(string baseDirectory, string fullPath)
        {
            var root = baseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var relative = fullPath.StartsWith(root, comparison) ? fullPath.Substring(root.Length) : fullPath;
            return Normalize(relative);
        }

        /// <summary>A path with '/' separators and no leading "./".</summary>
        public static string Normalize(string path)
        {
            var p = path.Replace('\\', '/');
            while (p.StartsWith("./", StringComparison.Ordinal)) p = p.Substring(2);
            return p;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Text;

namespace EditorialLint.Cli
{
    /// <summary>A file to lint: where it is and how it is shown.</summary>
    public sealed record DiscoveredFile(string FullPath, string DisplayPath);

    /// <summary>
    /// Expands the paths given on the command line: files are linted whatever their extension; folders are searched
    /// recursively for prose files (<see cref="ProseFiles"/>; or the <c>--include</c> globs), minus the
    /// <c>--exclude</c> globs, skipping the folders <see cref="ProseFiles.IsSkippedFolder"/> names.
    /// </summary>
    public static class FileDiscovery
    {
        private static readonly Glob[] DefaultIncludes = ProseFiles.SearchedExtensions.Select(e => Glob.Parse("*" + e)).ToArray();

        /// <summary>The files to lint, sorted by display path (ordinal), each once.</summary>
        public static IReadOnlyList<DiscoveredFile> Discover(
            IEnumerable<string> paths, IReadOnlyList<string> includes, IReadOnlyList<string> excludes, string currentDirectory)
        {
            var includeGlobs = includes.Count > 0 ? includes.Select(Glob.Parse).ToArray() : DefaultIncludes;
            var excludeGlobs = excludes.Select(Glob.Parse).ToArray();
            var found = new Dictionary<string, DiscoveredFile>(StringComparer.Ordinal);

            foreach (var path in paths)
            {
                var full = Path.GetFullPath(Path.Combine(currentDirectory, path));
                if (File.Exists(full))
                {
                    found[full] = new DiscoveredFile(full, DisplayPath(full, currentDirectory));
                }
                else if (Directory.Exists(full))
                {
                    foreach (var file in ProseFiles.Walk(full))
                    {
                        var relative = Path.GetRelativePath(full, file);
                        if (!includeGlobs.Any(g => g.IsMatch(relative))) continue;
                        if (excludeGlobs.Any(g => g.IsMatch(relative) || g.IsMatch(DisplayPath(file, currentDirectory)))) continue;
                        found[file] = new DiscoveredFile(file, DisplayPath(file, currentDirectory));
                    }
                }
                else
                {
                    throw new UsageException($"path '{path}' does not exist");
                }
            }

            return found.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList();
        }

        /// <summary>The path relative to <paramref name="currentDirectory"/> when the file is under it, else the full path.</summary>
        public static string DisplayPath(string fullPath, string currentDirectory)
        {
            var relative = Path.GetRelativePath(currentDirectory, fullPath);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        }
    }
}

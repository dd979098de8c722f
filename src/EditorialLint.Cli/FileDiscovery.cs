using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Diagnostics;
using EditorialLint.Input;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Cli
{
    /// <summary>A file to lint: where it is and how it is shown.</summary>
    public sealed record DiscoveredFile(string FullPath, string DisplayPath);

    /// <summary>What expanding the command line's paths found: files to lint, problems to report, notes for standard error.</summary>
    public sealed class DiscoveryResult
    {
        internal DiscoveryResult(IReadOnlyList<DiscoveredFile> files, IReadOnlyList<Diagnostic> problems, IReadOnlyList<string> notes)
        {
            Files = files;
            Problems = problems;
            Notes = notes;
        }

        /// <summary>The files to lint, sorted by display path (ordinal), each once.</summary>
        public IReadOnlyList<DiscoveredFile> Files { get; }

        /// <summary>Paths named on the command line that are not regular files (EL9009), folders that could not be listed (EL9003).</summary>
        public IReadOnlyList<Diagnostic> Problems { get; }

        /// <summary>What was skipped inside folders and why (special files, links out of the roots).</summary>
        public IReadOnlyList<string> Notes { get; }
    }

    /// <summary>
    /// Expands the paths given on the command line: files are linted whatever their extension; folders are searched
    /// recursively for prose files (<see cref="ProseFiles"/>; or the <c>--include</c> globs), minus the
    /// <c>--exclude</c> globs, skipping the folders <see cref="ProseFiles.IsSkippedFolder"/> names. Only regular
    /// files are taken: the kind of each path is checked before anything is opened, so a FIFO cannot block the run.
    /// Each real folder is visited once (symbolic-link loops end), and links that lead out of the folders given are
    /// not followed unless <c>followLinks</c>.
    /// </summary>
    public static class FileDiscovery
    {
        private static readonly Glob[] DefaultIncludes = ProseFiles.SearchedExtensions.Select(e => Glob.Parse("*" + e)).ToArray();

        /// <summary>The files to lint, sorted by display path (ordinal), each once.</summary>
        public static IReadOnlyList<DiscoveredFile> Discover(
            IEnumerable<string> paths, IReadOnlyList<string> includes, IReadOnlyList<string> excludes, string currentDirectory) =>
            Find(paths, includes, excludes, currentDirectory, followLinks: false).Files;

        /// <summary>Expands <paramref name="paths"/>; a path that does not exist is a <see cref="UsageException"/>.</summary>
        public static DiscoveryResult Find(
            IEnumerable<string> paths, IReadOnlyList<string> includes, IReadOnlyList<string> excludes, string currentDirectory, bool followLinks)
        {
            var includeGlobs = includes.Count > 0 ? includes.Select(Glob.Parse).ToArray() : DefaultIncludes;
            var excludeGlobs = excludes.Select(Glob.Parse).ToArray();
            var found = new Dictionary<string, DiscoveredFile>(StringComparer.Ordinal);
            var problems = new List<Diagnostic>();
            var notes = new List<string>();
            var pathList = paths.ToList();

            // Links may lead anywhere inside the folders given, never out of them (unless asked).
            var roots = new List<string>();
            foreach (var path in pathList)
            {
                var full = Path.GetFullPath(Path.Combine(currentDirectory, path));
                if (FileKinds.Of(full) == FileKind.Directory) roots.Add(RealPath.Of(full));
            }

            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in pathList)
            {
                var full = Path.GetFullPath(Path.Combine(currentDirectory, path));
                var kind = FileKinds.Of(full);
                switch (kind)
                {
                    case FileKind.RegularFile:
                        found[RealPath.Of(full)] = new DiscoveredFile(full, DisplayPath(full, currentDirectory));
                        break;
                    case FileKind.Directory:
                        Walk(full);
                        break;
                    case FileKind.Missing:
                        throw new UsageException($"path '{path}' does not exist");
                    default:
                        problems.Add(Diagnostic.Create(ToolDiagnostics.NotARegularFile, Location.Create(DisplayPath(full, currentDirectory), default, default),
                            $"'{path}' is {FileKinds.Describe(kind)}, not a regular file; it was not opened"));
                        break;
                }
            }

            var files = found.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList();
            return new DiscoveryResult(files, problems, notes);

            void Walk(string root)
            {
                var pending = new Stack<(string Path, string Real)>();
                pending.Push((root, RealPath.Of(root)));
                while (pending.Count > 0)
                {
                    var (dir, real) = pending.Pop();
                    if (!visited.Add(real)) continue; // reached again through a link
                    FileSystemInfo[] entries;
                    try
                    {
                        entries = new DirectoryInfo(dir).GetFileSystemInfos();
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
                    {
                        problems.Add(Diagnostic.Create(ToolDiagnostics.UnreadableFile, Location.Create(DisplayPath(dir, currentDirectory), default, default),
                            "the folder could not be listed, so nothing in it was linted: " + e.Message));
                        continue;
                    }

                    foreach (var entry in entries)
                    {
                        var name = entry.Name;
                        var entryPath = entry.FullName;
                        bool isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                        var entryReal = isLink ? RealPath.Of(entryPath) : Path.Combine(real, name);
                        // A plain folder needs no further look; anything else is checked once it passes the globs.
                        var kind = entry is DirectoryInfo && !isLink ? FileKind.Directory : isLink ? FileKinds.Of(entryPath) : FileKind.Missing;
                        var display = DisplayPath(entryPath, currentDirectory);

                        if (kind == FileKind.Directory)
                        {
                            if (ProseFiles.IsSkippedFolder(name)) continue;
                            if (isLink && !followLinks && !InsideRoots(entryReal))
                            {
                                notes.Add($"skipped '{display}': a link to a folder outside the paths given (--follow-links follows it)");
                                continue;
                            }

                            pending.Push((entryPath, entryReal));
                            continue;
                        }

                        var relative = Path.GetRelativePath(root, entryPath);
                        if (!includeGlobs.Any(g => g.IsMatch(relative))) continue;
                        if (excludeGlobs.Any(g => g.IsMatch(relative) || g.IsMatch(display))) continue;
                        if (!isLink) kind = FileKinds.Of(entryPath);

                        if (kind == FileKind.Missing)
                        {
                            if (isLink) notes.Add($"skipped '{display}': a link whose target does not exist");
                            continue;
                        }

                        if (kind != FileKind.RegularFile)
                        {
                            notes.Add($"skipped '{display}': {FileKinds.Describe(kind)}, not a regular file");
                            continue;
                        }

                        if (isLink && !followLinks && !InsideRoots(entryReal))
                        {
                            notes.Add($"skipped '{display}': a link to a file outside the paths given (--follow-links follows it)");
                            continue;
                        }

                        found.TryAdd(entryReal, new DiscoveredFile(entryPath, display));
                    }
                }
            }

            bool InsideRoots(string real)
            {
                foreach (var r in roots)
                    if (RealPath.IsInside(real, r)) return true;
                return false;
            }
        }

        /// <summary>The path relative to <paramref name="currentDirectory"/> when the file is under it, else the full path.</summary>
        public static string DisplayPath(string fullPath, string currentDirectory)
        {
            var relative = Path.GetRelativePath(currentDirectory, fullPath);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        }
    }
}

using System;
using System.Collections.Immutable;
using System.IO;
using EditorialLint.Diagnostics;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Fixing
{
    /// <summary>What fixing one file did.</summary>
    public sealed class FileFixResult
    {
        internal FileFixResult(string path, FixResult? fix, bool written, string? diff, ImmutableArray<Diagnostic> problems)
        {
            Path = path;
            Fix = fix;
            Written = written;
            Diff = diff;
            Problems = problems;
        }

        /// <summary>The path reported.</summary>
        public string Path { get; }

        /// <summary>The fix passes, or null when the file could not be fixed at all.</summary>
        public FixResult? Fix { get; }

        /// <summary>Whether new bytes were written.</summary>
        public bool Written { get; }

        /// <summary>The unified diff of the changes (dry run), or null.</summary>
        public string? Diff { get; }

        /// <summary>Why the file was not fixed or not fully (EL9046, EL9047), and problems reading it.</summary>
        public ImmutableArray<Diagnostic> Problems { get; }
    }

    /// <summary>
    /// Fixes files on disk: reads the bytes, fixes to a fixed point, and writes back atomically in the same
    /// encoding, byte order mark and line endings. A file whose bytes would not survive decoding and encoding
    /// unchanged (invalid UTF-8, say) is never rewritten; an unchanged file is never touched.
    /// </summary>
    public static class FileFixer
    {
        /// <summary>
        /// Fixes the file at <paramref name="filePath"/> (reported as <paramref name="displayPath"/>);
        /// <paramref name="dryRun"/> computes the diff and writes nothing.
        /// </summary>
        public static FileFixResult FixFile(string filePath, string displayPath, Func<SourceDocument, ImmutableArray<Diagnostic>> lint, bool includeUnsafe, bool dryRun)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(filePath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
            {
                return Failed(displayPath, e is FileNotFoundException || e is DirectoryNotFoundException ? "the file no longer exists" : e.Message);
            }

            var loaded = DocumentLoader.Load(displayPath, bytes);
            if (loaded.Document is null) return new FileFixResult(displayPath, null, false, null, loaded.Diagnostics);
            var document = loaded.Document;
            var original = AtomicFileWriter.Encode(document);
            if (!Same(original, bytes))
                return Failed(displayPath, "its bytes do not survive decoding and encoding unchanged (invalid UTF-8 or a lone surrogate), so it is left as it is");

            var fix = FixEngine.Fix(document, lint, includeUnsafe);
            var problems = ImmutableArray<Diagnostic>.Empty;
            if (!fix.Converged)
                problems = problems.Add(Diagnostic.Create(WorkflowDiagnostics.FixDidNotConverge, Location.Create(displayPath, default, default), FixEngine.MaxPasses));
            if (!fix.Changed) return new FileFixResult(displayPath, fix, false, null, problems);

            if (dryRun)
                return new FileFixResult(displayPath, fix, false, UnifiedDiff.Create(PathForDiff(displayPath), document.Content, fix.Fixed.Content), problems);

            var error = AtomicFileWriter.Write(filePath, AtomicFileWriter.Encode(fix.Fixed), bytes);
            if (error is not null)
                problems = problems.Add(Diagnostic.Create(WorkflowDiagnostics.FixNotWritten, Location.Create(displayPath, default, default), error));
            return new FileFixResult(displayPath, fix, error is null, null, problems);
        }

        private static FileFixResult Failed(string path, string why) =>
            new FileFixResult(path, null, false, null, ImmutableArray.Create(Diagnostic.Create(WorkflowDiagnostics.FixNotWritten, Location.Create(path, default, default), why)));

        private static string PathForDiff(string path) => path.Replace('\\', '/');

        private static bool Same(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
                if (a[i] != b[i]) return false;
            return true;
        }
    }
}

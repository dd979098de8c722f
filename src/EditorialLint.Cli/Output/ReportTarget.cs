using System;
using System.Collections.Generic;
using System.IO;
using EditorialLint.Input;

namespace EditorialLint.Cli.Output
{
    /// <summary>
    /// Checks a file the tool is asked to write (a report with <c>--output</c>, a baseline) before the run: it may not
    /// be one of the files linted (the article would be lost), a symbolic link (a repository could plant one pointing
    /// anywhere), a FIFO, a socket or a device. Checked once, before linting, so a long run does not end in refusal.
    /// </summary>
    internal static class ReportTarget
    {
        /// <summary>Throws a <see cref="UsageException"/> naming <paramref name="option"/> when <paramref name="given"/> may not be written.</summary>
        public static void Check(string option, string given, string currentDirectory, IEnumerable<string> inputPaths)
        {
            var full = Path.GetFullPath(Path.Combine(currentDirectory, given));
            var info = new FileInfo(full);
            if (info.LinkTarget is not null)
                throw new UsageException($"{option} '{given}' is a symbolic link; name the file itself");

            var kind = FileKinds.Of(full);
            if (kind == FileKind.Directory)
                throw new UsageException($"{option} '{given}' is a folder");
            if (kind != FileKind.RegularFile && kind != FileKind.Missing)
                throw new UsageException($"{option} '{given}' is {FileKinds.Describe(kind)}, not a regular file; leave out {option} to write to standard output");

            if (kind == FileKind.Missing) return;
            var real = RealPath.Of(full);
            var comparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            foreach (var input in inputPaths)
                if (comparer.Equals(RealPath.Of(input), real))
                    throw new UsageException($"{option} '{given}' is one of the files being linted; writing it would replace the article");
        }
    }
}

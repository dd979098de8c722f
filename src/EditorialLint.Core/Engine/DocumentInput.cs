using System;
using EditorialLint.Text;

namespace EditorialLint.Engine
{
    /// <summary>A document to lint: the path to report against and how to read it (lazily, so a run holds few texts).</summary>
    public sealed class DocumentInput
    {
        private readonly Func<LoadResult> _load;

        /// <summary>Creates an input that loads itself with <paramref name="load"/>.</summary>
        public DocumentInput(string path, Func<LoadResult> load)
        {
            Path = path;
            _load = load;
        }

        /// <summary>The path diagnostics are reported against.</summary>
        public string Path { get; }

        /// <summary>A file on disk, reported as <paramref name="displayPath"/>.</summary>
        public static DocumentInput FromFile(string filePath, string displayPath) =>
            new DocumentInput(displayPath, () => DocumentLoader.LoadFile(filePath, displayPath));

        /// <summary>A file on disk read within <paramref name="limits"/> (size; only regular files), reported as <paramref name="displayPath"/>.</summary>
        public static DocumentInput FromFile(string filePath, string displayPath, Input.InputLimits limits) =>
            new DocumentInput(displayPath, () => DocumentLoader.LoadFile(filePath, displayPath, limits));

        /// <summary>Text already in memory.</summary>
        public static DocumentInput FromText(string path, string text, DocumentKind? kind = null) =>
            new DocumentInput(path, () => new LoadResult(new SourceDocument(path, text, kind), System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>.Empty));

        /// <summary>Reads the document.</summary>
        public LoadResult Load() => _load();
    }
}

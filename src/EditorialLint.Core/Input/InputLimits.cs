using System;
using System.Globalization;

namespace EditorialLint.Input
{
    /// <summary>
    /// The limits that keep one file from taking the run's time or memory: a file size (EL9007) and a number of
    /// findings per document (EL9008). Each is reported with its value and how to change it. 0 turns a limit off.
    /// (The Markdown nesting limit is fixed: <see cref="Text.MarkdownNesting.MaxDepth"/>.)
    /// </summary>
    public sealed class InputLimits
    {
        /// <summary>16 MB: a hundred times a long article.</summary>
        public const long DefaultMaxFileSize = 16L * 1024 * 1024;

        /// <summary>Far more than a real article produces; a generated file can produce millions.</summary>
        public const int DefaultMaxFindingsPerDocument = 10_000;

        /// <summary>The limits used when none are given.</summary>
        public static InputLimits Default => new InputLimits();

        /// <summary>Files larger than this many bytes are not read (0: no limit).</summary>
        public long MaxFileSize { get; set; } = DefaultMaxFileSize;

        /// <summary>Findings kept per document; the rest are counted (0: no limit).</summary>
        public int MaxFindingsPerDocument { get; set; } = DefaultMaxFindingsPerDocument;

        /// <summary>Parses a size: bytes, or a number with <c>KB</c>, <c>MB</c> or <c>GB</c> (powers of 1024); null when malformed.</summary>
        public static long? ParseSize(string text)
        {
            var s = text.Trim().ToUpperInvariant();
            long unit = 1;
            if (s.EndsWith("GB", StringComparison.Ordinal)) { unit = 1L << 30; s = s.Substring(0, s.Length - 2); }
            else if (s.EndsWith("MB", StringComparison.Ordinal)) { unit = 1L << 20; s = s.Substring(0, s.Length - 2); }
            else if (s.EndsWith("KB", StringComparison.Ordinal)) { unit = 1L << 10; s = s.Substring(0, s.Length - 2); }
            else if (s.EndsWith("B", StringComparison.Ordinal)) { s = s.Substring(0, s.Length - 1); }
            if (!long.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
            if (n > long.MaxValue / unit) return null;
            return n * unit;
        }
    }
}

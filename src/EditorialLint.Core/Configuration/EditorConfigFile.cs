using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Configuration
{
    /// <summary>One <c>key = value</c> line of an <c>.editorconfig</c> file, with where it stands.</summary>
    public sealed class EditorConfigEntry
    {
        internal EditorConfigEntry(string? section, string key, string value, int line, TextSpan keySpan, TextSpan valueSpan)
        {
            Section = section;
            Key = key;
            Value = value;
            Line = line;
            KeySpan = keySpan;
            ValueSpan = valueSpan;
        }

        /// <summary>The section header's glob (<c>*.md</c>), or null for a line before the first section.</summary>
        public string? Section { get; }

        /// <summary>The key as written.</summary>
        public string Key { get; }

        /// <summary>The value, without a trailing comment.</summary>
        public string Value { get; }

        /// <summary>0-based line number.</summary>
        public int Line { get; }

        /// <summary>Where the key stands in the file.</summary>
        public TextSpan KeySpan { get; }

        /// <summary>Where the value stands in the file.</summary>
        public TextSpan ValueSpan { get; }
    }

    /// <summary>
    /// The lines of an <c>.editorconfig</c> file with their positions. Roslyn's <c>AnalyzerConfig</c> does the glob
    /// matching but keeps no line numbers, so this scanner, using the same line grammar, finds where each key stands
    /// for error messages.
    /// </summary>
    public sealed class EditorConfigFile
    {
        // The same line grammar as Roslyn's AnalyzerConfig (and the editorconfig spec).
        private static readonly Regex SectionLine = new Regex(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
        private static readonly Regex PropertyLine = new Regex(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);

        private EditorConfigFile(string path, SourceText text, ImmutableArray<EditorConfigEntry> entries, ImmutableArray<int> unparsedLines, bool isRoot)
        {
            Path = path;
            Text = text;
            Entries = entries;
            UnparsedLines = unparsedLines;
            IsRoot = isRoot;
        }

        /// <summary>The file's full path.</summary>
        public string Path { get; }

        /// <summary>The file's text.</summary>
        public SourceText Text { get; }

        /// <summary>Every key/value line, in order.</summary>
        public ImmutableArray<EditorConfigEntry> Entries { get; }

        /// <summary>0-based numbers of lines that are neither blank, comment, section nor key/value.</summary>
        public ImmutableArray<int> UnparsedLines { get; }

        /// <summary>Whether the file says <c>root = true</c> before its first section.</summary>
        public bool IsRoot { get; }

        /// <summary>Scans <paramref name="text"/>, the content of the file at <paramref name="path"/>.</summary>
        public static EditorConfigFile Parse(string path, string text)
        {
            var source = SourceText.From(text);
            var entries = ImmutableArray.CreateBuilder<EditorConfigEntry>();
            var unparsed = ImmutableArray.CreateBuilder<int>();
            string? section = null;
            bool isRoot = false;
            foreach (var line in source.Lines)
            {
                var lineText = source.ToString(line.Span);
                var trimmed = lineText.Trim();
                if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';') continue;

                var sectionMatch = SectionLine.Match(lineText);
                if (sectionMatch.Success)
                {
                    section = sectionMatch.Groups[1].Value;
                    continue;
                }

                var property = PropertyLine.Match(lineText);
                if (!property.Success)
                {
                    unparsed.Add(line.LineNumber);
                    continue;
                }

                var key = property.Groups[1];
                var value = property.Groups[2];
                entries.Add(new EditorConfigEntry(
                    section,
                    key.Value,
                    value.Value,
                    line.LineNumber,
                    new TextSpan(line.Start + key.Index, key.Length),
                    new TextSpan(line.Start + value.Index, value.Length)));
                if (section is null && string.Equals(key.Value, "root", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(value.Value, "true", StringComparison.OrdinalIgnoreCase))
                {
                    isRoot = true;
                }
            }

            return new EditorConfigFile(path, source, entries.ToImmutable(), unparsed.ToImmutable(), isRoot);
        }

        /// <summary>
        /// The text with the value of each entry that <paramref name="rewrite"/> changes replaced; other lines are kept
        /// byte for byte so that Roslyn sees the same sections.
        /// </summary>
        internal string Rewrite(Func<EditorConfigEntry, string?> rewrite)
        {
            var changes = new List<TextChange>();
            foreach (var entry in Entries)
            {
                var replacement = rewrite(entry);
                if (replacement is not null) changes.Add(new TextChange(entry.ValueSpan, replacement));
            }

            return changes.Count == 0 ? Text.ToString() : Text.WithChanges(changes).ToString();
        }
    }
}

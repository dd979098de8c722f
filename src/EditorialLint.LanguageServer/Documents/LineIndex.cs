using System;
using System.Collections.Generic;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer.Documents
{
    /// <summary>
    /// Converts between offsets in a text and LSP positions: a line and a count of UTF-16 code units within it. Lines
    /// end at "\n", "\r\n" or "\r" only, as the protocol says; Roslyn's <c>SourceText</c> also breaks at U+0085,
    /// U+2028 and U+2029, so its line numbers cannot be handed to an editor as they are.
    /// </summary>
    internal sealed class LineIndex
    {
        private readonly int[] _lineStarts;
        private readonly int[] _contentEnds;
        private readonly int _length;

        public LineIndex(string text)
        {
            var starts = new List<int> { 0 };
            var ends = new List<int>();
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c != '\r' && c != '\n') continue;
                ends.Add(i);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }

            ends.Add(text.Length);
            _lineStarts = starts.ToArray();
            _contentEnds = ends.ToArray();
            _length = text.Length;
        }

        /// <summary>How many lines the text has (a text ending in a line break has an empty last line).</summary>
        public int LineCount => _lineStarts.Length;

        /// <summary>
        /// The offset of a position. A line past the end means the end of the text; a character past the end of its
        /// line means the end of the line, as the protocol asks.
        /// </summary>
        public int GetOffset(int line, int character)
        {
            if (line < 0) return 0;
            if (line >= _lineStarts.Length) return _length;
            int start = _lineStarts[line];
            int end = _contentEnds[line];
            if (character <= 0) return start;
            return Math.Min(start + character, end);
        }

        /// <summary>The offset of an LSP position.</summary>
        public int GetOffset(Position position) => GetOffset(position.Line, position.Character);

        /// <summary>The position of an offset; an offset inside a line break counts as the end of that line.</summary>
        public Position GetPosition(int offset)
        {
            offset = Math.Max(0, Math.Min(offset, _length));
            int line = Array.BinarySearch(_lineStarts, offset);
            if (line < 0) line = ~line - 1;
            int character = Math.Min(offset, _contentEnds[line]) - _lineStarts[line];
            return new Position(line, character);
        }

        /// <summary>The range of a span of offsets.</summary>
        public LspRange GetRange(int start, int end) => new LspRange(GetPosition(start), GetPosition(end));

        /// <summary>The offset where the content of <paramref name="line"/> ends (before its line break).</summary>
        public int GetLineContentEnd(int line) => _contentEnds[Math.Max(0, Math.Min(line, _contentEnds.Length - 1))];
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Text
{
    /// <summary>
    /// The prose of a document as one string, with the source offset of every prose character. Markup is left out
    /// ("a **nice** of" reads "a nice of"); code, URLs and HTML become one placeholder character
    /// (<see cref="Placeholder"/>) so that words on either side do not run together. Blocks (paragraphs, headings,
    /// list items, table cells) are separated by a blank line that maps to no source character.
    /// </summary>
    public sealed class ProseView
    {
        /// <summary>Stands in prose for inline code, autolinks and inline HTML.</summary>
        public const char Placeholder = '\uFFFC';

        private readonly int[]? _sourceOffsets;

        internal ProseView(string text, int[]? sourceOffsets, ImmutableArray<TextSpan> blocks)
        {
            Text = text;
            _sourceOffsets = sourceOffsets;
            Blocks = blocks;
        }

        /// <summary>The prose text.</summary>
        public string Text { get; }

        /// <summary>The prose range of each block, in document order. Sentences never cross a block.</summary>
        public ImmutableArray<TextSpan> Blocks { get; }

        /// <summary>True when prose and source are the same string (plain text).</summary>
        public bool IsIdentity => _sourceOffsets is null;

        /// <summary>The source offset of the prose character at <paramref name="proseOffset"/>.</summary>
        public int ToSourceOffset(int proseOffset)
        {
            if (_sourceOffsets is null) return proseOffset;
            if (proseOffset < _sourceOffsets.Length) return _sourceOffsets[proseOffset];
            return _sourceOffsets.Length == 0 ? 0 : _sourceOffsets[_sourceOffsets.Length - 1] + 1;
        }

        /// <summary>
        /// The source span that covers a prose span: from the source of its first character to just after the source
        /// of its last. Markup between them ("**") is inside the result.
        /// </summary>
        public TextSpan ToSourceSpan(TextSpan proseSpan)
        {
            if (_sourceOffsets is null) return proseSpan;
            int start = ToSourceOffset(proseSpan.Start);
            if (proseSpan.Length == 0) return new TextSpan(start, 0);
            int end = ToSourceOffset(proseSpan.End - 1) + 1;
            return TextSpan.FromBounds(start, Math.Max(start, end));
        }

        /// <summary>
        /// Whether the source under a prose span reads exactly as the prose does (no markup, escapes or entities
        /// inside): only then can a fix replace that source text safely.
        /// </summary>
        public bool IsVerbatim(TextSpan proseSpan, string source)
        {
            if (_sourceOffsets is null) return true;
            var sourceSpan = ToSourceSpan(proseSpan);
            if (sourceSpan.Length != proseSpan.Length) return false;
            return string.CompareOrdinal(Text, proseSpan.Start, source, sourceSpan.Start, proseSpan.Length) == 0;
        }

        /// <summary>The index of the block holding a prose offset, or -1 between blocks.</summary>
        public int BlockIndexAt(int proseOffset)
        {
            int lo = 0, hi = Blocks.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                var b = Blocks[mid];
                if (proseOffset < b.Start) hi = mid - 1;
                else if (proseOffset >= b.End) lo = mid + 1;
                else return mid;
            }

            return -1;
        }

        /// <summary>Plain text: prose is the source itself, blocks are separated by blank lines.</summary>
        public static ProseView ForPlainText(string text)
        {
            var blocks = ImmutableArray.CreateBuilder<TextSpan>();
            int i = 0;
            while (i < text.Length)
            {
                // Skip blank lines between blocks.
                while (i < text.Length && IsBlankLineAt(text, i, out int next)) i = next;
                if (i >= text.Length) break;
                int start = i;
                int end = i;
                while (i < text.Length)
                {
                    int lineEnd = LineEndAt(text, i, out int nextLine);
                    end = lineEnd;
                    i = nextLine;
                    if (i >= text.Length || IsBlankLineAt(text, i, out _)) break;
                }

                // Trailing whitespace is not part of the block.
                while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
                if (end > start) blocks.Add(TextSpan.FromBounds(start, end));
            }

            return new ProseView(text, null, blocks.ToImmutable());
        }

        private static int LineEndAt(string text, int i, out int nextLine)
        {
            while (i < text.Length && text[i] != '\n' && text[i] != '\r') i++;
            int end = i;
            if (i < text.Length && text[i] == '\r')
            {
                i++;
                if (i < text.Length && text[i] == '\n') i++;
            }
            else if (i < text.Length && text[i] == '\n')
            {
                i++;
            }

            nextLine = i;
            return end;
        }

        private static bool IsBlankLineAt(string text, int i, out int nextLine)
        {
            int j = i;
            while (j < text.Length && (text[j] == ' ' || text[j] == '\t' || text[j] == '\f' || text[j] == '\v')) j++;
            if (j >= text.Length) { nextLine = j; return true; }
            if (text[j] != '\n' && text[j] != '\r') { nextLine = i; return false; }
            LineEndAt(text, j, out nextLine);
            return true;
        }
    }

    /// <summary>Builds a <see cref="ProseView"/> one piece at a time, recording where each character came from.</summary>
    internal sealed class ProseBuilder
    {
        private readonly System.Text.StringBuilder _text = new System.Text.StringBuilder();
        private readonly List<int> _offsets = new List<int>();
        private readonly ImmutableArray<TextSpan>.Builder _blocks = ImmutableArray.CreateBuilder<TextSpan>();
        private int _blockStart = -1;

        public int Length => _text.Length;

        public char LastChar => _text.Length == 0 ? '\0' : _text[_text.Length - 1];

        public void BeginBlock()
        {
            if (_blocks.Count > 0 && _text.Length > 0)
            {
                // A blank line between blocks; it maps to the end of the previous block's source.
                int at = _offsets[_offsets.Count - 1] + 1;
                Append('\n', at);
                Append('\n', at);
            }

            _blockStart = _text.Length;
        }

        public void EndBlock()
        {
            if (_blockStart < 0) return;
            int end = _text.Length;
            while (end > _blockStart && char.IsWhiteSpace(_text[end - 1])) end--;
            if (end > _blockStart)
            {
                _blocks.Add(TextSpan.FromBounds(_blockStart, end));
            }
            else
            {
                // An empty block leaves nothing behind, not even its separator.
                int keep = _blocks.Count > 0 ? _blocks[_blocks.Count - 1].End : 0;
                _text.Length = keep;
                _offsets.RemoveRange(keep, _offsets.Count - keep);
            }

            _blockStart = -1;
        }

        public void Append(char c, int sourceOffset)
        {
            _text.Append(c);
            _offsets.Add(sourceOffset);
        }

        /// <summary>Appends source characters that read verbatim.</summary>
        public void AppendSource(string source, int start, int length)
        {
            _text.Append(source, start, length);
            for (int i = 0; i < length; i++) _offsets.Add(start + i);
        }

        public ProseView ToProseView() =>
            new ProseView(_text.ToString(), _offsets.ToArray(), _blocks.ToImmutable());
    }
}

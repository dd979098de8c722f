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

        // Where prose came from, as runs rather than one offset per character (which cost four bytes a character and
        // a list append each): run k covers prose [_runStarts[k], _runStarts[k + 1]) and maps prose offset p to
        // _runSources[k] + (p - _runStarts[k]) * _runSteps[k]; a step of 0 maps a whole run to one source character
        // (the blank line between blocks, the characters of an entity). Null for plain text, where prose is source.
        private readonly int[]? _runStarts;
        private readonly int[]? _runSources;
        private readonly byte[]? _runSteps;

        internal ProseView(string text, int[]? runStarts, int[]? runSources, byte[]? runSteps, ImmutableArray<TextSpan> blocks)
        {
            Text = text;
            _runStarts = runStarts;
            _runSources = runSources;
            _runSteps = runSteps;
            Blocks = blocks;
        }

        /// <summary>The prose text.</summary>
        public string Text { get; }

        /// <summary>The prose range of each block, in document order. Sentences never cross a block.</summary>
        public ImmutableArray<TextSpan> Blocks { get; }

        /// <summary>True when prose and source are the same string (plain text).</summary>
        public bool IsIdentity => _runStarts is null;

        /// <summary>The source offset of the prose character at <paramref name="proseOffset"/>.</summary>
        public int ToSourceOffset(int proseOffset)
        {
            if (_runStarts is null) return proseOffset;
            if (Text.Length == 0) return 0;
            if (proseOffset >= Text.Length) return MapRun(Text.Length - 1) + 1;
            return MapRun(proseOffset < 0 ? 0 : proseOffset);
        }

        private int MapRun(int proseOffset)
        {
            // The last run that starts at or before the offset.
            int lo = 0, hi = _runStarts!.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) >> 1;
                if (_runStarts[mid] <= proseOffset) lo = mid;
                else hi = mid - 1;
            }

            return _runSources![lo] + (proseOffset - _runStarts[lo]) * _runSteps![lo];
        }

        /// <summary>
        /// The source span that covers a prose span: from the source of its first character to just after the source
        /// of its last. Markup between them ("**") is inside the result.
        /// </summary>
        public TextSpan ToSourceSpan(TextSpan proseSpan)
        {
            if (_runStarts is null) return proseSpan;
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
            if (_runStarts is null) return true;
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

            return new ProseView(text, null, null, null, blocks.ToImmutable());
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
        private readonly System.Text.StringBuilder _text;
        private readonly ImmutableArray<TextSpan>.Builder _blocks = ImmutableArray.CreateBuilder<TextSpan>();
        private readonly List<int> _runStarts = new List<int>();
        private readonly List<int> _runSources = new List<int>();
        private readonly List<byte> _runSteps = new List<byte>();
        private int _blockStart = -1;

        /// <summary>Creates a builder for the prose of a source of <paramref name="sourceLength"/> characters (prose is never much longer).</summary>
        public ProseBuilder(int sourceLength = 16)
        {
            _text = new System.Text.StringBuilder(sourceLength + 16);
        }

        public int Length => _text.Length;

        public void BeginBlock()
        {
            if (_blocks.Count > 0 && _text.Length > 0)
            {
                // A blank line between blocks; it maps to the end of the previous block's source.
                int at = LastSourceOffset() + 1;
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
                int runs = _runStarts.Count;
                while (runs > 0 && _runStarts[runs - 1] >= keep) runs--;
                _runStarts.RemoveRange(runs, _runStarts.Count - runs);
                _runSources.RemoveRange(runs, _runSources.Count - runs);
                _runSteps.RemoveRange(runs, _runSteps.Count - runs);
            }

            _blockStart = -1;
        }

        public void Append(char c, int sourceOffset)
        {
            Map(_text.Length, sourceOffset, 1);
            _text.Append(c);
        }

        /// <summary>Appends source characters that read verbatim.</summary>
        public void AppendSource(string source, int start, int length)
        {
            if (length <= 0) return;
            Map(_text.Length, start, length);
            _text.Append(source, start, length);
        }

        public ProseView ToProseView() =>
            new ProseView(_text.ToString(), _runStarts.ToArray(), _runSources.ToArray(), _runSteps.ToArray(), _blocks.ToImmutable());

        // Extends the last run when the new characters continue it, else starts a run.
        private void Map(int proseOffset, int sourceOffset, int length)
        {
            int last = _runStarts.Count - 1;
            if (last >= 0)
            {
                int runLength = proseOffset - _runStarts[last];
                int source = _runSources[last];
                if (runLength == 1 && (length == 1 || sourceOffset == source + 1))
                {
                    // A one-character run takes the step of whatever follows it.
                    if (sourceOffset == source + 1) { _runSteps[last] = 1; return; }
                    if (sourceOffset == source && length == 1) { _runSteps[last] = 0; return; }
                }
                else if (sourceOffset == source + runLength * _runSteps[last] && (length == 1 || _runSteps[last] == 1))
                {
                    return;
                }
            }

            _runStarts.Add(proseOffset);
            _runSources.Add(sourceOffset);
            _runSteps.Add(1);
        }

        private int LastSourceOffset()
        {
            int last = _runStarts.Count - 1;
            return _runSources[last] + (_text.Length - 1 - _runStarts[last]) * _runSteps[last];
        }
    }
}

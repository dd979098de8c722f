using System.Collections.Generic;
using CsCheck;
using EditorialLint.Text;

namespace EditorialLint.Core.Tests.Text
{
    /// <summary>
    /// The prose view keeps where prose came from as runs, not one offset per character; on any sequence of appends,
    /// blocks and dropped empty blocks it must answer exactly what one offset per character would.
    /// </summary>
    public class ProseOffsetMapTests
    {
        private const string Source = "The quick brown fox jumps over the lazy dog; 0123456789 **bold** [link](url) &amp; \\* end.";

        // 0: append one character at the next offset, 1: at the same offset, 2: anywhere; 3: a verbatim source run;
        // 4: begin a block; 5: end a block.
        private static readonly Gen<(int Op, int Offset, int Length)> Operation =
            Gen.Select(Gen.Int[0, 5], Gen.Int[0, Source.Length - 1], Gen.Int[0, 12], (op, offset, length) => (op, offset, length));

        [Fact]
        public void RunMap_AgreesWithOneOffsetPerCharacter()
        {
            Operation.Array[0, 60].Sample(operations =>
            {
                var builder = new ProseBuilder(Source.Length);
                var model = new OffsetModel();
                int last = 0;
                foreach (var (op, offset, length) in operations)
                {
                    switch (op)
                    {
                        case 0:
                            last = model.Count == 0 ? offset : model.Last + 1;
                            builder.Append('x', last);
                            model.Append('x', last);
                            break;
                        case 1:
                            last = model.Count == 0 ? offset : model.Last;
                            builder.Append('y', last);
                            model.Append('y', last);
                            break;
                        case 2:
                            builder.Append('z', offset);
                            model.Append('z', offset);
                            break;
                        case 3:
                            int n = System.Math.Min(length, Source.Length - offset);
                            builder.AppendSource(Source, offset, n);
                            model.AppendSource(Source, offset, n);
                            break;
                        case 4:
                            builder.BeginBlock();
                            model.BeginBlock();
                            break;
                        default:
                            builder.EndBlock();
                            model.EndBlock();
                            break;
                    }
                }

                var prose = builder.ToProseView();
                prose.Text.Should().Be(model.Text);
                for (int i = 0; i < model.Count; i++)
                    prose.ToSourceOffset(i).Should().Be(model.Offsets[i], "prose offset {0} of \"{1}\"", i, model.Text);
                prose.ToSourceOffset(model.Count).Should().Be(model.Count == 0 ? 0 : model.Last + 1);
            }, iter: 2000);
        }

        [Fact]
        public void EntityCharacters_AllMapToTheEntity()
        {
            const string markdown = "Fish &amp; chips\n";
            var prose = MarkdownProseExtractor.Extract(markdown);
            int amp = prose.Text.IndexOf('&');
            prose.ToSourceOffset(amp).Should().Be(markdown.IndexOf('&'));
            prose.ToSourceOffset(amp + 2).Should().Be(markdown.IndexOf(';') + 2, "after the entity, prose runs on with the source");
        }

        /// <summary>One source offset per prose character: what the builder did before it kept runs.</summary>
        private sealed class OffsetModel
        {
            private readonly System.Text.StringBuilder _text = new System.Text.StringBuilder();
            private readonly List<int> _blocks = new List<int>(); // ends of kept blocks
            private int _blockStart = -1;

            public List<int> Offsets { get; } = new List<int>();

            public int Count => Offsets.Count;

            public int Last => Offsets[Offsets.Count - 1];

            public string Text => _text.ToString();

            public void Append(char c, int offset)
            {
                _text.Append(c);
                Offsets.Add(offset);
            }

            public void AppendSource(string source, int start, int length)
            {
                for (int i = 0; i < length; i++) Append(source[start + i], start + i);
            }

            public void BeginBlock()
            {
                if (_blocks.Count > 0 && _text.Length > 0)
                {
                    int at = Last + 1;
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
                    _blocks.Add(end);
                }
                else
                {
                    int keep = _blocks.Count > 0 ? _blocks[_blocks.Count - 1] : 0;
                    _text.Length = keep;
                    Offsets.RemoveRange(keep, Offsets.Count - keep);
                }

                _blockStart = -1;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Packs.Compiled
{
    /// <summary>
    /// Writes parsed rule files in the compiled form (<see cref="CompiledPackFormat"/>): every field of each definition,
    /// its entries as one block decoded on first use, and its phrase trie flattened (<see cref="CompiledPhraseIndex"/>).
    /// The same definitions always give the same bytes.
    /// </summary>
    public static class CompiledPackWriter
    {
        /// <summary>Writes <paramref name="packs"/>: each parsed definition with the YAML bytes it was parsed from.</summary>
        public static byte[] Write(IEnumerable<(PackRuleDefinition Definition, byte[] Source)> packs)
        {
            var list = packs.ToList();
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, new UTF8Encoding(false), leaveOpen: true))
            {
                writer.Write(CompiledPackFormat.Magic);
                writer.Write(CompiledPackFormat.Version);
                writer.Write(list.Count);
                foreach (var (definition, source) in list) WritePack(writer, definition, source);
            }

            return stream.ToArray();
        }

        private static void WritePack(BinaryWriter writer, PackRuleDefinition d, byte[] source)
        {
            writer.Write(d.FilePath);
            writer.Write(d.PackRoot);
            writer.Write(source.Length);
            writer.Write(CompiledPackFormat.SourceHash(source));

            writer.Write(d.Id);
            writer.Write((int)d.Type);
            writer.Write(d.Message.Text);
            writer.Write((int)d.Level);
            WriteOptional(writer, d.Link);
            WriteOptional(writer, d.Title);
            WriteOptional(writer, d.Description);
            writer.Write(d.IgnoreCase);
            writer.Write((int)d.Fix);
            writer.Write(d.Patterns.Length);
            foreach (var p in d.Patterns) writer.Write(p.Source);
            WritePattern(writer, d.When);
            WritePattern(writer, d.Unless);
            writer.Write(d.Max);
            writer.Write((int)d.Scope);
            WritePattern(writer, d.First);
            WritePattern(writer, d.Second);
            var exceptions = d.Exceptions.OrderBy(e => e, StringComparer.Ordinal).ToList();
            writer.Write(exceptions.Count);
            foreach (var e in exceptions) writer.Write(e);
            WriteExamples(writer, d.Flag);
            WriteExamples(writer, d.Pass);

            // Entries: one block with its length, so that a reader can skip it until an entry is asked for.
            var entries = Block(w =>
            {
                foreach (var entry in d.Entries) WriteEntry(w, entry);
            });
            writer.Write(d.Entries.Length);
            writer.Write(entries.Length);
            writer.Write(entries);

            // The phrase index of the rule types that match entries as phrases, 4-byte aligned.
            bool hasIndex = d.Type != PackRuleType.Conditional;
            writer.Write(hasIndex);
            if (!hasIndex) return;
            var index = Block(w => CompiledPhraseIndex.Write(PackRule.BuildMatcher(d), w));
            writer.Write(index.Length);
            while (writer.BaseStream.Position % 4 != 0) writer.Write((byte)0);
            writer.Write(index);
        }

        private static void WriteEntry(BinaryWriter writer, PackEntry entry)
        {
            writer.Write(entry.Match);
            writer.Write(entry.Suggestions.Length);
            foreach (var s in entry.Suggestions) writer.Write(s);
            WritePattern(writer, entry.When);
            WritePattern(writer, entry.Unless);
            WriteExamples(writer, entry.Flag);
            WriteExamples(writer, entry.Pass);
            WriteLocation(writer, entry.Location);
        }

        private static void WriteExamples(BinaryWriter writer, ImmutableArray<PackExample> examples)
        {
            writer.Write(examples.Length);
            foreach (var example in examples)
            {
                writer.Write(example.Text);
                WriteLocation(writer, example.Location);
            }
        }

        private static void WriteLocation(BinaryWriter writer, Location location)
        {
            var span = location.SourceSpan;
            var lines = location.GetLineSpan().Span;
            writer.Write(span.Start);
            writer.Write(span.Length);
            writer.Write(lines.Start.Line);
            writer.Write(lines.Start.Character);
            writer.Write(lines.End.Line);
            writer.Write(lines.End.Character);
        }

        private static void WritePattern(BinaryWriter writer, PackPattern? pattern) => WriteOptional(writer, pattern?.Source);

        private static void WriteOptional(BinaryWriter writer, string? text)
        {
            writer.Write(text is not null);
            if (text is not null) writer.Write(text);
        }

        private static byte[] Block(Action<BinaryWriter> write)
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, new UTF8Encoding(false), leaveOpen: true)) write(writer);
            return stream.ToArray();
        }
    }
}

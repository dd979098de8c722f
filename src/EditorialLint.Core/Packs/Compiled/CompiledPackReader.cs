using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Packs.Compiled
{
    /// <summary>
    /// Reads the compiled form of rule packs (<see cref="CompiledPackFormat"/>) back into definitions equal to what the
    /// YAML parser made: the files were checked when they were compiled, so nothing is validated again. Entries are
    /// decoded when first asked for and patterns compiled on first use; the phrase index is read in place.
    /// </summary>
    public static unsafe class CompiledPackReader
    {
        /// <summary>
        /// Reads every pack in <paramref name="data"/>, which stays pinned for the life of the process (the packs read
        /// their entries and indexes from it); throws <see cref="InvalidDataException"/> when it is damaged.
        /// </summary>
        public static IReadOnlyList<CompiledPack> Read(byte[] data)
        {
            var pinned = GCHandle.Alloc(data, GCHandleType.Pinned);
            return Read(pinned.AddrOfPinnedObject(), data.Length);
        }

        /// <summary>
        /// Reads every pack in the <paramref name="length"/> bytes at <paramref name="data"/>, where they are: memory that
        /// outlives the packs (a resource of a loaded assembly). Throws <see cref="InvalidDataException"/> when it is damaged.
        /// </summary>
        public static IReadOnlyList<CompiledPack> Read(IntPtr data, int length)
        {
            if (!BitConverter.IsLittleEndian) throw new InvalidDataException("Compiled packs: the phrase indexes are little-endian.");
            var start = (byte*)data;
            using var stream = new UnmanagedMemoryStream(start, length);
            using var reader = new BinaryReader(stream, new UTF8Encoding(false));
            try
            {
                var magic = reader.ReadBytes(CompiledPackFormat.Magic.Length);
                for (int i = 0; i < CompiledPackFormat.Magic.Length; i++)
                    if (magic.Length != CompiledPackFormat.Magic.Length || magic[i] != CompiledPackFormat.Magic[i])
                        throw new InvalidDataException("Compiled packs: bad magic number.");
                int version = reader.ReadInt32();
                if (version != CompiledPackFormat.Version) throw new InvalidDataException("Compiled packs: version " + version + ", expected " + CompiledPackFormat.Version + ".");

                int count = reader.ReadInt32();
                var packs = new List<CompiledPack>(count);
                for (int i = 0; i < count; i++) packs.Add(ReadPack(reader, start, length));
                return packs;
            }
            catch (EndOfStreamException e)
            {
                throw new InvalidDataException("Compiled packs: the data ends early.", e);
            }
        }

        private static CompiledPack ReadPack(BinaryReader reader, byte* data, int length)
        {
            var path = reader.ReadString();
            var d = new PackRuleDefinition { FilePath = path, PackRoot = reader.ReadString() };
            int sourceLength = reader.ReadInt32();
            ulong sourceHash = reader.ReadUInt64();

            d.Id = reader.ReadString();
            d.Type = (PackRuleType)reader.ReadInt32();
            var messageText = reader.ReadString();
            if (!MessageTemplate.TryParse(messageText, PackFileParser.PlaceholdersOf(d.Type), out var message, out var error))
                throw new InvalidDataException("Compiled packs: bad message in " + path + ": " + error);
            d.Message = message!;
            d.Level = (DiagnosticSeverity)reader.ReadInt32();
            d.Link = ReadOptional(reader);
            d.Title = ReadOptional(reader);
            d.Description = ReadOptional(reader);
            d.IgnoreCase = reader.ReadBoolean();
            d.Fix = (PackFixMode)reader.ReadInt32();
            var patterns = ImmutableArray.CreateBuilder<PackPattern>();
            for (int n = reader.ReadInt32(); n > 0; n--) patterns.Add(Pattern(reader.ReadString(), d.IgnoreCase));
            d.Patterns = patterns.ToImmutable();
            d.When = ReadPattern(reader, d.IgnoreCase);
            d.Unless = ReadPattern(reader, d.IgnoreCase);
            d.Max = reader.ReadInt32();
            d.Scope = (PackScope)reader.ReadInt32();
            d.First = ReadPattern(reader, d.IgnoreCase);
            d.Second = ReadPattern(reader, d.IgnoreCase);
            int exceptionCount = reader.ReadInt32();
            if (exceptionCount > 0 || d.Type == PackRuleType.Conditional)
            {
                // As the parser makes it: a set with the rule's comparer for conditional rules, the empty default otherwise.
                var exceptions = ImmutableHashSet.CreateBuilder<string>(d.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
                for (int n = exceptionCount; n > 0; n--) exceptions.Add(reader.ReadString());
                d.Exceptions = exceptions.ToImmutable();
            }
            d.Flag = ReadExamples(reader, path);
            d.Pass = ReadExamples(reader, path);

            int entryCount = reader.ReadInt32();
            int entryBytes = reader.ReadInt32();
            int entriesAt = (int)reader.BaseStream.Position;
            if (entryCount < 0 || entryBytes < 0 || entryBytes > length - entriesAt) throw new InvalidDataException("Compiled packs: the entries of " + path + " do not fit.");
            reader.BaseStream.Seek(entryBytes, SeekOrigin.Current);
            bool ignoreCase = d.IgnoreCase;
            d.SetEntriesOnFirstUse(() => ReadEntries(data, entriesAt, entryBytes, entryCount, path, ignoreCase));

            if (reader.ReadBoolean())
            {
                int indexBytes = reader.ReadInt32();
                while (reader.BaseStream.Position % 4 != 0) reader.ReadByte();
                int indexAt = (int)reader.BaseStream.Position;
                if (indexBytes < 0 || indexBytes > length - indexAt) throw new InvalidDataException("Compiled packs: the phrase index of " + path + " does not fit.");
                d.CompiledIndex = CompiledPhraseIndex.Read(data + indexAt, indexBytes);
                reader.BaseStream.Seek(indexBytes, SeekOrigin.Current);
            }

            return new CompiledPack(d, sourceLength, sourceHash);
        }

        private static ImmutableArray<PackEntry> ReadEntries(byte* data, int offset, int length, int count, string path, bool ignoreCase)
        {
            using var reader = new BinaryReader(new UnmanagedMemoryStream(data + offset, length), new UTF8Encoding(false));
            var entries = ImmutableArray.CreateBuilder<PackEntry>(count);
            for (int i = 0; i < count; i++)
            {
                var match = reader.ReadString();
                var suggestions = new string[reader.ReadInt32()];
                for (int s = 0; s < suggestions.Length; s++) suggestions[s] = reader.ReadString();
                var when = ReadPattern(reader, ignoreCase);
                var unless = ReadPattern(reader, ignoreCase);
                var flag = ReadExamples(reader, path);
                var pass = ReadExamples(reader, path);
                entries.Add(new PackEntry(match, ImmutableArray.Create(suggestions), when, unless, flag, pass, ReadLocation(reader, path)));
            }

            return entries.MoveToImmutable();
        }

        private static ImmutableArray<PackExample> ReadExamples(BinaryReader reader, string path)
        {
            int count = reader.ReadInt32();
            if (count == 0) return ImmutableArray<PackExample>.Empty;
            var examples = ImmutableArray.CreateBuilder<PackExample>(count);
            for (int i = 0; i < count; i++)
            {
                var text = reader.ReadString();
                examples.Add(new PackExample(text, ReadLocation(reader, path)));
            }

            return examples.MoveToImmutable();
        }

        private static Location ReadLocation(BinaryReader reader, string path)
        {
            var span = new TextSpan(reader.ReadInt32(), reader.ReadInt32());
            var start = new LinePosition(reader.ReadInt32(), reader.ReadInt32());
            var end = new LinePosition(reader.ReadInt32(), reader.ReadInt32());
            return Location.Create(path, span, new LinePositionSpan(start, end));
        }

        private static PackPattern? ReadPattern(BinaryReader reader, bool ignoreCase)
        {
            var source = ReadOptional(reader);
            return source is null ? null : Pattern(source, ignoreCase);
        }

        private static PackPattern Pattern(string source, bool ignoreCase) => new PackPattern(source, PatternCompiler.CompileLazily(source, ignoreCase));

        private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using EditorialLint.Packs;
using EditorialLint.Packs.Compiled;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Packs
{
    /// <summary>
    /// The rule packs of the repository's <c>rules/</c> folder, embedded in this assembly at build time: nothing is
    /// read from disk at run time. Loaded once; pack rules are stateless and shared. They are read from their compiled
    /// form (<c>Packs/Data/builtin-packs.bin</c>, made from the same YAML), which costs a fraction of a millisecond where
    /// parsing the YAML took tens; the YAML is parsed only when the compiled form is missing or stale.
    /// </summary>
    public static class BuiltInPacks
    {
        /// <summary>The prefix of the embedded resources, and the pack root of their rules.</summary>
        public const string ResourcePrefix = "rules/";

        /// <summary>The compiled form of the packs (<see cref="CompiledPackFormat"/>), embedded beside their YAML.</summary>
        internal const string CompiledResourceName = "EditorialLint.Rules.Packs.builtin-packs.bin";

        private static readonly Lazy<PackLoadResult> Loaded = new Lazy<PackLoadResult>(Load);
        private static bool s_fromCompiledForm;

        /// <summary>The rules of every built-in pack, in path order.</summary>
        public static ImmutableArray<PackRule> Rules => Loaded.Value.Rules;

        /// <summary>Problems with the built-in packs (the test suite keeps this empty).</summary>
        public static ImmutableArray<Diagnostic> Diagnostics => Loaded.Value.Diagnostics;

        /// <summary>The embedded rule files: their path under the repository root and their text, in path order.</summary>
        public static IReadOnlyList<(string Path, string Text)> Files()
        {
            var assembly = typeof(BuiltInPacks).Assembly;
            var names = ResourceNames(assembly);
            var files = new List<(string, string)>();
            foreach (var name in names)
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                files.Add((name.Replace('\\', '/'), reader.ReadToEnd()));
            }

            return files;
        }

        /// <summary>Whether the rules were read from the compiled form (false: it was missing or stale, and the YAML was parsed).</summary>
        internal static bool FromCompiledForm
        {
            get
            {
                _ = Loaded.Value;
                return s_fromCompiledForm;
            }
        }

        /// <summary>
        /// Parses rule files (path under the repository root, bytes) and writes their compiled form; throws when one
        /// is not valid. <c>Packs/Data/builtin-packs.bin</c> is this of <c>rules/</c> (a test keeps it so).
        /// </summary>
        internal static byte[] Compile(IReadOnlyList<(string Path, byte[] Source)> files)
        {
            var parsed = new List<(PackRuleDefinition, byte[])>();
            var loader = new PackLoader(KnownDescriptor());
            foreach (var (path, source) in files)
            {
                var result = loader.LoadFile(path, new StreamReader(new MemoryStream(source)).ReadToEnd(), "rules");
                if (result.HasErrors || result.Rules.Length != 1)
                    throw new InvalidDataException(path + " is not a valid rule file: " + string.Join("; ", result.Diagnostics));
                parsed.Add((result.Rules[0].Definition, source));
            }

            return CompiledPackWriter.Write(parsed);
        }

        private static PackLoadResult Load()
        {
            var loader = new PackLoader(KnownDescriptor());
            if (ReadCompiled() is { } definitions)
            {
                s_fromCompiledForm = true;
                return loader.LoadDefinitions(definitions);
            }

            return loader.LoadFiles(Files(), "rules");
        }

        // The pack IDs' own descriptors first; those of the C# rules only for a pack that reports one of their IDs, so
        // that start-up does not create every C# rule a second time to list descriptors that no built-in pack uses.
        private static Func<string, DiagnosticDescriptor?> KnownDescriptor()
        {
            var csharp = new Lazy<Dictionary<string, DiagnosticDescriptor>>(() =>
            {
                var known = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
                foreach (var d in BuiltInRules.AllDescriptors(BuiltInRules.CreateCSharpRules())) known[d.Id] = d;
                return known;
            });
            return id => PackRuleDescriptors.Find(id) ?? (csharp.Value.TryGetValue(id, out var d) ? d : null);
        }

        // The compiled form, when it was compiled from exactly the YAML embedded beside it; otherwise null.
        private static IReadOnlyList<PackRuleDefinition>? ReadCompiled()
        {
            var assembly = typeof(BuiltInPacks).Assembly;
            IReadOnlyList<CompiledPack> packs;
            var stream = assembly.GetManifestResourceStream(CompiledResourceName);
            if (stream is null) return null;
            try
            {
                packs = ReadPacks(stream);
            }
            catch (InvalidDataException)
            {
                return null;
            }

            var names = ResourceNames(assembly);
            if (names.Count != packs.Count) return null;
            var definitions = new PackRuleDefinition[packs.Count];
            for (int i = 0; i < packs.Count; i++)
            {
                if (!string.Equals(packs[i].Definition.FilePath, names[i].Replace('\\', '/'), StringComparison.Ordinal)) return null;
                using var source = assembly.GetManifestResourceStream(names[i])!;
                if (!IsCompiledFrom(packs[i], source)) return null;
                definitions[i] = packs[i].Definition;
            }

            return definitions;
        }

        private static unsafe IReadOnlyList<CompiledPack> ReadPacks(Stream stream)
        {
            // Mapped memory that lives as long as the assembly: read in place, so only the pages used are touched.
            if (stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
                return CompiledPackReader.Read((IntPtr)mapped.PositionPointer, (int)(mapped.Length - mapped.Position));
            using (stream) return CompiledPackReader.Read(ReadAll(stream));
        }

        private static unsafe bool IsCompiledFrom(CompiledPack pack, Stream source)
        {
            // Resources of an assembly loaded from disk are mapped memory: hashed in place.
            if (source is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
                return pack.IsCompiledFrom(new ReadOnlySpan<byte>(mapped.PositionPointer, (int)(mapped.Length - mapped.Position)));
            return pack.IsCompiledFrom(ReadAll(source));
        }

        private static List<string> ResourceNames(System.Reflection.Assembly assembly)
        {
            var names = new List<string>();
            foreach (var name in assembly.GetManifestResourceNames())
                if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal)) names.Add(name);
            names.Sort(StringComparer.Ordinal);
            return names;
        }

        private static byte[] ReadAll(Stream stream)
        {
            using var copy = new MemoryStream(stream.CanSeek ? (int)(stream.Length - stream.Position) : 0);
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using EditorialLint.Packs;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Packs
{
    /// <summary>
    /// The rule packs of the repository's <c>rules/</c> folder, embedded in this assembly at build time: nothing is
    /// read from disk at run time. Loaded once; pack rules are stateless and shared.
    /// </summary>
    public static class BuiltInPacks
    {
        /// <summary>The prefix of the embedded resources, and the pack root of their rules.</summary>
        public const string ResourcePrefix = "rules/";

        private static readonly Lazy<PackLoadResult> Loaded = new Lazy<PackLoadResult>(Load);

        /// <summary>The rules of every built-in pack, in path order.</summary>
        public static ImmutableArray<PackRule> Rules => Loaded.Value.Rules;

        /// <summary>Problems with the built-in packs (the test suite keeps this empty).</summary>
        public static ImmutableArray<Diagnostic> Diagnostics => Loaded.Value.Diagnostics;

        /// <summary>The embedded rule files: their path under the repository root and their text, in path order.</summary>
        public static IReadOnlyList<(string Path, string Text)> Files()
        {
            var assembly = typeof(BuiltInPacks).Assembly;
            var names = new List<string>();
            foreach (var name in assembly.GetManifestResourceNames())
                if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal)) names.Add(name);
            names.Sort(StringComparer.Ordinal);

            var files = new List<(string, string)>();
            foreach (var name in names)
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                files.Add((name.Replace('\\', '/'), reader.ReadToEnd()));
            }

            return files;
        }

        private static PackLoadResult Load()
        {
            var known = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            foreach (var d in BuiltInRules.AllDescriptors(BuiltInRules.CreateCSharpRules())) known[d.Id] = d;
            foreach (var d in PackRuleDescriptors.All) known[d.Id] = d;
            return new PackLoader(id => known.TryGetValue(id, out var d) ? d : null).LoadFiles(Files(), "rules");
        }
    }
}

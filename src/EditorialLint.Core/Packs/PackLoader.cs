using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using EditorialLint.Configuration;
using EditorialLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Packs
{
    /// <summary>What loading rule packs gave: rules, C# rule files for a plugin host to compile, and errors.</summary>
    public sealed class PackLoadResult
    {
        internal PackLoadResult(ImmutableArray<PackRule> rules, ImmutableArray<string> csharpFiles, ImmutableArray<Diagnostic> diagnostics)
        {
            Rules = rules;
            CSharpFiles = csharpFiles;
            Diagnostics = diagnostics;
        }

        /// <summary>One rule per valid rule file, in path order.</summary>
        public ImmutableArray<PackRule> Rules { get; }

        /// <summary>Full paths of the <c>.cs</c> rule files found in the pack folders, in path order.</summary>
        public ImmutableArray<string> CSharpFiles { get; }

        /// <summary>Errors with file, line and column (EL9020–EL9023).</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>Whether some file was rejected.</summary>
        public bool HasErrors => DiagnosticFactory.AnyError(Diagnostics);
    }

    /// <summary>
    /// Loads YAML rule files into rules. One loader serves a run, so that every file using the same ID (two EL2001
    /// packs, say) reports the same descriptor; where the ID is a built-in one with a descriptor of its own, the
    /// pack's descriptor takes its title, category and help link.
    /// </summary>
    public sealed class PackLoader
    {
        private readonly Func<string, DiagnosticDescriptor?> _knownDescriptor;
        private readonly Dictionary<string, DiagnosticDescriptor> _descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        private readonly object _gate = new object();

        /// <summary>Creates a loader; <paramref name="knownDescriptor"/> finds a built-in descriptor by ID.</summary>
        public PackLoader(Func<string, DiagnosticDescriptor?>? knownDescriptor = null)
        {
            _knownDescriptor = knownDescriptor ?? (_ => null);
        }

        /// <summary>
        /// Loads every <c>*.yml</c>/<c>*.yaml</c> file under <paramref name="directory"/> (sorted, hidden folders
        /// skipped) and lists its <c>*.cs</c> files. Paths in messages are relative to <paramref name="baseDirectory"/>.
        /// </summary>
        public PackLoadResult LoadDirectory(string directory, string? baseDirectory = null)
        {
            var root = Path.GetFullPath(directory);
            var files = new List<(string, string)>();
            var csharp = ImmutableArray.CreateBuilder<string>();
            var errors = ImmutableArray.CreateBuilder<Diagnostic>();
            string Display(string full) => baseDirectory is null ? full : PathDisplay.Relative(Path.GetFullPath(baseDirectory), full);

            if (!Directory.Exists(root))
            {
                errors.Add(Diagnostic.Create(ConfigurationDiagnostics.MissingPath, ConfigurationDiagnostics.InFile(Display(root)), "Rule pack folder", directory, root));
                return new PackLoadResult(ImmutableArray<PackRule>.Empty, ImmutableArray<string>.Empty, errors.ToImmutable());
            }

            foreach (var file in EnumerateFiles(root))
            {
                var extension = Path.GetExtension(file);
                if (string.Equals(extension, ".cs", StringComparison.OrdinalIgnoreCase))
                {
                    csharp.Add(file);
                    continue;
                }

                if (!string.Equals(extension, ".yml", StringComparison.OrdinalIgnoreCase) && !string.Equals(extension, ".yaml", StringComparison.OrdinalIgnoreCase)) continue;
                try
                {
                    files.Add((Display(file), File.ReadAllText(file)));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    errors.Add(Diagnostic.Create(ConfigurationDiagnostics.InvalidYaml, ConfigurationDiagnostics.InFile(Display(file)), e.Message));
                }
            }

            var loaded = LoadFiles(files, root);
            return new PackLoadResult(loaded.Rules, csharp.ToImmutable(), errors.ToImmutable().AddRange(loaded.Diagnostics));
        }

        /// <summary>Loads rule files held in memory (embedded packs, tests): (path to report, text) pairs.</summary>
        public PackLoadResult LoadFiles(IEnumerable<(string Path, string Text)> files, string packRoot)
        {
            var rules = ImmutableArray.CreateBuilder<PackRule>();
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var (path, text) in files)
            {
                var definition = PackFileParser.Parse(path, text, packRoot, diagnostics);
                if (definition is null) continue;
                rules.Add(PackRule.Create(definition, GetDescriptor(definition)));
            }

            return new PackLoadResult(rules.ToImmutable(), ImmutableArray<string>.Empty, diagnostics.ToImmutable());
        }

        /// <summary>Makes rules of definitions parsed before (compiled packs, <see cref="Compiled.CompiledPackReader"/>), in the order given.</summary>
        public PackLoadResult LoadDefinitions(IEnumerable<PackRuleDefinition> definitions)
        {
            var rules = ImmutableArray.CreateBuilder<PackRule>();
            foreach (var definition in definitions) rules.Add(PackRule.Create(definition, GetDescriptor(definition)));
            return new PackLoadResult(rules.ToImmutable(), ImmutableArray<string>.Empty, ImmutableArray<Diagnostic>.Empty);
        }

        /// <summary>Loads one rule file held in memory.</summary>
        public PackLoadResult LoadFile(string path, string text, string packRoot = "") =>
            LoadFiles(new[] { (path, text) }, packRoot);

        private DiagnosticDescriptor GetDescriptor(PackRuleDefinition definition)
        {
            lock (_gate)
            {
                if (_descriptors.TryGetValue(definition.Id, out var existing)) return existing;
                DiagnosticDescriptor descriptor;
                if (_knownDescriptor(definition.Id) is { } known)
                {
                    descriptor = new DiagnosticDescriptor(known.Id, known.Title, "{0}", known.Category, known.DefaultSeverity,
                        isEnabledByDefault: true, known.Description, known.HelpLinkUri, known.CustomTags is IEnumerable<string> tags ? ToArray(tags) : Array.Empty<string>());
                }
                else
                {
                    bool builtIn = RuleCategories.ForId(definition.Id) is not null;
                    var category = RuleCategories.ForId(definition.Id) ?? definition.Id.Substring(0, definition.Id.IndexOf('.'));
                    var title = definition.Title ?? (builtIn ? definition.Id : definition.Id.Substring(definition.Id.IndexOf('.') + 1));
                    var link = definition.Link ?? (builtIn ? RuleIdentifiers.GetHelpLink(definition.Id) : null);
                    descriptor = new DiagnosticDescriptor(definition.Id, title, "{0}", category, definition.Level,
                        isEnabledByDefault: true, definition.Description, link);
                }

                _descriptors[definition.Id] = descriptor;
                return descriptor;
            }
        }

        private static string[] ToArray(IEnumerable<string> items) => new List<string>(items).ToArray();

        // Every regular file under root once: folders are visited once by their real path (a pack folder that links
        // to itself ends), and FIFOs and devices are never opened.
        private static IEnumerable<string> EnumerateFiles(string root)
        {
            var found = new List<string>();
            var visited = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var directory = pending.Pop();
                if (!visited.Add(Input.RealPath.Of(directory))) continue;
                string[] subs, files;
                try
                {
                    subs = Directory.GetDirectories(directory);
                    files = Directory.GetFiles(directory);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    continue;
                }

                foreach (var sub in subs)
                    if (!Path.GetFileName(sub).StartsWith(".", StringComparison.Ordinal)) pending.Push(sub);
                foreach (var file in files)
                    if (Input.FileKinds.Of(file) == Input.FileKind.RegularFile) found.Add(file);
            }

            found.Sort(StringComparer.Ordinal);
            return found;
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Configuration
{
    /// <summary>
    /// Finds the <c>.editorconfig</c> files above each linted file and resolves the options in force for it, with
    /// glob sections, nesting and <c>root = true</c> exactly as Roslyn does (it is Roslyn's
    /// <see cref="AnalyzerConfigSet"/> that matches). A file given with <c>--config</c> applies on top of them: its
    /// sections match paths relative to the base directory and its keys before any section apply to every file.
    /// Rule pack and plugin paths are relative to the file that names them.
    /// </summary>
    public sealed class EditorConfigResolver : RuleOptionsProvider
    {
        /// <summary>The file name looked for in each folder.</summary>
        public const string FileName = ".editorconfig";

        private readonly string _baseDirectory;
        private readonly object _gate = new object();
        private readonly List<EditorConfigFile> _files = new List<EditorConfigFile>();
        private readonly HashSet<string> _visitedDirectories = new HashSet<string>(PathComparer);
        private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();
        private readonly SortedSet<string> _rulePacks = new SortedSet<string>(StringComparer.Ordinal);
        private readonly SortedSet<string> _plugins = new SortedSet<string>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, EditorConfigRuleOptions> _cache = new ConcurrentDictionary<string, EditorConfigRuleOptions>(PathComparer);
        private readonly int _explicitIndex = -1;
        private readonly AnalyzerConfigSet? _explicitSet;
        private readonly ImmutableArray<KeyValuePair<string, string>> _explicitGlobal = ImmutableArray<KeyValuePair<string, string>>.Empty;
        private AnalyzerConfigSet? _set;

        /// <summary>
        /// Creates a resolver. Relative document paths are taken from <paramref name="baseDirectory"/>;
        /// <paramref name="explicitConfigPath"/> is the file given with <c>--config</c>, if any.
        /// </summary>
        public EditorConfigResolver(string baseDirectory, string? explicitConfigPath = null)
        {
            _baseDirectory = Path.GetFullPath(baseDirectory);
            if (explicitConfigPath is null) return;

            var full = Path.GetFullPath(Path.Combine(_baseDirectory, explicitConfigPath));
            var file = Read(full);
            if (file is null) return;
            _explicitIndex = AddFile(file, isExplicit: true);
            var rewritten = file.Rewrite(e => RewriteExtensionValue(e, _explicitIndex));

            // Sections match as if the file sat in the base directory; keys before any section apply everywhere.
            var config = AnalyzerConfig.Parse(rewritten, Path.Combine(_baseDirectory, FileName));
            _explicitSet = AnalyzerConfigSet.Create(ImmutableArray.Create(config));
            var global = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
            foreach (var entry in file.Entries)
            {
                if (entry.Section is not null || ConfigurationKey.Parse(entry.Key).Kind == ConfigurationKeyKind.Foreign) continue;
                var value = RewriteExtensionValue(entry, _explicitIndex) ?? entry.Value;
                global.Add(new KeyValuePair<string, string>(entry.Key.ToLowerInvariant(), value));
            }

            _explicitGlobal = global.ToImmutable();
        }

        private static StringComparer PathComparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        /// <summary>The directory relative paths are resolved from.</summary>
        public string BaseDirectory => _baseDirectory;

        /// <summary>Every configuration file read so far, the <c>--config</c> file included.</summary>
        public ImmutableArray<EditorConfigFile> Files
        {
            get { lock (_gate) return _files.ToImmutableArray(); }
        }

        /// <summary>Problems met while reading: unreadable files, missing rule packs or plugins.</summary>
        public ImmutableArray<Diagnostic> Diagnostics
        {
            get { lock (_gate) return _diagnostics.ToImmutableArray(); }
        }

        /// <summary>Full paths of every rule pack folder named by any configuration file read, sorted.</summary>
        public ImmutableArray<string> RulePackDirectories
        {
            get { lock (_gate) return _rulePacks.ToImmutableArray(); }
        }

        /// <summary>Full paths of every plugin named by any configuration file read, sorted.</summary>
        public ImmutableArray<string> PluginPaths
        {
            get { lock (_gate) return _plugins.ToImmutableArray(); }
        }

        /// <summary>Reads the configuration files above <paramref name="documentPath"/>, once per folder.</summary>
        public void Discover(string documentPath)
        {
            var full = ToFullPath(documentPath);
            lock (_gate)
            {
                var directory = Path.GetDirectoryName(full);
                bool added = false;
                while (!string.IsNullOrEmpty(directory) && _visitedDirectories.Add(directory!))
                {
                    var candidate = Path.Combine(directory!, FileName);
                    // Only a regular file is read: a FIFO named .editorconfig would block the run.
                    if (File.Exists(candidate) && !IsExplicitPath(candidate) && Input.FileKinds.Of(candidate) == Input.FileKind.RegularFile)
                    {
                        var file = Read(candidate);
                        if (file is not null)
                        {
                            AddFile(file, isExplicit: false);
                            added = true;
                            if (file.IsRoot) break;
                        }
                    }

                    directory = Path.GetDirectoryName(directory);
                }

                if (added)
                {
                    _set = null;
                    _cache.Clear();
                }
            }
        }

        /// <inheritdoc />
        public override RuleOptions GetOptions(string path) => GetEditorConfigOptions(path);

        /// <summary>The options in force for the document at <paramref name="path"/>.</summary>
        public EditorConfigRuleOptions GetEditorConfigOptions(string path)
        {
            var full = ToFullPath(path);
            if (_cache.TryGetValue(full, out var cached)) return cached;
            Discover(full);

            AnalyzerConfigSet set;
            lock (_gate) set = _set ??= BuildSet();
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in set.GetOptionsForSourcePath(full).AnalyzerOptions) values[pair.Key] = pair.Value;
            foreach (var pair in _explicitGlobal) values[pair.Key] = pair.Value;
            if (_explicitSet is not null)
                foreach (var pair in _explicitSet.GetOptionsForSourcePath(full).AnalyzerOptions) values[pair.Key] = pair.Value;

            var packs = ResolveExtensionValue(values, ConfigurationKey.RulePacksKey);
            var plugins = ResolveExtensionValue(values, ConfigurationKey.PluginsKey);
            ResolvePathOption(values, ConfigurationKey.SpellingWordsKey);
            ResolvePathOption(values, ConfigurationKey.ArchiveKey);
            var options = new EditorConfigRuleOptions(values, packs, plugins);
            return _cache.GetOrAdd(full, options);
        }

        /// <summary>
        /// Checks every <c>editorial_lint.*</c> line of every file read against the rules of the run: unknown keys,
        /// rule IDs, categories and options, bad values, and lines that are never applied.
        /// </summary>
        public ImmutableArray<Diagnostic> Validate(KnownRules catalog)
        {
            var found = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var file in Files) ConfigurationValidator.Validate(file, IsExplicit(file), DisplayPath(file.Path), catalog, found);
            return found.ToImmutable();
        }

        /// <summary>The path shown for a file: relative to the base directory when under it.</summary>
        public string DisplayPath(string fullPath) => PathDisplay.Relative(_baseDirectory, fullPath);

        private bool IsExplicit(EditorConfigFile file)
        {
            lock (_gate) return _explicitIndex >= 0 && ReferenceEquals(_files[_explicitIndex], file);
        }

        private bool IsExplicitPath(string fullPath) =>
            _explicitIndex >= 0 && PathComparer.Equals(_files[_explicitIndex].Path, fullPath);

        private AnalyzerConfigSet BuildSet()
        {
            var configs = ImmutableArray.CreateBuilder<AnalyzerConfig>();
            for (int i = 0; i < _files.Count; i++)
            {
                if (i == _explicitIndex) continue;
                int index = i;
                configs.Add(AnalyzerConfig.Parse(_files[i].Rewrite(e => RewriteExtensionValue(e, index)), _files[i].Path));
            }

            return AnalyzerConfigSet.Create(configs.ToImmutable());
        }

        private string ToFullPath(string path) => Path.GetFullPath(Path.Combine(_baseDirectory, path));

        private EditorConfigFile? Read(string fullPath)
        {
            try
            {
                return EditorConfigFile.Parse(fullPath, File.ReadAllText(fullPath));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException || e is NotSupportedException)
            {
                lock (_gate) _diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.UnreadableFile, ConfigurationDiagnostics.InFile(DisplayPath(fullPath)), e.Message));
                return null;
            }
        }

        private int AddFile(EditorConfigFile file, bool isExplicit)
        {
            int index = _files.Count;
            _files.Add(file);
            var directory = Path.GetDirectoryName(file.Path)!;
            bool isGlobal = IsGlobalConfig(file);
            string? boundary = null;
            foreach (var entry in file.Entries)
            {
                var kind = ConfigurationKey.Parse(entry.Key).Kind;
                // Keys before the first section of an ordinary .editorconfig are never applied (validation says so).
                if (entry.Section is null && !isExplicit && !isGlobal) continue;
                if (ConfigurationKey.IsPathOption(entry.Key))
                {
                    CheckPathOption(file, directory, entry);
                    continue;
                }

                if (kind != ConfigurationKeyKind.RulePacks && kind != ConfigurationKeyKind.Plugins) continue;

                foreach (var (item, offset) in SplitList(entry.Value))
                {
                    var full = Path.GetFullPath(Path.Combine(directory, item));
                    // A repository's configuration may only name packs and plugins inside the repository (--config may).
                    if (!isExplicit)
                    {
                        boundary ??= RepositoryBoundary.For(file.Path);
                        if (!RepositoryBoundary.Contains(boundary, full))
                        {
                            var outside = new TextSpan(entry.ValueSpan.Start + offset, item.Length);
                            _diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.ExtensionPathOutsideRepository,
                                ConfigurationDiagnostics.At(DisplayPath(file.Path), file.Text, outside), item, full, boundary));
                            continue;
                        }
                    }

                    bool exists = kind == ConfigurationKeyKind.RulePacks ? Directory.Exists(full) : File.Exists(full) || Directory.Exists(full);
                    if (!exists)
                    {
                        var span = new TextSpan(entry.ValueSpan.Start + offset, item.Length);
                        _diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.MissingPath,
                            ConfigurationDiagnostics.At(DisplayPath(file.Path), file.Text, span),
                            kind == ConfigurationKeyKind.RulePacks ? "Rule pack folder" : "Plugin", item, full));
                        continue;
                    }

                    (kind == ConfigurationKeyKind.RulePacks ? _rulePacks : _plugins).Add(full);
                }
            }

            return index;
        }

        private void CheckPathOption(EditorConfigFile file, string directory, EditorConfigEntry entry)
        {
            var value = entry.Value.Trim();
            if (value.Length == 0 || Archive.ArchiveLocation.IsServer(value)) return;
            var full = Path.GetFullPath(Path.Combine(directory, value));
            if (File.Exists(full)) return;
            var span = new TextSpan(entry.ValueSpan.Start + Math.Max(0, entry.Value.IndexOf(value, StringComparison.Ordinal)), value.Length);
            bool archive = string.Equals(entry.Key, ConfigurationKey.ArchiveKey, StringComparison.OrdinalIgnoreCase);
            _diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.MissingPath,
                ConfigurationDiagnostics.At(DisplayPath(file.Path), file.Text, span), archive ? "Archive" : "Word list", value, full));
        }

        internal static bool IsGlobalConfig(EditorConfigFile file)
        {
            foreach (var entry in file.Entries)
            {
                if (entry.Section is null && string.Equals(entry.Key, "is_global", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(entry.Value, "true", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        // Roslyn merges values without saying which file they came from, so a path list is tagged with the index of
        // its file ("{3}rules/house") to be resolved against that file's folder.
        private static string? RewriteExtensionValue(EditorConfigEntry entry, int fileIndex)
        {
            var kind = ConfigurationKey.Parse(entry.Key).Kind;
            if (kind != ConfigurationKeyKind.RulePacks && kind != ConfigurationKeyKind.Plugins && !ConfigurationKey.IsPathOption(entry.Key)) return null;
            return "{" + fileIndex.ToString(CultureInfo.InvariantCulture) + "}" + entry.Value;
        }

        private ImmutableHashSet<string> ResolveExtensionValue(Dictionary<string, string> values, string key)
        {
            if (!values.TryGetValue(key, out var tagged) || tagged.Length < 3 || tagged[0] != '{') return ImmutableHashSet<string>.Empty;
            int close = tagged.IndexOf('}');
            if (close < 0 || !int.TryParse(tagged.Substring(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                return ImmutableHashSet<string>.Empty;

            string directory;
            lock (_gate) directory = Path.GetDirectoryName(_files[index].Path)!;
            var value = tagged.Substring(close + 1);
            values[key] = value;
            var builder = ImmutableHashSet.CreateBuilder<string>(PathComparer);
            foreach (var (item, _) in SplitList(value)) builder.Add(Path.GetFullPath(Path.Combine(directory, item)));
            return builder.ToImmutable();
        }

        // A path option's value, tagged with its file's index, becomes a full path.
        private void ResolvePathOption(Dictionary<string, string> values, string key)
        {
            if (!values.TryGetValue(key, out var tagged) || tagged.Length < 3 || tagged[0] != '{') return;
            int close = tagged.IndexOf('}');
            if (close < 0 || !int.TryParse(tagged.Substring(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index)) return;
            string directory;
            lock (_gate) directory = Path.GetDirectoryName(_files[index].Path)!;
            var value = tagged.Substring(close + 1).Trim();
            // A server address is no path (editorial_lint.archive = postgres://…).
            values[key] = value.Length == 0 || Archive.ArchiveLocation.IsServer(value) ? value : Path.GetFullPath(Path.Combine(directory, value));
        }

        /// <summary>The items of a comma-separated list with their offsets in it, trimmed, empty ones left out.</summary>
        internal static IEnumerable<(string Item, int Offset)> SplitList(string value)
        {
            int start = 0;
            while (start <= value.Length)
            {
                int comma = value.IndexOf(',', start);
                int end = comma < 0 ? value.Length : comma;
                int s = start, e = end;
                while (s < e && char.IsWhiteSpace(value[s])) s++;
                while (e > s && char.IsWhiteSpace(value[e - 1])) e--;
                if (e > s) yield return (value.Substring(s, e - s), s);
                if (comma < 0) break;
                start = comma + 1;
            }
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Configuration;
using EditorialLint.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Plugins
{
    /// <summary>
    /// Loads rule plugins for the CLI: public <see cref="EditorialRule"/> classes from assemblies, and from C# files
    /// compiled at run time against the public rule API. Compiled assemblies are cached on disk by a hash of the
    /// sources and of the tool's own rule API, so an unchanged rule file compiles once. Compile errors are reported
    /// with file, line and column (EL9030); load failures as EL9031. Plugins run with the tool's full trust: load
    /// only code you would run yourself.
    /// </summary>
    public sealed class PluginHost : IPluginHost
    {
        private static readonly ConcurrentDictionary<string, Assembly> Loaded = new ConcurrentDictionary<string, Assembly>(StringComparer.Ordinal);
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(CreateReferences);

        private readonly string _baseDirectory;
        private readonly string? _cacheDirectory;

        /// <summary>
        /// Creates a host. Paths in messages are shown relative to <paramref name="baseDirectory"/>; compiled rules are
        /// cached in <paramref name="cacheDirectory"/> (default: the user's local application data, or the temp folder;
        /// null after <see cref="WithoutDiskCache"/>).
        /// </summary>
        public PluginHost(string baseDirectory, string? cacheDirectory = null)
        {
            _baseDirectory = Path.GetFullPath(baseDirectory);
            _cacheDirectory = cacheDirectory ?? DefaultCacheDirectory();
        }

        private PluginHost(string baseDirectory, bool noCache)
        {
            _baseDirectory = Path.GetFullPath(baseDirectory);
            _cacheDirectory = noCache ? null : DefaultCacheDirectory();
        }

        /// <summary>A host that compiles in memory only.</summary>
        public static PluginHost WithoutDiskCache(string baseDirectory) => new PluginHost(baseDirectory, noCache: true);

        /// <summary>Whether the last <see cref="CompileRules"/> call found its assembly in the disk cache (for tests).</summary>
        public bool LastCompileWasCached { get; private set; }

        /// <inheritdoc />
        public PluginLoadResult LoadAssembly(string path)
        {
            var full = Path.GetFullPath(Path.Combine(_baseDirectory, path));
            var display = PathDisplay.Relative(_baseDirectory, full);
            try
            {
                var context = new PluginLoadContext("EditorialLint plugin " + Path.GetFileName(full), Path.GetDirectoryName(full));
                var assembly = context.LoadFromAssemblyPath(full);
                return Instantiate(assembly, display);
            }
            catch (Exception e) when (e is IOException || e is BadImageFormatException || e is UnauthorizedAccessException || e is FileLoadException)
            {
                return Failed(display, e.GetType().Name + ": " + e.Message);
            }
        }

        /// <inheritdoc />
        public PluginLoadResult CompileRules(IReadOnlyList<string> sourcePaths)
        {
            LastCompileWasCached = false;
            if (sourcePaths.Count == 0) return new PluginLoadResult(ImmutableArray<EditorialRule>.Empty, ImmutableArray<Diagnostic>.Empty);

            var sources = new List<(string Full, string Display, string Text)>();
            foreach (var path in sourcePaths.OrderBy(p => p, StringComparer.Ordinal))
            {
                var full = Path.GetFullPath(Path.Combine(_baseDirectory, path));
                var display = PathDisplay.Relative(_baseDirectory, full);
                try
                {
                    sources.Add((full, display, File.ReadAllText(full)));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    return Failed(display, e.Message);
                }
            }

            var hash = Hash(sources);
            var first = sources[0].Display;
            if (Loaded.TryGetValue(hash, out var cached))
            {
                LastCompileWasCached = true;
                return Instantiate(cached, first);
            }

            var cacheFile = _cacheDirectory is null ? null : Path.Combine(_cacheDirectory, hash + ".dll");
            byte[]? image = null;
            if (cacheFile is not null && File.Exists(cacheFile))
            {
                try
                {
                    image = File.ReadAllBytes(cacheFile);
                    LastCompileWasCached = true;
                }
                catch (IOException)
                {
                    image = null;
                }
            }

            if (image is null)
            {
                var compiled = Compile(sources, hash);
                if (compiled.Image is null) return new PluginLoadResult(ImmutableArray<EditorialRule>.Empty, compiled.Errors);
                image = compiled.Image;
                TryWriteCache(cacheFile, image);
            }

            var context = new PluginLoadContext("EditorialLint rules " + hash.Substring(0, 12), null);
            Assembly assembly;
            try
            {
                using var stream = new MemoryStream(image);
                assembly = context.LoadFromStream(stream);
            }
            catch (BadImageFormatException e)
            {
                return Failed(first, "the cached compiled rules are damaged (" + e.Message + "); delete " + cacheFile);
            }

            Loaded[hash] = assembly;
            return Instantiate(assembly, first);
        }

        /// <summary>Compiles C# rule files to an assembly image; null with EL9030 errors when they do not compile.</summary>
        internal static (byte[]? Image, ImmutableArray<Diagnostic> Errors) Compile(IReadOnlyList<(string Full, string Display, string Text)> sources, string name)
        {
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), parse, s.Display)).ToList();
            var compilation = CSharpCompilation.Create(
                "EditorialLint.UserRules." + name.Substring(0, 16),
                trees,
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                    optimizationLevel: OptimizationLevel.Release, deterministic: true));

            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (result.Success) return (stream.ToArray(), ImmutableArray<Diagnostic>.Empty);

            var errors = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var d in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
            {
                var span = d.Location.GetLineSpan();
                var location = Location.Create(span.Path ?? sources[0].Display, d.Location.SourceSpan, span.Span);
                errors.Add(Diagnostic.Create(ConfigurationDiagnostics.PluginCompilationError, location, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            }

            return (null, errors.ToImmutable());
        }

        private static PluginLoadResult Instantiate(Assembly assembly, string display)
        {
            var rules = ImmutableArray.CreateBuilder<EditorialRule>();
            var errors = ImmutableArray.CreateBuilder<Diagnostic>();
            Type[] types;
            try
            {
                types = assembly.GetExportedTypes();
            }
            catch (Exception e) when (e is ReflectionTypeLoadException || e is FileNotFoundException || e is FileLoadException || e is TypeLoadException)
            {
                return Failed(display, "its types could not be loaded: " + e.Message);
            }

            foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (type.IsAbstract || !typeof(EditorialRule).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null) continue;
                try
                {
                    var rule = (EditorialRule)Activator.CreateInstance(type)!;
                    _ = rule.SupportedDiagnostics.Length;
                    rules.Add(rule);
                }
                catch (Exception e)
                {
                    var inner = e is TargetInvocationException { InnerException: { } i } ? i : e;
                    errors.Add(Diagnostic.Create(ConfigurationDiagnostics.PluginLoadError, ConfigurationDiagnostics.InFile(display),
                        "rule " + type.FullName + " could not be created: " + inner.GetType().Name + ": " + inner.Message));
                }
            }

            if (rules.Count == 0 && errors.Count == 0)
                errors.Add(Diagnostic.Create(ConfigurationDiagnostics.PluginLoadError, ConfigurationDiagnostics.InFile(display),
                    "it holds no public EditorialRule class with a parameterless constructor"));
            return new PluginLoadResult(rules.ToImmutable(), errors.ToImmutable());
        }

        private static PluginLoadResult Failed(string display, string why) =>
            new PluginLoadResult(ImmutableArray<EditorialRule>.Empty, ImmutableArray.Create(
                Diagnostic.Create(ConfigurationDiagnostics.PluginLoadError, ConfigurationDiagnostics.InFile(display), why)));

        // The same sources against another build of the rule API must compile again.
        private static string Hash(IReadOnlyList<(string Full, string Display, string Text)> sources)
        {
            var builder = new StringBuilder();
            builder.Append(typeof(EditorialRule).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
            foreach (var s in sources) builder.Append(Path.GetFileName(s.Full)).Append('\n').Append(s.Text).Append('\0');
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
            return Convert.ToHexString(bytes).ToLowerInvariant();
        }

        private static void TryWriteCache(string? cacheFile, byte[] image)
        {
            if (cacheFile is null) return;
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
                Fixing.AtomicFileWriter.Replace(cacheFile, stream => stream.Write(image, 0, image.Length));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // A cache that cannot be written only costs a compile next time.
            }
        }

        private static string DefaultCacheDirectory()
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("EDITORIAL_LINT_CACHE");
            if (!string.IsNullOrEmpty(fromEnvironment)) return Path.Combine(fromEnvironment, "plugins");
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return Path.Combine(string.IsNullOrEmpty(local) ? Path.GetTempPath() : local, "editorial-lint", "plugins");
        }

        private static ImmutableArray<MetadataReference> CreateReferences()
        {
            var paths = new SortedSet<string>(StringComparer.Ordinal);
            if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string platform)
                foreach (var p in platform.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)) paths.Add(p);
            foreach (var type in new[] { typeof(EditorialRule), typeof(Diagnostic), typeof(ImmutableArray), typeof(object) })
                if (!string.IsNullOrEmpty(type.Assembly.Location)) paths.Add(type.Assembly.Location);

            // One reference per assembly name: the platform list may hold the same name twice.
            var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in paths) byName[Path.GetFileNameWithoutExtension(p)] = p;
            return byName.Values.OrderBy(p => p, StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
        }
    }
}

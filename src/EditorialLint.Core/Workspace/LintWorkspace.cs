using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using EditorialLint.Analysis;
using EditorialLint.Configuration;
using EditorialLint.Diagnostics;
using EditorialLint.Engine;
using EditorialLint.Packs;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Workspace
{
    /// <summary>What every host sets a workspace up from: where configuration, extra rules and plugins come from.</summary>
    public sealed class LintWorkspaceOptions
    {
        /// <summary>The directory relative paths are taken from (the current directory by default).</summary>
        public string BaseDirectory { get; set; } = Directory.GetCurrentDirectory();

        /// <summary>A configuration file given with <c>--config</c>, applied on top of the discovered ones.</summary>
        public string? ConfigFile { get; set; }

        /// <summary>Rule pack folders given with <c>--rules</c> (or an editor's settings): they apply to every file.</summary>
        public IReadOnlyList<string> RuleDirectories { get; set; } = Array.Empty<string>();

        /// <summary>The built-in rules (C# rules and embedded packs); a host makes them once and reuses them.</summary>
        public IReadOnlyList<EditorialRule> BuiltInRules { get; set; } = Array.Empty<EditorialRule>();

        /// <summary>Whether C# plugins may run (<see cref="Configuration.PluginTrust"/>); denied unless the user allowed them.</summary>
        public PluginTrust PluginTrust { get; set; } = PluginTrust.Denied;

        /// <summary>Loads plugins; null where the host has none (plugins are then reported as unsupported).</summary>
        public IPluginHost? PluginHost { get; set; }
    }

    /// <summary>
    /// One setup for every host (the CLI, the language server, the <c>dotnet build</c> analyzer): discovers
    /// <c>.editorconfig</c> files above the linted files, loads the rule packs and plugins they and the options name,
    /// scopes each to the files whose configuration names it, checks every configuration key against the rules that
    /// result, and makes the engine. It also holds what every host must decide the same way: the descriptor list
    /// (<see cref="Descriptors"/>) and the tool's version. Any error in <see cref="Diagnostics"/> means the tool cannot
    /// do its job as configured (the CLI's exit code 2).
    /// </summary>
    public sealed class LintWorkspace
    {
        private readonly Lazy<LintEngine> _engine;
        private readonly Lazy<ImmutableArray<DiagnosticDescriptor>> _descriptors;

        private LintWorkspace(ImmutableArray<EditorialRule> rules, RuleOptionsProvider options, ImmutableArray<Diagnostic> diagnostics)
        {
            Rules = rules;
            Options = options;
            Diagnostics = diagnostics;
            _engine = new Lazy<LintEngine>(() => new LintEngine(Rules, Options));
            _descriptors = new Lazy<ImmutableArray<DiagnosticDescriptor>>(() => ToolDescriptors.WithRules(Rules));
        }

        /// <summary>The tool's version (<c>0.1.0</c>), as every host reports it.</summary>
        public static string Version { get; } =
            typeof(LintWorkspace).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        /// <summary>Every rule of the workspace: built-in, packs, plugins.</summary>
        public ImmutableArray<EditorialRule> Rules { get; }

        /// <summary>Severities and options per document.</summary>
        public RuleOptionsProvider Options { get; }

        /// <summary>Problems with configuration, packs and plugins, in a stable order.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>Whether a problem is an error.</summary>
        public bool HasErrors => DiagnosticFactory.AnyError(Diagnostics);

        /// <summary>The engine over <see cref="Rules"/> and <see cref="Options"/>, made on first use.</summary>
        public LintEngine Engine => _engine.Value;

        /// <summary>Everything this workspace can report (see <see cref="ToolDescriptors.WithRules"/>).</summary>
        public ImmutableArray<DiagnosticDescriptor> Descriptors => _descriptors.Value;

        /// <summary>
        /// A workspace whose configuration is already given, not discovered: the analyzer host (the compiler reads the
        /// <c>.editorconfig</c> files) and a host that falls back to the built-in rules.
        /// </summary>
        public static LintWorkspace FromRules(IEnumerable<EditorialRule> rules, RuleOptionsProvider? options = null) =>
            new LintWorkspace(rules.ToImmutableArray(), options ?? RuleOptionsProvider.Default, ImmutableArray<Diagnostic>.Empty);

        /// <summary>Sets up a workspace over <paramref name="documentPaths"/> (their folders' configuration is read).</summary>
        public static LintWorkspace Create(IEnumerable<string> documentPaths, LintWorkspaceOptions options)
        {
            var resolver = new EditorConfigResolver(options.BaseDirectory, options.ConfigFile);
            foreach (var path in documentPaths) resolver.Discover(path);

            var diagnostics = new List<Diagnostic>(resolver.Diagnostics);
            var rules = new List<EditorialRule>(options.BuiltInRules);
            var known = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            foreach (var rule in options.BuiltInRules)
                foreach (var d in rule.SupportedDiagnostics)
                    if (!known.ContainsKey(d.Id)) known[d.Id] = d;
            var loader = new PackLoader(id => known.TryGetValue(id, out var d) ? d : null);
            var comparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

            // Packs given on the command line apply everywhere; those named in configuration only where it names them.
            var everywhere = new HashSet<string>(comparer);
            foreach (var directory in options.RuleDirectories)
            {
                var full = Path.GetFullPath(Path.Combine(options.BaseDirectory, directory));
                if (!everywhere.Add(full)) continue;
                AddPack(full, scoped: false);
            }

            foreach (var directory in resolver.RulePackDirectories)
                if (!everywhere.Contains(directory)) AddPack(directory, scoped: true);

            foreach (var plugin in resolver.PluginPaths)
            {
                var result = LoadPlugin(plugin);
                diagnostics.AddRange(result.Diagnostics);
                var path = plugin;
                foreach (var rule in result.Rules)
                    rules.Add(new ScopedRule(rule, o => o is EditorConfigRuleOptions e && e.ActivePlugins.Contains(path)));
            }

            diagnostics.AddRange(resolver.Validate(new KnownRules(rules)));
            return new LintWorkspace(rules.ToImmutableArray(), resolver, LintEngine.Sort(diagnostics));

            void AddPack(string directory, bool scoped)
            {
                var pack = loader.LoadDirectory(directory, options.BaseDirectory);
                diagnostics.AddRange(pack.Diagnostics);
                var packRules = new List<EditorialRule>(pack.Rules);
                if (!pack.CSharpFiles.IsEmpty)
                {
                    if (!options.PluginTrust.Allowed)
                    {
                        foreach (var file in pack.CSharpFiles) diagnostics.Add(NotAllowed(file));
                    }
                    else if (options.PluginHost is null)
                    {
                        foreach (var file in pack.CSharpFiles)
                            diagnostics.Add(Diagnostic.Create(ConfigurationDiagnostics.PluginLoadError, ConfigurationDiagnostics.InFile(Display(file)), "this host cannot compile C# rule files (the Roslyn analyzer host and the native build have no compiler); use the dotnet tool"));
                    }
                    else
                    {
                        var compiled = options.PluginHost.CompileRules(pack.CSharpFiles);
                        diagnostics.AddRange(compiled.Diagnostics);
                        packRules.AddRange(compiled.Rules);
                    }
                }

                foreach (var rule in packRules)
                    rules.Add(scoped ? new ScopedRule(rule, o => o is EditorConfigRuleOptions e && e.ActiveRulePacks.Contains(directory)) : rule);
            }

            PluginLoadResult LoadPlugin(string path)
            {
                if (!options.PluginTrust.Allowed)
                    return new PluginLoadResult(ImmutableArray<EditorialRule>.Empty, ImmutableArray.Create(NotAllowed(path)));

                if (options.PluginHost is null)
                {
                    return new PluginLoadResult(ImmutableArray<EditorialRule>.Empty, ImmutableArray.Create(Diagnostic.Create(
                        ConfigurationDiagnostics.PluginLoadError, ConfigurationDiagnostics.InFile(Display(path)), "this host cannot load plugins (the Roslyn analyzer host and the native build cannot load assemblies); use the dotnet tool")));
                }

                if (Directory.Exists(path))
                {
                    var sources = new List<string>(Directory.GetFiles(path, "*.cs"));
                    sources.Sort(StringComparer.Ordinal);
                    return options.PluginHost.CompileRules(sources);
                }

                return string.Equals(Path.GetExtension(path), ".cs", StringComparison.OrdinalIgnoreCase)
                    ? options.PluginHost.CompileRules(new[] { path })
                    : options.PluginHost.LoadAssembly(path);
            }

            string Display(string full) => PathDisplay.Relative(resolver.BaseDirectory, full);

            Diagnostic NotAllowed(string full) =>
                Diagnostic.Create(ConfigurationDiagnostics.PluginNotAllowed, ConfigurationDiagnostics.InFile(Display(full)), Display(full));
        }
    }
}

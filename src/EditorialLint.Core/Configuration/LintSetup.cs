using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Packs;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Configuration
{
    /// <summary>What a run starts from: the files to lint and where extra rules and configuration come from.</summary>
    public sealed class LintSetupOptions
    {
        /// <summary>The directory relative paths are taken from (the current directory by default).</summary>
        public string BaseDirectory { get; set; } = Directory.GetCurrentDirectory();

        /// <summary>A configuration file given with <c>--config</c>, applied on top of the discovered ones.</summary>
        public string? ConfigFile { get; set; }

        /// <summary>Rule pack folders given with <c>--rules</c>: they apply to every file.</summary>
        public IReadOnlyList<string> RuleDirectories { get; set; } = Array.Empty<string>();

        /// <summary>The built-in rules (C# rules and embedded packs).</summary>
        public IReadOnlyList<EditorialRule> BuiltInRules { get; set; } = Array.Empty<EditorialRule>();

        /// <summary>Whether C# plugins may run (<see cref="Configuration.PluginTrust"/>); denied unless the user allowed them.</summary>
        public PluginTrust PluginTrust { get; set; } = PluginTrust.Denied;

        /// <summary>Loads plugins; null where the host has none (plugins are then reported as unsupported).</summary>
        public IPluginHost? PluginHost { get; set; }
    }

    /// <summary>
    /// Puts a run together: discovers <c>.editorconfig</c> files above the linted files, loads the rule packs and
    /// plugins they and the command line name, scopes each to the files whose configuration names it, and checks
    /// every configuration key against the rules that result. Any error here means the tool cannot do its job as
    /// configured (exit code 2).
    /// </summary>
    public sealed class LintSetup
    {
        private LintSetup(ImmutableArray<EditorialRule> rules, EditorConfigResolver options, ImmutableArray<Diagnostic> diagnostics)
        {
            Rules = rules;
            Options = options;
            Diagnostics = diagnostics;
        }

        /// <summary>Every rule of the run: built-in, packs, plugins.</summary>
        public ImmutableArray<EditorialRule> Rules { get; }

        /// <summary>Options per document.</summary>
        public EditorConfigResolver Options { get; }

        /// <summary>Problems with configuration, packs and plugins, in a stable order.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>Whether a problem is an error.</summary>
        public bool HasErrors
        {
            get
            {
                foreach (var d in Diagnostics)
                    if (d.Severity == DiagnosticSeverity.Error) return true;
                return false;
            }
        }

        /// <summary>Sets up a run over <paramref name="documentPaths"/>.</summary>
        public static LintSetup Create(IEnumerable<string> documentPaths, LintSetupOptions options)
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
            return new LintSetup(rules.ToImmutableArray(), resolver, Engine.LintEngine.Sort(diagnostics));

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

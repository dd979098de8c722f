using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Diagnostics
{
    /// <summary>
    /// Descriptors of findings about configuration, rule packs and plugins (EL9010–EL9039). Each is reported at a
    /// position in the offending file (the <c>.editorconfig</c>, the YAML rule file, the C# rule file).
    /// </summary>
    public static class ConfigurationDiagnostics
    {
        /// <summary>EL9010.</summary>
        public static readonly DiagnosticDescriptor UnknownKey = Create(
            RuleIdentifiers.UnknownConfigurationKey,
            "Unknown configuration key",
            "Unknown key '{0}': {1}",
            DiagnosticSeverity.Error);

        /// <summary>EL9011.</summary>
        public static readonly DiagnosticDescriptor InvalidValue = Create(
            RuleIdentifiers.InvalidConfigurationValue,
            "Invalid configuration value",
            "Invalid value '{0}' for '{1}': {2}",
            DiagnosticSeverity.Error);

        /// <summary>EL9012.</summary>
        public static readonly DiagnosticDescriptor IgnoredLine = Create(
            RuleIdentifiers.IgnoredConfigurationLine,
            "Configuration line is never applied",
            "{0}",
            DiagnosticSeverity.Warning);

        /// <summary>EL9013.</summary>
        public static readonly DiagnosticDescriptor UnreadableFile = Create(
            RuleIdentifiers.UnreadableConfiguration,
            "Configuration file could not be read",
            "The configuration file could not be read: {0}",
            DiagnosticSeverity.Error);

        /// <summary>EL9014.</summary>
        public static readonly DiagnosticDescriptor MissingPath = Create(
            RuleIdentifiers.MissingExtensionPath,
            "Rule pack or plugin not found",
            "{0} '{1}' was not found (resolved to '{2}')",
            DiagnosticSeverity.Error);

        /// <summary>EL9020.</summary>
        public static readonly DiagnosticDescriptor InvalidYaml = Create(
            RuleIdentifiers.InvalidPackYaml,
            "Rule file is not valid YAML",
            "The rule file is not valid YAML: {0}",
            DiagnosticSeverity.Error);

        /// <summary>EL9021.</summary>
        public static readonly DiagnosticDescriptor UnknownPackKey = Create(
            RuleIdentifiers.UnknownPackKey,
            "Unknown key in rule file",
            "Unknown key '{0}'{1}",
            DiagnosticSeverity.Error);

        /// <summary>EL9022.</summary>
        public static readonly DiagnosticDescriptor InvalidPackValue = Create(
            RuleIdentifiers.InvalidPackValue,
            "Invalid value in rule file",
            "{0}",
            DiagnosticSeverity.Error);

        /// <summary>EL9023.</summary>
        public static readonly DiagnosticDescriptor InvalidPattern = Create(
            RuleIdentifiers.InvalidPackPattern,
            "Invalid pattern in rule file",
            "Invalid pattern '{0}': {1}",
            DiagnosticSeverity.Error);

        /// <summary>EL9024.</summary>
        public static readonly DiagnosticDescriptor PatternTimeout = Create(
            RuleIdentifiers.PatternTimeout,
            "Pattern timed out",
            "Rule {0}: pattern '{1}' ran past its time limit on this document and was skipped here",
            DiagnosticSeverity.Warning);

        /// <summary>EL9025.</summary>
        public static readonly DiagnosticDescriptor ExampleFailed = Create(
            RuleIdentifiers.PackExampleFailed,
            "Rule example failed",
            "Rule {0}: {1}",
            DiagnosticSeverity.Error);

        /// <summary>EL9030.</summary>
        public static readonly DiagnosticDescriptor PluginCompilationError = Create(
            RuleIdentifiers.PluginCompilationError,
            "C# rule does not compile",
            "{0}: {1}",
            DiagnosticSeverity.Error);

        /// <summary>EL9031.</summary>
        public static readonly DiagnosticDescriptor PluginLoadError = Create(
            RuleIdentifiers.PluginLoadError,
            "Plugin could not be loaded",
            "The plugin could not be loaded: {0}",
            DiagnosticSeverity.Error);

        /// <summary>EL9032.</summary>
        public static readonly DiagnosticDescriptor PluginNotAllowed = Create(
            RuleIdentifiers.PluginNotAllowed,
            "Plugin not allowed",
            "The C# plugin '{0}' was not loaded: plugins run code on this machine, so they load only when you allow them (--allow-plugins, or EDITORIAL_LINT_ALLOW_PLUGINS=1, or the editor's allowPlugins setting)",
            DiagnosticSeverity.Warning);

        /// <summary>EL9033.</summary>
        public static readonly DiagnosticDescriptor ExtensionPathOutsideRepository = Create(
            RuleIdentifiers.ExtensionPathOutsideRepository,
            "Rule pack or plugin outside the repository",
            "'{0}' resolves to '{1}', outside the repository '{2}'; a repository's configuration may only name rule packs and plugins inside it (use --rules for others)",
            DiagnosticSeverity.Error);

        /// <summary>A location in a configuration or rule file, from a source span over its text.</summary>
        public static Location At(string path, SourceText text, TextSpan span) =>
            Location.Create(path, span, text.Lines.GetLinePositionSpan(span));

        /// <summary>A location at a 0-based line and column, for files whose text is not at hand.</summary>
        public static Location At(string path, int line, int column, int length = 0) =>
            Location.Create(path, new TextSpan(0, 0),
                new LinePositionSpan(new LinePosition(line, column), new LinePosition(line, column + length)));

        /// <summary>A location naming a file only.</summary>
        public static Location InFile(string path) => Location.Create(path, default, default);

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, RuleCategories.Tool, severity, isEnabledByDefault: true,
                helpLinkUri: RuleIdentifiers.GetHelpLink(id));
    }
}

using Microsoft.CodeAnalysis;

namespace EditorialLint.Diagnostics
{
    /// <summary>Descriptors of the diagnostics the tool reports about itself and its input (EL9xxx).</summary>
    public static class ToolDiagnostics
    {
        /// <summary>EL9001.</summary>
        public static readonly DiagnosticDescriptor InvalidUtf8 = Create(
            RuleIdentifiers.InvalidUtf8,
            "File is not valid UTF-8",
            "The file is not valid UTF-8 (first bad byte at offset {0}); it was read with replacement characters",
            DiagnosticSeverity.Warning);

        /// <summary>EL9002.</summary>
        public static readonly DiagnosticDescriptor BinaryFile = Create(
            RuleIdentifiers.BinaryFile,
            "Binary file skipped",
            "The file holds NUL bytes and looks binary; it was not linted",
            DiagnosticSeverity.Warning);

        /// <summary>EL9003.</summary>
        public static readonly DiagnosticDescriptor UnreadableFile = Create(
            RuleIdentifiers.UnreadableFile,
            "File could not be read",
            "The file could not be read: {0}",
            DiagnosticSeverity.Error);

        /// <summary>EL9004.</summary>
        public static readonly DiagnosticDescriptor RuleFailure = Create(
            RuleIdentifiers.RuleFailure,
            "A rule failed",
            "Rule {0} failed on this document and was skipped: {1}",
            DiagnosticSeverity.Warning);

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, RuleCategories.Tool, severity, isEnabledByDefault: true,
                helpLinkUri: RuleIdentifiers.GetHelpLink(id));
    }
}

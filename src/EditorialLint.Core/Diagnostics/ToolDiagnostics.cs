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

        /// <summary>EL9005.</summary>
        public static readonly DiagnosticDescriptor DocumentNotLinted = Create(
            RuleIdentifiers.DocumentNotLinted,
            "Document could not be linted",
            "The document could not be linted ({0}); the other documents were",
            DiagnosticSeverity.Error);

        /// <summary>EL9006.</summary>
        public static readonly DiagnosticDescriptor MarkdownTooDeep = Create(
            RuleIdentifiers.MarkdownTooDeep,
            "Markdown nested too deeply",
            "{0} here; the limit is {1}, so the document was not linted (flatten the nesting, or lint it as plain text)",
            DiagnosticSeverity.Error);

        /// <summary>EL9007.</summary>
        public static readonly DiagnosticDescriptor FileTooLarge = Create(
            RuleIdentifiers.FileTooLarge,
            "File too large",
            "The file is {0} bytes, over the limit of {1} bytes, so it was not linted (raise the limit with {2})",
            DiagnosticSeverity.Error);

        /// <summary>EL9008.</summary>
        public static readonly DiagnosticDescriptor TooManyFindings = Create(
            RuleIdentifiers.TooManyFindings,
            "Too many findings",
            "{0} more findings in this document not shown; the limit is {1} per document (change it with --max-findings)",
            DiagnosticSeverity.Warning);

        /// <summary>EL9009.</summary>
        public static readonly DiagnosticDescriptor NotARegularFile = Create(
            RuleIdentifiers.NotARegularFile,
            "Not a regular file",
            "{0}",
            DiagnosticSeverity.Error);

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, RuleCategories.Tool, severity, isEnabledByDefault: true,
                helpLinkUri: RuleIdentifiers.GetHelpLink(id));
    }
}

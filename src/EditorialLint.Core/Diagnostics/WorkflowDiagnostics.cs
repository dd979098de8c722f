using Microsoft.CodeAnalysis;

namespace EditorialLint.Diagnostics
{
    /// <summary>Descriptors of findings about suppression directives, baselines and fixes (EL9040–EL9049).</summary>
    public static class WorkflowDiagnostics
    {
        /// <summary>EL9040.</summary>
        public static readonly DiagnosticDescriptor MalformedDirective = Create(
            RuleIdentifiers.MalformedDirective,
            "Malformed directive",
            "'{0}' is not a directive: {1}",
            DiagnosticSeverity.Warning);

        /// <summary>EL9041.</summary>
        public static readonly DiagnosticDescriptor UnnecessarySuppression = Create(
            RuleIdentifiers.UnnecessarySuppression,
            "Unnecessary suppression",
            "'{0}' suppresses nothing; remove it",
            DiagnosticSeverity.Warning);

        /// <summary>EL9042.</summary>
        public static readonly DiagnosticDescriptor UnknownRuleInDirective = Create(
            RuleIdentifiers.UnknownRuleInDirective,
            "Unknown rule in directive",
            "No loaded rule reports '{0}'",
            DiagnosticSeverity.Warning);

        /// <summary>EL9045.</summary>
        public static readonly DiagnosticDescriptor InvalidBaseline = Create(
            RuleIdentifiers.InvalidBaseline,
            "Baseline could not be read",
            "The baseline could not be read: {0}",
            DiagnosticSeverity.Error);

        /// <summary>EL9046.</summary>
        public static readonly DiagnosticDescriptor FixNotWritten = Create(
            RuleIdentifiers.FixNotWritten,
            "Fixes not written",
            "Fixes were not written to this file: {0}",
            DiagnosticSeverity.Error);

        /// <summary>EL9047.</summary>
        public static readonly DiagnosticDescriptor FixDidNotConverge = Create(
            RuleIdentifiers.FixDidNotConverge,
            "Fixes did not settle",
            "Fixes still changed the file after {0} passes; the rest were left for review",
            DiagnosticSeverity.Warning);

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(id, title, message, RuleCategories.Tool, severity, isEnabledByDefault: true,
                helpLinkUri: RuleIdentifiers.GetHelpLink(id));
    }
}

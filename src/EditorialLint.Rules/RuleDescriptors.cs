using EditorialLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules
{
    /// <summary>Creates descriptors the same way for every built-in rule: category from the ID, help link to its page.</summary>
    internal static class RuleDescriptors
    {
        public static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity severity,
            string description,
            bool isEnabledByDefault = true) =>
            new DiagnosticDescriptor(id, title, messageFormat, category, severity, isEnabledByDefault, description,
                RuleIdentifiers.GetHelpLink(id));
    }
}

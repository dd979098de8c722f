using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Analysis
{
    /// <summary>
    /// The base of every rule, built in or plugged in. Like a Roslyn <c>DiagnosticAnalyzer</c>: a rule declares the
    /// diagnostics it can report and registers actions in <see cref="Initialize"/>; it keeps no state of its own
    /// (state for checks across documents lives in a corpus-start action) and never changes a document.
    /// </summary>
    public abstract class EditorialRule
    {
        /// <summary>The descriptors of every diagnostic this rule can report.</summary>
        public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        /// <summary>Registers the rule's actions.</summary>
        public abstract void Initialize(RuleInitializationContext context);

        /// <summary>
        /// The options this rule reads (<c>editorial_lint.{id}.{name}</c>). Configuration checks every such key and value
        /// against them, so an option a rule reads but does not declare is reported as unknown.
        /// </summary>
        public virtual ImmutableArray<RuleOptionDescriptor> SupportedOptions => ImmutableArray<RuleOptionDescriptor>.Empty;

        /// <summary>The rule's name, for messages about the rule itself.</summary>
        public virtual string Name => GetType().Name;
    }
}

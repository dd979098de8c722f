using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules
{
    /// <summary>
    /// The built-in rules: the C# rules of this assembly, found by reflection, and the rule packs of the repository's
    /// <c>rules/</c> folder, embedded in it. Adding a rule is adding one file: there is no hand-kept list to forget.
    /// </summary>
    public static class BuiltInRules
    {
        private const string RootedJustification =
            "The CLI roots this assembly (TrimmerRootAssembly), so every rule type and its constructor survive trimming.";

        private static readonly Lazy<ImmutableArray<Type>> RuleTypes = new Lazy<ImmutableArray<Type>>(FindRuleTypes);

        /// <summary>Every built-in rule, in a stable order: a new instance of each C# rule, then the (stateless, shared) pack rules.</summary>
        public static ImmutableArray<EditorialRule> CreateAll() =>
            CreateCSharpRules().AddRange(Packs.BuiltInPacks.Rules);

        /// <summary>A new instance of every built-in C# rule, in a stable order.</summary>
        [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = RootedJustification)]
        public static ImmutableArray<EditorialRule> CreateCSharpRules() =>
            RuleTypes.Value.Select(t => (EditorialRule)Activator.CreateInstance(t)!).ToImmutableArray();

        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = RootedJustification)]
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = RootedJustification)]
        private static ImmutableArray<Type> FindRuleTypes() =>
            typeof(BuiltInRules).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(EditorialRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>Every descriptor of every built-in rule, sorted by ID.</summary>
        public static ImmutableArray<DiagnosticDescriptor> AllDescriptors(IEnumerable<EditorialRule>? rules = null) =>
            (rules ?? CreateAll())
                .SelectMany(r => r.SupportedDiagnostics)
                .GroupBy(d => d.Id, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableArray();
    }
}

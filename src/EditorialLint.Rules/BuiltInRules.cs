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
    /// The built-in rules: the C# rules of this assembly, listed at build time by a source generator
    /// (<c>EditorialLint.Generators.BuiltInRuleListGenerator</c> writes <c>CreateListed</c>), and the rule packs of the
    /// repository's <c>rules/</c> folder, embedded in it. Adding a rule is adding one file: there is no hand-kept list to forget.
    /// </summary>
    public static partial class BuiltInRules
    {
        private const string RootedJustification =
            "The CLI roots this assembly (TrimmerRootAssembly), so every rule type and its constructor survive trimming.";

        /// <summary>Every built-in rule, in a stable order: a new instance of each C# rule, then the (stateless, shared) pack rules.</summary>
        public static ImmutableArray<EditorialRule> CreateAll() =>
            CreateCSharpRules().AddRange(Packs.BuiltInPacks.Rules);

        /// <summary>
        /// Starts loading what the built-in rules share (the context model's weights and tables) on another thread: a
        /// run calls it once it knows it has documents to lint, so that a spare core does the work while it reads them.
        /// </summary>
        public static void Prepare() => Wording.ContextModel.ContextModelData.Prepare();

        /// <summary>A new instance of every built-in C# rule, in a stable order (their full names, ordinal).</summary>
        public static ImmutableArray<EditorialRule> CreateCSharpRules() => ImmutableArray.Create(CreateListed());

        /// <summary>
        /// The rule types a reflection scan of this assembly finds, in the same order: what the generated list must equal
        /// (a test compares them). Scanning costs milliseconds at every start of the native tool, so runs use the list.
        /// </summary>
        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = RootedJustification)]
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = RootedJustification)]
        internal static ImmutableArray<Type> FindRuleTypes() =>
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

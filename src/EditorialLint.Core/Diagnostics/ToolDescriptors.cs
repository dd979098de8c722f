using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Diagnostics
{
    /// <summary>
    /// The descriptors a host declares: every EL9xxx descriptor, from the classes that declare them (each named
    /// statically, so trimming keeps them), and the one full list of a run (its rules' descriptors plus every EL9xxx).
    /// </summary>
    public static class ToolDescriptors
    {
        /// <summary>The descriptors of <see cref="ToolDiagnostics"/>, <see cref="ConfigurationDiagnostics"/> and <see cref="WorkflowDiagnostics"/>.</summary>
        public static IEnumerable<DiagnosticDescriptor> All()
        {
            foreach (var field in typeof(ToolDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static))
                if (field.GetValue(null) is DiagnosticDescriptor d) yield return d;
            foreach (var field in typeof(ConfigurationDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static))
                if (field.GetValue(null) is DiagnosticDescriptor d) yield return d;
            foreach (var field in typeof(WorkflowDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static))
                if (field.GetValue(null) is DiagnosticDescriptor d) yield return d;
        }

        /// <summary>
        /// Everything a run over <paramref name="rules"/> can report: each rule's descriptors and every EL9xxx one (the
        /// engine reports directives, load and rule failures whatever the rules), one per ID, sorted by ID. The
        /// analyzer's <c>SupportedDiagnostics</c>, <c>--list-rules</c> and SARIF's rule table are this list.
        /// </summary>
        public static ImmutableArray<DiagnosticDescriptor> WithRules(IEnumerable<EditorialRule> rules)
        {
            var byId = new SortedDictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
            foreach (var rule in rules)
                foreach (var d in rule.SupportedDiagnostics)
                    if (!byId.ContainsKey(d.Id)) byId[d.Id] = d;
            foreach (var d in All())
                if (!byId.ContainsKey(d.Id)) byId[d.Id] = d;
            return byId.Values.ToImmutableArray();
        }
    }
}

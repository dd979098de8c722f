using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Diagnostics
{
    /// <summary>Every EL9xxx descriptor, from the classes that declare them (each named statically, so trimming keeps them).</summary>
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
    }
}

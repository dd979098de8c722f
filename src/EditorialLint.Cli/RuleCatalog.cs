using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Rules;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Cli
{
    /// <summary>What the tool knows about its rules: descriptors and the doc pages shipped inside it.</summary>
    public static class RuleCatalog
    {
        /// <summary>The built-in rules and the tool's own diagnostics.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> Descriptors(IEnumerable<EditorialRule> rules) =>
            BuiltInRules.AllDescriptors(rules)
                .Concat(ToolDescriptors())
                .GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(d => d.Id, StringComparer.Ordinal)
                .ToList();

        /// <summary>Every EL9xxx descriptor: <see cref="ToolDiagnostics"/>, <see cref="ConfigurationDiagnostics"/>, <see cref="WorkflowDiagnostics"/>.</summary>
        public static IEnumerable<DiagnosticDescriptor> ToolDescriptors() =>
            typeof(ToolDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Concat(typeof(ConfigurationDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static))
                .Concat(typeof(WorkflowDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static))
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

        /// <summary>Writes a table of the rules.</summary>
        public static void WriteList(TextWriter writer, IReadOnlyList<DiagnosticDescriptor> descriptors)
        {
            int titleWidth = descriptors.Max(d => d.Title.ToString().Length);
            writer.WriteLine($"{"ID",-7} {"Category",-8} {"Default",-8} {"Title".PadRight(titleWidth)}");
            foreach (var d in descriptors)
            {
                string severity = d.IsEnabledByDefault ? Output.SeverityWords.Of(d.DefaultSeverity) : "off";
                writer.WriteLine($"{d.Id,-7} {d.Category,-8} {severity,-8} {d.Title}");
            }
        }

        /// <summary>The Markdown page of a rule, or null when there is none.</summary>
        public static string? ReadPage(string id)
        {
            var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream("docs/rules/" + id.ToUpperInvariant() + ".md");
            if (stream is null) return null;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Cli
{
    /// <summary>What the tool shows about its rules: the <c>--list-rules</c> table and the doc pages shipped inside it.</summary>
    public static class RuleCatalog
    {
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

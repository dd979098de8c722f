using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Cli.Output
{
    /// <summary>
    /// MSBuild canonical lines, <c>path(line,col): warning EL3001: message</c>, which VS Code's <c>$msCompile</c>
    /// matcher, Visual Studio and Azure Pipelines understand. With ranges on, the location is
    /// <c>(line,col,endLine,endCol)</c>, the canonical form's range variant.
    /// </summary>
    public static class TextFormatter
    {
        /// <summary>Writes one line per finding.</summary>
        public static void Write(TextWriter writer, IReadOnlyList<Finding> findings, bool ranges, bool color)
        {
            foreach (var f in findings)
            {
                var l = f.Location;
                string position = ranges
                    ? $"({l.Line},{l.Column},{l.EndLine},{l.EndColumn})"
                    : $"({l.Line},{l.Column})";
                string severity = f.SeverityWord;
                if (color) severity = Colorize(severity, f.Severity);
                writer.Write(OutputEscaping.AtLineStart(l.Path));
                writer.Write(position);
                writer.Write(": ");
                writer.Write(severity);
                writer.Write(' ');
                writer.Write(f.Id);
                writer.Write(": ");
                writer.WriteLine(OutputEscaping.InLine(OneLine(f.Message)));
            }
        }

        /// <summary>Messages never span lines: a line break would split the finding for every matcher.</summary>
        public static string OneLine(string message) => message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');

        private static string Colorize(string word, DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "\u001b[31m" + word + "\u001b[0m",
            DiagnosticSeverity.Warning => "\u001b[33m" + word + "\u001b[0m",
            _ => "\u001b[36m" + word + "\u001b[0m",
        };
    }
}

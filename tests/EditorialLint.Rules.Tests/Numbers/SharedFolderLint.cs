using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace EditorialLint.Rules.Tests.Numbers
{
    /// <summary>Lints a folder of ../shared as one run with the given rules and writes every EL1 finding to the test output.</summary>
    internal static class SharedFolderLint
    {
        public static List<Diagnostic> NumberFindings(string folder, IEnumerable<EditorialRule> rules, ITestOutputHelper output, out int articles)
        {
            var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).Equals("README.TXT", System.StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f, System.StringComparer.Ordinal).ToList();
            articles = files.Count;
            var inputs = files.Select(f => DocumentInput.FromFile(f, Path.GetRelativePath(folder, f).Replace('\\', '/'))).ToList();
            var found = new LintEngine(rules).Run(inputs).Diagnostics.Where(d => d.Id.StartsWith("EL1", System.StringComparison.Ordinal)).ToList();
            foreach (var d in found)
                output.WriteLine(d.Location.GetLineSpan().Path + "(" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + "): " + d.Id + " "
                                 + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            return found;
        }
    }
}

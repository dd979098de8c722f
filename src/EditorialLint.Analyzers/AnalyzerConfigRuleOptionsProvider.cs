using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EditorialLint.Analyzers
{
    /// <summary>Reads <c>editorial_lint.*</c> keys for each additional file from the compiler's <c>.editorconfig</c> view.</summary>
    internal sealed class AnalyzerConfigRuleOptionsProvider : RuleOptionsProvider
    {
        private const string Prefix = "editorial_lint.";
        private readonly Dictionary<string, RuleOptions> _byPath = new Dictionary<string, RuleOptions>(StringComparer.Ordinal);

        public AnalyzerConfigRuleOptionsProvider(AnalyzerConfigOptionsProvider provider, ImmutableArray<AdditionalText> files)
        {
            foreach (var file in files)
            {
                var config = provider.GetOptions(file);
                var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var key in config.Keys)
                {
                    if (key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && config.TryGetValue(key, out var value))
                        values[key] = value;
                }

                _byPath[file.Path] = values.Count == 0 ? RuleOptions.Default : new DictionaryRuleOptions(values, d => SeverityOf(values, d));
            }
        }

        public override RuleOptions GetOptions(string path) =>
            _byPath.TryGetValue(path, out var options) ? options : RuleOptions.Default;

        // A rule's own key wins over its category's.
        private static ReportDiagnostic SeverityOf(Dictionary<string, string> values, DiagnosticDescriptor descriptor)
        {
            if (values.TryGetValue(Prefix + descriptor.Id + ".severity", out var value) && TryParse(value, out var severity)) return severity;
            if (values.TryGetValue(Prefix + "category." + descriptor.Category + ".severity", out value) && TryParse(value, out severity)) return severity;
            return ReportDiagnostic.Default;
        }

        private static bool TryParse(string value, out ReportDiagnostic severity)
        {
            switch (value.Trim().ToLowerInvariant())
            {
                case "error": severity = ReportDiagnostic.Error; return true;
                case "warning": severity = ReportDiagnostic.Warn; return true;
                case "suggestion": severity = ReportDiagnostic.Info; return true;
                case "silent": severity = ReportDiagnostic.Hidden; return true;
                case "none": severity = ReportDiagnostic.Suppress; return true;
                case "default": severity = ReportDiagnostic.Default; return true;
                default: severity = ReportDiagnostic.Default; return false;
            }
        }
    }
}

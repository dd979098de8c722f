using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EditorialLint.Analyzers
{
    /// <summary>
    /// Reads <c>editorial_lint.*</c> keys for each additional file from the compiler's <c>.editorconfig</c> view and
    /// interprets them exactly as the CLI does (<see cref="EditorConfigRuleOptions"/>).
    /// </summary>
    internal sealed class AnalyzerConfigRuleOptionsProvider : RuleOptionsProvider
    {
        private readonly Dictionary<string, RuleOptions> _byPath = new Dictionary<string, RuleOptions>(StringComparer.Ordinal);

        public AnalyzerConfigRuleOptionsProvider(AnalyzerConfigOptionsProvider provider, ImmutableArray<AdditionalText> files)
        {
            foreach (var file in files)
            {
                var config = provider.GetOptions(file);
                var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var key in config.Keys)
                {
                    if (key.StartsWith(ConfigurationKey.Prefix, StringComparison.OrdinalIgnoreCase) && config.TryGetValue(key, out var value))
                        values[key] = value;
                }

                _byPath[file.Path] = values.Count == 0 ? RuleOptions.Default : new EditorConfigRuleOptions(values);
            }
        }

        public override RuleOptions GetOptions(string path) =>
            _byPath.TryGetValue(path, out var options) ? options : RuleOptions.Default;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Configuration
{
    /// <summary>
    /// The options in force for one document after <c>.editorconfig</c> resolution: every <c>editorial_lint.*</c> key,
    /// the severities they set, and which rule packs and plugins apply to the document. A rule's own severity key
    /// wins over its category's; a bad value (reported by validation) leaves the default in place.
    /// </summary>
    public sealed class EditorConfigRuleOptions : RuleOptions
    {
        private readonly Dictionary<string, string> _values;
        private readonly Dictionary<string, ReportDiagnostic> _ruleSeverities;
        private readonly Dictionary<string, ReportDiagnostic> _categorySeverities;

        /// <summary>Creates options from resolved keys (any case) and the extension paths in force.</summary>
        public EditorConfigRuleOptions(
            IEnumerable<KeyValuePair<string, string>> values,
            ImmutableHashSet<string>? activeRulePacks = null,
            ImmutableHashSet<string>? activePlugins = null)
        {
            _values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            _ruleSeverities = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
            _categorySeverities = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in values)
            {
                _values[pair.Key] = pair.Value;
                var key = ConfigurationKey.Parse(pair.Key);
                if (!SeverityValue.TryParse(pair.Value, out var severity)) continue;
                if (key.Kind == ConfigurationKeyKind.RuleSeverity) _ruleSeverities[key.Target!] = severity;
                else if (key.Kind == ConfigurationKeyKind.CategorySeverity) _categorySeverities[key.Target!] = severity;
            }

            ActiveRulePacks = activeRulePacks ?? ImmutableHashSet<string>.Empty;
            ActivePlugins = activePlugins ?? ImmutableHashSet<string>.Empty;
        }

        /// <summary>Full paths of the rule pack folders that apply to this document.</summary>
        public ImmutableHashSet<string> ActiveRulePacks { get; }

        /// <summary>Full paths of the plugins (assemblies, C# files) that apply to this document.</summary>
        public ImmutableHashSet<string> ActivePlugins { get; }

        /// <summary>Every resolved key and value.</summary>
        public IReadOnlyDictionary<string, string> Values => _values;

        /// <inheritdoc />
        public override ReportDiagnostic GetSeverity(DiagnosticDescriptor descriptor)
        {
            if (_ruleSeverities.TryGetValue(descriptor.Id, out var severity)) return severity;
            if (_categorySeverities.TryGetValue(descriptor.Category, out severity)) return severity;
            return ReportDiagnostic.Default;
        }

        /// <inheritdoc />
        public override bool TryGetValue(string key, out string? value)
        {
            if (_values.TryGetValue(key, out var v))
            {
                value = v;
                return true;
            }

            value = null;
            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Analysis
{
    /// <summary>
    /// Severities and options in force for one document, from <c>editorial_lint.*</c> configuration keys such as
    /// <c>editorial_lint.EL1006.style = ap</c> (the counterpart of Roslyn's <c>AnalyzerConfigOptions</c>).
    /// </summary>
    public abstract class RuleOptions
    {
        /// <summary>No configuration: every rule at its default severity, no options.</summary>
        public static RuleOptions Default { get; } = new EmptyRuleOptions();

        /// <summary>
        /// The severity a diagnostic of <paramref name="descriptor"/> is reported at:
        /// <see cref="ReportDiagnostic.Default"/> means the descriptor's own; <see cref="ReportDiagnostic.Suppress"/>
        /// turns the rule off.
        /// </summary>
        public abstract ReportDiagnostic GetSeverity(DiagnosticDescriptor descriptor);

        /// <summary>The value of a key such as <c>editorial_lint.EL1006.style</c>.</summary>
        public abstract bool TryGetValue(string key, out string? value);

        /// <summary>The value of a rule option (<c>editorial_lint.{ruleId}.{name}</c>), or null.</summary>
        public string? GetRuleOption(string ruleId, string name) =>
            TryGetValue("editorial_lint." + ruleId + "." + name, out var value) ? value : null;

        private sealed class EmptyRuleOptions : RuleOptions
        {
            public override ReportDiagnostic GetSeverity(DiagnosticDescriptor descriptor) => ReportDiagnostic.Default;

            public override bool TryGetValue(string key, out string? value)
            {
                value = null;
                return false;
            }
        }
    }

    /// <summary>Gives the <see cref="RuleOptions"/> in force for each document path.</summary>
    public abstract class RuleOptionsProvider
    {
        /// <summary>No configuration anywhere.</summary>
        public static RuleOptionsProvider Default { get; } = new Fixed(RuleOptions.Default);

        /// <summary>Options for the document at <paramref name="path"/>.</summary>
        public abstract RuleOptions GetOptions(string path);

        /// <summary>The same options for every document.</summary>
        public static RuleOptionsProvider ForAll(RuleOptions options) => new Fixed(options);

        private sealed class Fixed : RuleOptionsProvider
        {
            private readonly RuleOptions _options;

            public Fixed(RuleOptions options) => _options = options;

            public override RuleOptions GetOptions(string path) => _options;
        }
    }

    /// <summary>Options held in a dictionary of keys and values: tests, editors and the Roslyn host use it.</summary>
    public sealed class DictionaryRuleOptions : RuleOptions
    {
        private readonly IReadOnlyDictionary<string, string> _values;
        private readonly Func<DiagnosticDescriptor, ReportDiagnostic>? _severity;

        /// <summary>Creates options from key/value pairs and an optional severity map.</summary>
        public DictionaryRuleOptions(IReadOnlyDictionary<string, string> values, Func<DiagnosticDescriptor, ReportDiagnostic>? severity = null)
        {
            _values = values;
            _severity = severity;
        }

        /// <inheritdoc />
        public override ReportDiagnostic GetSeverity(DiagnosticDescriptor descriptor) =>
            _severity?.Invoke(descriptor) ?? ReportDiagnostic.Default;

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

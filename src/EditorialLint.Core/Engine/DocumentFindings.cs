using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Suppressions;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Engine
{
    /// <summary>
    /// The findings of one document, and the one place the engine applies configuration to a finding: it takes the
    /// severity the document's options give (or is dropped when they turn it off), then is dropped when one of the
    /// document's inline directives suppresses it. Rules, document-end actions, load errors, directives and, through
    /// <see cref="Admit"/>, rules across documents all report through here.
    /// </summary>
    internal sealed class DocumentFindings
    {
        private SuppressionMap? _directives;
        private readonly FindingLimit _limit;

        /// <summary>Findings for a document with <paramref name="options"/>, keeping at most <paramref name="maxFindings"/> (0: no limit).</summary>
        public DocumentFindings(RuleOptions options, int maxFindings = 0)
        {
            Options = options;
            _limit = new FindingLimit(maxFindings);
        }

        /// <summary>The document's options.</summary>
        public RuleOptions Options { get; }

        /// <summary>The findings kept so far, in the order they came.</summary>
        public List<Diagnostic> Items { get; } = new List<Diagnostic>();

        /// <summary>The document's directives, once read (null when it has none or directives are off).</summary>
        public SuppressionMap? Directives => _directives;

        /// <summary>Adds a finding as configured, unless it is turned off or suppressed.</summary>
        public void Report(Diagnostic diagnostic)
        {
            var admitted = Admit(diagnostic);
            if (admitted is not null && _limit.Admit(Items)) Items.Add(admitted);
        }

        /// <summary>Reports how many findings the limit kept out (EL9008), once, when it kept any out.</summary>
        public void ReportDropped(string path)
        {
            if (_limit.DroppedFinding(path) is { } dropped && Admit(dropped) is { } shown) Items.Add(shown);
        }

        /// <summary>A rule failure (EL9004): shown whatever the severities, unless a directive suppresses it.</summary>
        public void ReportFailure(Diagnostic failure)
        {
            lock (Items)
                if (_directives is null || !_directives.IsSuppressed(failure)) Items.Add(failure);
        }

        /// <summary>The finding as configured, or null when it is turned off or suppressed.</summary>
        public Diagnostic? Admit(Diagnostic diagnostic)
        {
            var configured = WithConfiguredSeverity(diagnostic, Options);
            if (configured is null || (_directives is not null && _directives.IsSuppressed(configured))) return null;
            return configured;
        }

        /// <summary>Reads the document's directives: drops the findings so far that they suppress, and suppresses later ones.</summary>
        public void ApplyDirectives(SuppressionMap map)
        {
            _directives = map;
            Items.RemoveAll(map.IsSuppressed);
        }

        /// <summary>Reports the directives that are not directives (EL9040), as configured.</summary>
        public void ReportMalformedDirectives()
        {
            if (_directives is null) return;
            foreach (var d in _directives.Malformed) Report(d);
        }

        /// <summary>
        /// Directives that suppressed nothing or name no known rule (EL9041, EL9042), as configured; asked once every
        /// finding that could land in the document has been admitted.
        /// </summary>
        public IEnumerable<Diagnostic> UnusedDirectives(Func<string, bool> isKnownId)
        {
            if (_directives is null) yield break;
            foreach (var d in _directives.Unused(isKnownId))
                if (Admit(d) is { } configured) yield return configured;
        }

        private static Diagnostic? WithConfiguredSeverity(Diagnostic diagnostic, RuleOptions options)
        {
            switch (options.GetSeverity(diagnostic.Descriptor))
            {
                case ReportDiagnostic.Suppress:
                    return null;
                case ReportDiagnostic.Error:
                    return DiagnosticFactory.WithSeverity(diagnostic, DiagnosticSeverity.Error);
                case ReportDiagnostic.Warn:
                    return DiagnosticFactory.WithSeverity(diagnostic, DiagnosticSeverity.Warning);
                case ReportDiagnostic.Info:
                    return DiagnosticFactory.WithSeverity(diagnostic, DiagnosticSeverity.Info);
                case ReportDiagnostic.Hidden:
                    return DiagnosticFactory.WithSeverity(diagnostic, DiagnosticSeverity.Hidden);
                default:
                    return diagnostic;
            }
        }
    }
}

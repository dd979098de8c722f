using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Cli.Output
{
    /// <summary>A place in a file: 1-based line and column (UTF-16 code units) and 0-based offsets.</summary>
    public sealed record FindingLocation(string Path, int Line, int Column, int EndLine, int EndColumn, int Offset, int Length)
    {
        /// <summary>The location of a Roslyn <see cref="Location"/>.</summary>
        public static FindingLocation From(Location location)
        {
            var span = location.GetLineSpan();
            return new FindingLocation(
                span.Path ?? string.Empty,
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1,
                span.EndLinePosition.Character + 1,
                location.SourceSpan.Start,
                location.SourceSpan.Length);
        }
    }

    /// <summary>A diagnostic flattened for the formatters.</summary>
    public sealed record Finding(
        string Id,
        DiagnosticSeverity Severity,
        string Message,
        string Title,
        string? HelpUri,
        FindingLocation Location,
        ImmutableArray<FindingLocation> AdditionalLocations,
        TextFix? Fix)
    {
        /// <summary>The severity word used in text output ("error", "warning", "info").</summary>
        public string SeverityWord => SeverityWords.Of(Severity);

        /// <summary>Flattens a diagnostic.</summary>
        public static Finding From(Diagnostic diagnostic) =>
            new Finding(
                diagnostic.Id,
                diagnostic.Severity,
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
                string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri,
                FindingLocation.From(diagnostic.Location),
                diagnostic.AdditionalLocations.Select(FindingLocation.From).ToImmutableArray(),
                TextFix.FromDiagnostic(diagnostic));

        /// <summary>
        /// The finding's fingerprint (rule, path, flagged text and its context; see
        /// <see cref="Baselines.DiagnosticFingerprint"/>), written to SARIF as <c>partialFingerprints</c>; null when unknown.
        /// </summary>
        public string? Fingerprint { get; init; }

        /// <summary>Flattens diagnostics, leaving out hidden ones; <paramref name="fingerprintOf"/> gives their fingerprints.</summary>
        public static IReadOnlyList<Finding> FromAll(IEnumerable<Diagnostic> diagnostics, System.Func<Diagnostic, string?>? fingerprintOf = null) =>
            diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).Select(d => From(d) with { Fingerprint = fingerprintOf?.Invoke(d) }).ToList();
    }

    /// <summary>Severity names in the three vocabularies we write.</summary>
    public static class SeverityWords
    {
        /// <summary>MSBuild/text: error, warning, info.</summary>
        public static string Of(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };

        /// <summary>SARIF: error, warning, note, none.</summary>
        public static string Sarif(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "note",
            _ => "none",
        };

        /// <summary>GitHub workflow commands: error, warning, notice.</summary>
        public static string GitHub(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
    }
}

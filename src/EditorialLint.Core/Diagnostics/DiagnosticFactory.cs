using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Diagnostics
{
    /// <summary>Helpers over Roslyn's <see cref="Diagnostic"/> that its public API lacks.</summary>
    public static class DiagnosticFactory
    {
        /// <summary>Whether one of <paramref name="diagnostics"/> is an error.</summary>
        public static bool AnyError(IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var d in diagnostics)
                if (d.Severity == DiagnosticSeverity.Error) return true;
            return false;
        }

        /// <summary>
        /// The same diagnostic at another severity (Roslyn keeps <c>WithSeverity</c> internal). The message is
        /// formatted once, culture-free; descriptor fields, locations and properties are kept.
        /// </summary>
        public static Diagnostic WithSeverity(Diagnostic diagnostic, DiagnosticSeverity severity)
        {
            if (diagnostic.Severity == severity) return diagnostic;
            var d = diagnostic.Descriptor;
            return Diagnostic.Create(
                d.Id,
                d.Category,
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                severity,
                d.DefaultSeverity,
                d.IsEnabledByDefault,
                severity == DiagnosticSeverity.Error ? 0 : 1,
                d.Title,
                d.Description,
                d.HelpLinkUri,
                diagnostic.Location,
                diagnostic.AdditionalLocations,
                d.CustomTags,
                diagnostic.Properties);
        }

        /// <summary>
        /// The same diagnostic at other locations with other properties (a finding on a section of a long document placed
        /// in the whole document). The message is formatted once, culture-free; severity and descriptor fields are kept.
        /// </summary>
        public static Diagnostic WithLocations(Diagnostic diagnostic, Location location, IEnumerable<Location>? additionalLocations, System.Collections.Immutable.ImmutableDictionary<string, string?> properties)
        {
            var d = diagnostic.Descriptor;
            return Diagnostic.Create(
                d.Id,
                d.Category,
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                diagnostic.Severity,
                d.DefaultSeverity,
                d.IsEnabledByDefault,
                diagnostic.WarningLevel,
                d.Title,
                d.Description,
                d.HelpLinkUri,
                location,
                additionalLocations,
                d.CustomTags,
                properties);
        }
    }
}

using System;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Configuration
{
    /// <summary>
    /// Severity values of <c>*.severity</c> keys. EditorialLint's own are <c>error</c>, <c>warning</c>,
    /// <c>suggestion</c> and <c>none</c>; Roslyn's <c>silent</c> and <c>default</c> are accepted too, and <c>info</c> and
    /// <c>hidden</c> as the names the diagnostic model gives <c>suggestion</c> and <c>silent</c>.
    /// </summary>
    public static class SeverityValue
    {
        /// <summary>The values accepted, for error messages.</summary>
        public const string Expected = "error | warning | suggestion | none (also silent, default, info, hidden)";

        /// <summary>Reads a severity value; false when it is not one.</summary>
        public static bool TryParse(string? value, out ReportDiagnostic severity)
        {
            switch (value?.Trim().ToLowerInvariant())
            {
                case "error": severity = ReportDiagnostic.Error; return true;
                case "warning": severity = ReportDiagnostic.Warn; return true;
                case "suggestion":
                case "info": severity = ReportDiagnostic.Info; return true;
                case "silent":
                case "hidden": severity = ReportDiagnostic.Hidden; return true;
                case "none": severity = ReportDiagnostic.Suppress; return true;
                case "default": severity = ReportDiagnostic.Default; return true;
                default: severity = ReportDiagnostic.Default; return false;
            }
        }

        /// <summary>Reads a rule pack's <c>level</c>: only <c>error</c>, <c>warning</c> or <c>suggestion</c>.</summary>
        public static bool TryParseLevel(string? value, out DiagnosticSeverity severity)
        {
            switch (value)
            {
                case "error": severity = DiagnosticSeverity.Error; return true;
                case "warning": severity = DiagnosticSeverity.Warning; return true;
                case "suggestion": severity = DiagnosticSeverity.Info; return true;
                default: severity = DiagnosticSeverity.Warning; return false;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Protocol;
using Microsoft.CodeAnalysis;

namespace EditorialLint.LanguageServer.Features
{
    /// <summary>Where another document's text can be found, to place related locations in it.</summary>
    /// <param name="path">The path the engine reported.</param>
    /// <returns>The document's URI and line index, or null when its text is not at hand.</returns>
    internal delegate (string Uri, LineIndex Lines)? DocumentResolver(string path);

    /// <summary>Turns engine diagnostics into LSP diagnostics.</summary>
    internal static class DiagnosticConverter
    {
        /// <summary>The <c>source</c> of every diagnostic the server publishes.</summary>
        public const string Source = "editorial-lint";

        /// <summary>
        /// The LSP form of <paramref name="diagnostic"/>: range in UTF-16 positions of <paramref name="snapshot"/>,
        /// severity, code = rule ID with a link to its page, and the diagnostic's further locations (such as the other
        /// mention of a conflicting figure) as related information.
        /// </summary>
        public static LspDiagnostic Convert(Diagnostic diagnostic, DocumentSnapshot snapshot, DocumentResolver resolve)
        {
            var span = diagnostic.Location.SourceSpan;
            var result = new LspDiagnostic
            {
                Range = snapshot.Lines.GetRange(span.Start, span.End),
                Severity = SeverityOf(diagnostic.Severity),
                Code = diagnostic.Id,
                Source = Source,
                Message = diagnostic.GetMessage(CultureInfo.InvariantCulture),
            };

            var help = diagnostic.Descriptor.HelpLinkUri;
            if (!string.IsNullOrEmpty(help) && Uri.TryCreate(help, UriKind.Absolute, out _))
                result.CodeDescription = new CodeDescription { Href = help };

            if (diagnostic.AdditionalLocations.Count > 0)
            {
                var related = new List<DiagnosticRelatedInformation>();
                foreach (var location in diagnostic.AdditionalLocations)
                {
                    var lspLocation = ToLocation(location, snapshot, resolve);
                    if (lspLocation is null) continue;
                    related.Add(new DiagnosticRelatedInformation { Location = lspLocation, Message = RelatedMessage(diagnostic) });
                }

                if (related.Count > 0) result.RelatedInformation = related;
            }

            return result;
        }

        /// <summary>The LSP severity of a Roslyn severity; hidden findings are hints.</summary>
        public static int SeverityOf(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => LspConstants.SeverityError,
            DiagnosticSeverity.Warning => LspConstants.SeverityWarning,
            DiagnosticSeverity.Info => LspConstants.SeverityInformation,
            _ => LspConstants.SeverityHint,
        };

        private static LspLocation? ToLocation(Location location, DocumentSnapshot snapshot, DocumentResolver resolve)
        {
            var lineSpan = location.GetLineSpan();
            var path = lineSpan.Path;
            if (string.IsNullOrEmpty(path)) return null;
            var span = location.SourceSpan;
            if (string.Equals(path, snapshot.Path, StringComparison.Ordinal))
                return new LspLocation { Uri = snapshot.Uri, Range = snapshot.Lines.GetRange(span.Start, span.End) };

            if (resolve(path) is { } other)
                return new LspLocation { Uri = other.Uri, Range = other.Lines.GetRange(span.Start, span.End) };

            // The text is not at hand: Roslyn's line positions are right unless the text has U+2028-style breaks.
            if (!System.IO.Path.IsPathRooted(path)) return null;
            var start = lineSpan.StartLinePosition;
            var end = lineSpan.EndLinePosition;
            return new LspLocation
            {
                Uri = DocumentUris.FromPath(path),
                Range = new LspRange(new Position(start.Line, start.Character), new Position(end.Line, end.Character)),
            };
        }

        private static string RelatedMessage(Diagnostic diagnostic) =>
            diagnostic.Id + ": the other mention (" + diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture) + ")";
    }
}

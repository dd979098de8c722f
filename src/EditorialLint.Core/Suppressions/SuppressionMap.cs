using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Diagnostics;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Suppressions
{
    /// <summary>
    /// The directives of one document, answering whether a diagnostic is suppressed and remembering which
    /// directives did suppress something, so that those that suppress nothing can be reported (as Roslyn's IDE0079
    /// does). Regions follow ESLint's reading: <c>disable</c> then <c>enable EL1</c> leaves every rule but EL1 off.
    /// The tool's own directive findings (EL9040–EL9042) cannot be suppressed by directives.
    /// </summary>
    public sealed class SuppressionMap
    {
        private const string AllRules = "*";

        private readonly string _path;
        private readonly SourceDocument _document;
        private readonly ImmutableArray<SuppressionDirective> _directives;
        private readonly HashSet<(int Directive, string Id)> _used = new HashSet<(int, string)>();

        private SuppressionMap(SourceDocument document, ImmutableArray<SuppressionDirective> directives, ImmutableArray<Diagnostic> malformed)
        {
            _path = document.Path;
            _document = document;
            _directives = directives;
            Malformed = malformed;
        }

        /// <summary>The directives, in document order.</summary>
        public ImmutableArray<SuppressionDirective> Directives => _directives;

        /// <summary>EL9040 for comments that look like directives and are not.</summary>
        public ImmutableArray<Diagnostic> Malformed { get; }

        /// <summary>The map of <paramref name="document"/>, or null when it has no directive comment at all.</summary>
        public static SuppressionMap? Create(SourceDocument document)
        {
            var (directives, malformed) = DirectiveParser.Parse(document);
            return directives.IsEmpty && malformed.IsEmpty ? null : new SuppressionMap(document, directives, malformed);
        }

        /// <summary>Whether a directive suppresses <paramref name="diagnostic"/>; if so the directive is marked used.</summary>
        public bool IsSuppressed(Diagnostic diagnostic)
        {
            var id = diagnostic.Id;
            if (id == RuleIdentifiers.MalformedDirective || id == RuleIdentifiers.UnnecessarySuppression || id == RuleIdentifiers.UnknownRuleInDirective)
                return false;

            var location = diagnostic.Location;
            int line = location.GetLineSpan().StartLinePosition.Line;
            int offset = location.SourceSpan.Start;
            bool suppressed = false;

            // Every directive that covers the diagnostic counts as used, not only the first: none of them is unnecessary.
            for (int i = 0; i < _directives.Length; i++)
            {
                var directive = _directives[i];
                bool covers = directive.Kind switch
                {
                    DirectiveKind.DisableFile => true,
                    DirectiveKind.DisableLine => line >= directive.StartLine && line <= directive.EndLine,
                    DirectiveKind.DisableNextLine => line == directive.EndLine + 1,
                    _ => false,
                };
                if (!covers) continue;
                var matched = Matching(directive, id);
                if (matched is null) continue;
                _used.Add((i, matched));
                suppressed = true;
            }

            var region = RegionDirective(id, offset);
            if (region is { } r)
            {
                _used.Add(r);
                suppressed = true;
            }

            return suppressed;
        }

        /// <summary>
        /// EL9041 for each directive (or each ID of one) that suppressed nothing, and EL9042 for IDs no rule reports.
        /// Call after every diagnostic of the document went through <see cref="IsSuppressed"/>.
        /// </summary>
        public IEnumerable<Diagnostic> Unused(Func<string, bool> isKnownId)
        {
            for (int i = 0; i < _directives.Length; i++)
            {
                var directive = _directives[i];
                if (directive.Kind == DirectiveKind.Enable) continue;
                var location = Location.Create(_path, directive.Span, _document.Text.Lines.GetLinePositionSpan(directive.Span));
                if (directive.Ids.IsEmpty)
                {
                    if (!_used.Contains((i, AllRules)))
                        yield return Diagnostic.Create(WorkflowDiagnostics.UnnecessarySuppression, location, DirectiveParser.Marker + " " + directive.Text);
                    continue;
                }

                foreach (var id in directive.Ids)
                {
                    if (!isKnownId(id))
                        yield return Diagnostic.Create(WorkflowDiagnostics.UnknownRuleInDirective, location, id);
                    else if (!_used.Contains((i, id)))
                        yield return Diagnostic.Create(WorkflowDiagnostics.UnnecessarySuppression, location,
                            DirectiveParser.Marker + " " + SuppressionDirective.KindName(directive.Kind) + " " + id);
                }
            }
        }

        private static string? Matching(SuppressionDirective directive, string id)
        {
            if (directive.Ids.IsEmpty) return AllRules;
            foreach (var candidate in directive.Ids)
                if (string.Equals(candidate, id, StringComparison.OrdinalIgnoreCase)) return candidate;
            return null;
        }

        // Replays disable/enable directives before the offset; the one that leaves the ID disabled is returned.
        private (int Directive, string Id)? RegionDirective(string id, int offset)
        {
            (int, string)? all = null;
            (int, string)? own = null;
            bool enabledUnderAll = false;
            for (int i = 0; i < _directives.Length; i++)
            {
                var directive = _directives[i];
                if (directive.Span.Start >= offset) break;
                if (directive.Kind != DirectiveKind.Disable && directive.Kind != DirectiveKind.Enable) continue;
                bool disable = directive.Kind == DirectiveKind.Disable;
                if (directive.Ids.IsEmpty)
                {
                    all = disable ? (i, AllRules) : null;
                    own = null;
                    enabledUnderAll = false;
                    continue;
                }

                var matched = Matching(directive, id);
                if (matched is null) continue;
                if (disable)
                {
                    own = (i, matched);
                    enabledUnderAll = false;
                }
                else
                {
                    own = null;
                    enabledUnderAll = all is not null;
                }
            }

            if (own is not null) return own;
            return all is not null && !enabledUnderAll ? all : null;
        }
    }
}

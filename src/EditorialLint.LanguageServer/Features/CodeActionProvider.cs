using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Protocol;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.LanguageServer.Features
{
    /// <summary>
    /// The code actions for a range of a document: each finding's own fix, "fix all of this rule in the file" when
    /// there are several, "disable for this line" (an inline directive), and the safe fixes of the whole file as a
    /// <c>source.fixAll</c> action.
    /// </summary>
    internal static class CodeActionProvider
    {
        /// <summary>The directive that turns rules off for the line it stands on.</summary>
        public static readonly string DisableLineDirective =
            Suppressions.DirectiveParser.Marker + " " + Suppressions.SuppressionDirective.KindName(Suppressions.DirectiveKind.DisableLine);

        public static List<CodeAction> GetActions(
            DocumentSnapshot snapshot,
            ImmutableArray<Diagnostic> diagnostics,
            LspRange range,
            IReadOnlyList<string>? only,
            bool useDocumentChanges,
            Func<Diagnostic, LspDiagnostic> convert)
        {
            var actions = new List<CodeAction>();
            bool wantQuickFixes = Wants(only, LspConstants.QuickFix);
            bool wantFixAll = Wants(only, LspConstants.SourceFixAllOurs);
            var lines = snapshot.Lines;
            int rangeStart = lines.GetOffset(range.Start);
            int rangeEnd = lines.GetOffset(range.End);

            if (wantQuickFixes)
            {
                var disabled = new HashSet<(int Line, string Id)>();
                foreach (var diagnostic in diagnostics)
                {
                    var span = diagnostic.Location.SourceSpan;
                    if (!Touches(span, rangeStart, rangeEnd)) continue;
                    var lsp = convert(diagnostic);

                    if (TextFix.FromDiagnostic(diagnostic) is { } fix && Fits(fix.Span, snapshot.Text.Length))
                    {
                        actions.Add(new CodeAction
                        {
                            Title = fix.Title,
                            Kind = LspConstants.QuickFix,
                            Diagnostics = new List<LspDiagnostic> { lsp },
                            IsPreferred = fix.IsSafe ? true : null,
                            Edit = Edit(snapshot, new List<TextEdit> { ToEdit(lines, fix) }, useDocumentChanges),
                        });

                        var sameRule = FixesOf(diagnostics, diagnostic.Id, snapshot.Text.Length, safeOnly: false);
                        if (sameRule.Count > 1 && !actions.Exists(a => a.Title == FixAllTitle(diagnostic.Id)))
                        {
                            actions.Add(new CodeAction
                            {
                                Title = FixAllTitle(diagnostic.Id),
                                Kind = LspConstants.QuickFix,
                                Edit = Edit(snapshot, ToEdits(lines, sameRule), useDocumentChanges),
                            });
                        }
                    }

                    if (AddToWordListAction.Create(diagnostic, lsp, snapshot.Text) is { } addWord) actions.Add(addWord);

                    int line = lines.GetPosition(span.Start).Line;
                    if (disabled.Add((line, diagnostic.Id)))
                    {
                        actions.Add(new CodeAction
                        {
                            Title = "Disable " + diagnostic.Id + " for this line",
                            Kind = LspConstants.QuickFix,
                            Diagnostics = new List<LspDiagnostic> { lsp },
                            Edit = Edit(snapshot, new List<TextEdit> { DisableLineEdit(snapshot, line, diagnostic.Id) }, useDocumentChanges),
                        });
                    }
                }
            }

            if (wantFixAll)
            {
                var safe = FixesOf(diagnostics, null, snapshot.Text.Length, safeOnly: true);
                if (safe.Count > 0)
                {
                    actions.Add(new CodeAction
                    {
                        Title = "Fix all safe EditorialLint findings",
                        Kind = LspConstants.SourceFixAllOurs,
                        Edit = Edit(snapshot, ToEdits(lines, safe), useDocumentChanges),
                    });
                }
            }

            return actions;
        }

        /// <summary>
        /// The edit that disables <paramref name="id"/> on <paramref name="line"/>: the ID added to a disable-line
        /// directive already at the end of the line, or a new directive appended to the line (an HTML comment, which
        /// Markdown does not show and the prose view skips).
        /// </summary>
        public static TextEdit DisableLineEdit(DocumentSnapshot snapshot, int line, string id)
        {
            var lines = snapshot.Lines;
            int lineStart = lines.GetOffset(line, 0);
            int lineEnd = lines.GetLineContentEnd(line);
            var content = snapshot.Text.Substring(lineStart, lineEnd - lineStart);
            var trimmed = content.TrimEnd();

            int directive = content.LastIndexOf("<!-- " + DisableLineDirective, StringComparison.Ordinal);
            if (directive >= 0 && trimmed.EndsWith("-->", StringComparison.Ordinal))
            {
                var body = trimmed.Substring(directive, trimmed.Length - directive - 3);
                if (body.IndexOf(" --", 4, StringComparison.Ordinal) < 0)
                {
                    int insertAt = lineStart + directive + body.TrimEnd().Length;
                    var at = lines.GetPosition(insertAt);
                    return new TextEdit { Range = new LspRange(at, at), NewText = " " + id };
                }
            }

            var end = lines.GetPosition(lineStart + trimmed.Length);
            var separator = trimmed.Length == 0 ? string.Empty : " ";
            return new TextEdit
            {
                Range = new LspRange(end, lines.GetPosition(lineEnd)),
                NewText = separator + "<!-- " + DisableLineDirective + " " + id + " -->",
            };
        }

        private static string FixAllTitle(string id) => "Fix all " + id + " in this file";

        private static bool Wants(IReadOnlyList<string>? only, string kind)
        {
            if (only is null || only.Count == 0) return kind == LspConstants.QuickFix;
            foreach (var requested in only)
            {
                // "source.fixAll" asks for every fix-all action, ours included; "source" for every source action.
                if (kind == requested || kind.StartsWith(requested + ".", StringComparison.Ordinal)) return true;
            }

            return false;
        }

        // A finding at an empty span (a document-level finding) counts as touching a range that starts where it is.
        private static bool Touches(TextSpan span, int start, int end) =>
            span.Start <= end && span.End >= start;

        private static bool Fits(TextSpan span, int length) => span.Start >= 0 && span.End <= length;

        // The same choice as --fix (the protocol forbids overlapping edits, and "fix all" must match the command line).
        private static List<TextFix> FixesOf(ImmutableArray<Diagnostic> diagnostics, string? id, int length, bool safeOnly) =>
            Fixing.FixApplier.SelectNonOverlapping(diagnostics, includeUnsafe: !safeOnly, length, id);

        private static TextEdit ToEdit(LineIndex lines, TextFix fix) =>
            new TextEdit { Range = lines.GetRange(fix.Span.Start, fix.Span.End), NewText = fix.Replacement };

        private static List<TextEdit> ToEdits(LineIndex lines, List<TextFix> fixes)
        {
            var edits = new List<TextEdit>(fixes.Count);
            foreach (var fix in fixes) edits.Add(ToEdit(lines, fix));
            return edits;
        }

        private static WorkspaceEdit Edit(DocumentSnapshot snapshot, List<TextEdit> edits, bool useDocumentChanges)
        {
            if (useDocumentChanges)
            {
                return new WorkspaceEdit
                {
                    DocumentChanges = new List<TextDocumentEdit>
                    {
                        new TextDocumentEdit
                        {
                            TextDocument = new VersionedTextDocumentIdentifier { Uri = snapshot.Uri, Version = snapshot.Version },
                            Edits = edits,
                        },
                    },
                };
            }

            return new WorkspaceEdit { Changes = new Dictionary<string, List<TextEdit>> { [snapshot.Uri] = edits } };
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.Rules.Style.Spelling;
using Microsoft.CodeAnalysis;

namespace EditorialLint.LanguageServer.Features
{
    /// <summary>
    /// The quick fix "Add 'word' to the word list" for a spelling finding (EL3010): appends the word, on a line of its
    /// own, to the list that <c>editorial_lint.spelling.words</c> names for the document (EL3010 records the resolved
    /// path on its finding). Offered only when such a list exists; the edit goes through the client, like every other.
    /// </summary>
    internal static class AddToWordListAction
    {
        public static CodeAction? Create(Diagnostic diagnostic, LspDiagnostic lsp, string documentText)
        {
            if (diagnostic.Id != SpellingRule.Descriptor.Id) return null;
            if (!diagnostic.Properties.TryGetValue(SpellingRule.WordListProperty, out var path) || string.IsNullOrEmpty(path)) return null;
            var span = diagnostic.Location.SourceSpan;
            if (span.IsEmpty || span.End > documentText.Length) return null;
            var word = documentText.Substring(span.Start, span.Length).Replace('\u2019', '\'');

            string list;
            try
            {
                list = File.ReadAllText(path!);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return null;
            }

            // The end of the file, as a protocol position (UTF-16 units, like the list's text as read).
            int line = 0, lineStart = 0;
            for (int i = 0; i < list.Length; i++)
            {
                if (list[i] != '\n') continue;
                line++;
                lineStart = i + 1;
            }

            var end = new Position(line, list.Length - lineStart);
            bool needsBreak = list.Length > 0 && list[list.Length - 1] != '\n';
            return new CodeAction
            {
                Title = "Add '" + word + "' to the word list",
                Kind = LspConstants.QuickFix,
                Diagnostics = new List<LspDiagnostic> { lsp },
                Edit = new WorkspaceEdit
                {
                    Changes = new Dictionary<string, List<TextEdit>>
                    {
                        [DocumentUris.FromPath(path!)] = new List<TextEdit>
                        {
                            new TextEdit { Range = new LspRange(end, end), NewText = (needsBreak ? "\n" : string.Empty) + word + "\n" },
                        },
                    },
                },
            };
        }
    }
}

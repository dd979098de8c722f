using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using EditorialLint.Diagnostics;
using EditorialLint.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Suppressions
{
    /// <summary>
    /// Finds <c>&lt;!-- editorial-lint … --&gt;</c> comments in a document: in Markdown anywhere but in code (a
    /// directive quoted in a code block or code span is an example, not a directive); in plain text anywhere.
    /// </summary>
    public static class DirectiveParser
    {
        /// <summary>The word that starts every directive.</summary>
        public const string Marker = "editorial-lint";

        private static readonly Regex Comment = new Regex(@"<!--\s*editorial-lint\b(?<body>.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant);
        private static readonly Regex RuleId = new Regex(@"^[A-Za-z][A-Za-z0-9_\-]*(\.[A-Za-z][A-Za-z0-9_\-]*)*$", RegexOptions.CultureInvariant);
        private static readonly char[] Separators = { ' ', '\t', '\r', '\n', ',' };

        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .Build();

        /// <summary>The directives of <paramref name="document"/>, and EL9040 for comments that are not directives.</summary>
        public static (ImmutableArray<SuppressionDirective> Directives, ImmutableArray<Diagnostic> Malformed) Parse(SourceDocument document)
        {
            var content = document.Content;
            if (content.IndexOf(Marker, StringComparison.Ordinal) < 0)
                return (ImmutableArray<SuppressionDirective>.Empty, ImmutableArray<Diagnostic>.Empty);

            var code = document.Kind == DocumentKind.Markdown ? CodeSpans(content) : new List<TextSpan>();
            var directives = ImmutableArray.CreateBuilder<SuppressionDirective>();
            var malformed = ImmutableArray.CreateBuilder<Diagnostic>();
            for (var m = Comment.Match(content); m.Success; m = m.NextMatch())
            {
                var span = new TextSpan(m.Index, m.Length);
                if (InCode(code, span.Start)) continue;
                var lines = document.Text.Lines;
                int startLine = lines.GetLineFromPosition(span.Start).LineNumber;
                int endLine = lines.GetLineFromPosition(span.End).LineNumber;
                var body = m.Groups["body"].Value;

                string? reason = null;
                int dashes = body.IndexOf("--", StringComparison.Ordinal);
                if (dashes >= 0)
                {
                    reason = body.Substring(dashes + 2).Trim();
                    body = body.Substring(0, dashes);
                }

                var words = body.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
                var location = Location.Create(document.Path, span, lines.GetLinePositionSpan(span));
                var written = (Marker + " " + string.Join(" ", words)).Trim();
                if (words.Length == 0 || !TryParseKind(words[0], out var kind))
                {
                    malformed.Add(Diagnostic.Create(WorkflowDiagnostics.MalformedDirective, location, written,
                        "expected disable, enable, disable-next-line, disable-line or disable-file"));
                    continue;
                }

                var ids = ImmutableArray.CreateBuilder<string>();
                bool ok = true;
                for (int i = 1; i < words.Length; i++)
                {
                    if (!RuleId.IsMatch(words[i]))
                    {
                        malformed.Add(Diagnostic.Create(WorkflowDiagnostics.MalformedDirective, location, written,
                            "'" + words[i] + "' is not a rule ID (put a reason after '--')"));
                        ok = false;
                        break;
                    }

                    ids.Add(words[i]);
                }

                if (!ok) continue;
                var text = SuppressionDirective.KindName(kind) + (ids.Count > 0 ? " " + string.Join(" ", ids) : string.Empty);
                directives.Add(new SuppressionDirective(kind, ids.ToImmutable(), reason, text, span, startLine, endLine));
            }

            return (directives.ToImmutable(), malformed.ToImmutable());
        }

        private static bool TryParseKind(string word, out DirectiveKind kind)
        {
            switch (word)
            {
                case "disable": kind = DirectiveKind.Disable; return true;
                case "enable": kind = DirectiveKind.Enable; return true;
                case "disable-next-line": kind = DirectiveKind.DisableNextLine; return true;
                case "disable-line": kind = DirectiveKind.DisableLine; return true;
                case "disable-file": kind = DirectiveKind.DisableFile; return true;
                default: kind = default; return false;
            }
        }

        private static List<TextSpan> CodeSpans(string content)
        {
            var spans = new List<TextSpan>();
            var document = Markdown.Parse(content, Pipeline);
            foreach (var node in document.Descendants())
            {
                if (node is CodeBlock || node is CodeInline)
                {
                    var s = node.Span;
                    if (s.Start >= 0 && s.End >= s.Start) spans.Add(TextSpan.FromBounds(s.Start, Math.Min(content.Length, s.End + 1)));
                }
            }

            return spans;
        }

        private static bool InCode(List<TextSpan> code, int position)
        {
            foreach (var span in code)
                if (span.Contains(position)) return true;
            return false;
        }
    }
}

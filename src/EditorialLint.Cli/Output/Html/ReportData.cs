using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Fixing;
using EditorialLint.Rules.Wording;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Cli.Output.Html
{
    /// <summary>
    /// The data of an HTML report as JSON: every article (path, rendered text with its highlights, spin score, text
    /// with the safe fixes applied) and its findings, and the findings that link two articles. The page's script
    /// reads it; <see cref="HtmlFormatter"/> embeds it and <c>editorial-lint serve</c> sends it.
    /// </summary>
    public static class ReportData
    {
        // Escapes &lt; &gt; &amp; and quotes as \uXXXX, so the JSON can sit in a script element and never close it;
        // other characters stay as they are (a report of accented copy stays small).
        private static readonly JavaScriptEncoder ScriptSafe = JavaScriptEncoder.Create(UnicodeRanges.All);

        /// <summary>One linted article: its name as reported and its loaded text (null when it could not be read).</summary>
        public sealed record Article(string Path, SourceDocument? Document);

        /// <summary>Loads the articles of a run again (the engine keeps no text) for the report.</summary>
        public static List<Article> Load(IEnumerable<DocumentInput> inputs)
        {
            var articles = new List<Article>();
            foreach (var input in inputs) articles.Add(new Article(input.Path, input.Load().Document));
            return articles;
        }

        /// <summary>The report's JSON (UTF-8): <paramref name="findings"/> on <paramref name="articles"/>.</summary>
        public static byte[] Build(IReadOnlyList<Article> articles, IReadOnlyList<Finding> findings, RuleOptionsProvider options, string version, bool live = false)
        {
            // Articles in the order given, then any path that only findings name (a configuration file).
            var order = new List<Article>(articles);
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < order.Count; i++) index.TryAdd(order[i].Path, i);
            var byArticle = new List<List<Finding>>();
            for (int i = 0; i < order.Count; i++) byArticle.Add(new List<Finding>());
            foreach (var f in findings)
            {
                if (!index.TryGetValue(f.Location.Path, out int at))
                {
                    at = order.Count;
                    index[f.Location.Path] = at;
                    order.Add(new Article(f.Location.Path, null));
                    byArticle.Add(new List<Finding>());
                }

                byArticle[at].Add(f);
            }

            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = ScriptSafe }))
            {
                json.WriteStartObject();
                json.WriteString("tool", "EditorialLint");
                json.WriteString("version", version);
                json.WriteBoolean("live", live);
                // Rendering, the spin score and the fixed text are the costly part (the score runs the context model
                // again); they go in parallel, the JSON in order.
                var rendered = new Rendered[order.Count];
                System.Threading.Tasks.Parallel.For(0, order.Count, i => rendered[i] = Render(i, order[i], byArticle[i], options));
                json.WriteStartArray("articles");
                for (int i = 0; i < order.Count; i++) WriteArticle(json, rendered[i], byArticle[i], index);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            return stream.ToArray();
        }

        /// <summary>The family a rule ID belongs to, by its range: numbers, wording, style, spelling, tool.</summary>
        public static string FamilyOf(string id)
        {
            if (id.Length < 3 || !id.StartsWith("EL", StringComparison.Ordinal)) return "other";
            return id[2] switch
            {
                '1' => "numbers",
                '2' => "wording",
                '3' => "style",
                '4' => "spelling",
                '9' => "tool",
                _ => "other",
            };
        }

        // What an article shows, computed apart from the writing so that articles can be prepared in parallel.
        private sealed record Rendered(string Id, string Path, bool Readable, (float Score, float Threshold)? Spin, string Html, string? Fixed, int Fixes);

        private static Rendered Render(int number, Article article, List<Finding> findings, RuleOptionsProvider options)
        {
            string id = "a" + number.ToString(CultureInfo.InvariantCulture);
            var document = article.Document;
            var highlights = new List<ArticleRenderer.Highlight>(findings.Count);
            for (int k = 0; k < findings.Count; k++)
            {
                var f = findings[k];
                highlights.Add(new ArticleRenderer.Highlight(k, f.Location.Offset, f.Location.Length, f.Id, FamilyOf(f.Id), f.SeverityWord));
            }

            var outside = new List<ArticleRenderer.Highlight>();
            var html = new StringBuilder();
            if (document is not null) html.Append(ArticleRenderer.Render(document.Content, document.Kind, id, highlights, outside));
            else outside.AddRange(highlights);
            if (outside.Count > 0) AppendOutside(html, id, outside, findings, document?.Content);
            if (document is null) return new Rendered(id, article.Path, false, null, html.ToString(), null, 0);

            var (fixedText, applied) = FixedText(document, findings);
            return new Rendered(id, article.Path, true, Spin(document, findings, options), html.ToString(), applied > 0 ? fixedText : null, applied);
        }

        private static void WriteArticle(Utf8JsonWriter json, Rendered article, List<Finding> findings, Dictionary<string, int> index)
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("path", article.Path);
            json.WriteBoolean("readable", article.Readable);
            if (article.Spin is var (score, threshold))
            {
                json.WriteStartObject("spin");
                json.WriteNumber("score", Math.Round(score, 1));
                json.WriteNumber("threshold", Math.Round(threshold, 1));
                json.WriteEndObject();
            }

            json.WriteString("html", article.Html);
            if (article.Fixed is not null)
            {
                json.WriteString("fixed", article.Fixed);
                json.WriteNumber("fixes", article.Fixes);
            }

            json.WriteStartArray("findings");
            foreach (var f in findings) WriteFinding(json, f, index);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteFinding(Utf8JsonWriter json, Finding f, Dictionary<string, int> index)
        {
            json.WriteStartObject();
            json.WriteString("rule", f.Id);
            json.WriteString("family", FamilyOf(f.Id));
            json.WriteString("severity", f.SeverityWord);
            json.WriteString("title", f.Title);
            json.WriteString("message", f.Message);
            if (f.HelpUri is not null) json.WriteString("help", f.HelpUri);
            json.WriteNumber("line", f.Location.Line);
            json.WriteNumber("column", f.Location.Column);
            if (f.Fix is { } fix)
            {
                json.WriteStartObject("fix");
                json.WriteString("title", fix.Title);
                json.WriteString("replacement", fix.Replacement);
                json.WriteBoolean("safe", fix.IsSafe);
                json.WriteEndObject();
            }

            if (f.AdditionalLocations.Length > 0)
            {
                json.WriteStartArray("related");
                foreach (var l in f.AdditionalLocations)
                {
                    json.WriteStartObject();
                    json.WriteString("path", l.Path);
                    json.WriteNumber("article", index.TryGetValue(l.Path, out int other) ? other : -1);
                    json.WriteNumber("line", l.Line);
                    json.WriteNumber("column", l.Column);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        // Findings the text cannot show (front matter, an unreadable file, a position past the prose): listed under the
        // article, each still one highlight.
        private static void AppendOutside(StringBuilder html, string id, List<ArticleRenderer.Highlight> outside, List<Finding> findings, string? text)
        {
            html.Append("<div class=\"outside\"><h3>Not in the text above</h3><ul>\n");
            foreach (var h in outside)
            {
                var f = findings[h.Index];
                html.Append("<li>").Append(ArticleRenderer.OpenMark(h, id, point: false));
                if (text is not null && h.Length > 0 && h.Start >= 0 && h.Start + h.Length <= text.Length)
                    ArticleRenderer.AppendEscaped(html, text, h.Start, Math.Min(h.Length, 120));
                else
                    html.Append(ArticleRenderer.Escape(f.Title));
                html.Append("</mark> <span class=\"where\">line ").Append(f.Location.Line).Append("</span></li>\n");
            }

            html.Append("</ul></div>\n");
        }

        private static (float Score, float Threshold)? Spin(SourceDocument document, List<Finding> findings, RuleOptionsProvider options)
        {
            var spans = new List<(string Id, TextSpan SourceSpan)>(findings.Count);
            foreach (var f in findings) spans.Add((f.Id, new TextSpan(f.Location.Offset, f.Location.Length)));
            return DocumentSpinScoreRule.Measure(AnalyzedDocument.Create(document), spans, options.GetOptions(document.Path));
        }

        // One pass of the safe fixes, chosen as --fix chooses them; --fix re-lints and goes again, the report does not.
        private static (string Text, int Applied) FixedText(SourceDocument document, List<Finding> findings)
        {
            var fixes = new List<(TextFix Fix, string Id)>();
            foreach (var f in findings)
                if (f.Fix is { } fix) fixes.Add((fix, f.Id));
            if (fixes.Count == 0) return (document.Content, 0);
            var chosen = FixApplier.SelectNonOverlapping(fixes, includeUnsafe: false, document.Content.Length);
            return chosen.Count == 0 ? (document.Content, 0) : (FixApplier.Apply(document.Content, chosen, document.LineEnding), chosen.Count);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using EditorialLint.Analysis;

namespace EditorialLint.Cli.Output.Html
{
    /// <summary>
    /// <c>--format html</c>: one self-contained page (inline style and script, no request to anywhere) with a summary,
    /// filters, and each article's text with its findings highlighted. The data is JSON in a non-executable script
    /// element, escaped for that context; above <see cref="CompressAbove"/> bytes it is gzip-compressed and
    /// base64-encoded, and the page inflates it with the browser's own <c>DecompressionStream</c>.
    /// </summary>
    public static class HtmlFormatter
    {
        /// <summary>The size of JSON data (bytes) above which it is embedded compressed.</summary>
        public const int CompressAbove = 512 * 1024;

        private static readonly Lazy<string> Style = new Lazy<string>(() => ReadAsset("report.css"));
        private static readonly Lazy<string> Script = new Lazy<string>(() => ReadAsset("report.js"));

        /// <summary>Writes the report of <paramref name="findings"/> on <paramref name="articles"/>.</summary>
        public static void Write(TextWriter writer, IReadOnlyList<Finding> findings, IReadOnlyList<ReportData.Article> articles, RuleOptionsProvider options, string version)
        {
            var json = ReportData.Build(articles, findings, options, version);
            WritePage(writer, json, live: false);
        }

        /// <summary>
        /// Writes the page around <paramref name="json"/> (report data), or, with <paramref name="live"/>, the page of
        /// <c>editorial-lint serve</c>, which fetches its data from the server it came from.
        /// </summary>
        public static void WritePage(TextWriter writer, byte[]? json, bool live)
        {
            var script = Script.Value;
            // Only our own script may run: the policy names it by hash, so nothing else inline would, even if it got in.
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
            var connect = live ? "'self'" : "'none'";
            writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; ");
            writer.Write("connect-src " + connect + "; script-src 'sha256-" + hash + "'; base-uri 'none'; form-action 'none'\">\n");
            writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            writer.Write("<meta name=\"generator\" content=\"EditorialLint\">\n");
            writer.Write("<link rel=\"icon\" href=\"data:,\">\n"); // no request for /favicon.ico
            writer.Write(live ? "<title>EditorialLint: check an article</title>\n" : "<title>EditorialLint report</title>\n");
            writer.Write("<style>\n");
            writer.Write(Style.Value);
            writer.Write("</style>\n</head>\n<body data-mode=\"" + (live ? "live" : "report") + "\">\n");
            writer.Write(Body);
            if (json is not null)
            {
                if (json.Length > CompressAbove)
                {
                    writer.Write("<script type=\"application/octet-stream\" id=\"report-data\" data-encoding=\"gzip-base64\">");
                    writer.Write(Convert.ToBase64String(Compress(json)));
                }
                else
                {
                    writer.Write("<script type=\"application/json\" id=\"report-data\">");
                    writer.Write(Encoding.UTF8.GetString(json));
                }

                writer.Write("</script>\n");
            }

            writer.Write("<script>");
            writer.Write(script);
            writer.Write("</script>\n</body>\n</html>\n");
        }

        private static byte[] Compress(byte[] data)
        {
            using var output = new MemoryStream();
            using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize)) gzip.Write(data, 0, data.Length);
            return output.ToArray();
        }

        private static string ReadAsset(string name)
        {
            using var stream = typeof(HtmlFormatter).Assembly.GetManifestResourceStream("report/" + name)
                ?? throw new InvalidOperationException("The report asset '" + name + "' is missing from the tool.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }

        // The page's fixed structure; the script fills it from the data.
        private const string Body = @"<a class=""skip"" href=""#articles"">Skip to the articles</a>
<header>
<h1>EditorialLint report</h1>
<p id=""run"" class=""run""></p>
</header>
<main>
<section id=""live"" class=""live"" hidden aria-label=""Check an article"">
<h2>Paste or drop articles</h2>
<p class=""hint"">The text is checked on this computer by the server that showed this page, with the configuration and rule packs of the folder it was started in. Nothing is sent anywhere else.</p>
<div id=""drop"" class=""drop"">
<label for=""paste"">Article text (Markdown or plain text)</label>
<textarea id=""paste"" rows=""12"" spellcheck=""false"" placeholder=""Paste an article here, or drop .md and .txt files on this box""></textarea>
<p><label for=""paste-name"">Name</label> <input id=""paste-name"" value=""pasted.md"" size=""24""> <span id=""dropped""></span> <button type=""button"" id=""clear-dropped"" hidden>Remove dropped files</button></p>
</div>
<p id=""status"" class=""status"" role=""status"" aria-live=""polite""></p>
</section>
<section id=""summary"" aria-labelledby=""summary-title"">
<h2 id=""summary-title"">Summary</h2>
<div class=""summary-grid"">
<div><h3>By family</h3><table id=""by-family"" class=""counts""></table></div>
<div><h3>By severity</h3><table id=""by-severity"" class=""counts""></table></div>
<div class=""chart-box"" id=""spin-box""><h3>Spin scores (EL2900)</h3><p id=""spin-note"" class=""hint""></p><ol id=""spin-list"" class=""spin-list""></ol></div>
<div class=""chart-box""><h3>Findings per article</h3><div id=""chart""></div></div>
</div>
<div id=""conflicts-box""><h3>Across articles</h3><ul id=""conflicts""></ul></div>
</section>
<section id=""filters"" class=""filters"" aria-label=""Filters"">
<fieldset id=""filter-family""><legend>Family</legend></fieldset>
<fieldset id=""filter-severity""><legend>Severity</legend></fieldset>
<fieldset><legend>Rule</legend><select id=""filter-rule"" aria-label=""Rule""><option value="""">All rules</option></select></fieldset>
<p class=""keys"">Keys: <kbd>n</kbd> next finding, <kbd>p</kbd> previous, <kbd>Esc</kbd> close the note. <button type=""button"" id=""open-all"">Open every article</button></p>
</section>
<section id=""articles"" aria-label=""Articles""></section>
</main>
<div id=""tip"" class=""tip"" role=""tooltip"" hidden></div>
<noscript><p>This report needs JavaScript to show its findings.</p></noscript>
";
    }
}

using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using EditorialLint.Cli.Output.Html;

namespace EditorialLint.Cli.Tests.Report
{
    public class HtmlFormatterTests
    {
        // Our own sentences, with markup that must never reach the page as markup.
        private const string HostileMarkdown =
            "# Budget <script>document.body.setAttribute('data-pwned','1')</script>\n\n" +
            "The council spent the the money. \"><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">\n\n" +
            "Read [the statement](javascript:document.body.setAttribute('data-pwned','3')) and <a href=\"javascript:alert(1)\">this</a>.\n\n" +
            "<script>document.body.setAttribute('data-pwned','4')</script>\n\n" +
            "<iframe srcdoc=\"<script>parent.document.body.setAttribute('data-pwned','5')</script>\"></iframe>\n\n" +
            "`</script><script>document.body.setAttribute('data-pwned','6')</script>` closes nothing.\n";

        private const string HostileText =
            "Notes </script><script>document.body.setAttribute('data-pwned','7')</script> on the the vote.\n\n" +
            "\"'><svg onload=\"document.body.setAttribute('data-pwned','8')\"> and javascript:alert(1) <!-- a comment\n";

        internal static string WriteHostile(TempFolder folder)
        {
            folder.Write("copy/budget.md", HostileMarkdown);
            folder.Write("copy/notes.txt", HostileText);
            folder.Write("copy/<img src=x onerror=alert(1)>.md", "A file whose name is markup, with a a repeated word.\n");
            return HtmlReport.Write(folder.Path, "report.html", "copy");
        }

        [Fact]
        public void HostileArticles_LeaveNoScriptInThePage_ButOurOwn()
        {
            using var folder = new TempFolder();
            var page = WriteHostile(folder);

            // Two script elements: the data (not executable) and our script; nothing from the articles is markup.
            Regex.Count(page, "<script", RegexOptions.IgnoreCase).Should().Be(2);
            Regex.Count(page, "</script", RegexOptions.IgnoreCase).Should().Be(2);
            page.Should().Contain("<script type=\"application/json\" id=\"report-data\">");
            // The article's words are in the data as text ("onerror=" may be read there); no tag or link of theirs is.
            page.Should().NotContainAny("<img", "<svg", "<iframe", "<a href", "href=\"javascript");
            page.Should().Contain("Content-Security-Policy").And.Contain("script-src 'sha256-");
        }

        [Fact]
        public void HostileArticles_RenderOnlyTheRenderersOwnTags_WithNoHandlersOrLinks()
        {
            using var folder = new TempFolder();
            var data = HtmlReport.Data(WriteHostile(folder));
            var allowed = new[] { "p", "mark", "code", "pre", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "br", "span", "hr", "table", "tr", "td", "div", "h3" };
            foreach (var article in data.GetProperty("articles").EnumerateArray())
            {
                var html = article.GetProperty("html").GetString()!;
                foreach (Match tag in Regex.Matches(html, "<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"))
                {
                    tag.Groups[1].Value.ToLowerInvariant().Should().BeOneOf(allowed);
                    // Attribute names outside quoted values: only the highlight's own.
                    var names = Regex.Replace(tag.Groups[2].Value, "\"[^\"]*\"", "\"\"");
                    foreach (Match attribute in Regex.Matches(names, "([a-zA-Z-]+)="))
                        attribute.Groups[1].Value.Should().BeOneOf("id", "class", "data-rule", "data-f", "tabindex");
                }
            }

            data.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("path").GetString())
                .Should().Contain("copy/<img src=x onerror=alert(1)>.md", "names travel as data, not markup");
        }

        [Fact]
        public void EveryFinding_IsOneHighlight_CarryingItsRule()
        {
            using var folder = new TempFolder();
            folder.Write("news/storm.md", "# Storm\n\nThe harbour reopened after the the storm.\nCredit : “Trust\n");
            folder.Write("news/vote.txt", "The council voted 9-2 on on Monday.\n\nIt was was close.\n");
            var data = HtmlReport.Data(HtmlReport.Write(folder.Path, "report.html", "news"));

            foreach (var article in data.GetProperty("articles").EnumerateArray())
            {
                var rules = article.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
                var marks = HtmlReport.Marks(article.GetProperty("html").GetString()!);
                marks.Count.Should().Be(rules.Count);
                marks.Select(m => m.Groups[1].Value).OrderBy(x => x).Should().Equal(rules.OrderBy(x => x));
            }

            HtmlReport.FindingCount(data).Should().BeGreaterThan(3);
        }

        [Fact]
        public void Highlight_CoversExactlyTheFlaggedText_InMarkdownAndPlainText()
        {
            using var folder = new TempFolder();
            folder.Write("a/one.md", "Intro with *emphasis*.\n\nHe went to the **the** shop.\n");
            folder.Write("a/two.txt", "She went to to the market.\n");
            var data = HtmlReport.Data(HtmlReport.Write(folder.Path, "report.html", "a"));
            var articles = data.GetProperty("articles").EnumerateArray().ToList();

            articles[0].GetProperty("html").GetString().Should().Contain("He went to the <mark id=\"a0-f0\" class=\"fam-style sev-warning\" data-rule=\"EL3001\" data-f=\"0\" tabindex=\"0\">the</mark> shop.")
                .And.Contain("Intro with emphasis.");
            articles[1].GetProperty("html").GetString().Should().Contain("She went to <mark id=\"a1-f0\" class=\"fam-style sev-warning\" data-rule=\"EL3001\" data-f=\"0\" tabindex=\"0\">to</mark> the market.");
        }

        [Fact]
        public void ListsQuotesTablesAndCode_KeepOneHighlightPerFinding()
        {
            using var folder = new TempFolder();
            folder.Write("a/shapes.md",
                "## The the plan\n\n- First the the item\n- Second item with with words\n\n> A quote that that repeats\n> over two lines lines.\n\n" +
                "| Town | Note |\n|---|---|\n| Harbour | it was was late |\n\n```\ncode code stays code\n```\n\n1. One **bold bold** claim.\n");
            var data = HtmlReport.Data(HtmlReport.Write(folder.Path, "report.html", "a"));
            var article = data.GetProperty("articles")[0];
            var html = article.GetProperty("html").GetString()!;
            HtmlReport.Marks(html).Count.Should().Be(article.GetProperty("findings").GetArrayLength()).And.BeGreaterThanOrEqualTo(5);
            html.Should().Contain("<ul>").And.Contain("<blockquote>").And.Contain("<table>").And.Contain("<pre><code>code code stays code</code></pre>").And.Contain("<ol>");
        }

        [Fact]
        public void CopyText_HasTheSafeFixesApplied_AsFixWouldApplyThem()
        {
            using var folder = new TempFolder();
            folder.Write("a/one.txt", "She went to to the market.\n");
            var data = HtmlReport.Data(HtmlReport.Write(folder.Path, "report.html", "a"));
            var article = data.GetProperty("articles")[0];
            article.GetProperty("fixed").GetString().Should().Be("She went to the market.\n");
            article.GetProperty("fixes").GetInt32().Should().Be(1);

            CliRunner.Run(folder.Path, "a", "--fix", "-q");
            System.IO.File.ReadAllText(System.IO.Path.Combine(folder.Path, "a/one.txt")).Should().Be(article.GetProperty("fixed").GetString());
        }

        [Fact]
        public void FindingsOutsideTheText_AreListedUnderTheArticle_StillOneHighlightEach()
        {
            using var folder = new TempFolder();
            folder.Write("a/binary.md", "abc\0def");
            folder.Write("a/front.md", "---\ntitle: the the\n---\n\nA clean line.\n");
            var data = HtmlReport.Data(HtmlReport.Write(folder.Path, "report.html", "a"));
            foreach (var article in data.GetProperty("articles").EnumerateArray())
                HtmlReport.Marks(article.GetProperty("html").GetString()!).Count.Should().Be(article.GetProperty("findings").GetArrayLength());
            var binary = data.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("path").GetString() == "a/binary.md");
            binary.GetProperty("readable").GetBoolean().Should().BeFalse();
            binary.GetProperty("html").GetString().Should().Contain("class=\"outside\"");
        }

        [Fact]
        public void LargeData_IsEmbeddedCompressed_AndReadsBackTheSame()
        {
            using var folder = new TempFolder();
            var paragraph = string.Concat(Enumerable.Repeat("The committee met on Tuesday and agreed the plan for the new library after a long debate. ", 40));
            for (int i = 0; i < 160; i++) folder.Write($"many/article-{i:D3}.txt", paragraph + "\n\nIt was was agreed.\n");
            var page = HtmlReport.Write(folder.Path, "report.html", "many");

            page.Should().Contain("data-encoding=\"gzip-base64\"");
            var data = HtmlReport.Data(page);
            data.GetProperty("articles").GetArrayLength().Should().Be(160);
            Encoding.UTF8.GetByteCount(page).Should().BeLessThan(HtmlFormatter.CompressAbove, "the text of 160 near-identical articles compresses well");
        }

        [Fact]
        public void Page_MakesNoRequest_AndHasNoExternalResource()
        {
            using var folder = new TempFolder();
            folder.Write("a/one.md", "He went to the the shop.\n");
            var page = HtmlReport.Write(folder.Path, "report.html", "a");
            var shell = Regex.Replace(page, "<script type=\"application/json\" id=\"report-data\">.*?</script>", string.Empty, RegexOptions.Singleline);
            shell.Should().NotContainAny("src=", "@import", "url(", "@font-face", "fetch(\"http", "XMLHttpRequest");
            Regex.Matches(shell, "<link[^>]*>").Select(m => m.Value).Should().Equal("<link rel=\"icon\" href=\"data:,\">");
            shell.Should().Contain("connect-src 'none'");
        }
    }
}

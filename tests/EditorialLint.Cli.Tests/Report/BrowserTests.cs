using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using EditorialLint.Testing;

namespace EditorialLint.Cli.Tests.Report
{
    /// <summary>The HTML report and the serve page in a real browser (the system Chromium, headless).</summary>
    public class BrowserTests
    {
        private const string CountMarks = "document.querySelectorAll('mark[data-rule]').length";
        private const string CountShown = "document.querySelectorAll('mark[data-rule]:not([data-off])').length";

        private static async Task<HeadlessChromium> Open(string reportPath)
        {
            var browser = await HeadlessChromium.LaunchAsync();
            await browser.OpenReportAsync(new Uri(reportPath).AbsoluteUri);
            return browser;
        }

        // Every article open, so that every highlight is in the page.
        private static Task OpenEveryArticle(HeadlessChromium browser) =>
            browser.EvaluateAsync("document.getElementById('open-all').click()");

        private static async Task HighlightsMatchFindings_AndFiltersHideAndShowThem(HeadlessChromium browser)
        {
            await OpenEveryArticle(browser);
            int findings = int.Parse((await browser.EvaluateAsync("document.body.getAttribute('data-findings')")).GetString()!);
            findings.Should().BeGreaterThan(0);
            (await browser.EvaluateAsync(CountMarks)).GetInt32().Should().Be(findings);
            (await browser.EvaluateAsync(CountShown)).GetInt32().Should().Be(findings);

            // Family: turn one off, its highlights go (and only they), turn it back on.
            int wording = (await browser.EvaluateAsync("document.querySelectorAll('mark.fam-wording').length")).GetInt32();
            await Toggle(browser, "filter-family-wording");
            (await browser.EvaluateAsync(CountShown)).GetInt32().Should().Be(findings - wording);
            (await browser.EvaluateAsync("document.querySelectorAll('mark.fam-wording:not([data-off])').length")).GetInt32().Should().Be(0);
            await Toggle(browser, "filter-family-wording");
            (await browser.EvaluateAsync(CountShown)).GetInt32().Should().Be(findings);

            // Severity: warnings off.
            int warnings = (await browser.EvaluateAsync("document.querySelectorAll('mark.sev-warning').length")).GetInt32();
            await Toggle(browser, "filter-severity-warning");
            (await browser.EvaluateAsync(CountShown)).GetInt32().Should().Be(findings - warnings);
            await Toggle(browser, "filter-severity-warning");

            // Rule: only the first rule in the list.
            var rule = (await browser.EvaluateAsync("document.getElementById('filter-rule').options[1].value")).GetString()!;
            int ofRule = (await browser.EvaluateAsync($"document.querySelectorAll('mark[data-rule=\"{rule}\"]').length")).GetInt32();
            await browser.EvaluateAsync($"(function(s){{ s.value = '{rule}'; s.dispatchEvent(new Event('change', {{ bubbles: true }})); }})(document.getElementById('filter-rule'))");
            (await browser.EvaluateAsync(CountShown)).GetInt32().Should().Be(ofRule);
            await browser.EvaluateAsync("(function(s){ s.value = ''; s.dispatchEvent(new Event('change', { bubbles: true })); })(document.getElementById('filter-rule'))");
            (await browser.EvaluateAsync(CountShown)).GetInt32().Should().Be(findings);

            // Keyboard: n moves focus to a highlight and shows its note with the rule linked to its page.
            await browser.EvaluateAsync("document.activeElement && document.activeElement.blur(); document.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }))");
            (await browser.EvaluateAsync("document.activeElement.tagName")).GetString().Should().Be("MARK");
            (await browser.EvaluateAsync("!document.getElementById('tip').hidden && document.querySelector('#tip a.rule').href")).GetString().Should().Contain("/docs/rules/EL");
        }

        private static Task Toggle(HeadlessChromium browser, string id) => browser.EvaluateAsync($"document.getElementById('{id}').click()");

        [BrowserFact]
        public async Task SamplesReport_ShowsEveryFinding_FiltersWork_AndNoErrors()
        {
            using var folder = new TempFolder();
            var report = Path.Combine(folder.Path, "samples.html");
            var (code, _, error) = CliRunner.Run(SharedData.RepositoryRoot, "samples", "--format", "html", "--output", report, "-q");
            code.Should().BeOneOf(new[] { 0, 1 }, error);

            await using var browser = await Open(report);
            await HighlightsMatchFindings_AndFiltersHideAndShowThem(browser);
            (await browser.EvaluateAsync("document.querySelectorAll('#conflicts li').length")).GetInt32().Should().BeGreaterThan(0, "the samples hold figures that disagree across articles");
            (await browser.EvaluateAsync("document.querySelectorAll('.article svg.gauge').length")).GetInt32().Should().BeGreaterThan(0, "articles long enough get a spin gauge");
            (await browser.EvaluateAsync("document.querySelectorAll('#spin-list li svg.gauge').length")).GetInt32().Should().BeGreaterThan(1, "the summary lists scores below the threshold too");

            // A picture for the README: the wording sample, a highlight focused with its note.
            await browser.EvaluateAsync("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
            await browser.EvaluateAsync("(function(){ var s = document.querySelector('section[data-path$=\"spun-harbour-report.md\"]'); window.scrollTo(0, s.getBoundingClientRect().top + window.scrollY - document.getElementById('filters').offsetHeight - 4); var m = s.querySelectorAll('mark.fam-wording')[1]; m.classList.add('current'); m.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })); })()");
            await Task.Delay(200);
            var png = await browser.ScreenshotAsync();
            var artifacts = Path.Combine(SharedData.RepositoryRoot, "artifacts", "browser");
            Directory.CreateDirectory(artifacts);
            await File.WriteAllBytesAsync(Path.Combine(artifacts, "report.png"), png);
            if (Environment.GetEnvironmentVariable("EDITORIAL_LINT_UPDATE_SCREENSHOT") == "1")
                await File.WriteAllBytesAsync(Path.Combine(SharedData.RepositoryRoot, "docs", "images", "report.png"), png);

            browser.Errors.Should().BeEmpty();
            browser.Dialogs.Should().BeEmpty();
        }

        [BrowserFact]
        public async Task SeedsReport_ShowsEveryFinding_FiltersWork_AndNoErrors()
        {
            if (SharedData.SeedsFolder is null) return; // ../shared is not beside the repository: nothing to load
            using var folder = new TempFolder();
            var report = Path.Combine(folder.Path, "seeds.html");
            var (code, _, error) = CliRunner.Run(folder.Path, SharedData.SeedsFolder, "--format", "html", "--output", report, "-q");
            code.Should().BeOneOf(new[] { 0, 1 }, error);

            await using var browser = await Open(report);
            await HighlightsMatchFindings_AndFiltersHideAndShowThem(browser);
            browser.Errors.Should().BeEmpty();
        }

        [BrowserFact]
        public async Task LargeRun_InflatesItsData_AndHoldsOneArticlesTextAtATime()
        {
            using var folder = new TempFolder();
            var paragraph = string.Concat(Enumerable.Repeat("The committee met on Tuesday and agreed the plan for the new library after a long debate. ", 150));
            for (int i = 0; i < 45; i++) folder.Write($"many/article-{i:D2}.txt", paragraph + "\n\nIt was was agreed" + (i % 3 == 0 ? " in the the end" : string.Empty) + ".\n");
            var page = HtmlReport.Write(folder.Path, "report.html", "many");
            page.Should().Contain("data-encoding=\"gzip-base64\"");

            await using var browser = await Open(Path.Combine(folder.Path, "report.html"));
            (await browser.EvaluateAsync("document.querySelectorAll('section.article').length")).GetInt32().Should().Be(45);
            (await browser.EvaluateAsync(CountMarks)).GetInt32().Should().Be(0, "no article's text is in the page until it is opened");

            await browser.EvaluateAsync("document.querySelector('#a3 > h2 > button').click()");
            (await browser.EvaluateAsync(CountMarks)).GetInt32().Should().Be(2);
            await browser.EvaluateAsync("document.querySelector('#a4 > h2 > button').click()");
            (await browser.EvaluateAsync("document.querySelectorAll('section.article.open').length")).GetInt32().Should().Be(1);
            (await browser.EvaluateAsync(CountMarks)).GetInt32().Should().Be(1);

            // n past the open article's last finding opens the next article with one.
            await browser.EvaluateAsync("document.querySelector('#a4 mark').focus(); document.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }))");
            (await browser.EvaluateAsync("document.activeElement.closest('section.article').id")).GetString().Should().Be("a5");
            browser.Errors.Should().BeEmpty();
        }

        [BrowserFact]
        public async Task HostileArticles_RunNothing_InTheBrowser()
        {
            using var folder = new TempFolder();
            HtmlFormatterTests.WriteHostile(folder);
            await using var browser = await Open(Path.Combine(folder.Path, "report.html"));
            await OpenEveryArticle(browser);
            await Task.Delay(300);

            (await browser.EvaluateAsync("document.body.hasAttribute('data-pwned')")).GetBoolean().Should().BeFalse();
            (await browser.EvaluateAsync("document.querySelectorAll('script').length")).GetInt32().Should().Be(2);
            (await browser.EvaluateAsync("document.querySelectorAll('img, iframe, svg:not(.gauge):not([role=img]), a[href^=\"javascript\"]').length")).GetInt32().Should().Be(0);
            int findings = int.Parse((await browser.EvaluateAsync("document.body.getAttribute('data-findings')")).GetString()!);
            (await browser.EvaluateAsync(CountMarks)).GetInt32().Should().Be(findings);
            browser.Dialogs.Should().BeEmpty();
            browser.Errors.Should().BeEmpty();
        }

        [BrowserFact]
        public async Task ServePage_ChecksAPastedArticle_AsTheEditorTypes()
        {
            using var folder = new TempFolder();
            await using var server = await ReportServerTests.Start(folder.Path);
            await using var browser = await HeadlessChromium.LaunchAsync();
            await browser.OpenReportAsync(server.Address.AbsoluteUri);

            var article = JsonSerializer.Serialize("# Vote\n\nThe council met in the the hall. It was was close.\n");
            await browser.EvaluateAsync($"(function(t){{ t.value = {article}; t.dispatchEvent(new Event('input', {{ bubbles: true }})); }})(document.getElementById('paste'))");
            await browser.WaitForAsync("document.querySelectorAll('mark[data-rule]').length > 0");
            int findings = int.Parse((await browser.EvaluateAsync("document.body.getAttribute('data-findings')")).GetString()!);
            (await browser.EvaluateAsync(CountMarks)).GetInt32().Should().Be(findings).And.BeGreaterThanOrEqualTo(2);
            (await browser.EvaluateAsync("Array.from(document.querySelectorAll('mark[data-rule]')).map(m => m.dataset.rule + ':' + m.textContent).join(' ')")).GetString()
                .Should().Contain("EL3001:the").And.Contain("EL3001:was");
            (await browser.EvaluateAsync("document.getElementById('status').textContent")).GetString().Should().StartWith("Checked:");
            var artifacts = Path.Combine(SharedData.RepositoryRoot, "artifacts", "browser");
            Directory.CreateDirectory(artifacts);
            await File.WriteAllBytesAsync(Path.Combine(artifacts, "serve.png"), await browser.ScreenshotAsync());
            browser.Errors.Should().BeEmpty();
        }
    }
}

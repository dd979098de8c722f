using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using EditorialLint.Cli.Serve;

namespace EditorialLint.Cli.Tests.Report
{
    public class ReportServerTests
    {
        internal static Task<ReportServer> Start(string folder) =>
            ReportServer.StartAsync(folder, null, Array.Empty<string>(), IPAddress.Loopback, 0);

        private static StringContent Json(string text) => new StringContent(text, Encoding.UTF8, "application/json");

        private static string Articles(params (string Name, string Text)[] documents) =>
            JsonSerializer.Serialize(new { documents = documents.Select(d => new { name = d.Name, text = d.Text }).ToArray() });

        [Fact]
        public async Task Page_IsServedAtTheRoot_OnTheLoopbackAddress()
        {
            using var folder = new TempFolder();
            await using var server = await Start(folder.Path);
            server.Address.Host.Should().Be("127.0.0.1");
            using var client = new HttpClient();
            var page = await client.GetStringAsync(server.Address);
            page.Should().Contain("<body data-mode=\"live\">").And.Contain("connect-src 'self'");
        }

        [Fact]
        public async Task PostedArticle_ComesBackWithItsFindingsHighlighted()
        {
            using var folder = new TempFolder();
            await using var server = await Start(folder.Path);
            using var client = new HttpClient();
            var response = await client.PostAsync(new Uri(server.Address, "api/report"), Json(Articles(("draft.md", "He went to the the shop.\n"))));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var article = data.GetProperty("articles")[0];
            article.GetProperty("path").GetString().Should().Be("draft.md");
            article.GetProperty("findings")[0].GetProperty("rule").GetString().Should().Be("EL3001");
            HtmlReport.Marks(article.GetProperty("html").GetString()!).Count.Should().Be(article.GetProperty("findings").GetArrayLength());
        }

        [Fact]
        public async Task Configuration_OfTheFolderItStartedIn_Applies()
        {
            using var folder = new TempFolder();
            folder.Write(".editorconfig", "root = true\n\n[*.md]\neditorial_lint.EL3001.severity = none\n");
            await using var server = await Start(folder.Path);
            using var client = new HttpClient();
            var response = await client.PostAsync(new Uri(server.Address, "api/report"), Json(Articles(("draft.md", "He went to the the shop.\n"))));
            var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            data.GetProperty("articles")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).Should().NotContain("EL3001");
        }

        [Fact]
        public async Task NonTextUpload_GetsAClearError()
        {
            using var folder = new TempFolder();
            await using var server = await Start(folder.Path);
            using var client = new HttpClient();

            var plain = await client.PostAsync(new Uri(server.Address, "api/report"), new StringContent("He went.", Encoding.UTF8, "text/plain"));
            plain.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
            (await plain.Content.ReadAsStringAsync()).Should().Contain("send the articles as JSON");

            var binary = await client.PostAsync(new Uri(server.Address, "api/report"), Json(Articles(("scan.pdf", "%PDF\0\0binary"))));
            binary.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
            JsonDocument.Parse(await binary.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()
                .Should().Be("scan.pdf is not a text file (it holds binary data); send Markdown or plain text");
        }

        [Fact]
        public async Task OversizedRequest_IsRefused_WithTheLimit()
        {
            using var folder = new TempFolder();
            await using var server = await Start(folder.Path);
            using var client = new HttpClient();
            var huge = new string('a', (int)ReportServer.MaxRequestBytes + 10);
            // Expect: 100-continue, so that the server answers before the body is sent rather than cutting it off.
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, "api/report")) { Content = Json(Articles(("big.md", huge))) };
            request.Headers.ExpectContinue = true;
            var response = await client.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            (await client.GetAsync(server.Address)).StatusCode.Should().Be(HttpStatusCode.OK, "the server goes on serving");
        }

        [Fact]
        public async Task RequestForAnotherHostName_IsRefused()
        {
            using var folder = new TempFolder();
            await using var server = await Start(folder.Path);
            using var client = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, server.Address);
            request.Headers.Host = "attacker.example";
            var response = await client.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.MisdirectedRequest);
        }

        [Fact]
        public void Serve_RejectsAPortOutOfRange()
        {
            var (code, _, error) = CliRunner.Run(System.IO.Path.GetTempPath(), "serve", "--port", "70000");
            code.Should().Be(2);
            error.Should().Contain("--port must be between 0 and 65535");
        }
    }
}

#if SERVE
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.Cli.Output;
using EditorialLint.Cli.Output.Html;
using EditorialLint.Configuration;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EditorialLint.Cli.Serve
{
    /// <summary>
    /// The server of <c>editorial-lint serve</c>: Kestrel on a loopback address, <c>GET /</c> the page, <c>POST
    /// /api/report</c> the report data for pasted articles, linted with the configuration and rule packs of the folder
    /// it started in. Nothing is fetched from or sent to anywhere else.
    /// </summary>
    public sealed class ReportServer : IAsyncDisposable
    {
        /// <summary>The largest request body accepted (bytes): a few long articles.</summary>
        public const long MaxRequestBytes = 4 * 1024 * 1024;

        /// <summary>The most articles one request may hold.</summary>
        public const int MaxDocuments = 200;

        private readonly WebApplication _app;
        private readonly LintWorkspace _setup;
        private readonly LintEngine _engine;
        private readonly string _baseDirectory;
        private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);

        private ReportServer(WebApplication app, LintWorkspace setup, string baseDirectory)
        {
            _app = app;
            _setup = setup;
            _engine = setup.Engine;
            _baseDirectory = baseDirectory;
        }

        /// <summary>The address the page is served at.</summary>
        public Uri Address { get; private set; } = new Uri("http://127.0.0.1/");

        /// <summary>The problems of the configuration and rule packs, reported with every answer.</summary>
        public IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> SetupDiagnostics => _setup.Diagnostics;

        /// <summary>Starts serving on <paramref name="address"/> and <paramref name="port"/> (0: a free port).</summary>
        public static async Task<ReportServer> StartAsync(string baseDirectory, string? configFile, IReadOnlyList<string> ruleDirectories, IPAddress address, int port)
        {
            var setup = LintWorkspace.Create(new[] { Path.Combine(baseDirectory, "article.md") }, new LintWorkspaceOptions
            {
                BaseDirectory = baseDirectory,
                ConfigFile = configFile,
                RuleDirectories = ruleDirectories,
                BuiltInRules = BuiltInRules.CreateAll(),
                PluginHost = CliPlugins.Create(baseDirectory),
            });

            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = baseDirectory });
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
                kestrel.Listen(address, port);
            });
            var app = builder.Build();
            var server = new ReportServer(app, setup, baseDirectory);
            app.MapGet("/", server.Page);
            app.MapPost("/api/report", server.Report);
            await app.StartAsync().ConfigureAwait(false);
            var bound = app.Urls.FirstOrDefault() ?? "http://127.0.0.1:" + port;
            server.Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
            return server;
        }

        /// <summary>Waits until the process is asked to stop (Ctrl+C).</summary>
        public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _gate.Dispose();
        }

        private async Task Page(HttpContext context)
        {
            if (!IsLocalHost(context)) return;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            context.Response.Headers["Cache-Control"] = "no-store";
            var page = new StringWriter();
            HtmlFormatter.WritePage(page, null, live: true);
            await context.Response.WriteAsync(page.ToString()).ConfigureAwait(false);
        }

        private async Task Report(HttpContext context)
        {
            if (!IsLocalHost(context)) return;
            var type = context.Request.ContentType ?? string.Empty;
            if (!type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                await Fail(context, StatusCodes.Status415UnsupportedMediaType, "send the articles as JSON: {\"documents\": [{\"name\": \"a.md\", \"text\": \"...\"}]}").ConfigureAwait(false);
                return;
            }

            byte[] body;
            try
            {
                using var buffer = new MemoryStream();
                await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
                body = buffer.ToArray();
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await Fail(context, StatusCodes.Status413PayloadTooLarge, $"the articles are too large to check at once (the limit is {MaxRequestBytes / (1024 * 1024)} MB)").ConfigureAwait(false);
                return;
            }

            var documents = new List<(string Name, string Text)>();
            try
            {
                using var json = JsonDocument.Parse(body);
                if (!json.RootElement.TryGetProperty("documents", out var list) || list.ValueKind != JsonValueKind.Array)
                    throw new FormatException("the request needs a \"documents\" array");
                if (list.GetArrayLength() > MaxDocuments) throw new FormatException($"at most {MaxDocuments} articles can be checked at once");
                int n = 0;
                foreach (var item in list.EnumerateArray())
                {
                    n++;
                    var name = item.TryGetProperty("name", out var nameValue) && nameValue.ValueKind == JsonValueKind.String ? nameValue.GetString() ?? string.Empty : string.Empty;
                    if (!item.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
                        throw new FormatException($"article {n} has no \"text\" string");
                    var text = textValue.GetString() ?? string.Empty;
                    name = SafeName(name, n);
                    if (text.IndexOf('\0') >= 0)
                        throw new InvalidDataException($"{name} is not a text file (it holds binary data); send Markdown or plain text");
                    documents.Add((name, text));
                }
            }
            catch (JsonException e)
            {
                await Fail(context, StatusCodes.Status400BadRequest, "the request is not valid JSON: " + e.Message).ConfigureAwait(false);
                return;
            }
            catch (FormatException e)
            {
                await Fail(context, StatusCodes.Status400BadRequest, e.Message).ConfigureAwait(false);
                return;
            }
            catch (InvalidDataException e)
            {
                await Fail(context, StatusCodes.Status415UnsupportedMediaType, e.Message).ConfigureAwait(false);
                return;
            }

            byte[] report;
            await _gate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
            try
            {
                report = Lint(documents);
            }
            finally
            {
                _gate.Release();
            }

            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.Headers["Cache-Control"] = "no-store";
            await context.Response.Body.WriteAsync(report, context.RequestAborted).ConfigureAwait(false);
        }

        /// <summary>Lints articles given as text and returns the report data (the same as an HTML report embeds).</summary>
        public byte[] Lint(IReadOnlyList<(string Name, string Text)> documents)
        {
            var inputs = new List<DocumentInput>(documents.Count);
            foreach (var (name, text) in documents) inputs.Add(DocumentInput.FromText(name, text));
            var result = _engine.Run(inputs);
            var findings = Finding.FromAll(_setup.Diagnostics.Concat(result.Diagnostics));
            return ReportData.Build(ReportData.Load(inputs), findings, _setup.Options, LintWorkspace.Version, live: true);
        }

        // A name to report the article as: its file name only (never a path out of the folder), .md when it has no
        // extension, and unique in the request.
        private static string SafeName(string name, int n)
        {
            name = Path.GetFileName(name.Replace('\\', '/').Trim());
            var clean = new StringBuilder(name.Length);
            foreach (char c in name) if (!char.IsControl(c)) clean.Append(c);
            name = clean.ToString();
            if (name.Length == 0 || name == "." || name == "..") name = "article-" + n + ".md";
            if (Path.GetExtension(name).Length == 0) name += ".md";
            return name;
        }

        // The page answers only to its own names: a page elsewhere that points a name of its own at 127.0.0.1 (DNS
        // rebinding) gets nothing.
        private static bool IsLocalHost(HttpContext context)
        {
            var host = context.Request.Host.Host;
            if (host == "127.0.0.1" || host == "localhost" || host == "[::1]" || host == "::1") return true;
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return false;
        }

        private static Task Fail(HttpContext context, int status, string message)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("error", message);
                json.WriteEndObject();
            }

            return context.Response.Body.WriteAsync(stream.ToArray(), context.RequestAborted).AsTask();
        }
    }
}
#endif

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace EditorialLint.Cli.Tests.Report
{
    /// <summary>
    /// The system Chromium, headless, driven over the Chrome DevTools protocol (one page, a WebSocket, the few
    /// commands the report tests need). Console errors, uncaught exceptions and dialogs are recorded.
    /// </summary>
    internal sealed class HeadlessChromium : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly ClientWebSocket _socket = new ClientWebSocket();
        private readonly string _profile;
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new ConcurrentDictionary<int, TaskCompletionSource<JsonElement>>();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private int _nextId;
        private Task? _reader;

        private HeadlessChromium(Process process, string profile)
        {
            _process = process;
            _profile = profile;
        }

        /// <summary>Console errors, uncaught exceptions and failed loads the page reported.</summary>
        public ConcurrentQueue<string> Errors { get; } = new ConcurrentQueue<string>();

        /// <summary>Alerts, confirms and prompts the page opened.</summary>
        public ConcurrentQueue<string> Dialogs { get; } = new ConcurrentQueue<string>();

        /// <summary>The Chromium executable: $EDITORIAL_LINT_CHROMIUM, or chromium (Debian), chromium-browser, google-chrome on the PATH.</summary>
        public static string? FindExecutable()
        {
            var given = Environment.GetEnvironmentVariable("EDITORIAL_LINT_CHROMIUM");
            if (!string.IsNullOrEmpty(given)) return File.Exists(given) ? given : null;
            var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
                foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = Path.Combine(dir, name);
                    if (File.Exists(candidate)) return candidate;
                }

            return null;
        }

        /// <summary>Starts Chromium with one blank page of <paramref name="width"/> by <paramref name="height"/> and attaches to it.</summary>
        public static async Task<HeadlessChromium> LaunchAsync(int width = 1280, int height = 1400)
        {
            var executable = FindExecutable() ?? throw new InvalidOperationException("no Chromium found");
            var profile = Path.Combine(Path.GetTempPath(), "el-chromium-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(profile);
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, $"--window-size={width},{height}", "about:blank",
            })
                start.ArgumentList.Add(arg);
            var process = Process.Start(start)!;
            var browser = new HeadlessChromium(process, profile);
            try
            {
                var endpoint = await ReadDevToolsAddress(process).ConfigureAwait(false);
                using var http = new HttpClient();
                var targets = JsonDocument.Parse(await http.GetStringAsync(endpoint + "/json/list").ConfigureAwait(false)).RootElement;
                var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
                await browser._socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), CancellationToken.None).ConfigureAwait(false);
                browser._reader = Task.Run(browser.ReadLoop);
                await browser.Send("Runtime.enable").ConfigureAwait(false);
                await browser.Send("Log.enable").ConfigureAwait(false);
                await browser.Send("Page.enable").ConfigureAwait(false);
                return browser;
            }
            catch
            {
                await browser.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        // Chromium prints "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/…" on standard error.
        private static async Task<string> ReadDevToolsAddress(Process process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var seen = new StringBuilder();
            while (!timeout.IsCancellationRequested)
            {
                var line = await process.StandardError.ReadLineAsync(timeout.Token).ConfigureAwait(false);
                if (line is null) break;
                seen.AppendLine(line);
                var match = Regex.Match(line, "DevTools listening on ws://([^/]+)/");
                if (match.Success)
                {
                    _ = process.StandardError.ReadToEndAsync(); // keep the pipe drained
                    _ = process.StandardOutput.ReadToEndAsync();
                    return "http://" + match.Groups[1].Value;
                }
            }

            throw new InvalidOperationException("Chromium did not start its DevTools endpoint:\n" + seen);
        }

        /// <summary>Opens <paramref name="url"/> and waits until the report page says it is ready.</summary>
        public async Task OpenReportAsync(string url)
        {
            await Send("Page.navigate", new Dictionary<string, object> { ["url"] = url }).ConfigureAwait(false);
            await WaitForAsync("document.body && document.body.getAttribute('data-ready') === 'true'").ConfigureAwait(false);
        }

        /// <summary>Polls <paramref name="condition"/> (a JavaScript expression) until it is true, for at most 30 seconds.</summary>
        public async Task WaitForAsync(string condition)
        {
            for (int i = 0; i < 300; i++)
            {
                try
                {
                    var value = await EvaluateAsync("!!(" + condition + ")").ConfigureAwait(false);
                    if (value.ValueKind == JsonValueKind.True) return;
                }
                catch (InvalidOperationException)
                {
                    // The page is between documents; ask again.
                }

                await Task.Delay(100).ConfigureAwait(false);
            }

            throw new TimeoutException("the page never met: " + condition + "; errors: " + string.Join(" | ", Errors));
        }

        /// <summary>The value of a JavaScript expression (promises awaited).</summary>
        public async Task<JsonElement> EvaluateAsync(string expression)
        {
            var result = await Send("Runtime.evaluate", new Dictionary<string, object>
            {
                ["expression"] = expression,
                ["returnByValue"] = true,
                ["awaitPromise"] = true,
            }).ConfigureAwait(false);
            if (result.TryGetProperty("exceptionDetails", out var exception))
                throw new InvalidOperationException("script failed: " + exception.ToString());
            var inner = result.GetProperty("result");
            return inner.TryGetProperty("value", out var value) ? value.Clone() : default;
        }

        /// <summary>A PNG of the viewport.</summary>
        public async Task<byte[]> ScreenshotAsync()
        {
            var result = await Send("Page.captureScreenshot", new Dictionary<string, object> { ["format"] = "png" }).ConfigureAwait(false);
            return Convert.FromBase64String(result.GetProperty("data").GetString()!);
        }

        /// <summary>Sends a command and returns its result.</summary>
        public async Task<JsonElement> Send(string method, Dictionary<string, object>? parameters = null)
        {
            int id = Interlocked.Increment(ref _nextId);
            var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = done;
            var message = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new Dictionary<string, object>() });
            await _socket.SendAsync(message, WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            using (timeout.Token.Register(() => done.TrySetException(new TimeoutException(method + " got no answer"))))
                return await done.Task.ConfigureAwait(false);
        }

        private async Task ReadLoop()
        {
            var buffer = new byte[1 << 16];
            var message = new MemoryStream();
            try
            {
                while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
                {
                    var received = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
                    if (received.MessageType == WebSocketMessageType.Close) break;
                    message.Write(buffer, 0, received.Count);
                    if (!received.EndOfMessage) continue;
                    Handle(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
                    message.SetLength(0);
                }
            }
            catch (Exception e) when (e is OperationCanceledException || e is WebSocketException)
            {
            }
        }

        private void Handle(JsonElement message)
        {
            if (message.TryGetProperty("id", out var id))
            {
                if (_pending.TryRemove(id.GetInt32(), out var done))
                {
                    if (message.TryGetProperty("error", out var error)) done.TrySetException(new InvalidOperationException(error.ToString()));
                    else done.TrySetResult(message.GetProperty("result").Clone());
                }

                return;
            }

            var method = message.GetProperty("method").GetString();
            var p = message.GetProperty("params");
            switch (method)
            {
                case "Runtime.consoleAPICalled" when p.GetProperty("type").GetString() is "error" or "assert":
                    Errors.Enqueue("console: " + p.GetProperty("args").ToString());
                    break;
                case "Runtime.exceptionThrown":
                    Errors.Enqueue("exception: " + p.GetProperty("exceptionDetails").ToString());
                    break;
                case "Log.entryAdded" when p.GetProperty("entry").GetProperty("level").GetString() == "error":
                    Errors.Enqueue("log: " + p.GetProperty("entry").GetProperty("text").GetString());
                    break;
                case "Page.javascriptDialogOpening":
                    Dialogs.Enqueue(p.GetProperty("message").GetString() ?? string.Empty);
                    _ = Send("Page.handleJavaScriptDialog", new Dictionary<string, object> { ["accept"] = false });
                    break;
            }
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            try
            {
                if (_socket.State == WebSocketState.Open) await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
            }

            _socket.Dispose();
            try
            {
                if (!_process.HasExited) _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
            catch (InvalidOperationException)
            {
            }

            _process.Dispose();
            if (_reader is not null) await Task.WhenAny(_reader, Task.Delay(2000)).ConfigureAwait(false);
            _stop.Dispose();
            try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// A test that drives the system Chromium: skipped, saying why, when none is found on a developer's machine; in CI
    /// (CI=true, where .ci/run installs it) it runs and fails without one.
    /// </summary>
    public sealed class BrowserFactAttribute : FactAttribute
    {
        /// <summary>Skips the test when no Chromium is found outside CI.</summary>
        public BrowserFactAttribute()
        {
            if (HeadlessChromium.FindExecutable() is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Skip = "no Chromium found (install Debian's chromium, or set EDITORIAL_LINT_CHROMIUM to its path); .ci/run installs it";
        }
    }
}

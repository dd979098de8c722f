using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Pipes;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.LanguageServer.Tests
{
    /// <summary>
    /// A minimal LSP client that talks to the server in-process over anonymous pipes, the way an editor does over
    /// stdio: framed JSON-RPC both ways, answers to the server's own requests, and a log of every notification.
    /// </summary>
    internal sealed class LspTestClient : IAsyncDisposable
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

        private readonly AnonymousPipeServerStream _toServer = new AnonymousPipeServerStream(PipeDirection.Out);
        private readonly AnonymousPipeServerStream _fromServer = new AnonymousPipeServerStream(PipeDirection.In);
        private readonly AnonymousPipeClientStream _serverInput;
        private readonly AnonymousPipeClientStream _serverOutput;
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new ConcurrentDictionary<int, TaskCompletionSource<JsonObject>>();
        private readonly List<JsonObject> _notifications = new List<JsonObject>();
        private readonly SemaphoreSlim _writeGate = new SemaphoreSlim(1, 1);
        private readonly StringWriter _log = new StringWriter();
        private readonly Task _reader;
        private int _nextId;

        private LspTestClient(LanguageServerOptions options)
        {
            _serverInput = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
            _serverOutput = new AnonymousPipeClientStream(PipeDirection.Out, _fromServer.ClientSafePipeHandle);
            options.Log ??= TextWriter.Synchronized(_log);
            Server = Task.Run(async () =>
            {
                try
                {
                    return await LanguageServerHost.RunAsync(_serverInput, _serverOutput, options);
                }
                finally
                {
                    _serverOutput.Dispose();
                }
            });
            _reader = Task.Run(ReadLoopAsync);
        }

        /// <summary>The server's run; its result is the exit code.</summary>
        public Task<int> Server { get; }

        /// <summary>Answers the server's requests by method; by default null.</summary>
        public Func<string, JsonNode?, JsonNode?> OnServerRequest { get; set; } = (_, _) => null;

        /// <summary>The server's log so far.</summary>
        public string Log => _log.ToString();

        public static LspTestClient Start(IReadOnlyList<EditorialRule>? rules = null, ServerSettings? settings = null, LanguageServerOptions? options = null)
        {
            options ??= new LanguageServerOptions();
            options.Rules ??= rules;
            options.Settings ??= settings ?? new ServerSettings { DebounceMs = 0, CorpusDebounceMs = 0 };
            return new LspTestClient(options);
        }

        /// <summary>Starts a server (set up by <paramref name="options"/> when given, as a host would) and initializes it.</summary>
        public static async Task<LspTestClient> StartInitializedAsync(
            IReadOnlyList<EditorialRule>? rules = null, ServerSettings? settings = null, string? rootFolder = null, JsonObject? capabilities = null, JsonNode? initializationOptions = null,
            LanguageServerOptions? options = null)
        {
            var client = Start(rules, settings, options);
            var parameters = new JsonObject
            {
                ["processId"] = null,
                ["rootUri"] = rootFolder is null ? null : new Uri(rootFolder).AbsoluteUri,
                ["capabilities"] = capabilities ?? new JsonObject(),
            };
            if (rootFolder is not null)
                parameters["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new Uri(rootFolder).AbsoluteUri, ["name"] = "root" });
            if (initializationOptions is not null) parameters["initializationOptions"] = initializationOptions;
            await client.RequestAsync("initialize", parameters);
            await client.NotifyAsync("initialized", new JsonObject());
            return client;
        }

        public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters)
        {
            int id = Interlocked.Increment(ref _nextId);
            var waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = waiter;
            await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
            return await waiter.Task.WaitAsync(Timeout);
        }

        public Task NotifyAsync(string method, JsonNode? parameters) =>
            WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        /// <summary>Sends raw bytes, framing included (for malformed-input tests).</summary>
        public async Task SendRawAsync(string raw)
        {
            var bytes = Encoding.UTF8.GetBytes(raw);
            await _writeGate.WaitAsync();
            try
            {
                await _toServer.WriteAsync(bytes);
                await _toServer.FlushAsync();
            }
            finally
            {
                _writeGate.Release();
            }
        }

        public Task OpenAsync(string uri, string text, int version = 1, string languageId = "markdown") =>
            NotifyAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
            });

        /// <summary>Replaces <paramref name="start"/>..<paramref name="end"/> (offsets in <paramref name="before"/>) with new text.</summary>
        public Task ChangeAsync(string uri, int version, string before, int start, int end, string newText) =>
            NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject
                {
                    ["range"] = Range(before, start, end),
                    ["text"] = newText,
                }),
            });

        /// <summary>The notifications received so far with <paramref name="method"/>.</summary>
        public List<JsonObject> Notifications(string method)
        {
            lock (_notifications) return _notifications.Where(n => (string?)n["method"] == method).ToList();
        }

        /// <summary>Error answers that carry no id (to messages the server could not read).</summary>
        public List<JsonObject> Errors()
        {
            lock (_notifications) return _notifications.Where(n => n.ContainsKey("error")).ToList();
        }

        /// <summary>Waits for the diagnostics of <paramref name="uri"/> at <paramref name="version"/>, or any version when null.</summary>
        public async Task<JsonArray> WaitForDiagnosticsAsync(string uri, int? version = null, Func<JsonArray, bool>? until = null, TimeSpan? timeout = null)
        {
            var deadline = DateTime.UtcNow + (timeout ?? Timeout);
            while (DateTime.UtcNow < deadline)
            {
                var match = Notifications("textDocument/publishDiagnostics")
                    .Select(n => n["params"]!.AsObject())
                    .LastOrDefault(p => (string?)p["uri"] == uri && (version is null || (int?)p["version"] == version));
                if (match is not null && (until is null || until(match["diagnostics"]!.AsArray())))
                    return match["diagnostics"]!.AsArray();
                await Task.Delay(10);
            }

            throw new TimeoutException($"no diagnostics for {uri} version {version}. Log:\n{Log}");
        }

        /// <summary>Closes the server's input, as an editor that goes away does.</summary>
        public void CloseInput() => _toServer.Dispose();

        public async Task ShutdownAsync()
        {
            await RequestAsync("shutdown", null);
            await NotifyAsync("exit", null);
        }

        public async ValueTask DisposeAsync()
        {
            _toServer.Dispose();
            try
            {
                await Server.WaitAsync(Timeout);
                await _reader.WaitAsync(Timeout);
            }
            catch (Exception)
            {
                // The test has already failed or passed; disposal must not hide that.
            }

            _fromServer.Dispose();
            _serverInput.Dispose();
            _writeGate.Dispose();
        }

        /// <summary>The LSP range of offsets in a text, counted independently of the server's own line index.</summary>
        public static JsonObject Range(string text, int start, int end) =>
            new JsonObject { ["start"] = Position(text, start), ["end"] = Position(text, end) };

        public static JsonObject Range(string text, TextSpan span) => Range(text, span.Start, span.End);

        public static JsonObject Position(string text, int offset)
        {
            int line = 0, lineStart = 0;
            for (int i = 0; i < offset; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new JsonObject { ["line"] = line, ["character"] = offset - lineStart };
        }

        /// <summary>The offset of an LSP position in a text (for applying edits the server sends).</summary>
        public static int Offset(string text, JsonNode position)
        {
            int line = (int)position["line"]!, character = (int)position["character"]!;
            int offset = 0;
            for (int l = 0; l < line; l++)
            {
                int lf = text.IndexOfAny(new[] { '\r', '\n' }, offset);
                if (lf < 0) return text.Length;
                offset = text[lf] == '\r' && lf + 1 < text.Length && text[lf + 1] == '\n' ? lf + 2 : lf + 1;
            }

            return offset + character;
        }

        /// <summary>Applies a list of LSP text edits (non-overlapping) to a text.</summary>
        public static string ApplyEdits(string text, JsonArray edits)
        {
            var sorted = edits.Select(e => (Start: Offset(text, e!["range"]!["start"]!), End: Offset(text, e!["range"]!["end"]!), Text: (string)e!["newText"]!))
                .OrderByDescending(e => e.Start).ToList();
            foreach (var (start, end, newText) in sorted)
                text = text.Substring(0, start) + newText + text.Substring(end);
            return text;
        }

        private async Task WriteAsync(JsonObject message)
        {
            var body = Encoding.UTF8.GetBytes(message.ToJsonString());
            var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
            await _writeGate.WaitAsync();
            try
            {
                await _toServer.WriteAsync(header);
                await _toServer.WriteAsync(body);
                await _toServer.FlushAsync();
            }
            finally
            {
                _writeGate.Release();
            }
        }

        private async Task ReadLoopAsync()
        {
            var stream = _fromServer;
            while (true)
            {
                var header = new StringBuilder();
                while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
                {
                    int b = stream.ReadByte();
                    if (b < 0) return;
                    header.Append((char)b);
                }

                int length = int.Parse(header.ToString().Split("\r\n")[0].Split(':')[1].Trim(), CultureInfo.InvariantCulture);
                var body = new byte[length];
                int read = 0;
                while (read < length)
                {
                    int n = await stream.ReadAsync(body.AsMemory(read));
                    if (n == 0) return;
                    read += n;
                }

                var message = JsonNode.Parse(body)!.AsObject();
                bool hasMethod = message.ContainsKey("method");
                bool hasId = message.ContainsKey("id") && message["id"] is not null;
                if (hasMethod && hasId)
                {
                    lock (_notifications) _notifications.Add(message);
                    var result = OnServerRequest((string)message["method"]!, message["params"]);
                    await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = result });
                }
                else if (hasMethod)
                {
                    lock (_notifications) _notifications.Add(message);
                }
                else if (hasId && message["id"]!.GetValueKind() == JsonValueKind.Number && _pending.TryRemove((int)message["id"]!, out var waiter))
                {
                    waiter.TrySetResult(message);
                }
                else
                {
                    lock (_notifications) _notifications.Add(message); // an answer with a null id (a parse error)
                }
            }
        }
    }
}

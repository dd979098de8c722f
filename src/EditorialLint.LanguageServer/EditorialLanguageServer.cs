using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Configuration;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Features;
using EditorialLint.LanguageServer.Linting;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.Workspace;
using Microsoft.CodeAnalysis;

namespace EditorialLint.LanguageServer
{
    /// <summary>
    /// The server: reads messages in order on one loop, keeps the open documents, and lints them in the background.
    /// A document is linted on its own after typing pauses (<see cref="ServerSettings.DebounceMs"/>); when some rule
    /// checks across articles, every open document and the workspace's articles run together after a longer pause.
    /// A result for a version that has moved on is dropped. Nothing a rule or a message does takes the server down.
    /// This file holds the state and the protocol (message loop, dispatch, lifecycle); the other concerns are in
    /// <c>EditorialLanguageServer.Documents</c>, <c>.Scheduling</c>, <c>.Publishing</c>, <c>.Configuration</c> and
    /// <c>.WorkspaceFiles</c>; what the user is told and the log are <see cref="ClientMessages"/>.
    /// </summary>
    internal sealed partial class EditorialLanguageServer : IDisposable
    {
        private readonly JsonRpcConnection _rpc;
        private readonly ImmutableArray<EditorialRule> _rules;
        private readonly ClientMessages _messages;
        private readonly object _gate = new object();
        private readonly Dictionary<string, DocumentState> _documents = new Dictionary<string, DocumentState>(StringComparer.Ordinal);
        private readonly SemaphoreSlim _publishGate = new SemaphoreSlim(1, 1);
        private readonly WorkspaceArticles _articles = new WorkspaceArticles();
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        private readonly IPluginHost? _pluginHost;
        private readonly PluginTrust _pluginTrust;
        private readonly Func<string, Archive.IFactArchive>? _openArchive;
        private Archive.IFactArchive? _archive;
        private readonly HashSet<string> _configurationFiles = new HashSet<string>(StringComparer.Ordinal);

        private ServerSettings _settings;
        private LintService _lint;
        private HashSet<string> _configuredDirectories = new HashSet<string>(StringComparer.Ordinal);
        private List<string> _folders = new List<string>();
        private CancellationTokenSource? _corpusPass;
        private bool _initialized;
        private bool _shutdown;
        private bool _supportsDocumentChanges;
        private bool _supportsWatcherRegistration;
        private bool _supportsConfigurationPull;

        public EditorialLanguageServer(JsonRpcConnection rpc, LanguageServerOptions options)
        {
            _rpc = rpc;
            _messages = new ClientMessages(rpc, options.Log ?? TextWriter.Null);
            // The rules, and the tables they load, are made once per server; a configuration change only rebuilds the engine.
            _rules = options.Rules is null ? Rules.BuiltInRules.CreateAll() : options.Rules.ToImmutableArray();
            _settings = options.Settings ?? new ServerSettings();
            _pluginHost = options.PluginHost;
            _pluginTrust = options.PluginTrust;
            _openArchive = options.OpenArchive;
            _lint = BuildLintService(out _);
        }

        /// <summary>Serves until <c>exit</c> or the end of the input; returns the process exit code.</summary>
        public async Task<int> RunAsync(CancellationToken cancellationToken)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
            try
            {
                while (true)
                {
                    IncomingMessage? message;
                    try
                    {
                        message = await _rpc.ReadAsync(linked.Token).ConfigureAwait(false);
                    }
                    catch (JsonRpcFramingException e)
                    {
                        _messages.Log("unreadable message skipped: " + e.Message);
                        await _rpc.RespondErrorAsync(null, JsonRpcErrorCodes.ParseError, e.Message).ConfigureAwait(false);
                        continue;
                    }

                    if (message is null) break;
                    if (message.Method == "exit") break;

                    try
                    {
                        await DispatchAsync(message).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !linked.IsCancellationRequested)
                    {
                        // A bug in one handler answers that request with an error; the server goes on.
                        _messages.Log("error in " + message.Method + ": " + e);
                        if (message.IsRequest)
                            await _rpc.RespondErrorAsync(message.Id, e is JsonException ? JsonRpcErrorCodes.InvalidParams : JsonRpcErrorCodes.InternalError, e.Message).ConfigureAwait(false);
                    }

                    // The message holds its bytes (a didOpen: the whole document again, as UTF-8). This loop's locals
                    // live on while it waits for the next message, which may be long after linting began: let it go now.
                    message = null;
                }
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
            }
            catch (IOException e)
            {
                _messages.Log("connection lost: " + e.Message);
            }
            finally
            {
                StopBackgroundWork();
                _rpc.CancelPendingRequests();
            }

            return _shutdown ? 0 : 1;
        }

        private async Task DispatchAsync(IncomingMessage message)
        {
            var method = message.Method!;
            if (!_initialized && method != "initialize")
            {
                if (message.IsRequest)
                    await _rpc.RespondErrorAsync(message.Id, JsonRpcErrorCodes.ServerNotInitialized, "the server is not initialized").ConfigureAwait(false);
                return;
            }

            if (_shutdown && message.IsRequest)
            {
                await _rpc.RespondErrorAsync(message.Id, JsonRpcErrorCodes.InvalidRequest, "the server is shutting down").ConfigureAwait(false);
                return;
            }

            switch (method)
            {
                case "initialize":
                    await InitializeAsync(message).ConfigureAwait(false);
                    return;
                case "initialized":
                    OnInitialized();
                    return;
                case "shutdown":
                    _shutdown = true;
                    StopBackgroundWork();
                    await _rpc.RespondNullAsync(message.Id!.Value).ConfigureAwait(false);
                    return;
                case "textDocument/didOpen":
                    OnDidOpen(Read(message, LspJsonContext.Default.DidOpenTextDocumentParams));
                    return;
                case "textDocument/didChange":
                    OnDidChange(Read(message, LspJsonContext.Default.DidChangeTextDocumentParams));
                    return;
                case "textDocument/didSave":
                    OnDidSave(Read(message, LspJsonContext.Default.DidSaveTextDocumentParams));
                    return;
                case "textDocument/didClose":
                    await OnDidCloseAsync(Read(message, LspJsonContext.Default.DidCloseTextDocumentParams)).ConfigureAwait(false);
                    return;
                case "textDocument/codeAction":
                    var actions = OnCodeAction(Read(message, LspJsonContext.Default.CodeActionParams));
                    await _rpc.RespondAsync(message.Id!.Value, actions, LspJsonContext.Default.ListCodeAction).ConfigureAwait(false);
                    return;
                case "workspace/didChangeConfiguration":
                    OnDidChangeConfiguration(Read(message, LspJsonContext.Default.DidChangeConfigurationParams));
                    return;
                case "workspace/didChangeWatchedFiles":
                    OnDidChangeWatchedFiles(Read(message, LspJsonContext.Default.DidChangeWatchedFilesParams));
                    return;
                case "workspace/didChangeWorkspaceFolders":
                    OnDidChangeWorkspaceFolders(Read(message, LspJsonContext.Default.DidChangeWorkspaceFoldersParams));
                    return;
                default:
                    // "$/cancelRequest", "$/setTrace" and other notifications we do not use are ignored, as the protocol allows.
                    if (message.IsRequest)
                        await _rpc.RespondErrorAsync(message.Id, JsonRpcErrorCodes.MethodNotFound, "method not supported: " + method).ConfigureAwait(false);
                    return;
            }
        }

        private static T Read<T>(IncomingMessage message, JsonTypeInfo<T> typeInfo)
        {
            if (!message.HasObjectParams) throw new JsonException(message.Method + " needs params");
            var value = message.ReadParams(typeInfo) ?? throw new JsonException(message.Method + " needs params");
            var missing = value switch
            {
                DidOpenTextDocumentParams p => p.TextDocument is null ? "textDocument" : null,
                DidChangeTextDocumentParams p => p.TextDocument is null ? "textDocument" : p.ContentChanges is null ? "contentChanges" : null,
                DidCloseTextDocumentParams p => p.TextDocument is null ? "textDocument" : null,
                DidSaveTextDocumentParams p => p.TextDocument is null ? "textDocument" : null,
                CodeActionParams p => p.TextDocument is null ? "textDocument" : p.Range?.Start is null || p.Range.End is null ? "range" : p.Context is null ? "context" : null,
                _ => null,
            };
            if (missing is not null) throw new JsonException(message.Method + " needs " + missing);
            return value;
        }

        private async Task InitializeAsync(IncomingMessage message)
        {
            if (!message.IsRequest) return;
            var parameters = message.HasObjectParams
                ? message.ReadParams(LspJsonContext.Default.InitializeParams) ?? new InitializeParams()
                : new InitializeParams();

            var folders = new List<string>();
            if (parameters.WorkspaceFolders is { } workspaceFolders)
            {
                foreach (var folder in workspaceFolders)
                    if (DocumentUris.IsFile(folder.Uri)) folders.Add(DocumentUris.ToPath(folder.Uri));
            }
            else if (parameters.RootUri is { } rootUri && DocumentUris.IsFile(rootUri))
            {
                folders.Add(DocumentUris.ToPath(rootUri));
            }
            else if (!string.IsNullOrEmpty(parameters.RootPath))
            {
                folders.Add(Path.GetFullPath(parameters.RootPath));
            }

            if (parameters.Capabilities is { ValueKind: JsonValueKind.Object } capabilities)
            {
                _supportsDocumentChanges = Flag(capabilities, "workspace", "workspaceEdit", "documentChanges");
                _supportsWatcherRegistration = Flag(capabilities, "workspace", "didChangeWatchedFiles", "dynamicRegistration");
                _supportsConfigurationPull = Flag(capabilities, "workspace", "configuration");
            }

            var problems = new List<string>();
            ImmutableArray<Diagnostic> setupProblems;
            lock (_gate)
            {
                _folders = folders;
                _settings = ServerSettings.Parse(parameters.InitializationOptions, _settings, problems);
                _lint = BuildLintService(out setupProblems);
                _initialized = true;
            }

            var result = new InitializeResult
            {
                Capabilities = new ServerCapabilities
                {
                    CodeActionProvider = new CodeActionOptions
                    {
                        CodeActionKinds = new List<string> { LspConstants.QuickFix, LspConstants.SourceFixAllOurs },
                    },
                },
                ServerInfo = new ServerInfo { Name = "editorial-lint", Version = LintWorkspace.Version },
            };
            await _rpc.RespondAsync(message.Id!.Value, result, LspJsonContext.Default.InitializeResult).ConfigureAwait(false);
            foreach (var problem in problems) _messages.Notify(LspConstants.MessageWarning, "EditorialLint settings: " + problem, show: false);
            PublishConfigurationProblems(setupProblems);
        }

        private void OnInitialized()
        {
            if (_supportsWatcherRegistration) RegisterFileWatchers();
            if (_supportsConfigurationPull) PullConfiguration();
        }

        private void StopBackgroundWork()
        {
            lock (_gate)
            {
                foreach (var state in _documents.Values) state.Pending?.Cancel();
                _corpusPass?.Cancel();
            }
        }

        private static bool Flag(JsonElement root, params string[] path)
        {
            var current = root;
            foreach (var name in path)
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current)) return false;
            }

            return current.ValueKind == JsonValueKind.True;
        }

        public void Dispose()
        {
            _stopping.Cancel();
            _stopping.Dispose();
            _publishGate.Dispose();
        }
    }
}

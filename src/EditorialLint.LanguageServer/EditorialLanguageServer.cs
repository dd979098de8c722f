using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Configuration;
using EditorialLint.Diagnostics;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Features;
using EditorialLint.LanguageServer.Linting;
using EditorialLint.LanguageServer.Protocol;
using Microsoft.CodeAnalysis;

namespace EditorialLint.LanguageServer
{
    /// <summary>
    /// The server: reads messages in order on one loop, keeps the open documents, and lints them in the background.
    /// A document is linted on its own after typing pauses (<see cref="ServerSettings.DebounceMs"/>); when some rule
    /// checks across articles, every open document and the workspace's articles run together after a longer pause.
    /// A result for a version that has moved on is dropped. Nothing a rule or a message does takes the server down.
    /// </summary>
    internal sealed class EditorialLanguageServer : IDisposable
    {
        private readonly JsonRpcConnection _rpc;
        private readonly ImmutableArray<EditorialRule> _rules;
        private readonly TextWriter _log;
        private readonly object _gate = new object();
        private readonly Dictionary<string, DocumentState> _documents = new Dictionary<string, DocumentState>(StringComparer.Ordinal);
        private readonly SemaphoreSlim _publishGate = new SemaphoreSlim(1, 1);
        private readonly HashSet<string> _reportedFailures = new HashSet<string>(StringComparer.Ordinal);
        private readonly WorkspaceArticles _articles = new WorkspaceArticles();
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        private readonly IPluginHost? _pluginHost;
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
            _log = options.Log ?? TextWriter.Null;
            // The rules, and the tables they load, are made once per server; a configuration change only rebuilds the engine.
            _rules = options.Rules is null ? Rules.BuiltInRules.CreateAll() : options.Rules.ToImmutableArray();
            _settings = options.Settings ?? new ServerSettings();
            _pluginHost = options.PluginHost;
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
                        Log("unreadable message skipped: " + e.Message);
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
                        Log("error in " + message.Method + ": " + e);
                        if (message.IsRequest)
                            await _rpc.RespondErrorAsync(message.Id, e is JsonException ? JsonRpcErrorCodes.InvalidParams : JsonRpcErrorCodes.InternalError, e.Message).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
            }
            catch (IOException e)
            {
                Log("connection lost: " + e.Message);
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
            if (message.Params is not { } element || element.ValueKind != JsonValueKind.Object)
                throw new JsonException(message.Method + " needs params");
            var value = element.Deserialize(typeInfo) ?? throw new JsonException(message.Method + " needs params");
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

        // ---- lifecycle ----

        private async Task InitializeAsync(IncomingMessage message)
        {
            if (!message.IsRequest) return;
            var parameters = message.Params is { ValueKind: JsonValueKind.Object } p
                ? p.Deserialize(LspJsonContext.Default.InitializeParams) ?? new InitializeParams()
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
                ServerInfo = new ServerInfo { Name = "editorial-lint", Version = Version },
            };
            await _rpc.RespondAsync(message.Id!.Value, result, LspJsonContext.Default.InitializeResult).ConfigureAwait(false);
            foreach (var problem in problems) Notify(LspConstants.MessageWarning, "EditorialLint settings: " + problem, show: false);
            PublishConfigurationProblems(setupProblems);
        }

        private void OnInitialized()
        {
            if (_supportsWatcherRegistration)
            {
                var registration = new RegistrationParams
                {
                    Registrations = new List<Registration>
                    {
                        new Registration
                        {
                            Id = "editorial-lint-watch",
                            Method = "workspace/didChangeWatchedFiles",
                            RegisterOptions = new DidChangeWatchedFilesRegistrationOptions
                            {
                                Watchers = new List<FileWatcher>
                                {
                                    new FileWatcher { GlobPattern = "**/.editorconfig" },
                                    new FileWatcher { GlobPattern = "**/*.{yaml,yml}" },
                                    new FileWatcher { GlobPattern = "**/*.{md,markdown,txt}" },
                                },
                            },
                        },
                    },
                };
                Background(() => _rpc.RequestAsync("client/registerCapability", registration, LspJsonContext.Default.RegistrationParams, _stopping.Token), "registering file watchers");
            }

            if (_supportsConfigurationPull) PullConfiguration();
        }

        // The reply comes through the message loop, so it is awaited off the loop.
        private void PullConfiguration()
        {
            var request = new ConfigurationParams { Items = new List<ConfigurationItem> { new ConfigurationItem { Section = ServerSettings.Section } } };
            Background(async () =>
            {
                var reply = await _rpc.RequestAsync("workspace/configuration", request, LspJsonContext.Default.ConfigurationParams, _stopping.Token).ConfigureAwait(false);
                if (reply.ValueKind == JsonValueKind.Array && reply.GetArrayLength() > 0 && reply[0].ValueKind == JsonValueKind.Object)
                    ApplySettings(reply[0]);
            }, "reading the workspace configuration");
        }

        private void StopBackgroundWork()
        {
            lock (_gate)
            {
                foreach (var state in _documents.Values) state.Pending?.Cancel();
                _corpusPass?.Cancel();
            }
        }

        // ---- documents ----

        private void OnDidOpen(DidOpenTextDocumentParams parameters)
        {
            var item = parameters.TextDocument;
            var path = DocumentUris.ToPath(item.Uri);
            var snapshot = new DocumentSnapshot(item.Uri, path, DocumentUris.KindOf(path, item.LanguageId), item.Version, item.Text ?? string.Empty);
            bool newFolder;
            lock (_gate)
            {
                if (_documents.TryGetValue(item.Uri, out var old)) old.Pending?.Cancel();
                _documents[item.Uri] = new DocumentState(snapshot);
                newFolder = Path.IsPathRooted(path) && !_configuredDirectories.Contains(Path.GetDirectoryName(path) ?? string.Empty);
            }

            // A document in a folder not seen before may sit under an .editorconfig that names its own rule packs.
            if (newFolder) Reconfigure();
            else ScheduleLint(item.Uri, 0);
        }

        private void OnDidChange(DidChangeTextDocumentParams parameters)
        {
            var uri = parameters.TextDocument.Uri;
            int delay;
            lock (_gate)
            {
                if (!_documents.TryGetValue(uri, out var state))
                {
                    Log("change to a document that is not open: " + uri);
                    return;
                }

                int version = parameters.TextDocument.Version ?? state.Current.Version + 1;
                state.Current = state.Current.WithChanges(version, parameters.ContentChanges);
                delay = _settings.DebounceMs;
            }

            ScheduleLint(uri, delay);
        }

        private void OnDidSave(DidSaveTextDocumentParams parameters)
        {
            lock (_gate)
            {
                if (!_documents.ContainsKey(parameters.TextDocument.Uri)) return;
            }

            // Other articles may read the saved one from disk; the document itself is linted from its open text.
            _articles.Invalidate();
            ScheduleLint(parameters.TextDocument.Uri, 0);
        }

        private async Task OnDidCloseAsync(DidCloseTextDocumentParams parameters)
        {
            var uri = parameters.TextDocument.Uri;
            lock (_gate)
            {
                if (!_documents.TryGetValue(uri, out var state)) return;
                state.Pending?.Cancel();
                _documents.Remove(uri);
            }

            // Findings of a closed document go away with it.
            await _publishGate.WaitAsync().ConfigureAwait(false);
            try
            {
                await _rpc.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams { Uri = uri }, LspJsonContext.Default.PublishDiagnosticsParams).ConfigureAwait(false);
            }
            finally
            {
                _publishGate.Release();
            }

            ScheduleCorpusPass();
        }

        // ---- linting ----

        private void ScheduleLint(string uri, int delayMs)
        {
            DocumentSnapshot snapshot;
            CancellationTokenSource cancellation;
            LintService lint;
            lock (_gate)
            {
                if (_shutdown || !_documents.TryGetValue(uri, out var state)) return;
                state.Pending?.Cancel();
                cancellation = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                state.Pending = cancellation;
                snapshot = state.Current;
                lint = _lint;
            }

            var token = cancellation.Token;
            _ = Task.Run(async () =>
            {
                try
                {
                    if (delayMs > 0) await Task.Delay(delayMs, token).ConfigureAwait(false);
                    var outcome = lint.LintDocument(snapshot, token);
                    await PublishAsync(outcome, fromCorpusPass: false).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    ReportFailureOnce("lint:" + e.GetType().Name + e.Message, "EditorialLint could not lint " + snapshot.Path + ": " + e.GetType().Name + ": " + e.Message, e);
                }
            }, CancellationToken.None);

            ScheduleCorpusPass();
        }

        private void ScheduleCorpusPass()
        {
            CancellationTokenSource cancellation;
            List<DocumentSnapshot> open;
            LintService lint;
            int delay;
            bool useDisk;
            lock (_gate)
            {
                if (_shutdown || !_lint.HasCorpusRules || _documents.Count == 0) return;
                _corpusPass?.Cancel();
                cancellation = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                _corpusPass = cancellation;
                open = new List<DocumentSnapshot>(_documents.Count);
                foreach (var state in _documents.Values) open.Add(state.Current);
                lint = _lint;
                delay = _settings.CorpusDebounceMs;
                useDisk = _settings.WorkspaceArticles;
            }

            var token = cancellation.Token;
            _ = Task.Run(async () =>
            {
                try
                {
                    if (delay > 0) await Task.Delay(delay, token).ConfigureAwait(false);
                    var onDisk = useDisk ? ArticlesOnDisk(open) : new List<(string, string)>();
                    var outcomes = lint.LintCorpus(open, onDisk, token);
                    foreach (var outcome in outcomes)
                    {
                        token.ThrowIfCancellationRequested();
                        await PublishAsync(outcome, fromCorpusPass: true).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    ReportFailureOnce("corpus:" + e.GetType().Name + e.Message, "EditorialLint could not check across articles: " + e.GetType().Name + ": " + e.Message, e);
                }
            }, CancellationToken.None);
        }

        private List<(string Path, string Text)> ArticlesOnDisk(List<DocumentSnapshot> open)
        {
            var openPaths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var snapshot in open) openPaths.Add(snapshot.Path);
            var found = new List<(string, string)>();
            foreach (var path in _articles.Files())
            {
                if (openPaths.Contains(path)) continue;
                var text = _articles.ReadText(path);
                if (text is not null) found.Add((path, text));
            }

            return found;
        }

        // Publishing goes through one gate and checks the version inside it, so an older result never lands after a
        // newer one. A document-only result does not replace the complete one of the same version.
        private async Task PublishAsync(LintOutcome outcome, bool fromCorpusPass)
        {
            ReportRuleFailures(outcome.Diagnostics);
            await _publishGate.WaitAsync().ConfigureAwait(false);
            try
            {
                PublishDiagnosticsParams message;
                lock (_gate)
                {
                    if (!_documents.TryGetValue(outcome.Snapshot.Uri, out var state) || state.Current.Version != outcome.Version
                        || !ReferenceEquals(state.Current, outcome.Snapshot) && state.Current.Text != outcome.Snapshot.Text)
                    {
                        return; // stale: the user has typed since
                    }

                    if (!fromCorpusPass && state.Latest is { IncludesCorpus: true } complete && complete.Version == outcome.Version) return;
                    state.Latest = outcome;
                    message = new PublishDiagnosticsParams
                    {
                        Uri = outcome.Snapshot.Uri,
                        Version = outcome.Version,
                        Diagnostics = Convert(outcome),
                    };
                }

                await _rpc.NotifyAsync("textDocument/publishDiagnostics", message, LspJsonContext.Default.PublishDiagnosticsParams).ConfigureAwait(false);
            }
            finally
            {
                _publishGate.Release();
            }
        }

        private List<LspDiagnostic> Convert(LintOutcome outcome)
        {
            var list = new List<LspDiagnostic>(outcome.Diagnostics.Length);
            foreach (var d in outcome.Diagnostics) list.Add(DiagnosticConverter.Convert(d, outcome.Snapshot, ResolveDocument));
            return list;
        }

        // Related locations in another document: its open text if it is open, else its text on disk.
        private (string Uri, LineIndex Lines)? ResolveDocument(string path)
        {
            lock (_gate)
            {
                foreach (var state in _documents.Values)
                    if (string.Equals(state.Current.Path, path, StringComparison.Ordinal)) return (state.Current.Uri, state.Current.Lines);
            }

            if (!Path.IsPathRooted(path)) return null;
            var text = _articles.ReadText(path);
            return text is null ? null : (DocumentUris.FromPath(path), new LineIndex(text));
        }

        // ---- code actions ----

        private List<CodeAction> OnCodeAction(CodeActionParams parameters)
        {
            DocumentSnapshot snapshot;
            LintOutcome? latest;
            LintService lint;
            lock (_gate)
            {
                if (!_documents.TryGetValue(parameters.TextDocument.Uri, out var state)) return new List<CodeAction>();
                snapshot = state.Current;
                latest = state.Latest;
                lint = _lint;
            }

            // The client asks about what it shows; if the text has moved on since the last pass, lint it now (a few
            // milliseconds) rather than offer edits computed on an older text.
            var outcome = latest is not null && latest.Version == snapshot.Version && latest.Snapshot.Text == snapshot.Text
                ? latest
                : lint.LintDocument(snapshot, CancellationToken.None);
            return CodeActionProvider.GetActions(snapshot, outcome.Diagnostics, parameters.Range, parameters.Context.Only, _supportsDocumentChanges,
                d => DiagnosticConverter.Convert(d, snapshot, ResolveDocument));
        }

        // ---- configuration ----

        private void OnDidChangeConfiguration(DidChangeConfigurationParams parameters)
        {
            // Some clients send an empty notification and expect the server to ask (the pull model).
            if (parameters.Settings is not { ValueKind: JsonValueKind.Object } settings || !HasOwnKeys(settings))
            {
                if (_supportsConfigurationPull) PullConfiguration();
                return;
            }

            ApplySettings(settings);
        }

        private static bool HasOwnKeys(JsonElement settings)
        {
            if (settings.TryGetProperty(ServerSettings.Section, out _)) return true;
            foreach (var property in settings.EnumerateObject())
                if (property.Name is "rulePacks" or "debounceMs" or "corpusDebounceMs" or "workspaceArticles" or "maxWorkspaceArticles") return true;
            return false;
        }

        private void ApplySettings(JsonElement settings)
        {
            var problems = new List<string>();
            lock (_gate) _settings = ServerSettings.Parse(settings, _settings, problems);
            foreach (var problem in problems) Notify(LspConstants.MessageWarning, "EditorialLint settings: " + problem, show: true);
            Reconfigure();
        }

        private void OnDidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
        {
            bool configuration = false, articles = false;
            foreach (var change in parameters.Changes)
            {
                var path = DocumentUris.ToPath(change.Uri);
                var name = Path.GetFileName(path);
                var extension = Path.GetExtension(path);
                if (string.Equals(name, ".editorconfig", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(extension, ".yaml", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(extension, ".yml", StringComparison.OrdinalIgnoreCase))
                {
                    configuration = true;
                }
                else if (WorkspaceArticles.IsArticle(path))
                {
                    articles = true;
                }
            }

            if (configuration)
            {
                Reconfigure();
            }
            else if (articles)
            {
                _articles.Invalidate();
                ScheduleCorpusPass();
            }
        }

        private void OnDidChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams parameters)
        {
            lock (_gate)
            {
                var folders = new List<string>(_folders);
                foreach (var removed in parameters.Event.Removed)
                    folders.Remove(DocumentUris.ToPath(removed.Uri));
                foreach (var added in parameters.Event.Added)
                    if (DocumentUris.IsFile(added.Uri)) folders.Add(DocumentUris.ToPath(added.Uri));
                _folders = folders;
            }

            Reconfigure();
        }

        private void RelintAll()
        {
            List<string> uris;
            lock (_gate) uris = new List<string>(_documents.Keys);
            foreach (var uri in uris) ScheduleLint(uri, 0);
        }

        // Configuration is read again as a whole (.editorconfig files, rule packs) and every open document linted again.
        private void Reconfigure()
        {
            ImmutableArray<Diagnostic> problems;
            lock (_gate) _lint = BuildLintService(out problems);
            PublishConfigurationProblems(problems);
            RelintAll();
        }

        // Called under _gate (or before the loop starts). The .editorconfig files above every open document and
        // workspace folder are read through the configuration facade, with the rule packs they and the settings name.
        private LintService BuildLintService(out ImmutableArray<Diagnostic> problems)
        {
            _articles.Configure(_folders, _settings.MaxWorkspaceArticles);
            var paths = new List<string>();
            var directories = new HashSet<string>(StringComparer.Ordinal);
            foreach (var folder in _folders)
            {
                paths.Add(Path.Combine(folder, "_"));
                directories.Add(folder);
            }

            foreach (var state in _documents.Values)
            {
                if (!Path.IsPathRooted(state.Current.Path)) continue;
                paths.Add(state.Current.Path);
                directories.Add(Path.GetDirectoryName(state.Current.Path) ?? string.Empty);
            }

            _configuredDirectories = directories;
            try
            {
                var setup = LintSetup.Create(paths, new LintSetupOptions
                {
                    BaseDirectory = _folders.Count > 0 ? _folders[0] : Directory.GetCurrentDirectory(),
                    RuleDirectories = _settings.RulePacks,
                    BuiltInRules = _rules,
                    PluginHost = _pluginHost,
                });
                problems = setup.Diagnostics;
                return new LintService(new Engine.LintEngine(setup.Rules, setup.Options));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Configuration that cannot be read at all must not leave the editor without the built-in rules.
                ReportFailureOnce("configuration:" + e.Message, "EditorialLint could not read its configuration (" + e.Message + "); the built-in rules run with their defaults", e);
                problems = ImmutableArray<Diagnostic>.Empty;
                return new LintService(new Engine.LintEngine(_rules));
            }
        }

        // Problems in .editorconfig files and rule packs are shown on those files, at their line and column.
        private void PublishConfigurationProblems(ImmutableArray<Diagnostic> problems)
        {
            var byPath = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
            foreach (var d in problems)
            {
                var path = d.Location.GetLineSpan().Path;
                if (string.IsNullOrEmpty(path)) continue;
                var full = Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(_folders.Count > 0 ? _folders[0] : Directory.GetCurrentDirectory(), path));
                if (!byPath.TryGetValue(full, out var list)) byPath[full] = list = new List<Diagnostic>();
                list.Add(d);
                Log("configuration: " + path + ": " + d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }

            var messages = new List<PublishDiagnosticsParams>();
            lock (_configurationFiles)
            {
                foreach (var stale in _configurationFiles)
                    if (!byPath.ContainsKey(stale)) messages.Add(new PublishDiagnosticsParams { Uri = DocumentUris.FromPath(stale) });
                _configurationFiles.Clear();
                foreach (var pair in byPath)
                {
                    _configurationFiles.Add(pair.Key);
                    var text = _articles.ReadText(pair.Key) ?? string.Empty;
                    var snapshot = new DocumentSnapshot(DocumentUris.FromPath(pair.Key), pair.Key, Text.DocumentKind.PlainText, 0, text);
                    var diagnostics = new List<LspDiagnostic>();
                    foreach (var d in pair.Value) diagnostics.Add(DiagnosticConverter.Convert(d, snapshot, ResolveDocument));
                    messages.Add(new PublishDiagnosticsParams { Uri = snapshot.Uri, Diagnostics = diagnostics });
                }
            }

            if (messages.Count == 0) return;
            Background(async () =>
            {
                foreach (var message in messages)
                    await _rpc.NotifyAsync("textDocument/publishDiagnostics", message, LspJsonContext.Default.PublishDiagnosticsParams).ConfigureAwait(false);
            }, "publishing configuration problems");
        }

        // ---- failures and logging ----

        // A rule that throws is reported by the engine as EL9004 on the document; the user hears about it once.
        private void ReportRuleFailures(ImmutableArray<Diagnostic> diagnostics)
        {
            foreach (var d in diagnostics)
            {
                if (d.Id != RuleIdentifiers.RuleFailure) continue;
                var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                int end = message.IndexOf(" failed", StringComparison.Ordinal);
                var key = "rule:" + (end > 0 ? message.Substring(0, end) : message);
                ReportFailureOnce(key, "EditorialLint: " + message, null);
            }
        }

        private void ReportFailureOnce(string key, string message, Exception? exception)
        {
            bool first;
            lock (_reportedFailures) first = _reportedFailures.Add(key);
            Log(message + (exception is null ? string.Empty : Environment.NewLine + exception));
            if (first) Notify(LspConstants.MessageError, message, show: true);
        }

        private void Notify(int type, string message, bool show)
        {
            var parameters = new MessageParams { Type = type, Message = message };
            Background(() => _rpc.NotifyAsync("window/logMessage", parameters, LspJsonContext.Default.MessageParams), "logging");
            if (show) Background(() => _rpc.NotifyAsync("window/showMessage", parameters, LspJsonContext.Default.MessageParams), "showing a message");
        }

        private void Log(string message)
        {
            try
            {
                lock (_log) _log.WriteLine("[editorial-lint] " + message);
            }
            catch (Exception e) when (e is IOException || e is ObjectDisposedException)
            {
            }
        }

        private void Background(Func<Task> work, string what)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await work().ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception e)
                {
                    Log(what + " failed: " + e.Message);
                }
            });
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

        private static string Version =>
            typeof(EditorialLanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

        public void Dispose()
        {
            _stopping.Cancel();
            _stopping.Dispose();
            _publishGate.Dispose();
        }

        private sealed class DocumentState
        {
            public DocumentState(DocumentSnapshot current)
            {
                Current = current;
            }

            /// <summary>The text as the client has it now.</summary>
            public DocumentSnapshot Current { get; set; }

            /// <summary>The last result published.</summary>
            public LintOutcome? Latest { get; set; }

            /// <summary>The debounced lint waiting or running for this document.</summary>
            public CancellationTokenSource? Pending { get; set; }
        }
    }
}

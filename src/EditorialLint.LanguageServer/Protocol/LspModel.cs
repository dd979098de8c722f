using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

// The subset of the Language Server Protocol 3.17 that the server speaks. Names follow the specification so that a
// reader can match them against it; the serializer context below makes (de)serialization reflection-free.
namespace EditorialLint.LanguageServer.Protocol
{
    internal sealed class Position
    {
        public Position(int line, int character)
        {
            Line = line;
            Character = character;
        }

        public int Line { get; set; }

        public int Character { get; set; }
    }

    internal sealed class LspRange
    {
        public LspRange(Position start, Position end)
        {
            Start = start;
            End = end;
        }

        public Position Start { get; set; }

        public Position End { get; set; }
    }

    internal sealed class LspLocation
    {
        public string Uri { get; set; } = "";

        public LspRange Range { get; set; } = null!;
    }

    internal sealed class TextDocumentIdentifier
    {
        public string Uri { get; set; } = "";
    }

    internal sealed class VersionedTextDocumentIdentifier
    {
        public string Uri { get; set; } = "";

        public int? Version { get; set; }
    }

    internal sealed class TextDocumentItem
    {
        public string Uri { get; set; } = "";

        public string LanguageId { get; set; } = "";

        public int Version { get; set; }

        [JsonConverter(typeof(DocumentTextConverter))]
        public string Text { get; set; } = "";
    }

    internal sealed class DidOpenTextDocumentParams
    {
        public TextDocumentItem TextDocument { get; set; } = null!;
    }

    internal sealed class TextDocumentContentChangeEvent
    {
        public LspRange? Range { get; set; }

        [JsonConverter(typeof(DocumentTextConverter))]
        public string Text { get; set; } = "";
    }

    internal sealed class DidChangeTextDocumentParams
    {
        public VersionedTextDocumentIdentifier TextDocument { get; set; } = null!;

        public List<TextDocumentContentChangeEvent> ContentChanges { get; set; } = new List<TextDocumentContentChangeEvent>();
    }

    internal sealed class DidCloseTextDocumentParams
    {
        public TextDocumentIdentifier TextDocument { get; set; } = null!;
    }

    internal sealed class DidSaveTextDocumentParams
    {
        public TextDocumentIdentifier TextDocument { get; set; } = null!;

        public string? Text { get; set; }
    }

    internal sealed class WorkspaceFolder
    {
        public string Uri { get; set; } = "";

        public string Name { get; set; } = "";
    }

    internal sealed class InitializeParams
    {
        public int? ProcessId { get; set; }

        public string? RootUri { get; set; }

        public string? RootPath { get; set; }

        public List<WorkspaceFolder>? WorkspaceFolders { get; set; }

        public JsonElement? InitializationOptions { get; set; }

        public JsonElement? Capabilities { get; set; }
    }

    internal sealed class DidChangeConfigurationParams
    {
        public JsonElement? Settings { get; set; }
    }

    internal sealed class FileEvent
    {
        public string Uri { get; set; } = "";

        public int Type { get; set; }
    }

    internal sealed class DidChangeWatchedFilesParams
    {
        public List<FileEvent> Changes { get; set; } = new List<FileEvent>();
    }

    internal sealed class WorkspaceFoldersChangeEvent
    {
        public List<WorkspaceFolder> Added { get; set; } = new List<WorkspaceFolder>();

        public List<WorkspaceFolder> Removed { get; set; } = new List<WorkspaceFolder>();
    }

    internal sealed class DidChangeWorkspaceFoldersParams
    {
        public WorkspaceFoldersChangeEvent Event { get; set; } = new WorkspaceFoldersChangeEvent();
    }

    internal sealed class CodeActionContext
    {
        public List<LspDiagnostic> Diagnostics { get; set; } = new List<LspDiagnostic>();

        public List<string>? Only { get; set; }
    }

    internal sealed class CodeActionParams
    {
        public TextDocumentIdentifier TextDocument { get; set; } = null!;

        public LspRange Range { get; set; } = null!;

        public CodeActionContext Context { get; set; } = new CodeActionContext();
    }

    internal sealed class CodeDescription
    {
        public string Href { get; set; } = "";
    }

    internal sealed class DiagnosticRelatedInformation
    {
        public LspLocation Location { get; set; } = null!;

        public string Message { get; set; } = "";
    }

    internal sealed class LspDiagnostic
    {
        public LspRange Range { get; set; } = null!;

        public int? Severity { get; set; }

        public string? Code { get; set; }

        public CodeDescription? CodeDescription { get; set; }

        public string? Source { get; set; }

        public string Message { get; set; } = "";

        public List<DiagnosticRelatedInformation>? RelatedInformation { get; set; }
    }

    internal sealed class PublishDiagnosticsParams
    {
        public string Uri { get; set; } = "";

        public int? Version { get; set; }

        public List<LspDiagnostic> Diagnostics { get; set; } = new List<LspDiagnostic>();
    }

    internal sealed class TextEdit
    {
        public LspRange Range { get; set; } = null!;

        public string NewText { get; set; } = "";
    }

    internal sealed class TextDocumentEdit
    {
        public VersionedTextDocumentIdentifier TextDocument { get; set; } = null!;

        public List<TextEdit> Edits { get; set; } = new List<TextEdit>();
    }

    internal sealed class WorkspaceEdit
    {
        public Dictionary<string, List<TextEdit>>? Changes { get; set; }

        public List<TextDocumentEdit>? DocumentChanges { get; set; }
    }

    internal sealed class CodeAction
    {
        public string Title { get; set; } = "";

        public string? Kind { get; set; }

        public List<LspDiagnostic>? Diagnostics { get; set; }

        public bool? IsPreferred { get; set; }

        public WorkspaceEdit? Edit { get; set; }
    }

    internal sealed class MessageParams
    {
        public int Type { get; set; }

        public string Message { get; set; } = "";
    }

    internal sealed class FileWatcher
    {
        public string GlobPattern { get; set; } = "";
    }

    internal sealed class DidChangeWatchedFilesRegistrationOptions
    {
        public List<FileWatcher> Watchers { get; set; } = new List<FileWatcher>();
    }

    internal sealed class Registration
    {
        public string Id { get; set; } = "";

        public string Method { get; set; } = "";

        public DidChangeWatchedFilesRegistrationOptions? RegisterOptions { get; set; }
    }

    internal sealed class RegistrationParams
    {
        public List<Registration> Registrations { get; set; } = new List<Registration>();
    }

    internal sealed class ConfigurationItem
    {
        public string? Section { get; set; }
    }

    internal sealed class ConfigurationParams
    {
        public List<ConfigurationItem> Items { get; set; } = new List<ConfigurationItem>();
    }

    internal sealed class SaveOptions
    {
        public bool IncludeText { get; set; }
    }

    internal sealed class TextDocumentSyncOptions
    {
        public bool OpenClose { get; set; } = true;

        /// <summary>2: incremental.</summary>
        public int Change { get; set; } = 2;

        public SaveOptions Save { get; set; } = new SaveOptions();
    }

    internal sealed class CodeActionOptions
    {
        public List<string> CodeActionKinds { get; set; } = new List<string>();

        public bool ResolveProvider { get; set; }
    }

    internal sealed class WorkspaceFoldersServerCapabilities
    {
        public bool Supported { get; set; } = true;

        public bool ChangeNotifications { get; set; } = true;
    }

    internal sealed class WorkspaceServerCapabilities
    {
        public WorkspaceFoldersServerCapabilities WorkspaceFolders { get; set; } = new WorkspaceFoldersServerCapabilities();
    }

    internal sealed class ServerCapabilities
    {
        public string PositionEncoding { get; set; } = "utf-16";

        public TextDocumentSyncOptions TextDocumentSync { get; set; } = new TextDocumentSyncOptions();

        public CodeActionOptions CodeActionProvider { get; set; } = new CodeActionOptions();

        public WorkspaceServerCapabilities Workspace { get; set; } = new WorkspaceServerCapabilities();
    }

    internal sealed class ServerInfo
    {
        public string Name { get; set; } = "";

        public string? Version { get; set; }
    }

    internal sealed class InitializeResult
    {
        public ServerCapabilities Capabilities { get; set; } = new ServerCapabilities();

        public ServerInfo? ServerInfo { get; set; }
    }

    /// <summary>LSP constants the server uses.</summary>
    internal static class LspConstants
    {
        public const int SeverityError = 1;
        public const int SeverityWarning = 2;
        public const int SeverityInformation = 3;
        public const int SeverityHint = 4;

        public const int MessageError = 1;
        public const int MessageWarning = 2;
        public const int MessageInfo = 3;
        public const int MessageLog = 4;

        public const string QuickFix = "quickfix";
        public const string SourceFixAll = "source.fixAll";
        public const string SourceFixAllOurs = "source.fixAll.editorial-lint";
    }

    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = false)]
    [JsonSerializable(typeof(InitializeParams))]
    [JsonSerializable(typeof(InitializeResult))]
    [JsonSerializable(typeof(DidOpenTextDocumentParams))]
    [JsonSerializable(typeof(DidChangeTextDocumentParams))]
    [JsonSerializable(typeof(DidCloseTextDocumentParams))]
    [JsonSerializable(typeof(DidSaveTextDocumentParams))]
    [JsonSerializable(typeof(DidChangeConfigurationParams))]
    [JsonSerializable(typeof(DidChangeWatchedFilesParams))]
    [JsonSerializable(typeof(DidChangeWorkspaceFoldersParams))]
    [JsonSerializable(typeof(CodeActionParams))]
    [JsonSerializable(typeof(List<CodeAction>))]
    [JsonSerializable(typeof(PublishDiagnosticsParams))]
    [JsonSerializable(typeof(MessageParams))]
    [JsonSerializable(typeof(RegistrationParams))]
    [JsonSerializable(typeof(ConfigurationParams))]
    internal sealed partial class LspJsonContext : JsonSerializerContext
    {
    }
}

using System;
using System.Collections.Generic;
using System.Text.Json;

namespace EditorialLint.LanguageServer
{
    /// <summary>
    /// The settings a client can give, as <c>initializationOptions</c> or <c>workspace/didChangeConfiguration</c>,
    /// either bare or under an <c>editorialLint</c> section:
    /// <c>{ "rulePacks": ["style/packs"], "debounceMs": 100, "workspaceArticles": true }</c>.
    /// </summary>
    public sealed class ServerSettings
    {
        /// <summary>The section name clients put the settings under.</summary>
        public const string Section = "editorialLint";

        /// <summary>Extra rule pack folders (relative ones are taken from the first workspace folder).</summary>
        public IReadOnlyList<string> RulePacks { get; set; } = Array.Empty<string>();

        /// <summary>How long typing must pause before a document is linted again.</summary>
        public int DebounceMs { get; set; } = 75;

        /// <summary>How long typing must pause before the rules across articles run again.</summary>
        public int CorpusDebounceMs { get; set; } = 500;

        /// <summary>Whether rules across articles see the workspace folder's other articles on disk.</summary>
        public bool WorkspaceArticles { get; set; } = true;

        /// <summary>The most articles read from the workspace for rules across articles.</summary>
        public int MaxWorkspaceArticles { get; set; } = 2000;

        /// <summary>
        /// Open documents larger than this many bytes (UTF-8) are not linted but get one EL9007 finding; 0 for no limit.
        /// The CLI's default file size limit.
        /// </summary>
        public long MaxDocumentSize { get; set; } = Input.InputLimits.DefaultMaxFileSize;

        /// <summary>
        /// The archive of published articles that EL1002 and EL1005 compare with: a SQLite file (relative ones are taken
        /// from the first workspace folder); null to use <c>EDITORIAL_LINT_ARCHIVE</c> or <c>editorial_lint.archive</c>.
        /// </summary>
        public string? Archive { get; set; }

        /// <summary>
        /// The settings in <paramref name="element"/> over <paramref name="fallback"/>: a key that is missing or of the
        /// wrong type keeps its old value (and is named in <paramref name="problems"/>).
        /// </summary>
        public static ServerSettings Parse(JsonElement? element, ServerSettings fallback, ICollection<string>? problems = null)
        {
            var result = fallback.Clone();
            if (element is not { } root || root.ValueKind != JsonValueKind.Object) return result;
            if (root.TryGetProperty(Section, out var section) && section.ValueKind == JsonValueKind.Object) root = section;

            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                switch (property.Name)
                {
                    case "rulePacks":
                        if (value.ValueKind == JsonValueKind.Array)
                        {
                            var packs = new List<string>();
                            foreach (var item in value.EnumerateArray())
                                if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())) packs.Add(item.GetString()!);
                            result.RulePacks = packs;
                        }
                        else if (value.ValueKind != JsonValueKind.Null) problems?.Add("rulePacks must be an array of folder paths");
                        break;
                    case "debounceMs":
                        if (TryGetDelay(value, out int debounce)) result.DebounceMs = debounce;
                        else problems?.Add("debounceMs must be a number from 0 to 10000");
                        break;
                    case "corpusDebounceMs":
                        if (TryGetDelay(value, out int corpus)) result.CorpusDebounceMs = corpus;
                        else problems?.Add("corpusDebounceMs must be a number from 0 to 10000");
                        break;
                    case "workspaceArticles":
                        if (value.ValueKind == JsonValueKind.True || value.ValueKind == JsonValueKind.False) result.WorkspaceArticles = value.GetBoolean();
                        else problems?.Add("workspaceArticles must be true or false");
                        break;
                    case "maxWorkspaceArticles":
                        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int max) && max >= 0) result.MaxWorkspaceArticles = max;
                        else problems?.Add("maxWorkspaceArticles must be a number, 0 or more");
                        break;
                    case "maxDocumentSize":
                        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long size) && size >= 0) result.MaxDocumentSize = size;
                        else problems?.Add("maxDocumentSize must be a number of bytes, 0 or more");
                        break;
                    case "archive":
                        if (value.ValueKind == JsonValueKind.String) result.Archive = string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString();
                        else if (value.ValueKind == JsonValueKind.Null) result.Archive = null;
                        else problems?.Add("archive must be a file path");
                        break;
                    default:
                        // Clients send their own keys beside ours (VS Code's "path", "trace"); those are not errors.
                        break;
                }
            }

            return result;
        }

        private static bool TryGetDelay(JsonElement value, out int delay)
        {
            delay = 0;
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out delay) && delay >= 0 && delay <= 10000;
        }

        private ServerSettings Clone() => new ServerSettings
        {
            RulePacks = RulePacks,
            DebounceMs = DebounceMs,
            CorpusDebounceMs = CorpusDebounceMs,
            WorkspaceArticles = WorkspaceArticles,
            MaxWorkspaceArticles = MaxWorkspaceArticles,
            MaxDocumentSize = MaxDocumentSize,
            Archive = Archive,
        };
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using EditorialLint.LanguageServer.Linting;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.Workspace;
using Microsoft.CodeAnalysis;

namespace EditorialLint.LanguageServer
{
    /// <summary>Settings from the client and configuration on disk, read into one workspace (rules, packs, plugins, engine).</summary>
    internal sealed partial class EditorialLanguageServer
    {
        // The reply comes through the message loop, so it is awaited off the loop.
        private void PullConfiguration()
        {
            var request = new ConfigurationParams { Items = new List<ConfigurationItem> { new ConfigurationItem { Section = ServerSettings.Section } } };
            _messages.Background(async () =>
            {
                var reply = await _rpc.RequestAsync("workspace/configuration", request, LspJsonContext.Default.ConfigurationParams, _stopping.Token).ConfigureAwait(false);
                if (reply.ValueKind == JsonValueKind.Array && reply.GetArrayLength() > 0 && reply[0].ValueKind == JsonValueKind.Object)
                    ApplySettings(reply[0]);
            }, "reading the workspace configuration");
        }

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
            foreach (var problem in problems) _messages.Notify(LspConstants.MessageWarning, "EditorialLint settings: " + problem, show: true);
            Reconfigure();
        }

        // Configuration is read again as a whole (.editorconfig files, rule packs) and every open document linted again.
        private void Reconfigure()
        {
            ImmutableArray<Diagnostic> problems;
            lock (_gate) _lint = BuildLintService(out problems);
            PublishConfigurationProblems(problems);
            RelintAll();
        }

        // Called under _gate. The archive the setting, the environment or the .editorconfig names (ArchiveLocation), opened
        // again on each reconfiguration; one that cannot be an archive is shown once and the rules run without it.
        private Archive.IFactArchive? OpenArchive(LintWorkspace workspace, List<string> paths)
        {
            (_archive as IDisposable)?.Dispose();
            _archive = null;
            if (_openArchive is null) return null;
            var baseDirectory = _folders.Count > 0 ? _folders[0] : Directory.GetCurrentDirectory();
            var location = Archive.ArchiveLocation.Resolve(_settings.Archive, baseDirectory, paths.Count > 0 ? workspace.Options.GetOptions(paths[0]) : null);
            if (location is null) return null;
            try
            {
                return _archive = _openArchive(location);
            }
            catch (Archive.ArchiveException e)
            {
                _messages.ReportFailureOnce("archive:" + e.Message, "EditorialLint runs without its archive: " + e.Message, e);
                return null;
            }
        }

        // Called under _gate (or before the loop starts). One LintWorkspace over the .editorconfig files above every
        // open document and workspace folder, with the rule packs and plugins they and the settings name.
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
                var workspace = LintWorkspace.Create(paths, new LintWorkspaceOptions
                {
                    BaseDirectory = _folders.Count > 0 ? _folders[0] : Directory.GetCurrentDirectory(),
                    RuleDirectories = _settings.RulePacks,
                    BuiltInRules = _rules,
                    PluginHost = _pluginHost,
                    PluginTrust = _pluginTrust,
                });
                problems = workspace.Diagnostics;
                var engine = workspace.Engine;
                engine.Archive = OpenArchive(workspace, paths);
                return new LintService(engine, _settings.MaxDocumentSize);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Configuration that cannot be read at all must not leave the editor without the built-in rules.
                _messages.ReportFailureOnce("configuration:" + e.Message, "EditorialLint could not read its configuration (" + e.Message + "); the built-in rules run with their defaults", e);
                problems = ImmutableArray<Diagnostic>.Empty;
                return new LintService(LintWorkspace.FromRules(_rules).Engine, _settings.MaxDocumentSize);
            }
        }
    }
}

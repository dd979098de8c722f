using System;
using System.Collections.Generic;
using System.IO;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer
{
    /// <summary>Files on disk and workspace folders the client reports changed.</summary>
    internal sealed partial class EditorialLanguageServer
    {
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
                else if (Text.ProseFiles.IsProseFile(path))
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

        // The client tells us when configuration (.editorconfig, rule pack YAML) or an article on disk changes.
        private void RegisterFileWatchers()
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
                                new FileWatcher { GlobPattern = Text.ProseFiles.SearchGlob },
                            },
                        },
                    },
                },
            };
            _messages.Background(() => _rpc.RequestAsync("client/registerCapability", registration, LspJsonContext.Default.RegistrationParams, _stopping.Token), "registering file watchers");
        }
    }
}

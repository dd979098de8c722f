using System;
using System.IO;
using EditorialLint.Text;

namespace EditorialLint.LanguageServer.Documents
{
    /// <summary>Maps document URIs to the paths the engine reports against, and back.</summary>
    internal static class DocumentUris
    {
        /// <summary>
        /// The local path of a <c>file:</c> URI; any other URI (<c>untitled:</c>, a remote scheme) is its own path, so
        /// that diagnostics still name it.
        /// </summary>
        public static string ToPath(string uri)
        {
            if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
            {
                try
                {
                    return Path.GetFullPath(parsed.LocalPath);
                }
                catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
                {
                    return uri;
                }
            }

            return uri;
        }

        /// <summary>Whether the URI names a file on disk.</summary>
        public static bool IsFile(string uri) => Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile;

        /// <summary>The <c>file:</c> URI of a local path.</summary>
        public static string FromPath(string path) => new Uri(path).AbsoluteUri;

        /// <summary>
        /// Markdown or plain text: the file's extension decides when it has a known one, else the editor's language id
        /// (an untitled Markdown buffer has no extension).
        /// </summary>
        public static DocumentKind KindOf(string path, string? languageId) =>
            ProseFiles.KindOf(path) == DocumentKind.Markdown || string.Equals(languageId, "markdown", StringComparison.OrdinalIgnoreCase)
                ? DocumentKind.Markdown
                : DocumentKind.PlainText;
    }
}

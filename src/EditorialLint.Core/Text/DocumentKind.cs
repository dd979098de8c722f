namespace EditorialLint.Text
{
    /// <summary>How a document's prose is found.</summary>
    public enum DocumentKind
    {
        /// <summary>Markdown: prose is headings, paragraphs, list items, quotes and table cells.</summary>
        Markdown,

        /// <summary>Plain text: the whole file is prose.</summary>
        PlainText,
    }

    /// <summary>Maps file names to document kinds.</summary>
    public static class DocumentKinds
    {
        /// <summary>Markdown for <c>.md</c>, <c>.markdown</c>, <c>.mdx</c>; plain text for anything else.</summary>
        public static DocumentKind FromPath(string path)
        {
            var ext = System.IO.Path.GetExtension(path);
            return string.Equals(ext, ".md", System.StringComparison.OrdinalIgnoreCase)
                || string.Equals(ext, ".markdown", System.StringComparison.OrdinalIgnoreCase)
                || string.Equals(ext, ".mdx", System.StringComparison.OrdinalIgnoreCase)
                ? DocumentKind.Markdown
                : DocumentKind.PlainText;
        }
    }
}

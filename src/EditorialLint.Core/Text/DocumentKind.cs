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
}

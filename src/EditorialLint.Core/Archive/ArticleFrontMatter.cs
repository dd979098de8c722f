using System;

namespace EditorialLint.Archive
{
    /// <summary>
    /// The front matter fields the archive keeps beside the publication date (<see cref="Numbers.ArticleYear"/>):
    /// <c>url</c> and <c>title</c>. A small reader
    /// of the YAML block between <c>---</c> lines at the top of a Markdown article: one <c>key: value</c> per line,
    /// quotes removed; anything else in the block is ignored, and a file without the block has none of them.
    /// </summary>
    public sealed class ArticleFrontMatter
    {
        private ArticleFrontMatter(string? url, string? title)
        {
            Url = url;
            Title = title;
        }

        /// <summary>The article's address, or null.</summary>
        public string? Url { get; }

        /// <summary>The article's title, or null.</summary>
        public string? Title { get; }

        /// <summary>Reads the front matter at the top of <paramref name="text"/>.</summary>
        public static ArticleFrontMatter Read(string text)
        {
            string? url = null, title = null;
            int pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            if (!NextLine(text, ref pos, out var first) || first.Trim() != "---") return new ArticleFrontMatter(null, null);
            // A block runs to the closing "---" (or "..."); 200 lines at most, so a stray rule line costs nothing.
            for (int lines = 0; lines < 200 && NextLine(text, ref pos, out var line); lines++)
            {
                var trimmed = line.TrimEnd();
                if (trimmed == "---" || trimmed == "...") return new ArticleFrontMatter(url, title);
                if (line.Length == 0 || char.IsWhiteSpace(line[0])) continue;
                int colon = line.IndexOf(':');
                if (colon <= 0) continue;
                var key = line.Substring(0, colon).Trim().ToLowerInvariant();
                var value = Unquote(line.Substring(colon + 1).Trim());
                if (value.Length == 0) continue;
                switch (key)
                {
                    case "url":
                    case "canonical_url":
                    case "link":
                        url ??= value;
                        break;
                    case "title":
                        title ??= value;
                        break;
                }
            }

            // No closing line: not front matter.
            return new ArticleFrontMatter(null, null);
        }

        private static bool NextLine(string text, ref int pos, out string line)
        {
            if (pos >= text.Length)
            {
                line = string.Empty;
                return false;
            }

            int end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            line = text.Substring(pos, end - pos).TrimEnd('\r');
            pos = end + 1;
            return true;
        }

        private static string Unquote(string value)
        {
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0])
                return value.Substring(1, value.Length - 2).Replace(value[0] == '\'' ? "''" : "\\\"", value[0] == '\'' ? "'" : "\"");
            return value;
        }
    }
}

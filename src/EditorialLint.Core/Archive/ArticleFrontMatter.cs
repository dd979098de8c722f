using System;
using EditorialLint.Text;

namespace EditorialLint.Archive
{
    /// <summary>
    /// The front matter fields the archive keeps beside the publication date (<see cref="Numbers.ArticleYear"/>):
    /// <c>url</c> and <c>title</c>, read by the one front matter reader (<see cref="FrontMatter"/>); a file without
    /// front matter has neither.
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
            if (!FrontMatter.TryRead(text, out var fields, out _)) return new ArticleFrontMatter(null, null);
            foreach (var field in fields)
            {
                if (field.Value.Length == 0) continue;
                switch (field.Key.ToLowerInvariant())
                {
                    case "url":
                    case "canonical_url":
                    case "link":
                        url ??= field.Value;
                        break;
                    case "title":
                        title ??= field.Value;
                        break;
                }
            }

            return new ArticleFrontMatter(url, title);
        }
    }
}

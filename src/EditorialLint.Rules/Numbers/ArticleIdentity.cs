using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Archive;
using EditorialLint.Numbers;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// A linted article as the archive comparison sees it: which archived article it is (the same full path, or the
    /// same URL: re-linting an archived article never conflicts with itself) and when it was published.
    /// </summary>
    internal sealed class ArticleIdentity
    {
        private ArticleIdentity(string fullPath, string? url, CalendarDate published)
        {
            FullPath = fullPath;
            Url = url;
            Published = published;
        }

        /// <summary>The article's full path.</summary>
        public string FullPath { get; }

        /// <summary>Its front matter URL, or null.</summary>
        public string? Url { get; }

        /// <summary>Its publication date (<see cref="ArticleYear"/>); year 0 when it does not say.</summary>
        public CalendarDate Published { get; }

        /// <summary>The identity of <paramref name="document"/>.</summary>
        public static ArticleIdentity Of(AnalyzedDocument document)
        {
            var content = document.Source.Content;
            return new ArticleIdentity(ToFullPath(document.Path), ArticleFrontMatter.Read(content).Url, ArticleYear.PublicationDate(content) ?? default);
        }

        /// <summary>Whether <paramref name="archived"/> is this article.</summary>
        public bool IsSame(ArchivedArticle archived) =>
            string.Equals(archived.Path, FullPath, StringComparison.Ordinal)
            || (Url is not null && archived.Url is not null && string.Equals(Url, archived.Url, StringComparison.Ordinal));

        /// <summary>The full paths of a run's documents.</summary>
        public static HashSet<string> FullPaths(IReadOnlyList<string> paths)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in paths) set.Add(ToFullPath(p));
            return set;
        }

        // The archive keys articles by full path (ArchiveIndexer.Identity); a path that cannot be made full stays as it is.
        private static string ToFullPath(string path)
        {
            try
            {
                return System.IO.Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is System.IO.PathTooLongException)
            {
                return path;
            }
        }
    }
}

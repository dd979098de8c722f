using System.Collections.Immutable;
using EditorialLint.Numbers;

namespace EditorialLint.Archive
{
    /// <summary>An article as the archive knows it: where it came from, what front matter said of it and whom it names.</summary>
    public sealed class ArchivedArticle
    {
        /// <summary>Creates an article record.</summary>
        public ArchivedArticle(string path, string? url, string? title, CalendarDate published, ImmutableArray<string> names, string contentHash)
        {
            Path = path;
            Url = url;
            Title = title;
            Published = published;
            Names = names.IsDefault ? ImmutableArray<string>.Empty : names;
            ContentHash = contentHash;
        }

        /// <summary>The article's full path when it was archived: its identity in the archive.</summary>
        public string Path { get; }

        /// <summary>The front matter's <c>url</c>, or null.</summary>
        public string? Url { get; }

        /// <summary>The front matter's <c>title</c>, or null.</summary>
        public string? Title { get; }

        /// <summary>The publication date from front matter; <see cref="CalendarDate.Year"/> is 0 when unknown.</summary>
        public CalendarDate Published { get; }

        /// <summary>The article's salient names (<see cref="NumberMentions.SalientNames"/>): what its story is about.</summary>
        public ImmutableArray<string> Names { get; }

        /// <summary>A hash of the article's text: re-adding an unchanged article is a no-op.</summary>
        public string ContentHash { get; }

        /// <summary>"Title, 2024-03-04" (or the file name when there is no title) for messages.</summary>
        public string Describe()
        {
            var name = string.IsNullOrEmpty(Title) ? System.IO.Path.GetFileName(Path) : Title!;
            return Published.Year == 0 ? name : name + ", " + ArchiveDates.Format(Published);
        }
    }
}

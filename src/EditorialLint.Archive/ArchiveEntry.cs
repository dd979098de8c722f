using System.Collections.Generic;

namespace EditorialLint.Archive
{
    /// <summary>One article to archive with its mentions (what <see cref="ArchiveIndexer"/> makes of a document).</summary>
    public sealed class ArchiveEntry
    {
        /// <summary>Creates an entry.</summary>
        public ArchiveEntry(ArchivedArticle article, IReadOnlyList<ArchivedMention> mentions)
        {
            Article = article;
            Mentions = mentions;
        }

        /// <summary>The article.</summary>
        public ArchivedArticle Article { get; }

        /// <summary>Its figures and events (their <see cref="ArchivedMention.Article"/> is not read).</summary>
        public IReadOnlyList<ArchivedMention> Mentions { get; }
    }

    /// <summary>What an <see cref="ArchiveStore.Add"/> did.</summary>
    public sealed class ArchiveAddResult
    {
        /// <summary>Articles new to the archive.</summary>
        public int Added { get; internal set; }

        /// <summary>Articles whose text changed: their mentions were replaced.</summary>
        public int Replaced { get; internal set; }

        /// <summary>Articles already archived with the same text.</summary>
        public int Unchanged { get; internal set; }

        /// <summary>Mentions written.</summary>
        public long Mentions { get; internal set; }
    }

    /// <summary>What an archive holds (<c>archive stats</c>).</summary>
    public sealed class ArchiveStats
    {
        /// <summary>Creates the figures.</summary>
        public ArchiveStats(int schemaVersion, long articles, long figures, long events, long otherMentions, long? sizeInBytes)
        {
            OtherMentions = otherMentions;
            SchemaVersion = schemaVersion;
            Articles = articles;
            Figures = figures;
            Events = events;
            SizeInBytes = sizeInBytes;
        }

        /// <summary>The store's schema version.</summary>
        public int SchemaVersion { get; }

        /// <summary>Articles archived.</summary>
        public long Articles { get; }

        /// <summary>Figure mentions archived.</summary>
        public long Figures { get; }

        /// <summary>Event mentions archived.</summary>
        public long Events { get; }

        /// <summary>Other figures and dates archived (no rule looks them up yet).</summary>
        public long OtherMentions { get; }

        /// <summary>All mentions archived.</summary>
        public long Mentions => Figures + Events + OtherMentions;

        /// <summary>The store's size in bytes, when the dialect knows it.</summary>
        public long? SizeInBytes { get; }
    }
}

using System.Collections.Immutable;
using EditorialLint.Numbers;

namespace EditorialLint.Archive
{
    /// <summary>
    /// One figure or dated event of an archived article: what EL1002 and EL1005 need to compare it with today's copy,
    /// and no more of the article's text than the figure and its subject words.
    /// </summary>
    public sealed class ArchivedMention
    {
        /// <summary>The article it was published in (set by the store on lookup; null while indexing).</summary>
        public ArchivedArticle? Article { get; init; }

        /// <summary>Figure or event.</summary>
        public ArchivedMentionKind MentionKind { get; init; }

        /// <summary>The lookup key: the figure's group key, or the event key.</summary>
        public string Key { get; init; } = string.Empty;

        /// <summary>What the figure measures (<see cref="QuantityKind.Date"/> for events).</summary>
        public QuantityKind Kind { get; init; }

        /// <summary>The value as written, scale applied.</summary>
        public double Value { get; init; }

        /// <summary>The lowest value the phrase allows.</summary>
        public double Low { get; init; }

        /// <summary>The highest value the phrase allows.</summary>
        public double High { get; init; }

        /// <summary>Half the unit of the last significant digit.</summary>
        public double Resolution { get; init; }

        /// <summary>The unit ("USD", "%", "km") or null for a bare count.</summary>
        public string? Unit { get; init; }

        /// <summary>The normalised subject ("user").</summary>
        public string? Subject { get; init; }

        /// <summary>The proper noun that owns the subject, lower-cased, or null.</summary>
        public string? Owner { get; init; }

        /// <summary>Time-frame qualifiers ("2023", "quarterly"), comma-separated, or empty.</summary>
        public string Period { get; init; } = string.Empty;

        /// <summary>Place qualifiers ("france", "worldwide"), comma-separated, or empty.</summary>
        public string Place { get; init; } = string.Empty;

        /// <summary>Segment and scope qualifiers ("division", "active"), comma-separated, or empty.</summary>
        public string Segment { get; init; } = string.Empty;

        /// <summary>The event ("arrest"), for <see cref="ArchivedMentionKind.Event"/>.</summary>
        public string? Event { get; init; }

        /// <summary>The event's date, for <see cref="ArchivedMentionKind.Event"/>.</summary>
        public CalendarDate Date { get; init; }

        /// <summary>For events, the names of the event's sentence (who it happened to), lower-cased.</summary>
        public ImmutableArray<string> Names { get; init; } = ImmutableArray<string>.Empty;

        /// <summary>The figure as written ("950 million"), or the date as written.</summary>
        public string Text { get; init; } = string.Empty;

        /// <summary>The words that named the subject ("users"), or the event word.</summary>
        public string SubjectText { get; init; } = string.Empty;

        /// <summary>Where the sentence starts in the article's source text (UTF-16 offset).</summary>
        public int SentenceStart { get; init; }

        /// <summary>The sentence's length in the source text.</summary>
        public int SentenceLength { get; init; }

        /// <summary>The 1-based line of the mention in the article.</summary>
        public int Line { get; init; }
    }
}

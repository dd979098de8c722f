using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Numbers
{
    /// <summary>
    /// One quantity stated in prose: where it is, its value (an interval when approximate), its unit, what it counts
    /// and the words around it that keep it apart from other figures (time frames, places, segments).
    /// Built once per document by <see cref="NumberMentionParser"/> and shared through <see cref="NumberMentions"/>.
    /// </summary>
    public sealed class NumberMention
    {
        internal NumberMention(TextSpan span, QuantityKind kind)
        {
            Span = span;
            Kind = kind;
        }

        /// <summary>The whole phrase in prose: hedge, currency, number, scale and unit ("around $15.5 billion").</summary>
        public TextSpan Span { get; internal set; }

        /// <summary>The number itself without hedge or unit words ("15.5 billion" in "around $15.5 billion").</summary>
        public TextSpan NumberSpan { get; internal set; }

        /// <summary>What the figure measures.</summary>
        public QuantityKind Kind { get; internal set; }

        /// <summary>The value as written, scale applied (9.5 billion is 9.5e9). For a range, its lower end.</summary>
        public double Value { get; internal set; }

        /// <summary>The lowest value the phrase allows (hedges and ranges widen it).</summary>
        public double Low { get; internal set; }

        /// <summary>The highest value the phrase allows.</summary>
        public double High { get; internal set; }

        /// <summary>
        /// Half the unit of the last significant digit, scale applied: how far the true value may sit from a rounded
        /// one ("950 million" ± 5 million, "9.5 billion" ± 50 million).
        /// </summary>
        public double Resolution { get; internal set; }

        /// <summary>The scale word or suffix applied (1e6 for "million", "m", "mln"), or 1.</summary>
        public double Scale { get; internal set; } = 1;

        /// <summary>Whether the phrase is a range ("5-10", "between five and ten").</summary>
        public bool IsRange { get; internal set; }

        /// <summary>The hedge in front of the figure, if any.</summary>
        public HedgeKind Hedge { get; internal set; }

        /// <summary>
        /// The unit: an ISO currency code ("USD", "EUR"), "%", "pp", a time unit ("day", "week"), a measure ("km",
        /// "mi", "kg", "lb", "C", "F") or null for a bare count.
        /// </summary>
        public string? Unit { get; internal set; }

        /// <summary>How the number is written.</summary>
        public NumberForm Form { get; internal set; }

        /// <summary>The part the figure plays in its sentence.</summary>
        public QuantityRole Role { get; internal set; }

        /// <summary>
        /// What the figure counts or measures, normalised so that mentions of one thing meet: "users" for "950 million
        /// users", "user base … to 950 million" and "number of Telegram users"; null when no subject was found.
        /// </summary>
        public string? Subject { get; internal set; }

        /// <summary>Where the subject was found.</summary>
        public SubjectSource SubjectSource { get; internal set; }

        /// <summary>The prose span of the subject words, when found.</summary>
        public TextSpan? SubjectSpan { get; internal set; }

        /// <summary>The proper noun that owns the subject ("Telegram" in "Telegram's user base"), lower-cased, or null.</summary>
        public string? Owner { get; internal set; }

        /// <summary>
        /// Words that keep this figure apart from others of the same subject: time frames ("quarterly", "2004"),
        /// places ("France", "worldwide"), segments ("division") and modifiers ("new", "active"). Sorted, lower-case.
        /// </summary>
        public ImmutableArray<string> Qualifiers { get; internal set; } = ImmutableArray<string>.Empty;

        /// <summary>The index of the sentence in the document.</summary>
        public int SentenceIndex { get; internal set; }

        /// <summary>The date, for <see cref="QuantityKind.Date"/>, <see cref="QuantityKind.Year"/> and <see cref="QuantityKind.Weekday"/>.</summary>
        public CalendarDate Date { get; internal set; }

        /// <summary>
        /// The index (in the document's mention list) of the figure this one converts, as in "500,000 euros ($555,833)",
        /// or -1.
        /// </summary>
        public int ConversionOf { get; internal set; } = -1;

        /// <summary>The index of this mention in the document's mention list.</summary>
        public int Index { get; internal set; }

        /// <summary>A stable description for tests and messages: kind, value range, unit and subject.</summary>
        public override string ToString() =>
            Kind + " " + NumberFormatter.FormatNumber(Low) + (High != Low ? ".." + NumberFormatter.FormatNumber(High) : string.Empty)
            + (Unit is null ? string.Empty : " " + Unit) + (Subject is null ? string.Empty : " [" + Subject + "]");
    }
}

using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Archive;
using EditorialLint.Numbers;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// The facts of a document that the archive stores and EL1002/EL1005 compare: the comparable figures (keyed by
    /// <see cref="QuantityComparison.GroupKey"/>) and the dated events (keyed by event). One place decides what is
    /// archived, so that what <c>archive add</c> stores is exactly what a lint run asks about.
    /// </summary>
    public static class ArchiveFacts
    {
        /// <summary>
        /// The document's mentions as archive rows (without their article): comparable figures, dated events, and every
        /// other figure and date as <see cref="ArchivedMentionKind.Other"/>.
        /// </summary>
        public static List<ArchivedMention> Extract(AnalyzedDocument document)
        {
            var found = new List<ArchivedMention>();
            var events = EventFinder.FindEvents(document);
            var eventDates = new HashSet<int>();
            foreach (var e in events) eventDates.Add(e.Mention.Index);
            foreach (var m in NumberMentions.Get(document).All)
            {
                if (eventDates.Contains(m.Index)) continue;
                bool comparable = QuantityComparison.IsComparable(m);
                var (period, place, segment) = ArchiveQualifiers.Split(m.Qualifiers);
                var sentence = SentenceSourceSpan(document, m.SentenceIndex);
                found.Add(new ArchivedMention
                {
                    MentionKind = comparable ? ArchivedMentionKind.Figure : ArchivedMentionKind.Other,
                    Key = QuantityComparison.GroupKey(m),
                    Kind = m.Kind,
                    Value = m.Value,
                    Low = m.Low,
                    High = m.High,
                    Resolution = m.Resolution,
                    Unit = m.Unit,
                    Subject = m.Subject,
                    Owner = m.Owner,
                    Period = period,
                    Place = place,
                    Segment = segment,
                    Date = m.Date,
                    Text = QuantityComparison.FigureText(document, m),
                    SubjectText = m.Subject is null ? string.Empty : QuantityComparison.SubjectText(document, m),
                    SentenceStart = sentence.Start,
                    SentenceLength = sentence.Length,
                    Line = Line(document, m.Span),
                });
            }

            foreach (var e in events)
            {
                var sentence = SentenceSourceSpan(document, e.Sentence);
                found.Add(new ArchivedMention
                {
                    MentionKind = ArchivedMentionKind.Event,
                    Key = e.Event,
                    Kind = e.Mention.Kind,
                    Event = e.Event,
                    Date = e.Date,
                    Names = e.Names,
                    Text = document.GetString(e.Mention.Span),
                    SubjectText = e.Event,
                    SentenceStart = sentence.Start,
                    SentenceLength = sentence.Length,
                    Line = Line(document, e.Mention.Span),
                });
            }

            return found;
        }

        private static TextSpan SentenceSourceSpan(AnalyzedDocument document, int sentenceIndex) =>
            document.Prose.ToSourceSpan(document.Sentences[sentenceIndex].Span);

        private static int Line(AnalyzedDocument document, TextSpan proseSpan) =>
            document.GetLocation(proseSpan).GetLineSpan().StartLinePosition.Line + 1;
    }
}

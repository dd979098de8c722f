using System.Collections.Generic;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Archive;

namespace EditorialLint.Rules.Tests.Numbers
{
    /// <summary>An archive of a few articles, indexed as <c>archive add</c> indexes them, held in memory.</summary>
    internal sealed class InMemoryArchive : IFactArchive
    {
        private readonly List<ArchivedMention> _mentions = new List<ArchivedMention>();

        public InMemoryArchive(params (string Path, string Text)[] articles)
        {
            foreach (var (path, text) in articles)
            {
                var entry = ArchiveIndexer.Index(AnalyzedDocument.FromText(path, text), path);
                foreach (var m in entry.Mentions)
                    _mentions.Add(new ArchivedMention
                    {
                        Article = entry.Article, MentionKind = m.MentionKind, Key = m.Key, Kind = m.Kind, Value = m.Value, Low = m.Low, High = m.High,
                        Resolution = m.Resolution, Unit = m.Unit, Subject = m.Subject, Owner = m.Owner, Period = m.Period, Place = m.Place,
                        Segment = m.Segment, Event = m.Event, Date = m.Date, Names = m.Names, Text = m.Text, SubjectText = m.SubjectText, Line = m.Line,
                    });
            }
        }

        public string Location => "memory";

        /// <summary>How many times the rules said a lookup would follow.</summary>
        public int Preparations { get; private set; }

        public void Prepare(ArchiveQuery query) => Preparations++;

        private int _lookups;

        /// <summary>How many lookups the rules made (the run may make one on another thread).</summary>
        public int Lookups => System.Threading.Volatile.Read(ref _lookups);

        public IReadOnlyList<ArchivedMention> Find(ArchiveQuery query)
        {
            System.Threading.Interlocked.Increment(ref _lookups);
            return _mentions.Where(m => m.MentionKind == ArchivedMentionKind.Figure ? query.FigureKeys.Contains(m.Key)
                : m.MentionKind == ArchivedMentionKind.Event && query.EventKeys.Contains(m.Key)).ToList();
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Archive;
using EditorialLint.Diagnostics;
using EditorialLint.Numbers;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// EL1005: one event given two dates ("arrested on August 24" here, "detained on August 25" there), in one article
    /// or across the articles of a run, and a weekday that does not match its date when the year is given
    /// ("Saturday, March 3, 2024" was a Sunday). An event is a one-off happening to someone (arrest, death, birth,
    /// charge, resignation, sentencing, conviction, founding) named with a date in the same clause; two mentions are
    /// the same event only when their sentences name the same person or organisation.
    /// </summary>
    public sealed class DateConflictRule : EditorialRule
    {
        /// <summary>EL1005.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.DateConflict,
            "Date conflict",
            "{0}",
            RuleCategories.Numbers,
            DiagnosticSeverity.Warning,
            "The same event is given two dates, or a weekday does not match its date.");

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context)
        {
            context.RegisterDocumentAction(AnalyzeDocument);
            context.RegisterCorpusStartAction(start =>
            {
                var events = new ConcurrentDictionary<string, ConcurrentBag<EventRecord>>(StringComparer.Ordinal);
                var articles = new ConcurrentDictionary<string, ArticleIdentity>(StringComparer.Ordinal);
                start.RegisterDocumentAction(ctx =>
                {
                    var found = EventFinder.FindEvents(ctx.Document);
                    if (found.Count > 0)
                    {
                        articles[ctx.Document.Path] = ArticleIdentity.Of(ctx.Document);
                        // The events looked up at the end of the run: the run may start reading them now.
                        if (start.Archive is { } archive)
                        {
                            var keys = found.Select(e => e.Event).Where(k => !IsRecurring(k)).Distinct(StringComparer.Ordinal).ToList();
                            if (keys.Count > 0) archive.Prepare(new ArchiveQuery(eventKeys: keys));
                        }
                    }

                    foreach (var record in found)
                        events.GetOrAdd(record.Event, _ => new ConcurrentBag<EventRecord>()).Add(record);
                });
                start.RegisterCorpusEndAction(ctx => ReportAcrossArticles(ctx, events, articles));
            });
        }

        private static void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var document = context.Document;
            foreach (var m in NumberMentions.Get(document).All)
            {
                if (m.Kind != QuantityKind.Date || m.Date.Weekday is not { } written || m.Date.ActualWeekday is not { } actual || written == actual) continue;
                var span = document.GetToken(document.TokenIndexAt(m.Span.Start)).Span;
                var fix = new ProseFix(span, actual.ToString(), isSafe: false, "Change the weekday to " + actual);
                context.Report(Descriptor, m.Span, fix,
                    m.Date.ToString() + " was a " + actual + ", not a " + written);
            }

            // Within the article: the same event of the same person given two dates. Launches and openings recur (a
            // product line, a series of flights): an article that dates three or more of one kind is about several.
            var events = EventFinder.FindEvents(document);
            var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in events) perKind[e.Event] = perKind.TryGetValue(e.Event, out int n) ? n + 1 : 1;
            for (int i = 0; i < events.Count; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    var a = events[j];
                    var b = events[i];
                    if (a.Event != b.Event || a.Sentence == b.Sentence || !ShareName(a, b) || SameDate(a.Date, b.Date)) continue;
                    if (IsRecurring(a.Event) && perKind[a.Event] > 2) continue;
                    var line = (a.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, b.Location, new[] { a.Location },
                        Capitalise(b.Event) + " dated " + b.Date + " here, but " + a.Date + " at line " + line));
                    break;
                }
            }
        }

        private static void ReportAcrossArticles(CorpusAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<EventRecord>> events, ConcurrentDictionary<string, ArticleIdentity> articles)
        {
            var keys = events.Keys.Where(k => !IsRecurring(k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
            var archived = new Dictionary<string, List<ArchivedMention>>(StringComparer.Ordinal);
            if (context.Archive is not null && keys.Count > 0)
            {
                foreach (var m in context.Archive.Find(new ArchiveQuery(eventKeys: keys)))
                {
                    if (!archived.TryGetValue(m.Key, out var list)) archived[m.Key] = list = new List<ArchivedMention>();
                    list.Add(m);
                }

                foreach (var list in archived.Values) list.Sort(CrossArticleQuantityConflictRule.ByPathAndLine);
            }

            var runPaths = ArticleIdentity.FullPaths(context.DocumentPaths);
            foreach (var key in keys)
            {
                var records = events[key].OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Location.SourceSpan.Start).ToList();
                archived.TryGetValue(key, out var published);
                foreach (var record in records)
                {
                    if (!ReportAgainstRun(context, record, records) && published is not null)
                        ReportAgainstArchive(context, record, articles[record.Path], published, runPaths);
                }
            }
        }

        // The same event in archived articles that name the same person, one per article, mostly on another date.
        private static void ReportAgainstArchive(CorpusAnalysisContext context, EventRecord record, ArticleIdentity article, List<ArchivedMention> archived, HashSet<string> runPaths)
        {
            var peers = new List<ArchivedMention>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var other in archived)
            {
                var source = other.Article!;
                if (article.IsSame(source) || runPaths.Contains(source.Path) || seen.Contains(source.Path) || !ShareName(record.Names, other.Names)) continue;
                // A date without its year, in articles of different years, may be another year's event.
                if ((record.Date.Year == 0 || other.Date.Year == 0) && article.Published.Year != 0 && source.Published.Year != 0
                    && article.Published.Year != source.Published.Year) continue;
                seen.Add(source.Path);
                peers.Add(other);
            }

            var disagreeing = peers.Where(p => !SameDate(p.Date, record.Date)).ToList();
            int agreeing = peers.Count - disagreeing.Count;
            if (disagreeing.Count == 0 || disagreeing.Count < agreeing + 1) return;
            // The date most of the disagreeing articles give.
            var majority = disagreeing.GroupBy(d => d.Date).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.ToString(), StringComparer.Ordinal).First();
            var where = string.Join("; ", disagreeing.Take(5).Select(d => d.Article!.Describe())) + (disagreeing.Count > 5 ? "; …" : string.Empty);
            context.ReportDiagnostic(Diagnostic.Create(Descriptor, record.Location,
                Capitalise(record.Event) + " dated " + record.Date + " here, but " + majority.Key + " in "
                + (disagreeing.Count == 1 ? "an archived article" : disagreeing.Count.ToString(CultureInfo.InvariantCulture) + " archived articles")
                + " (" + where + ")"));
        }

        // The same event in other articles of the run that name the same person; true when reported.
        private static bool ReportAgainstRun(CorpusAnalysisContext context, EventRecord record, List<EventRecord> records)
        {
            // One record per other article: the first that names the same person.
            var peers = new List<EventRecord>();
            var seen = new HashSet<string>(StringComparer.Ordinal) { record.Path };
            foreach (var other in records)
            {
                if (seen.Contains(other.Path) || !ShareName(record, other)) continue;
                seen.Add(other.Path);
                peers.Add(other);
            }

            var disagreeing = peers.Where(p => !SameDate(p.Date, record.Date)).ToList();
            int agreeing = peers.Count - disagreeing.Count;
            if (disagreeing.Count == 0 || disagreeing.Count < agreeing + 1) return false;
            var where = string.Join(", ", disagreeing.Take(5).Select(d =>
                System.IO.Path.GetFileName(d.Path) + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture)));
            var first = disagreeing[0];
            context.ReportDiagnostic(Diagnostic.Create(Descriptor, record.Location, disagreeing.Take(5).Select(d => d.Location),
                Capitalise(record.Event) + " dated " + record.Date + " here, but " + first.Date + " in "
                + (disagreeing.Count == 1 ? "another article" : disagreeing.Count.ToString(CultureInfo.InvariantCulture) + " other articles")
                + " (" + where + ")"));
            return true;
        }

        // Events a company or a programme has many of; compared within an article only.
        private static bool IsRecurring(string eventKey) => eventKey == "launch" || eventKey == "opening";

        private static bool SameDate(CalendarDate a, CalendarDate b) =>
            a.Month == b.Month && a.Day == b.Day && (a.Year == 0 || b.Year == 0 || a.Year == b.Year);

        private static bool ShareName(EventRecord a, EventRecord b) => ShareName(a.Names, b.Names);

        private static bool ShareName(ImmutableArray<string> a, ImmutableArray<string> b)
        {
            foreach (var name in a)
                if (b.Contains(name)) return true;
            return false;
        }

        private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s.Substring(1);
    }
}

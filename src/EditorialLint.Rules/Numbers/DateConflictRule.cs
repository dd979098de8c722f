using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EditorialLint.Analysis;
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
                start.RegisterDocumentAction(ctx =>
                {
                    foreach (var record in EventFinder.FindEvents(ctx.Document))
                        events.GetOrAdd(record.Event, _ => new ConcurrentBag<EventRecord>()).Add(record);
                });
                start.RegisterCorpusEndAction(ctx => ReportAcrossArticles(ctx, events));
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

        private static void ReportAcrossArticles(CorpusAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<EventRecord>> events)
        {
            foreach (var key in events.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                if (IsRecurring(key)) continue;
                var records = events[key].OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Location.SourceSpan.Start).ToList();
                foreach (var record in records)
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
                    if (disagreeing.Count == 0 || disagreeing.Count < agreeing + 1) continue;
                    var where = string.Join(", ", disagreeing.Take(5).Select(d =>
                        System.IO.Path.GetFileName(d.Path) + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture)));
                    var first = disagreeing[0];
                    context.ReportDiagnostic(Diagnostic.Create(Descriptor, record.Location, disagreeing.Take(5).Select(d => d.Location),
                        Capitalise(record.Event) + " dated " + record.Date + " here, but " + first.Date + " in "
                        + (disagreeing.Count == 1 ? "another article" : disagreeing.Count.ToString(CultureInfo.InvariantCulture) + " other articles")
                        + " (" + where + ")"));
                }
            }
        }

        // Events a company or a programme has many of; compared within an article only.
        private static bool IsRecurring(string eventKey) => eventKey == "launch" || eventKey == "opening";

        private static bool SameDate(CalendarDate a, CalendarDate b) =>
            a.Month == b.Month && a.Day == b.Day && (a.Year == 0 || b.Year == 0 || a.Year == b.Year);

        private static bool ShareName(EventRecord a, EventRecord b)
        {
            foreach (var name in a.Names)
                if (b.Names.Contains(name)) return true;
            return false;
        }

        private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s.Substring(1);
    }
}

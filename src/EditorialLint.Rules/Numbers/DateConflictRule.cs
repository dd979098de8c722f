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

        // Words that name a one-off event, and the event they name.
        private static readonly Dictionary<string, string> EventWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["arrest"] = "arrest", ["arrested"] = "arrest", ["detained"] = "arrest", ["detention"] = "arrest",
            ["apprehended"] = "arrest", ["died"] = "death", ["death"] = "death", ["born"] = "birth", ["birth"] = "birth",
            ["charged"] = "charge", ["indicted"] = "charge", ["resigned"] = "resignation", ["resignation"] = "resignation",
            ["sentenced"] = "sentencing", ["convicted"] = "conviction", ["founded"] = "founding",
            // Verb and noun families: "launched on 3 March" and "since its launch on 13 March" are one event.
            ["charges"] = "charge", ["indictment"] = "charge", ["arrests"] = "arrest", ["sentencing"] = "sentencing",
            ["conviction"] = "conviction", ["founding"] = "founding", ["launched"] = "launch", ["launch"] = "launch",
            ["debut"] = "launch", ["debuted"] = "launch", ["resign"] = "resignation", ["opened"] = "opening", ["opening"] = "opening",
            ["inaugurated"] = "opening", ["inauguration"] = "opening",
        };

        private static readonly HashSet<string> NotNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "The", "A", "An", "On", "In", "At", "He", "She", "They", "It", "His", "Her", "But", "And", "CEO", "Mr", "Mrs", "Ms",
            "Dr", "Last", "This", "That", "When", "After", "Before", "Since", "President", "Prime", "Minister", "Chief",
        };

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
                    foreach (var record in FindEvents(ctx.Document))
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
            var events = FindEvents(document);
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

        // Dates with a month and a day that sit in the same clause as an event word, with the names of that sentence.
        private static List<EventRecord> FindEvents(AnalyzedDocument document)
        {
            var found = new List<EventRecord>();
            var namesOfSentence = new Dictionary<int, ImmutableArray<string>>();
            var sentences = document.Sentences;
            foreach (var m in NumberMentions.Get(document).All)
            {
                if (m.Kind != QuantityKind.Date || m.Date.Month == 0 || m.Date.Day == 0 || !m.Date.Exists) continue;
                // "October 24: ARRESTS – ...": a log's heading dates its entries, not one event.
                int afterDate = document.TokenIndexAt(m.Span.End);
                if (afterDate < document.TokenCount && document.GetToken(afterDate).Kind == TokenKind.Punctuation && document.Text[document.GetToken(afterDate).Start] == ':') continue;
                var sentence = sentences[m.SentenceIndex];
                int first = document.TokenIndexAt(m.Span.Start);
                int last = document.TokenIndexAt(m.Span.End);
                var eventKey = FindEventWord(document, sentence, first, last);
                if (eventKey is null) continue;
                // The names of a sentence are gathered once: a sentence of many dates would otherwise be read again for each.
                if (!namesOfSentence.TryGetValue(m.SentenceIndex, out var names))
                    namesOfSentence[m.SentenceIndex] = names = SentenceNames(document, sentence, -1, -1);
                names = WithoutDate(document, names, first, last);
                if (names.Length == 0) continue;
                found.Add(new EventRecord(document.Path, document.GetLocation(m.Span), eventKey, m.Date, names, m.SentenceIndex));
            }

            return found;
        }

        // The nearest event word within ten tokens either side, not across a semicolon.
        private static string? FindEventWord(AnalyzedDocument document, Sentence sentence, int first, int last)
        {
            for (int distance = 1; distance <= 10; distance++)
            {
                foreach (int k in new[] { first - distance, last - 1 + distance })
                {
                    if (k < sentence.FirstToken || k >= sentence.EndToken) continue;
                    if (Crosses(document, k < first ? k : first, k < first ? first : k)) continue;
                    var token = document.GetToken(k);
                    if (token.Kind != TokenKind.Word) continue;
                    if (EventWords.TryGetValue(document.GetString(token), out var key)) return key;
                }
            }

            return null;
        }

        private static bool Crosses(AnalyzedDocument document, int from, int to)
        {
            for (int k = from; k < to; k++)
            {
                var token = document.GetToken(k);
                if (token.Kind == TokenKind.Punctuation && document.Text[token.Start] == ';') return true;
            }

            return false;
        }

        // The sentence's names less the words of the date itself ("May" in "on May 4" is already left out as a month).
        private static ImmutableArray<string> WithoutDate(AnalyzedDocument document, ImmutableArray<string> names, int dateFirst, int dateEnd)
        {
            if (names.IsEmpty) return names;
            var builder = ImmutableArray.CreateBuilder<string>(names.Length);
            var dateWords = new HashSet<string>(StringComparer.Ordinal);
            for (int k = dateFirst; k < dateEnd; k++)
            {
                var token = document.GetToken(k);
                if (token.Kind == TokenKind.Word) dateWords.Add(document.GetString(token).ToLowerInvariant());
            }

            foreach (var n in names)
                if (!dateWords.Contains(n)) builder.Add(n);
            return builder.ToImmutable();
        }

        // Capitalised words of the sentence that are not places, months, weekdays or sentence openers: who the event
        // happened to.
        private static ImmutableArray<string> SentenceNames(AnalyzedDocument document, Sentence sentence, int dateFirst, int dateEnd)
        {
            var names = ImmutableArray.CreateBuilder<string>();
            var shared = NumberMentions.Get(document);
            bool atStart = true;
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                var token = document.GetToken(k);
                bool initial = atStart;
                if (token.Kind != TokenKind.Punctuation) atStart = false;
                if (k >= dateFirst && k < dateEnd) continue;
                if (token.Kind != TokenKind.Word || !char.IsUpper(document.Text[token.Start])) continue;
                var word = document.GetString(token);
                if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) word = word.Substring(0, word.Length - 2);
                if (word.Length < 2 || NotNames.Contains(word) || QuantityLexicon.IsPlace(word)) continue;
                if (QuantityLexicon.IsMonth(word) || QuantityLexicon.IsWeekday(word)) continue;
                var lower = word.ToLowerInvariant();
                // A sentence's first word is a name only if the article capitalises it elsewhere too.
                if (initial && !shared.IsName(lower)) continue;
                names.Add(lower);
            }

            return names.ToImmutable();
        }

        private sealed class EventRecord
        {
            public EventRecord(string path, Location location, string eventKey, CalendarDate date, ImmutableArray<string> names, int sentence)
            {
                Path = path;
                Location = location;
                Event = eventKey;
                Date = date;
                Names = names;
                Sentence = sentence;
            }

            public string Path { get; }

            public Location Location { get; }

            public string Event { get; }

            public CalendarDate Date { get; }

            public ImmutableArray<string> Names { get; }

            public int Sentence { get; }
        }
    }
}

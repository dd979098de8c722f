using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Numbers;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// The dated one-off events of a document (an arrest, a death, a resignation) with the names of their sentences:
    /// what EL1005 compares within an article, across a run and with the archive, and what the archive stores.
    /// </summary>
    internal static class EventFinder
    {
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

        // Dates with a month and a day that sit in the same clause as an event word, with the names of that sentence.
        public static List<EventRecord> FindEvents(AnalyzedDocument document)
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
                found.Add(new EventRecord(document.Path, document.GetLocation(m.Span), eventKey, m.Date, names, m.SentenceIndex, m));
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
    }

    /// <summary>One dated event of one document.</summary>
    internal sealed class EventRecord
    {
        public EventRecord(string path, Location location, string eventKey, CalendarDate date, ImmutableArray<string> names, int sentence, NumberMention mention)
        {
            Path = path;
            Location = location;
            Event = eventKey;
            Date = date;
            Names = names;
            Sentence = sentence;
            Mention = mention;
        }

        public string Path { get; }

        public Location Location { get; }

        public string Event { get; }

        public CalendarDate Date { get; }

        public ImmutableArray<string> Names { get; }

        public int Sentence { get; }

        /// <summary>The date's mention (its span and sentence, for the archive).</summary>
        public NumberMention Mention { get; }
    }
}

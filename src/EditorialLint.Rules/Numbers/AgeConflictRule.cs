using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Numbers;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// EL1007: one person given two ages in one article ("Okafor, 31," here, "the 13-year-old Okafor" there). An age
    /// belongs to a person only in the forms news copy uses for a present age: "Name, 31,", "Name, aged 31", "the
    /// 31-year-old Name"; "when she was 31", "then 31" and "at 31" are ages of another time and are not
    /// read. Ages one year apart are allowed (a birthday between reports); a surname two different full names share is
    /// left alone (a family).
    /// </summary>
    public sealed class AgeConflictRule : EditorialRule
    {
        /// <summary>EL1007.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.AgeConflict,
            "Two ages for one person",
            "{0} is {1} here, but {2} at line {3}",
            RuleCategories.Numbers,
            DiagnosticSeverity.Warning,
            "The article gives one person two ages.");

        private static readonly HashSet<string> NotNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "I", "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "You", "But", "And", "Or", "If", "As",
            "This", "That", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lady", "Lord", "Miss", "Prof", "Professor", "Judge", "Officer",
            "Chapter", "Section", "Article", "Page", "Room", "Route", "Highway", "Level", "Stage", "Round", "Game", "Act",
            "Psalm", "Number", "No", "Vol", "Part", "Episode", "Season", "Series", "Week", "Day", "Year", "Grade", "Class",
        };

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentAction(AnalyzeDocument);

        private static void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var document = context.Document;
            var ages = new List<(string Surname, string? FullName, NumberMention Mention)>();
            foreach (var m in NumberMentions.Get(document).All)
            {
                if (m.IsRange || m.Hedge != HedgeKind.None || m.Value < 1 || m.Value > 125 || m.Value != Math.Floor(m.Value)) continue;
                if (m.Kind != QuantityKind.Age && !(m.Kind == QuantityKind.Count && m.Form == NumberForm.Digits && m.Scale == 1)) continue;
                if (TryPerson(document, m, out var surname, out var fullName)) ages.Add((surname, fullName, m));
            }

            // A surname that two different full names share belongs to a family, not one person.
            var fullNames = new Dictionary<string, string>(StringComparer.Ordinal);
            var shared = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (surname, fullName, _) in ages)
            {
                if (fullName is null) continue;
                if (fullNames.TryGetValue(surname, out var other) && other != fullName) shared.Add(surname);
                else fullNames[surname] = fullName;
            }

            // "Mr Gallear" and "Mrs Gallear", "Victor Burton" and "Ann Burton": a surname the article gives two titles or
            // first names belongs to more than one person.
            if (ages.Count > 1)
            {
                var people = SurnamesOfTwoPeople(document);
                foreach (var (surname, _, _) in ages)
                    if (people.Contains(surname)) shared.Add(surname);
            }

            var first = new Dictionary<string, NumberMention>(StringComparer.Ordinal);
            foreach (var (surname, _, m) in ages)
            {
                if (shared.Contains(surname)) continue;
                if (!first.TryGetValue(surname, out var reference))
                {
                    first[surname] = m;
                    continue;
                }

                if (Math.Abs(reference.Value - m.Value) < 2 || reference.SentenceIndex == m.SentenceIndex) continue;
                var location = document.GetLocation(reference.Span);
                var line = (location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
                var name = char.ToUpperInvariant(surname[0]) + surname.Substring(1);
                context.ReportDiagnostic(document.CreateDiagnostic(Descriptor, m.Span, null, new[] { location },
                    name, Age(m), Age(reference), line));
            }
        }

        // Surnames the article writes after two different first names or titles, in one pass over the tokens.
        private static HashSet<string> SurnamesOfTwoPeople(AnalyzedDocument document)
        {
            var before = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var two = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (int k = 1; k < document.TokenCount; k++)
            {
                if (!IsName(document, k)) continue;
                int p = k - 1;
                // "Victor N. Burton": past a middle initial.
                if (p >= 1 && IsPunctAt(document, p, '.') && document.GetToken(p - 1).Length == 1) p -= 2;
                if (p < 0 || !IsName(document, p) && !IsTitle(document, p)) continue;
                var surname = Word(document, k).ToLowerInvariant();
                var previous = document.GetString(document.GetToken(p));
                if (!before.TryGetValue(surname, out var seen)) before[surname] = previous;
                else if (!string.Equals(seen, previous, StringComparison.Ordinal)) two.Add(surname);
            }

            return two;
        }

        private static bool IsTitle(AnalyzedDocument document, int k)
        {
            var token = document.GetToken(k);
            if (token.Kind != TokenKind.Word) return false;
            var w = document.GetString(token);
            return w == "Mr" || w == "Mrs" || w == "Ms" || w == "Miss" || w == "Dr";
        }

        private static string Age(NumberMention m) => m.Value.ToString("0", CultureInfo.InvariantCulture);

        // The person an age belongs to: "Name, 31,", "Name (31)", "Name, aged 31", "Name, now aged 31", "the 31-year-old Name".
        private static bool TryPerson(AnalyzedDocument document, NumberMention m, out string surname, out string? fullName)
        {
            surname = string.Empty;
            fullName = null;
            int first = document.TokenIndexAt(m.Span.Start);
            int end = document.TokenIndexAt(m.Span.End);
            var sentence = document.Sentences[m.SentenceIndex];

            if (m.Kind == QuantityKind.Age && EndsWithYearOld(document, m))
            {
                // "the 31-year-old Okafor", "31-year-old Ada Okafor said".
                if (IsWordAt(document, first - 1, "then")) return false;
                return NameAfter(document, end, sentence.EndToken, out surname, out fullName);
            }

            int p = first - 1;
            if (m.Kind == QuantityKind.Age)
            {
                // "Okafor, aged 31" and "Okafor, now aged 31": the word before the figure is "aged".
                if (!IsWordAt(document, p, "aged")) return false;
                p--;
                if (IsWordAt(document, p, "now")) p--;
                if (!IsPunctAt(document, p, ',')) return false;
                return NameBefore(document, p - 1, sentence.FirstToken, out surname, out fullName);
            }

            // A bare number: "Okafor, 31," / "said Okafor, 31." / "Okafor (31)".
            if (IsPunctAt(document, p, ',') && (IsPunctAt(document, end, ',') || IsPunctAt(document, end, '.') || IsPunctAt(document, end, ';') || end >= sentence.EndToken))
            {
                // "Okafor, 31, and Lind, 29": a following name is fine; "Okafor, 31, 32 and 33" is a list.
                if (end + 1 < document.TokenCount && document.GetToken(end + 1).Kind == TokenKind.Number) return false;
                return NameBefore(document, p - 1, sentence.FirstToken, out surname, out fullName);
            }

            // "Warren (2)" is a tally as often as an age: the bracket form is not read.
            return false;
        }

        private static bool EndsWithYearOld(AnalyzedDocument document, NumberMention m)
        {
            var text = document.GetString(m.Span);
            return text.EndsWith("year-old", StringComparison.OrdinalIgnoreCase);
        }

        // The capitalised run ending at token k: its last word is the surname, the whole run the full name when it has two words.
        private static bool NameBefore(AnalyzedDocument document, int k, int sentenceStart, out string surname, out string? fullName)
        {
            surname = string.Empty;
            fullName = null;
            if (k < sentenceStart || !IsName(document, k)) return false;
            int start = k;
            while (start - 1 >= sentenceStart && IsName(document, start - 1)) start--;
            // A lone capitalised word at the start of the sentence is often not a name ("Yesterday, 31 ...").
            if (start == k && start == sentenceStart && !NumberMentions.Get(document).IsName(Word(document, k).ToLowerInvariant())) return false;
            if (IsWordAt(document, start - 1, "when") || IsWordAt(document, start - 1, "then")) return false;
            surname = Word(document, k).ToLowerInvariant();
            fullName = k > start ? Run(document, start, k) : null;
            return true;
        }

        private static bool NameAfter(AnalyzedDocument document, int k, int sentenceEnd, out string surname, out string? fullName)
        {
            surname = string.Empty;
            fullName = null;
            if (k >= sentenceEnd || !IsName(document, k)) return false;
            int last = k;
            while (last + 1 < sentenceEnd && IsName(document, last + 1)) last++;
            surname = Word(document, last).ToLowerInvariant();
            fullName = last > k ? Run(document, k, last) : null;
            return true;
        }

        private static bool IsName(AnalyzedDocument document, int k)
        {
            if (k < 0 || k >= document.TokenCount) return false;
            var token = document.GetToken(k);
            if (token.Kind != TokenKind.Word || !char.IsUpper(document.Text[token.Start])) return false;
            var word = Word(document, k);
            if (word.Length < 2 || NotNames.Contains(word)) return false;
            if (QuantityLexicon.IsMonth(word) || QuantityLexicon.IsWeekday(word) || QuantityLexicon.IsPlace(word)) return false;
            // An all-capitals word is an acronym or a heading, not a surname.
            for (int i = 0; i < word.Length; i++)
                if (char.IsLower(word[i])) return true;
            return false;
        }

        private static string Word(AnalyzedDocument document, int k)
        {
            var word = document.GetString(document.GetToken(k));
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) word = word.Substring(0, word.Length - 2);
            return word;
        }

        private static string Run(AnalyzedDocument document, int from, int to)
        {
            var parts = new List<string>();
            for (int k = from; k <= to; k++) parts.Add(Word(document, k).ToLowerInvariant());
            return string.Join(" ", parts);
        }

        private static bool IsWordAt(AnalyzedDocument document, int k, string word)
        {
            if (k < 0 || k >= document.TokenCount) return false;
            var token = document.GetToken(k);
            return token.Kind == TokenKind.Word && string.Equals(document.GetString(token), word, StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsPunctAt(AnalyzedDocument document, int k, char c)
        {
            if (k < 0 || k >= document.TokenCount) return false;
            var token = document.GetToken(k);
            return token.Kind == TokenKind.Punctuation && document.Text[token.Start] == c;
        }
    }
}

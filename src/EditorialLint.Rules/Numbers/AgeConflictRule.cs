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
    /// EL1007: one person given two ages in one article ("Okafor, 31," here, "the 13-year-old Okafor" there), or an age
    /// that does not fit the person's year of birth ("born in 1990" in an article dated 2024 makes 33 or 34). An age
    /// belongs to a person only in the forms news copy uses for a present age: "Name, 31,", "Name, aged 31", "the
    /// 31-year-old Name"; "when she was 31", "then 31" and "at 31" are ages of another time and are not read. Birth years
    /// are read by <see cref="BirthYearReader"/>. Ages one year apart are allowed (a birthday between reports), and so is
    /// a year either side of the age a birth year implies; a birth year is compared with an age only when the article
    /// says when it was published (<see cref="ArticleYear"/>), and not with an age in a sentence that names another
    /// year. Two different birth years of one person always conflict. A surname two different full names share is left
    /// alone (a family).
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

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentAction(AnalyzeDocument);

        private static void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var document = context.Document;
            var facts = new List<Fact>();
            bool anyBirth = false;
            foreach (var m in NumberMentions.Get(document).All)
            {
                if (BirthYearReader.TryRead(document, m, out var birth))
                {
                    facts.Add(new Fact(birth.Surname, birth.FullName, m, birth.Year, birth.HasFullDate));
                    anyBirth = true;
                    continue;
                }

                if (m.IsRange || m.Hedge != HedgeKind.None || m.Value < 1 || m.Value > 125 || m.Value != Math.Floor(m.Value)) continue;
                if (m.Kind != QuantityKind.Age && !(m.Kind == QuantityKind.Count && m.Form == NumberForm.Digits && m.Scale == 1)) continue;
                if (TryPerson(document, m, out var surname, out var fullName)) facts.Add(new Fact(surname, fullName, m, 0, false));
            }

            if (facts.Count < 2) return;

            // A surname that two different full names share belongs to a family, not one person.
            var fullNames = new Dictionary<string, string>(StringComparer.Ordinal);
            var shared = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in facts)
            {
                if (f.FullName is null) continue;
                if (fullNames.TryGetValue(f.Surname, out var other) && other != f.FullName) shared.Add(f.Surname);
                else fullNames[f.Surname] = f.FullName;
            }

            // "Mr Gallear" and "Mrs Gallear", "Victor Burton" and "Ann Burton": a surname the article gives two titles or
            // first names belongs to more than one person.
            var people = SurnamesOfTwoPeople(document);
            foreach (var f in facts)
                if (people.Contains(f.Surname)) shared.Add(f.Surname);

            // A birth year says an age only when the article says when it was published; never guessed from the text.
            int? articleYear = anyBirth ? ArticleYear.Of(document) : null;

            var firstAge = new Dictionary<string, Fact>(StringComparer.Ordinal);
            var firstBirth = new Dictionary<string, Fact>(StringComparer.Ordinal);
            foreach (var f in facts)
            {
                if (shared.Contains(f.Surname)) continue;
                if (f.IsBirth) CheckBirth(context, document, f, firstAge, firstBirth, articleYear);
                else CheckAge(context, document, f, firstAge, firstBirth, articleYear);
            }
        }

        private static void CheckAge(DocumentAnalysisContext context, AnalyzedDocument document, Fact f, Dictionary<string, Fact> firstAge,
            Dictionary<string, Fact> firstBirth, int? articleYear)
        {
            if (!firstAge.TryGetValue(f.Surname, out var reference))
            {
                firstAge[f.Surname] = f;
                // The person's first age meets a birth year given before it.
                if (firstBirth.TryGetValue(f.Surname, out var birth) && articleYear is { } year && BirthDisagrees(document, birth, f, year))
                    Report(context, document, f, reference: birth, Age(f.Mention), BornText(birth, year));
                return;
            }

            var m = f.Mention;
            if (Math.Abs(reference.Mention.Value - m.Value) < 2 || reference.Mention.SentenceIndex == m.SentenceIndex) return;
            Report(context, document, f, reference, Age(m), Age(reference.Mention));
        }

        private static void CheckBirth(DocumentAnalysisContext context, AnalyzedDocument document, Fact f, Dictionary<string, Fact> firstAge,
            Dictionary<string, Fact> firstBirth, int? articleYear)
        {
            if (firstBirth.TryGetValue(f.Surname, out var earlier))
            {
                // Two full dates of birth that differ are EL1005's (one event, two dates); a bare year is this rule's.
                if (earlier.BirthYear != f.BirthYear && !(earlier.HasFullDate && f.HasFullDate))
                    Report(context, document, f, earlier, "born in " + Year(f.BirthYear), "born in " + Year(earlier.BirthYear));
                return;
            }

            firstBirth[f.Surname] = f;
            if (firstAge.TryGetValue(f.Surname, out var age) && articleYear is { } year && BirthDisagrees(document, f, age, year))
                Report(context, document, f, age, BornText(f, year), Age(age.Mention));
        }

        // An age and a birth year disagree when the age is more than a year off the article's year less the birth year.
        // An age in a sentence that names another year ("In 2010, Okafor, 20, won") may be an age of that year: not compared.
        private static bool BirthDisagrees(AnalyzedDocument document, Fact birth, Fact age, int articleYear)
        {
            int implied = articleYear - birth.BirthYear;
            if (implied < 0 || Math.Abs(age.Mention.Value - implied) <= 1) return false;
            foreach (var other in NumberMentions.Get(document).All)
            {
                if (other.SentenceIndex != age.Mention.SentenceIndex || ReferenceEquals(other, birth.Mention)) continue;
                int y = other.Kind == QuantityKind.Year ? (int)other.Value : other.Kind == QuantityKind.Date ? other.Date.Year : 0;
                if (y > 0 && y != articleYear) return false;
            }

            return true;
        }

        private static void Report(DocumentAnalysisContext context, AnalyzedDocument document, Fact f, Fact reference, string here, string there)
        {
            var location = document.GetLocation(reference.Mention.Span);
            var line = (location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
            var name = char.ToUpperInvariant(f.Surname[0]) + f.Surname.Substring(1);
            context.ReportDiagnostic(document.CreateDiagnostic(Descriptor, f.Mention.Span, null, new[] { location }, name, here, there, line));
        }

        private static string BornText(Fact birth, int articleYear)
        {
            int age = articleYear - birth.BirthYear;
            return "born in " + Year(birth.BirthYear) + " (so " + Year(age - 1) + " or " + Year(age) + " in " + Year(articleYear) + ")";
        }

        private static string Year(int value) => value.ToString(CultureInfo.InvariantCulture);

        // One fact about a person: an age, or a year of birth (BirthYear > 0).
        private sealed class Fact
        {
            public Fact(string surname, string? fullName, NumberMention mention, int birthYear, bool hasFullDate)
            {
                Surname = surname;
                FullName = fullName;
                Mention = mention;
                BirthYear = birthYear;
                HasFullDate = hasFullDate;
            }

            public string Surname { get; }

            public string? FullName { get; }

            public NumberMention Mention { get; }

            public int BirthYear { get; }

            public bool HasFullDate { get; }

            public bool IsBirth => BirthYear > 0;
        }

        // Surnames the article writes after two different first names or titles, in one pass over the tokens.
        private static HashSet<string> SurnamesOfTwoPeople(AnalyzedDocument document)
        {
            var before = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var two = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (int k = 1; k < document.TokenCount; k++)
            {
                if (!PersonNames.IsName(document, k)) continue;
                int p = k - 1;
                // "Victor N. Burton": past a middle initial.
                if (p >= 1 && PersonNames.IsPunctAt(document, p, '.') && document.GetToken(p - 1).Length == 1) p -= 2;
                if (p < 0 || !PersonNames.IsName(document, p) && !IsTitle(document, p)) continue;
                var surname = PersonNames.Word(document, k).ToLowerInvariant();
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
                if (PersonNames.IsWordAt(document, first - 1, "then")) return false;
                return PersonNames.NameAfter(document, end, sentence.EndToken, out surname, out fullName);
            }

            int p = first - 1;
            if (m.Kind == QuantityKind.Age)
            {
                // "Okafor, aged 31" and "Okafor, now aged 31": the word before the figure is "aged".
                if (!PersonNames.IsWordAt(document, p, "aged")) return false;
                p--;
                if (PersonNames.IsWordAt(document, p, "now")) p--;
                if (!PersonNames.IsPunctAt(document, p, ',')) return false;
                return PersonNames.NameBefore(document, p - 1, sentence.FirstToken, out surname, out fullName);
            }

            // A bare number: "Okafor, 31," / "said Okafor, 31." / "Okafor (31)".
            if (PersonNames.IsPunctAt(document, p, ',') && (PersonNames.IsPunctAt(document, end, ',') || PersonNames.IsPunctAt(document, end, '.') || PersonNames.IsPunctAt(document, end, ';') || end >= sentence.EndToken))
            {
                // "Okafor, 31, and Lind, 29": a following name is fine; "Okafor, 31, 32 and 33" is a list.
                if (end + 1 < document.TokenCount && document.GetToken(end + 1).Kind == TokenKind.Number) return false;
                return PersonNames.NameBefore(document, p - 1, sentence.FirstToken, out surname, out fullName);
            }

            // "Warren (2)" is a tally as often as an age: the bracket form is not read.
            return false;
        }

        private static bool EndsWithYearOld(AnalyzedDocument document, NumberMention m)
        {
            var text = document.GetString(m.Span);
            return text.EndsWith("year-old", StringComparison.OrdinalIgnoreCase);
        }
    }
}

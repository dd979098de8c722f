using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Numbers;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// A person's year of birth, in the forms news copy gives it: "Okafor was born in 1990", "Okafor, born 12 May 1990,",
    /// "Okafor, who was born in 1990,", "Born in 1990, Okafor ...", "Ada Okafor (b. 1990)", "Ada Okafor (born 1990)".
    /// The person is the name right beside the form: a relative ("her son, born in 2015", "Okafor's daughter was born
    /// in 2019", "her son Tomas, born in 2015", "the daughter of Ada Okafor was born in 2019", "her daughter, Ife
    /// Okafor, born in 2019,") is not the person the article gives an age for, and an organisation is "founded" or
    /// "established", never "born", so neither is read.
    /// </summary>
    internal static class BirthYearReader
    {
        // Words before a name that make it someone's relative, not the person the article is about.
        private static readonly HashSet<string> Relatives = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "son", "sons", "daughter", "daughters", "child", "children", "baby", "father", "mother", "parent", "parents",
            "brother", "sister", "wife", "husband", "partner", "grandson", "granddaughter", "grandfather", "grandmother",
            "uncle", "aunt", "nephew", "niece", "cousin", "twin", "stepson", "stepdaughter", "fiance", "fiancee", "widow",
            "widower", "dad", "mum", "mom", "boy", "girl", "newborn", "infant",
        };

        /// <summary>A birth year found in the text: whose, which year, and whether the day and month are given too.</summary>
        public readonly struct BirthYear
        {
            public BirthYear(string surname, string? fullName, int year, bool fullDate)
            {
                Surname = surname;
                FullName = fullName;
                Year = year;
                HasFullDate = fullDate;
            }

            /// <summary>The person's surname, lower-cased.</summary>
            public string Surname { get; }

            /// <summary>The person's full name, lower-cased, when the text gives it beside the birth year.</summary>
            public string? FullName { get; }

            /// <summary>The year of birth.</summary>
            public int Year { get; }

            /// <summary>Whether the day and month were given ("born 12 May 1990"): then EL1005 owns a conflict of two such dates.</summary>
            public bool HasFullDate { get; }
        }

        /// <summary>Reads <paramref name="m"/> as a person's year of birth; false when it is not one.</summary>
        public static bool TryRead(AnalyzedDocument document, NumberMention m, out BirthYear birth)
        {
            birth = default;
            if (m.IsRange || m.Hedge != HedgeKind.None) return false;
            int year;
            bool fullDate = false;
            if (m.Kind == QuantityKind.Year)
            {
                // "the 1990s" is a decade.
                if (document.GetString(m.Span).EndsWith("s", StringComparison.OrdinalIgnoreCase)) return false;
                year = (int)m.Value;
            }
            else if (m.Kind == QuantityKind.Date && m.Date.Year > 0)
            {
                year = m.Date.Year;
                fullDate = m.Date.Month > 0 && m.Date.Day > 0;
            }
            else if (m.Kind == QuantityKind.Count && m.Form == NumberForm.Digits && m.Value == Math.Floor(m.Value))
            {
                // "(b. 1990)": the parser may read the year after "b." as a bare number.
                year = (int)m.Value;
            }
            else
            {
                return false;
            }

            if (year < 1850 || year > 2100) return false;
            int first = document.TokenIndexAt(m.Span.Start);
            int end = document.TokenIndexAt(m.Span.End);
            var sentence = document.Sentences[m.SentenceIndex];
            // The splitter may end a sentence at "b." of "(b. 1990)": the name is then in the sentence before.
            int sentenceStart = m.SentenceIndex > 0 && first - 3 < sentence.FirstToken ? document.Sentences[m.SentenceIndex - 1].FirstToken : sentence.FirstToken;
            if (!TryPerson(document, first, end, sentenceStart, sentence.FirstToken, sentence.EndToken, out var surname, out var fullName)) return false;
            birth = new BirthYear(surname, fullName, year, fullDate);
            return true;
        }

        // The person of a birth year at tokens [first, end).
        private static bool TryPerson(AnalyzedDocument document, int first, int end, int bracketSentenceStart, int sentenceStart, int sentenceEnd,
            out string surname, out string? fullName)
        {
            surname = string.Empty;
            fullName = null;
            int p = first - 1;

            // "(b. 1990)" right after a name: "b." may be one token or "b" and ".".
            if (PersonNames.IsPunctAt(document, p, '.') && PersonNames.IsWordAt(document, p - 1, "b")) p--;
            if (PersonNames.IsWordAt(document, p, "b") || PersonNames.IsWordAt(document, p, "b."))
                return PersonNames.IsPunctAt(document, p - 1, '(') && Before(document, p - 2, bracketSentenceStart, out surname, out fullName);

            // "born in 1990", "born on 12 May 1990", "born 1990".
            if (PersonNames.IsWordAt(document, p, "in") || PersonNames.IsWordAt(document, p, "on")) p--;
            if (!PersonNames.IsWordAt(document, p, "born")) return false;
            int born = p;

            // "Born in 1990, Okafor grew up ...": the sentence opens with the birth year, and the name follows the comma.
            if (born == sentenceStart)
                return PersonNames.IsPunctAt(document, end, ',') && PersonNames.NameAfter(document, end + 1, sentenceEnd, out surname, out fullName)
                    && !PersonNames.IsPossessive(document, end + 1);

            p = born - 1;
            // "Okafor (born 1990)".
            if (PersonNames.IsPunctAt(document, p, '(')) return Before(document, p - 1, sentenceStart, out surname, out fullName);
            // "Okafor, born in 1990," and "Okafor, who was born in 1990,".
            if (PersonNames.IsWordAt(document, p, "was"))
            {
                p--;
                if (PersonNames.IsWordAt(document, p, "who")) p--;
                else return Before(document, p, sentenceStart, out surname, out fullName); // "Okafor was born in 1990"
            }

            return PersonNames.IsPunctAt(document, p, ',') && Before(document, p - 1, sentenceStart, out surname, out fullName);
        }

        // The name ending at token k, unless it is someone's relative ("her son Tomas", "Okafor's daughter Ada").
        private static bool Before(AnalyzedDocument document, int k, int sentenceStart, out string surname, out string? fullName)
        {
            if (!PersonNames.NameBefore(document, k, sentenceStart, out surname, out fullName)) return false;
            if (PersonNames.IsPossessive(document, k)) return false;
            int start = k;
            while (start - 1 >= sentenceStart && PersonNames.IsName(document, start - 1)) start--;
            int before = start - 1;
            if (before < sentenceStart) return true;
            // "Okafor's daughter Ife", "her son Tomas", "the daughter of Ada Okafor", "her daughter, Ife Okafor,".
            if (PersonNames.IsPossessive(document, before) || IsRelative(document, before) || PersonNames.IsWordAt(document, before, "of")) return false;
            return !(PersonNames.IsPunctAt(document, before, ',') && IsRelative(document, before - 1));
        }

        private static bool IsRelative(AnalyzedDocument document, int k) =>
            k >= 0 && k < document.TokenCount && Relatives.Contains(document.GetString(document.GetToken(k)));
    }
}

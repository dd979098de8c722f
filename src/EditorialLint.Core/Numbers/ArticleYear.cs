using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Text;

namespace EditorialLint.Numbers
{
    /// <summary>
    /// When an article was published, as the article itself says: a date key of its front matter ("date: 2024-03-04",
    /// "published: 4 March 2024") or a dateline at the top of its body ("LONDON, 4 March 2024 —", "March 4, 2024").
    /// Unknown when neither is there: the year is never guessed from the figures in the text, so a rule that needs it
    /// (a birth year against an age) stays quiet rather than compare against a guess.
    /// </summary>
    public static class ArticleYear
    {
        // Front matter keys that name the publication date, compared without case, '_' or '-'.
        private static readonly HashSet<string> DateKeys = new HashSet<string>(StringComparer.Ordinal)
        {
            "date", "published", "pubdate", "publishdate", "publisheddate", "publishedat", "publishedon", "publicationdate",
            "datepublished", "publishdatetime", "firstpublished",
        };

        // How far into the body a dateline may stand: the title, byline and date lines and the first paragraph.
        private const int MaxDatelineLines = 6;

        /// <summary>The year the article was published, or null when the article does not say.</summary>
        public static int? Of(AnalyzedDocument document) => Of(document.Source.Content);

        /// <summary>The year the article in <paramref name="content"/> (its whole source text) was published, or null.</summary>
        public static int? Of(string content) => PublicationDate(content) is { } date ? date.Year : (int?)null;

        /// <summary>
        /// The publication date the article gives, or null: year always set; month and day 0 when the article gives
        /// only the year ("date: 2024") or when a numeric date is ambiguous ("04/03/2024").
        /// </summary>
        public static CalendarDate? PublicationDate(AnalyzedDocument document) => PublicationDate(document.Source.Content);

        /// <summary>The publication date of the article in <paramref name="content"/> (its whole source text), or null.</summary>
        public static CalendarDate? PublicationDate(string content)
        {
            if (content is null) throw new ArgumentNullException(nameof(content));
            if (!FrontMatter.TryRead(content, out var fields, out int body)) return FromDateline(content, body);
            foreach (var field in fields)
                if (DateKeys.Contains(NormalizeKey(field.Key)) && ParseDate(field.Value, allowPartial: true) is { } date) return date;
            return FromDateline(content, body);
        }

        // A dateline: a line of the top of the body that is, or starts with, a date ("March 4, 2024", "Published 4 March
        // 2024", "LONDON, 4 March 2024 —"). Reading stops after the first paragraph of running text.
        private static CalendarDate? FromDateline(string content, int position)
        {
            int seen = 0;
            while (position < content.Length && seen < MaxDatelineLines)
            {
                var line = FrontMatter.ReadLine(content, position, out position);
                var text = StripMarkup(line);
                if (text.Length == 0) continue;
                seen++;
                if (TryDateline(text) is { } date) return date;
                // A heading, a byline or a short standfirst may come before the dateline; running text ends the search.
                if (!line.TrimStart().StartsWith("#", StringComparison.Ordinal) && text.Length > 100) return null;
            }

            return null;
        }

        private static CalendarDate? TryDateline(string text)
        {
            var words = Words(text);
            int i = 0;
            // "Published 4 March 2024", "Updated: March 4, 2024", "Posted on 2024-03-04".
            if (i < words.Count && IsAnyOf(words[i], "Published", "Updated", "Posted", "Dated", "Date", "First")) i++;
            if (i < words.Count && IsAnyOf(words[i], "published")) i++;
            if (i < words.Count && IsAnyOf(words[i], "on", ":")) i++;
            if (TryDateAt(words, i, out int end) is { } date && EndsDateline(words, end)) return date;

            // "LONDON, 4 March 2024 —", "New York, March 4, 2024 (Reuters) -": a place of one to four capitalised words.
            int place = 0;
            while (place < words.Count && place < 4 && IsCapitalised(words[place])) place++;
            if (place > 0 && place < words.Count && words[place] == ",")
            {
                if (TryDateAt(words, place + 1, out end) is { } placed && EndsDateline(words, end)) return placed;
            }

            return null;
        }

        // After the date: the end of the line, a dash, a colon, a time or an agency in brackets, never running text
        // ("March 4, 2024 was a Monday" is a sentence about a date, not a dateline).
        private static bool EndsDateline(List<string> words, int end)
        {
            if (end >= words.Count) return true;
            var w = words[end];
            if (w == "—" || w == "–" || w == "-" || w == "--" || w == ":" || w == "(" || w == "|" || w == "/" || w == "·") return true;
            // "4 March 2024, 10:32 GMT", "March 4, 2024 at 09:00".
            if (w == "," || w == "at") return end + 1 < words.Count && words[end + 1].Length > 0 && char.IsDigit(words[end + 1][0]);
            return char.IsDigit(w[0]) && w.IndexOf(':') > 0;
        }

        // A date starting at word i: "4 March 2024", "4th March, 2024", "March 4, 2024", "Mar. 4 2024", "Monday 4 March
        // 2024", "2024-03-04". Datelines need a day; end is the word after the date.
        private static CalendarDate? TryDateAt(List<string> words, int i, out int end)
        {
            end = i;
            if (i < words.Count && QuantityLexicon.Weekdays.ContainsKey(words[i]))
            {
                i++;
                if (i < words.Count && words[i] == ",") i++;
            }

            if (i >= words.Count) return null;
            if (TryIso(words[i], out var iso) && iso.Day > 0)
            {
                end = i + 1;
                return iso;
            }

            int j = i;
            int day;
            int month;
            if (TryDay(words[j], out day))
            {
                j++;
                if (j < words.Count && words[j] == "of") j++;
                if (j >= words.Count || !TryMonth(words[j], out month)) return null;
                j++;
            }
            else if (TryMonth(words[j], out month))
            {
                j++;
                if (j >= words.Count || !TryDay(words[j], out day)) return null;
                j++;
            }
            else
            {
                return null;
            }

            if (j < words.Count && words[j] == ",") j++;
            if (j >= words.Count || !TryYear(words[j], out int year)) return null;
            end = j + 1;
            var date = new CalendarDate(year, month, day);
            return date.Exists ? date : (CalendarDate?)null;
        }

        // A front matter value: ISO ("2024-03-04", "2024-03-04T10:00:00Z"), written ("4 March 2024", "March 4, 2024"),
        // numeric with slashes ("04/03/2024": day and month only when one of them is over 12), or a bare year.
        private static CalendarDate? ParseDate(string value, bool allowPartial)
        {
            if (value.Length == 0) return null;
            var words = Words(value);
            if (words.Count == 0) return null;
            if (TryIso(words[0], out var iso)) return iso;
            if (TryDateAt(words, 0, out _) is { } written) return written;
            if (!allowPartial) return null;
            if (TrySlashed(words[0], out var slashed)) return slashed;
            // "March 2024"
            int yearAt = words.Count > 2 && words[1] == "," ? 2 : 1;
            if (words.Count > yearAt && TryMonth(words[0], out int month) && TryYear(words[yearAt], out int y))
                return new CalendarDate(y, month, 0);
            return words.Count == 1 && TryYear(words[0], out int year) ? new CalendarDate(year, 0, 0) : (CalendarDate?)null;
        }

        // "2024-03-04", "2024/03/04", "2024-03-04T10:00:00Z", "2024-03"; the day is 0 when not given.
        private static bool TryIso(string word, out CalendarDate date)
        {
            date = default;
            if (word.Length < 7 || !TryNumber(word, 0, 4, out int year) || (word[4] != '-' && word[4] != '/')) return false;
            char separator = word[4];
            if (!TryNumber(word, 5, 2, out int month) || month < 1 || month > 12 || !IsYear(year)) return false;
            int day = 0;
            if (word.Length > 7)
            {
                if (word[7] != separator || word.Length < 10 || !TryNumber(word, 8, 2, out day)) return false;
                if (word.Length > 10 && word[10] != 'T' && word[10] != 't' && word[10] != ' ') return false;
            }

            date = new CalendarDate(year, month, day);
            return day == 0 || (day >= 1 && date.Exists);
        }

        // "04/03/2024", "4.3.2024", "3/14/2024": the year always; day and month only when the order is certain.
        private static bool TrySlashed(string word, out CalendarDate date)
        {
            date = default;
            var parts = word.Split('/', '.');
            if (parts.Length != 3 || parts[2].Length != 4) return false;
            if (!int.TryParse(parts[0], out int a) || !int.TryParse(parts[1], out int b) || !int.TryParse(parts[2], out int year)) return false;
            if (!IsYear(year) || a < 1 || b < 1 || a > 31 || b > 31) return false;
            if (a > 12 && b <= 12) date = new CalendarDate(year, b, a);
            else if (b > 12 && a <= 12) date = new CalendarDate(year, a, b);
            else date = new CalendarDate(year, 0, 0);
            return date.Exists;
        }

        private static bool TryDay(string word, out int day)
        {
            day = 0;
            int digits = 0;
            while (digits < word.Length && char.IsDigit(word[digits])) digits++;
            if (digits == 0 || digits > 2) return false;
            var suffix = word.Substring(digits);
            if (suffix.Length > 0 && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
            day = int.Parse(word.Substring(0, digits), System.Globalization.CultureInfo.InvariantCulture);
            return day >= 1 && day <= 31;
        }

        private static bool TryMonth(string word, out int month)
        {
            var w = word.TrimEnd('.');
            if (w.Length > 1 && char.IsUpper(w[0]) && IsAllUpper(w)) w = w[0] + w.Substring(1).ToLowerInvariant();
            return QuantityLexicon.Months.TryGetValue(w, out month);
        }

        private static bool TryYear(string word, out int year)
        {
            year = 0;
            return word.Length == 4 && TryNumber(word, 0, 4, out year) && IsYear(year);
        }

        // Publication years of copy a linter sees; anything else is a typo or not a year.
        private static bool IsYear(int year) => year >= 1800 && year <= 2200;

        private static bool TryNumber(string text, int start, int length, out int value)
        {
            value = 0;
            if (start + length > text.Length) return false;
            for (int k = start; k < start + length; k++)
            {
                if (!char.IsDigit(text[k])) return false;
                value = value * 10 + (text[k] - '0');
            }

            return true;
        }

        // Words and single punctuation marks; digits, letters and the marks inside a date ("2024-03-04", "10:32", "4th") stay together.
        private static List<string> Words(string text)
        {
            var words = new List<string>();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                if (char.IsLetterOrDigit(c))
                {
                    int start = i;
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] == '-' || text[i] == '/' || text[i] == ':' || text[i] == '.' || text[i] == '\'') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                        i++;
                    words.Add(text.Substring(start, i - start));
                    continue;
                }

                if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
                {
                    words.Add("--");
                    i += 2;
                    continue;
                }

                // A full stop ("Mar. 4") carries nothing a date needs.
                if (c != '.') words.Add(c.ToString());
                i++;
            }

            return words;
        }

        // A line without the Markdown around a dateline: heading marks, quote marks, emphasis, list bullets.
        private static string StripMarkup(string line)
        {
            var text = line.Trim().TrimStart('#', '>', ' ', '\t').Trim();
            var builder = new System.Text.StringBuilder(text.Length);
            foreach (char c in text)
                if (c != '*' && c != '_' && c != '`') builder.Append(c);
            return builder.ToString().Trim();
        }

        private static string NormalizeKey(string key)
        {
            var builder = new System.Text.StringBuilder(key.Length);
            foreach (char c in key.Trim().Trim('"', '\''))
                if (c != '_' && c != '-' && c != ' ') builder.Append(char.ToLowerInvariant(c));
            return builder.ToString();
        }

        private static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsLetter(word[word.Length - 1]);

        private static bool IsAllUpper(string word)
        {
            foreach (char c in word)
                if (char.IsLetter(c) && !char.IsUpper(c)) return false;
            return true;
        }

        private static bool IsAnyOf(string word, params string[] options)
        {
            foreach (var o in options)
                if (string.Equals(word, o, StringComparison.Ordinal)) return true;
            return false;
        }
    }
}

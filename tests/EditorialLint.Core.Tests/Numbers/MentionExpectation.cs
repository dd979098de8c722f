using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Numbers;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Tests.Numbers
{
    /// <summary>
    /// Checks one parsed mention against a compact spec such as <c>kind=Money value=500000 unit=EUR subject=fine</c>:
    /// only the keys given are checked. The mention is the one whose source span is the marked span.
    /// </summary>
    internal static class MentionExpectation
    {
        public static NumberMention Find(string marked, string path = "t.txt")
        {
            var parsed = MarkedText.Parse(marked);
            parsed.Spans.Should().HaveCount(1, "each case marks one mention");
            var expected = parsed.Spans[0].Span;
            var document = AnalyzedDocument.FromText(path, parsed.Text);
            var mentions = NumberMentions.Get(document).All;
            var found = mentions.FirstOrDefault(m => document.Prose.ToSourceSpan(m.Span) == expected);
            found.Should().NotBeNull(
                "a mention should cover exactly '{0}' in '{1}'; found: {2}",
                Slice(parsed.Text, expected),
                parsed.Text,
                string.Join("; ", mentions.Select(m => "'" + Slice(parsed.Text, document.Prose.ToSourceSpan(m.Span)) + "' " + m)));
            return found!;
        }

        public static void Check(string marked, string spec, string path = "t.txt")
        {
            var m = Find(marked, path);
            foreach (var (key, value) in ParseSpec(spec))
            {
                var because = $"'{key}' of the mention in: {marked}";
                switch (key)
                {
                    case "kind": m.Kind.ToString().Should().Be(value, because); break;
                    case "value": m.Value.Should().BeApproximately(Number(value), Tolerance(value), because); break;
                    case "low": m.Low.Should().BeApproximately(Number(value), Tolerance(value), because); break;
                    case "high": m.High.Should().BeApproximately(Number(value), Tolerance(value), because); break;
                    case "res": m.Resolution.Should().BeApproximately(Number(value), Tolerance(value), because); break;
                    case "unit": (m.Unit ?? "none").Should().Be(value, because); break;
                    case "subject": (m.Subject ?? "none").Should().Be(value.Replace('_', ' '), because); break;
                    case "source": m.SubjectSource.ToString().Should().Be(value, because); break;
                    case "owner": (m.Owner ?? "none").Should().Be(value, because); break;
                    case "form": m.Form.ToString().Should().Be(value, because); break;
                    case "hedge": m.Hedge.ToString().Should().Be(value, because); break;
                    case "role": m.Role.ToString().Should().Be(value, because); break;
                    case "range": m.IsRange.Should().Be(value == "true", because); break;
                    case "date": FormatDate(m.Date).Should().Be(value, because); break;
                    case "weekday": (m.Date.Weekday?.ToString() ?? "none").Should().Be(value, because); break;
                    case "exists": m.Date.Exists.Should().Be(value == "true", because); break;
                    case "conv": (m.ConversionOf >= 0).Should().Be(value == "true", because); break;
                    case "q": m.Qualifiers.Should().Contain(value.Replace('_', ' '), because); break;
                    case "noq": m.Qualifiers.Should().NotContain(value, because); break;
                    default: throw new ArgumentException("Unknown key " + key);
                }
            }
        }

        public static string FormatDate(CalendarDate d) =>
            (d.Year > 0 ? d.Year.ToString("0000", CultureInfo.InvariantCulture) : "--") + "-"
            + (d.Month > 0 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : "-") + "-"
            + (d.Day > 0 ? d.Day.ToString("00", CultureInfo.InvariantCulture) : "-");

        private static IEnumerable<(string Key, string Value)> ParseSpec(string spec)
        {
            foreach (var part in spec.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = part.IndexOf('=');
                if (eq <= 0) throw new FormatException("Bad spec part: " + part);
                yield return (part.Substring(0, eq), part.Substring(eq + 1));
            }
        }

        private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

        private static double Tolerance(string s) => Math.Max(Math.Abs(Number(s)) * 1e-9, 1e-12);

        private static string Slice(string text, TextSpan span) => span.End <= text.Length ? text.Substring(span.Start, span.Length) : "?";
    }
}

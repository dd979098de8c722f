using System;
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
    /// EL1003: a figure that cannot be true whatever the story: more people, users or customers than live on Earth; a
    /// share of a whole above 100%; a person older than 125; a date that does not exist (February 30, April 31,
    /// February 29 of a common year).
    /// </summary>
    public sealed class ImplausibleQuantityRule : EditorialRule
    {
        /// <summary>EL1003.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.ImplausibleQuantity,
            "Implausible quantity",
            "'{0}' {1}",
            RuleCategories.Numbers,
            DiagnosticSeverity.Warning,
            "The figure cannot be true: it exceeds a physical or logical limit.");

        /// <summary>The world's population, rounded up (UN estimate for 2025: 8.2 billion).</summary>
        public const double WorldPopulation = 8.2e9;

        /// <summary>Above this age a person is implausible (the oldest verified person reached 122).</summary>
        public const double MaximumAge = 125;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentAction(AnalyzeDocument);

        private static void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var document = context.Document;
            foreach (var m in NumberMentions.Get(document).All)
            {
                var reason = Check(document, m);
                if (reason is null) continue;
                context.Report(Descriptor, m.Span, null, document.GetString(m.Span), reason);
            }
        }

        private static string? Check(AnalyzedDocument document, NumberMention m)
        {
            switch (m.Kind)
            {
                case QuantityKind.Count:
                    if (m.Subject is not null && QuantityLexicon.IsPeopleSubject(m.Subject) && m.Low - m.Resolution > WorldPopulation
                        && m.Role != QuantityRole.Change && !IsHypothetical(m))
                    {
                        return "is more " + QuantityComparison.SubjectText(document, m) + " than there are people on Earth (about 8.2 billion)";
                    }

                    return null;

                case QuantityKind.Percent:
                    if (m.Unit == "%" && m.Low > 100 && m.Role == QuantityRole.Level && !m.IsRange && IsShareOfWhole(document, m))
                        return "is a share of a whole above 100%";
                    return null;

                case QuantityKind.Age:
                    if (m.Low > MaximumAge && IsPerson(document, m))
                        return "is older than anyone has lived (the record is 122 years)";
                    return null;

                case QuantityKind.Date:
                    if (!m.Date.Exists)
                    {
                        int days = CalendarDate.DaysInMonth(m.Date.Month, m.Date.Year);
                        var month = CalendarDate.MonthName(m.Date.Month);
                        var suffix = m.Date.Month == 2 && m.Date.Year > 0 ? " in " + m.Date.Year.ToString(CultureInfo.InvariantCulture) : string.Empty;
                        return "does not exist: " + month + " has " + days.ToString(CultureInfo.InvariantCulture) + " days" + suffix;
                    }

                    return null;

                default:
                    return null;
            }
        }

        // "when you have 10 billion people to serve", "there could be 10 billion people": not a claim about now.
        private static bool IsHypothetical(NumberMention m)
        {
            foreach (var q in m.Qualifiers)
            {
                if (q == "if" || q == "when" || q == "could" || q == "would" || q == "might" || q == "should" || q == "expected"
                    || q == "forecast" || q == "forecasts" || q == "projected" || q == "predicted" || q == "expects" || q == "expect")
                    return true;
            }

            return false;
        }

        // "110% of voters", "a 120% stake", "owns 105% of the company"; not "120% of GDP" or "rose 150%".
        private static bool IsShareOfWhole(AnalyzedDocument document, NumberMention m)
        {
            int next = document.TokenIndexAt(m.Span.End);
            if (next >= document.TokenCount) return false;
            var token = document.GetToken(next);
            if (token.Kind != TokenKind.Word) return false;
            var word = document.GetString(token).ToLowerInvariant();
            if (QuantityLexicon.IsShareNoun(word)) return true;
            if (word != "of" || m.Subject is null) return false;
            int after = next + 1;
            while (after < document.TokenCount && document.GetToken(after).Kind == TokenKind.Word)
            {
                var w = document.GetString(document.GetToken(after)).ToLowerInvariant();
                if (w != "the" && w != "its" && w != "their" && w != "all" && w != "his" && w != "her") break;
                after++;
            }

            if (after >= document.TokenCount) return false;
            var whole = document.GetString(document.GetToken(after)).ToLowerInvariant();
            return QuantityLexicon.IsWholeOfPeople(whole);
        }

        // "aged 130" or "a 130-year-old man"; "a 150-year-old tree" is not a person.
        private static bool IsPerson(AnalyzedDocument document, NumberMention m)
        {
            int first = document.TokenIndexAt(m.Span.Start);
            if (first > 0)
            {
                var before = document.GetToken(first - 1);
                if (before.Kind == TokenKind.Word && string.Equals(document.GetString(before), "aged", StringComparison.OrdinalIgnoreCase)) return true;
            }

            int k = document.TokenIndexAt(m.Span.End);
            for (int n = 0; n < 4 && k < document.TokenCount; n++, k++)
            {
                var token = document.GetToken(k);
                if (token.Kind != TokenKind.Word) return false;
                var word = document.GetString(token).ToLowerInvariant();
                if (QuantityLexicon.IsPersonNoun(word)) return true;
                // Adjectives between: "Russian-born", "retired", "British".
                bool adjective = char.IsUpper(document.Text[token.Start]) || word.IndexOf('-') > 0 || word.EndsWith("ed", StringComparison.Ordinal)
                                 || word == "former" || word == "old" || word == "retired" || word == "great";
                if (!adjective) return false;
            }

            return false;
        }
    }
}

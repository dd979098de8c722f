using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Numbers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// EL1006 (suggestion): small numbers of one kind written both as digits and as words in one article ("4 days" and
    /// "four days"). The kind is the thing counted (people, goals) or, for spans of time, duration. By default the form
    /// the article uses less is reported; <c>editorial_lint.EL1006.style = ap</c> asks for words from one to nine and
    /// digits from 10, <c>digits</c> for digits throughout. Ages, money, percentages, dates, measures and ranks are
    /// left alone: every style writes them in digits.
    /// </summary>
    public sealed class NumberStyleRule : EditorialRule
    {
        /// <summary>EL1006.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.NumberStyle,
            "Number style",
            "'{0}' {1}",
            RuleCategories.Numbers,
            DiagnosticSeverity.Info,
            "Small numbers of one kind should be written the same way throughout an article.");

        /// <summary>The option that picks the style: <c>ap</c> or <c>digits</c>; unset means consistency only.</summary>
        public const string StyleOption = "style";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override ImmutableArray<RuleOptionDescriptor> SupportedOptions { get; } = ImmutableArray.Create(
            RuleOptionDescriptor.Choice(BuiltInRuleIds.NumberStyle, StyleOption,
                "ap: spell out one to nine, digits from 10; digits: digits throughout; unset: only flag mixing", "ap", "digits"));

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentAction(AnalyzeDocument);

        private static void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var document = context.Document;
            var style = context.Options.GetRuleOption(BuiltInRuleIds.NumberStyle, StyleOption)?.Trim().ToLowerInvariant();
            var candidates = new List<(NumberMention Mention, string Kind)>();
            foreach (var m in NumberMentions.Get(document).All)
            {
                var kind = KindOf(m);
                if (kind is null) continue;
                if (m.Form == NumberForm.Mixed || m.IsRange || m.Value != Math.Floor(m.Value) || m.Value < 1 || m.Value > 99) continue;
                // Sentence-initial numbers are spelled out in every style.
                if (m.Form == NumberForm.Words && StartsSentence(document, m)) continue;
                candidates.Add((m, kind));
            }

            if (style == "ap") ReportAgainstStyle(context, candidates, digitsFrom: 10);
            else if (style == "digits") ReportAgainstStyle(context, candidates, digitsFrom: 1);
            else ReportInconsistency(context, candidates);
        }

        private static string? KindOf(NumberMention m)
        {
            if (m.Kind == QuantityKind.Duration && m.Unit is not null) return "duration";
            if (m.Kind == QuantityKind.Count && m.Subject is not null && m.Hedge != HedgeKind.Vague) return "count of " + m.Subject;
            return null;
        }

        private static void ReportAgainstStyle(DocumentAnalysisContext context, List<(NumberMention Mention, string Kind)> candidates, int digitsFrom)
        {
            foreach (var (m, _) in candidates)
            {
                bool wantDigits = m.Value >= digitsFrom;
                if (wantDigits && m.Form == NumberForm.Words)
                    Report(context, m, toWords: false, digitsFrom == 1 ? "should be in digits (house style: digits)" : "should be in digits from 10 up (AP style)");
                else if (!wantDigits && m.Form == NumberForm.Digits && m.Value >= 1)
                    Report(context, m, toWords: true, "should be spelled out below 10 (AP style)");
            }
        }

        // Both forms for one kind: the digits are reported, pointing at the words. News styles (AP, Reuters, the BBC)
        // spell out one to nine, so where an article mixes the two for small numbers, words are what it meant.
        private static void ReportInconsistency(DocumentAnalysisContext context, List<(NumberMention Mention, string Kind)> candidates)
        {
            var byKind = new Dictionary<string, (List<NumberMention> Digits, List<NumberMention> Words)>(StringComparer.Ordinal);
            var conventions = new Conventions(context.Document);
            foreach (var (m, kind) in candidates)
            {
                // One stays ambiguous ("one day" is an idiom) and ten and above are digits in most styles.
                if (m.Value < 2 || m.Value > 9) continue;
                // Headlines, titles, tables and figures packed into one sentence write digits on purpose.
                if (m.Form == NumberForm.Digits && conventions.AreDigits(m)) continue;
                if (!byKind.TryGetValue(kind, out var forms)) byKind[kind] = forms = (new List<NumberMention>(), new List<NumberMention>());
                (m.Form == NumberForm.Digits ? forms.Digits : forms.Words).Add(m);
            }

            var document = context.Document;
            foreach (var pair in byKind)
            {
                var (digits, words) = pair.Value;
                if (digits.Count == 0 || words.Count == 0) continue;
                const bool reportDigits = true;
                var minority = reportDigits ? digits : words;
                var other = reportDigits ? words[0] : digits[0];
                var line = (document.GetLocation(other.Span).GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
                // One finding per kind: the first, with a count of the rest, so that a list does not bury the article.
                var m = minority[0];
                var more = minority.Count > 1 ? "; " + (minority.Count - 1).ToString(CultureInfo.InvariantCulture) + " more in digits" : string.Empty;
                Report(context, m, toWords: reportDigits,
                    "is in " + (reportDigits ? "digits" : "words") + ", but the article writes '" + document.GetString(other.Span) + "' (line " + line + ") in "
                    + (reportDigits ? "words" : "digits") + " for the same kind of number (" + pair.Key + ")" + more);
            }
        }

        private static void Report(DocumentAnalysisContext context, NumberMention m, bool toWords, string reason)
        {
            var document = context.Document;
            long value = (long)m.Value;
            var replacement = toWords ? NumberWords.ToWords(value) : value.ToString(CultureInfo.InvariantCulture);
            var span = NumberOnly(document, m);
            var fix = new ProseFix(span, replacement, isSafe: false, toWords ? "Write the number in words" : "Write the number in digits");
            context.Report(Descriptor, m.Span, fix, document.GetString(m.Span), reason);
        }

        // The number part of the mention: "4" in "4 days", "four" in "four-day".
        private static TextSpan NumberOnly(AnalyzedDocument document, NumberMention m)
        {
            var text = document.Text;
            int start = m.NumberSpan.Start;
            int end = start;
            if (m.Form == NumberForm.Digits)
            {
                while (end < m.NumberSpan.End && (char.IsDigit(text[end]) || text[end] == ',')) end++;
            }
            else
            {
                while (end < m.NumberSpan.End && (char.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && IsNumberWordAhead(text, end + 1))))
                    end++;
            }

            return TextSpan.FromBounds(start, Math.Max(end, start + 1));
        }

        // "twenty-one" keeps its hyphen; "four-day" stops at it.
        private static bool IsNumberWordAhead(string text, int at)
        {
            int end = at;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            return NumberWords.SmallCardinal(text.Substring(at, end - at)) > 0;
        }

        // Digits are the convention in a line without closing punctuation (a headline, a title, a list item), in a
        // sentence of four figures or more (a table, a set of results), before a capitalised word or with a capitalised
        // unit (a title: "8 Days", "4-Year Scholarships"), in fractions ("1-1/2 years"), after "age", in a sentence with a
        // figure of 10 or more ("8 of our top 10") and inside quotations. The facts of each sentence and line are
        // gathered once, and the text is walked once in order, so that the check stays linear in the text's length.
        private sealed class Conventions
        {
            private readonly AnalyzedDocument _document;
            private readonly Dictionary<int, int> _figuresPerSentence = new Dictionary<int, int>();
            private readonly HashSet<int> _sentencesWithTens = new HashSet<int>();
            private int _walked;
            private int _lineEndFrom = -1;
            private int _lineEnd = -1;
            private int _straightQuotes;
            private bool _curlyOpen;

            public Conventions(AnalyzedDocument document)
            {
                _document = document;
                foreach (var m in NumberMentions.Get(document).All)
                {
                    _figuresPerSentence[m.SentenceIndex] = _figuresPerSentence.TryGetValue(m.SentenceIndex, out int n) ? n + 1 : 1;
                    if (m.Form == NumberForm.Digits && (m.Kind == QuantityKind.Count || m.Kind == QuantityKind.Duration) && m.Value >= 10)
                        _sentencesWithTens.Add(m.SentenceIndex);
                }
            }

            // Mentions are asked in text order.
            public bool AreDigits(NumberMention m)
            {
                var text = _document.Text;
                if (!EndsWithClosingPunctuation(text, m.Span.End)) return true;
                if (_figuresPerSentence[m.SentenceIndex] >= 4) return true;
                // Small figures never reach 10, so a sentence with a figure of 10 or more holds another one.
                if (_sentencesWithTens.Contains(m.SentenceIndex)) return true;

                int end = _document.TokenIndexAt(m.Span.End);
                if (end < _document.TokenCount && _document.GetToken(end).Kind == Tokens.TokenKind.Word && char.IsUpper(text[_document.GetToken(end).Start])) return true;
                for (int p = m.NumberSpan.End; p < m.Span.End; p++)
                    if (char.IsUpper(text[p])) return true;

                int start = m.Span.Start;
                if (start >= 2 && (text[start - 1] == '/' || (text[start - 1] == '-' && char.IsDigit(text[start - 2])))) return true;
                if (m.Span.End < text.Length && text[m.Span.End] == '/') return true;

                int first = _document.TokenIndexAt(m.Span.Start);
                if (first > 0 && _document.GetToken(first - 1).Kind == Tokens.TokenKind.Word)
                {
                    var before = _document.GetString(_document.GetToken(first - 1));
                    if (string.Equals(before, "age", StringComparison.OrdinalIgnoreCase) || string.Equals(before, "aged", StringComparison.OrdinalIgnoreCase)) return true;
                }

                return InsideQuotation(text, start);
            }

            private bool EndsWithClosingPunctuation(string text, int from)
            {
                if (from > _lineEnd || _lineEndFrom < 0)
                {
                    int lineEnd = from;
                    while (lineEnd < text.Length && text[lineEnd] != '\n' && text[lineEnd] != '\r') lineEnd++;
                    _lineEnd = lineEnd;
                    _lineEndFrom = from;
                }

                int last = _lineEnd - 1;
                while (last > _lineEndFrom && char.IsWhiteSpace(text[last])) last--;
                char c = last >= 0 ? text[last] : '.';
                return c == '.' || c == '?' || c == '!' || c == '"' || c == '\u201d' || c == ')' || c == ':' || c == ';' || c == '\'' || c == '\u2019';
            }

            // The quotation state at a position, walked forward from the last position asked; a new line closes quotes.
            private bool InsideQuotation(string text, int at)
            {
                for (; _walked < at; _walked++)
                {
                    char c = text[_walked];
                    if (c == '\n') { _straightQuotes = 0; _curlyOpen = false; }
                    else if (c == '"') _straightQuotes++;
                    else if (c == '\u201c') _curlyOpen = true;
                    else if (c == '\u201d') _curlyOpen = false;
                }

                return _curlyOpen || _straightQuotes % 2 == 1;
            }
        }

        private static bool StartsSentence(AnalyzedDocument document, NumberMention m)
        {
            var sentence = document.Sentences[m.SentenceIndex];
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                var token = document.GetToken(k);
                if (token.Start >= m.NumberSpan.Start) return true;
                if (token.Kind != Tokens.TokenKind.Punctuation) return false;
            }

            return false;
        }
    }
}

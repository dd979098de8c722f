using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Style
{
    /// <summary>
    /// EL3005: the same punctuation mark twice (",,", ";;", "!!", ".." but not the ellipsis "..."). Code that lost its
    /// markup ("Standard::Disclaimer", "f(..)") and the elision marker "[..]" are left alone.
    /// </summary>
    public sealed class DoubledPunctuationRule : EditorialRule
    {
        /// <summary>EL3005.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.DoubledPunctuation,
            "Doubled punctuation",
            "'{0}' is doubled",
            RuleCategories.Style,
            DiagnosticSeverity.Warning,
            "A doubled comma, semicolon, colon, full stop, question or exclamation mark is a slip, not emphasis.");

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private static void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            var text = document.Text;
            var tokens = context.Tokens;
            for (int i = 1; i < tokens.Length; i++)
            {
                var second = tokens[i];
                if (second.Kind != TokenKind.Punctuation) continue;
                char c = text[second.Start];
                if (c != ',' && c != ';' && c != ':' && c != '.' && c != '!' && c != '?') continue;
                var first = tokens[i - 1];
                if (first.End != second.Start) continue;

                char before = text[first.End - 1];
                bool doubled = first.Kind == TokenKind.Punctuation && before == c;
                // "U.S.." – a word that already ends with its full stop.
                bool afterAbbreviation = c == '.' && first.Kind == TokenKind.Word && before == '.';
                if (!doubled && !afterAbbreviation) continue;
                if (doubled && IsCodeOrElision(text, first.Start, second.End, c)) continue;

                if (c == '.')
                {
                    // An ellipsis: three or more full stops.
                    bool moreAfter = second.End < text.Length && text[second.End] == '.';
                    bool moreBefore = doubled && i >= 2 && tokens[i - 2].End == first.Start && text[tokens[i - 2].End - 1] == '.';
                    if (moreAfter || moreBefore) continue;
                }
                else if (i >= 2 && tokens[i - 2].End == first.Start && text[tokens[i - 2].End - 1] == c)
                {
                    continue; // reported once, at the second of the run
                }

                bool safe = c == ',' || c == ';' || c == ':' || afterAbbreviation;
                var fix = new ProseFix(second.Span, string.Empty, safe, "Remove the second '" + c + "'");
                context.Report(Descriptor, second.Span, fix, c.ToString());
            }
        }

        // "a::b" (a path or a cast) has word characters on both sides; ".." with no word before it ("(..)", "[..]",
        // "{ .. }", ". ..so") stands for something left out, not a full stop typed twice.
        private static bool IsCodeOrElision(string text, int start, int end, char c)
        {
            char before = start > 0 ? text[start - 1] : ' ';
            char after = end < text.Length ? text[end] : ' ';
            if (c == ':') return IsWordChar(before) && (IsWordChar(after) || after == '\'');
            if (c == '.') return !char.IsLetterOrDigit(before) && before != '"' && before != '\u201D' && before != ')' && before != '\'';
            return false;
        }

        private static bool IsWordChar(char ch) => char.IsLetterOrDigit(ch) || ch == '_' || ch == '\'';
    }
}

using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Wording
{
    /// <summary>
    /// EL2007: an arrow, bullet, box, dingbat or emoji standing between words of running prose ("commented → on"):
    /// debris from copying a web page or a spinner's markup. A bullet opening a line is a list, not debris.
    /// </summary>
    public sealed class StraySymbolRule : EditorialRule
    {
        /// <summary>EL2007.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.StraySymbol,
            "Stray symbol in prose",
            "Stray '{0}' (U+{1}) between words; it looks left over from copying",
            RuleCategories.Wording,
            DiagnosticSeverity.Warning,
            "Arrows, bullets, boxes, dingbats and emoji in the middle of a sentence are usually debris from a copied web page.");

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private static void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            var text = document.Text;
            var tokens = context.Tokens;
            for (int i = 1; i + 1 < tokens.Length; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.Symbol && token.Kind != TokenKind.Punctuation) continue;
                // A lone surrogate (damaged text) is its own one-character token; only a whole pair makes a code point.
                int codePoint = token.Length == 2 && char.IsSurrogatePair(text, token.Start) ? char.ConvertToUtf32(text, token.Start) : text[token.Start];
                if (!IsStray(codePoint)) continue;
                if (!IsContent(tokens[i - 1].Kind) || !IsContent(tokens[i + 1].Kind)) continue;
                if (OpensLine(text, token.Start)) continue;

                // Remove the symbol and the space before it: "commented → on" becomes "commented on".
                int removeFrom = token.Start;
                while (removeFrom > tokens[i - 1].End && char.IsWhiteSpace(text[removeFrom - 1])) removeFrom--;
                var fix = new ProseFix(TextSpan.FromBounds(removeFrom, token.End), string.Empty, isSafe: false, "Remove the symbol");
                context.Report(Descriptor, token.Span, fix,
                    text.Substring(token.Start, token.Length), codePoint.ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        private static bool IsContent(TokenKind kind) => kind == TokenKind.Word || kind == TokenKind.Number;

        private static bool OpensLine(string text, int offset)
        {
            int k = offset - 1;
            while (k >= 0 && (text[k] == ' ' || text[k] == '\t')) k--;
            return k < 0 || text[k] == '\n' || text[k] == '\r';
        }

        /// <summary>Whether a code point is debris in running prose (arrows, bullets, shapes, dingbats, emoji).</summary>
        internal static bool IsStray(int c) =>
            (c >= 0x2190 && c <= 0x21FF)      // arrows
            || (c >= 0x27F0 && c <= 0x27FF)   // supplemental arrows A
            || (c >= 0x2900 && c <= 0x297F)   // supplemental arrows B
            || (c >= 0x2B00 && c <= 0x2BFF)   // miscellaneous symbols and arrows
            || (c >= 0x2500 && c <= 0x25FF)   // box drawing, block elements, geometric shapes
            || (c >= 0x2600 && c <= 0x27BF)   // miscellaneous symbols, dingbats
            || c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25E6 // bullets
            || c == 0xFFFD                    // replacement character
            || (c >= 0xE000 && c <= 0xF8FF)   // private use
            || (c >= 0x1F300 && c <= 0x1FAFF); // emoji and pictographs
    }
}

using System;
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
    /// debris from copying a web page or a spinner's markup. A bullet opening a line is a list, not debris; one after a
    /// dateline ("PHOENIX •") is a separator; box drawing in a text table is the table; an emoji or a pictograph inside a
    /// quotation ("“We won a voucher 🙂 which was a plus!”") is the quoted writer's own. Also a C0 or C1 control character
    /// in prose: almost always Windows-1252 punctuation decoded as Latin-1 (U+0092 for ’), fixed to the intended character.
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

        /// <summary>EL2007, for a control character (same ID, its own message).</summary>
        public static readonly DiagnosticDescriptor ControlDescriptor = RuleDescriptors.Create(
            BuiltInRuleIds.StraySymbol,
            "Stray symbol in prose",
            "Control character U+{0} in prose{1}",
            RuleCategories.Wording,
            DiagnosticSeverity.Warning,
            "Arrows, bullets, boxes, dingbats and emoji in the middle of a sentence are usually debris from a copied web page.");

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor, ControlDescriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context)
        {
            context.RegisterSentenceAction(AnalyzeSentence);
            context.RegisterDocumentAction(AnalyzeControlCharacters);
        }

        // Control characters are whitespace or nothing to the tokenizer, so they are found in the prose text itself.
        private static void AnalyzeControlCharacters(DocumentAnalysisContext context)
        {
            var text = context.Document.Text;
            for (int i = 0; i < text.Length; i++)
            {
#if NET
                // Jump to the next control character (a vectorised search): most documents have none.
                int skip = text.AsSpan(i).IndexOfAny(ControlCharacters);
                if (skip < 0) break;
                i += skip;
#endif
                char c = text[i];
                if (c >= 0x20 && c < 0x7F || c > 0x9F) continue;
                if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') continue;
                char intended = Windows1252(c);
                var span = new TextSpan(i, 1);
                var fix = intended != '\0'
                    ? new ProseFix(span, intended.ToString(), isSafe: true, "Replace with '" + intended + "'")
                    : new ProseFix(span, string.Empty, isSafe: false, "Remove the control character");
                context.Report(ControlDescriptor, span, fix, ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                    intended != '\0' ? "; it stands for '" + intended + "' (Windows-1252 read as Latin-1)" : string.Empty);
            }
        }

#if NET
        private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
            "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017"
            + "\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088"
            + "\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A"
            + "\u009B\u009C\u009D\u009E\u009F");
#endif

        /// <summary>
        /// The Windows-1252 character a C1 control character stands for when Windows-1252 text was decoded as Latin-1
        /// (U+0080–U+009F), or '\0' for C0 controls and the five code points Windows-1252 leaves undefined.
        /// </summary>
        internal static char Windows1252(char c) => c >= 0x80 && c <= 0x9F ? C1ToWindows1252[c - 0x80] : '\0';

        private static readonly char[] C1ToWindows1252 =
        {
            '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', // 80–87
            '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',     // 88–8F
            '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', // 90–97
            '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178', // 98–9F
        };

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
                if (IsBullet(codePoint) && FollowsDateline(text, token.Start)) continue;
                if (codePoint >= 0x2500 && codePoint <= 0x257F && IsInTable(text, token.Start)) continue;
                if (IsPictograph(codePoint) && IsInQuotation(document, token.Start)) continue;

                // Remove the symbol and the space before it: "commented → on" becomes "commented on".
                int removeFrom = token.Start;
                while (removeFrom > tokens[i - 1].End && char.IsWhiteSpace(text[removeFrom - 1])) removeFrom--;
                var fix = new ProseFix(TextSpan.FromBounds(removeFrom, token.End), string.Empty, isSafe: false, "Remove the symbol");
                context.Report(Descriptor, token.Span, fix,
                    text.Substring(token.Start, token.Length), codePoint.ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        private static bool IsBullet(int c) => c == 0x2022 || c == 0x00B7 || c == 0x25CF || c == 0x25AA;

        // "PHOENIX •", "Los Angeles •": one to three capitalised words from the start of the line to the bullet.
        private static bool FollowsDateline(string text, int offset)
        {
            int k = offset - 1, words = 0;
            while (true)
            {
                while (k >= 0 && text[k] == ' ') k--;
                if (k < 0 || text[k] == '\n' || text[k] == '\r') return words > 0;
                int end = k;
                while (k >= 0 && (char.IsLetter(text[k]) || text[k] == '.' || text[k] == ',' || text[k] == '-')) k--;
                if (k == end || !char.IsUpper(text[k + 1]) || ++words > 3) return false;
            }
        }

        // Box drawing with another box-drawing character close by is a text table (psql output, a tree), not debris.
        private static bool IsInTable(string text, int offset)
        {
            int from = Math.Max(0, offset - 200), to = Math.Min(text.Length, offset + 200);
            for (int k = from; k < to; k++)
                if (k != offset && text[k] >= '\u2500' && text[k] <= '\u257F') return true;
            return false;
        }

        // Emoji, pictographs and the older symbols used as emoji (☺, ✔, ❤): what a quoted post or reader may write.
        private static bool IsPictograph(int c) => (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);

        // Inside a quotation of its block (paragraph): more opening than closing curly quotes before it, or an odd number of
        // straight double quotes, with a closing one after it before the block ends.
        private static bool IsInQuotation(AnalyzedDocument document, int offset)
        {
            var text = document.Text;
            int block = document.Prose.BlockIndexAt(offset);
            if (block < 0) return false;
            int start = document.Prose.Blocks[block].Start, end = document.Prose.Blocks[block].End;
            int open = 0, straight = 0;
            for (int k = start; k < offset; k++)
            {
                if (text[k] == '\u201C') open++;
                else if (text[k] == '\u201D') open = Math.Max(0, open - 1);
                else if (text[k] == '"') straight++;
            }

            char closing = open > 0 ? '\u201D' : straight % 2 == 1 ? '"' : '\0';
            return closing != '\0' && text.IndexOf(closing, offset, end - offset) >= 0;
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

using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Style
{
    /// <summary>EL3004: a space before a comma, full stop, colon, semicolon, question or exclamation mark ("credit :").</summary>
    public sealed class SpaceBeforePunctuationRule : EditorialRule
    {
        /// <summary>EL3004.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.SpaceBeforePunctuation,
            "Space before punctuation",
            "Remove the space before '{0}'",
            RuleCategories.Style,
            DiagnosticSeverity.Warning,
            "In English, commas, full stops, colons, semicolons, question and exclamation marks follow the word directly.");

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
                var mark = tokens[i];
                if (mark.Kind != TokenKind.Punctuation) continue;
                char c = text[mark.Start];
                if (c != ',' && c != '.' && c != ';' && c != ':' && c != '!' && c != '?') continue;

                var previous = tokens[i - 1];
                if (previous.Kind != TokenKind.Word && previous.Kind != TokenKind.Number) continue;
                if (previous.End == mark.Start) continue;
                if (!IsSpacesOnly(text, previous.End, mark.Start)) continue;

                // ".5", ".com", " ...", ". . .", ":)" and ":30" are not a stray space before punctuation.
                char after = mark.End < text.Length ? text[mark.End] : '\0';
                if (char.IsLetterOrDigit(after) || (c == '.' && after == '.') || after == ')' || after == '(') continue;
                if (c == '.' && mark.End + 1 < text.Length && after == ' ' && text[mark.End + 1] == '.') continue;

                var space = TextSpan.FromBounds(previous.End, mark.Start);
                var fix = new ProseFix(space, string.Empty, isSafe: true, "Remove the space");
                context.Report(Descriptor, TextSpan.FromBounds(previous.End, mark.End), fix, c.ToString());
            }
        }

        private static bool IsSpacesOnly(string text, int start, int end)
        {
            for (int k = start; k < end; k++)
                if (text[k] != ' ' && text[k] != '\t' && text[k] != '\u00A0') return false;
            return true;
        }
    }
}

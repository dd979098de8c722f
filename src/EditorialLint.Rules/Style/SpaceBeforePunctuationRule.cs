using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Style
{
    /// <summary>
    /// EL3004: a space before a comma, full stop, colon, semicolon, question or exclamation mark ("credit :"), also when the
    /// space stands on the wrong side ("word ,next"). French typography (a no-break space before ; : ! ?, or inside «…»),
    /// the ellipsis, a spaced dash and emoticons are left alone.
    /// </summary>
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

                char after = mark.End < text.Length ? text[mark.End] : '\0';
                // French typography keeps a (narrow) no-break space before ; : ! ? – and so does quoted French.
                if ((c == ';' || c == ':' || c == '!' || c == '?') && (IsFrenchSpace(text, previous.End, mark.Start) || InsideGuillemets(text, previous.End)))
                    continue;
                // ".@handle" and "#tag", "./run.sh", ":-)" and ";-)" are not a stray space before punctuation.
                if (after == '@' || after == '#' || after == '/' || after == '\\') continue;
                if ((c == ':' || c == ';') && (after == '-' || after == ')' || after == '(' || after == '\'')) continue;

                // "word ,next": the space stands on the wrong side of the comma; move it.
                if ((c == ',' || c == ';') && char.IsLetter(after))
                {
                    ReportMoved(context, previous.End, mark, c);
                    continue;
                }

                // "in .Los Angeles": a full stop glued to a capitalised word; ".NET", ".com", ".5" are names and numbers.
                if (c == '.' && char.IsUpper(after) && mark.End + 1 < text.Length && char.IsLower(text[mark.End + 1]))
                {
                    ReportMoved(context, previous.End, mark, c);
                    continue;
                }

                // ".5", ".com", " ...", ". . .", ":)" and ":30" are not a stray space before punctuation.
                if (char.IsLetterOrDigit(after) || (c == '.' && after == '.') || after == ')' || after == '(') continue;
                if (c == '.' && mark.End + 1 < text.Length && after == ' ' && text[mark.End + 1] == '.') continue;

                var space = TextSpan.FromBounds(previous.End, mark.Start);
                var fix = new ProseFix(space, string.Empty, isSafe: true, "Remove the space");
                context.Report(Descriptor, TextSpan.FromBounds(previous.End, mark.End), fix, c.ToString());
            }
        }

        // Reports "word ,next" and offers "word, next".
        private static void ReportMoved(SentenceAnalysisContext context, int spaceStart, Token mark, char c)
        {
            var span = TextSpan.FromBounds(spaceStart, mark.End);
            var fix = new ProseFix(span, c + " ", isSafe: true, "Move the space after the '" + c + "'");
            context.Report(Descriptor, span, fix, c.ToString());
        }

        private static bool IsFrenchSpace(string text, int start, int end)
        {
            for (int k = start; k < end; k++)
                if (text[k] == '\u00A0' || text[k] == '\u202F') return true;
            return false;
        }

        // Whether an opening « stands before the offset in the same paragraph without its closing ».
        private static bool InsideGuillemets(string text, int offset)
        {
            for (int k = offset - 1; k >= 0; k--)
            {
                char ch = text[k];
                if (ch == '\u00BB') return false;
                if (ch == '\u00AB') return true;
                if (ch == '\n' && k > 0 && text[k - 1] == '\n') return false;
            }

            return false;
        }

        private static bool IsSpacesOnly(string text, int start, int end)
        {
            for (int k = start; k < end; k++)
                if (text[k] != ' ' && text[k] != '\t' && text[k] != '\u00A0') return false;
            return true;
        }
    }
}

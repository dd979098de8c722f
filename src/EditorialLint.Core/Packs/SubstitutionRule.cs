using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Packs
{
    /// <summary>
    /// <c>type: substitution</c>: wording from the <c>swap:</c> map, matched as whole tokens, is reported with the
    /// expected wording (in the case of the text found) as message and fix. Longest match first; matches do not overlap.
    /// </summary>
    public sealed class SubstitutionRule : PackRule
    {
        private readonly PhraseIndex _matcher;

        /// <summary>Creates the rule.</summary>
        public SubstitutionRule(PackRuleDefinition definition, DiagnosticDescriptor descriptor)
            : base(definition, descriptor)
        {
            _matcher = IndexEntries(definition);
        }

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            var tokens = context.Tokens;
            var keys = _matcher.KeysOf(document);
            int first = context.Sentence.FirstToken;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (!_matcher.TryMatch(document, keys, first + i, first + tokens.Length, out int index, out int length)) continue;
                var entry = Definition.Entries[index];
                if (!ContextAllows(context, context.Sentence.Span, entry)) continue;

                ReportMatch(context, TextSpan.FromBounds(tokens[i].Start, tokens[i + length - 1].End), index, entry);
                i += length - 1;
            }
        }

        // A method of its own: the message's lambda captures the match, and its closure, in the loop above, was allocated
        // for every token of every sentence, matched or not.
        private void ReportMatch(SentenceAnalysisContext context, TextSpan span, int index, PackEntry entry)
        {
            var matched = context.Document.GetString(span);
            var suggestion = MatchCase(matched, entry.Suggestions[0]);
            var shown = entry.Suggestions.Length == 1 ? suggestion : JoinSuggestions(matched, entry);
            var message = Definition.Message.Format(name => name == "match" ? matched : name == "suggestion" ? shown : string.Empty);
            Report(context, span, index, message, entry.Suggestions.Length == 1 ? suggestion : null);
        }

        private static string JoinSuggestions(string matched, PackEntry entry)
        {
            var parts = new string[entry.Suggestions.Length];
            for (int i = 0; i < parts.Length; i++) parts[i] = MatchCase(matched, entry.Suggestions[i]);
            return string.Join("' or '", parts);
        }
    }
}

using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Packs
{
    /// <summary><c>type: existence</c>: <c>tokens:</c> (whole-token phrases) or <c>patterns:</c> that must not appear.</summary>
    public sealed class ExistenceRule : PackRule
    {
        private readonly PhraseIndex _matcher;

        /// <summary>Creates the rule.</summary>
        public ExistenceRule(PackRuleDefinition definition, DiagnosticDescriptor descriptor)
            : base(definition, descriptor)
        {
            _matcher = IndexEntries(definition);
        }

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            var sentence = context.Sentence.Span;
            if (_matcher.Count > 0)
            {
                var tokens = context.Tokens;
                var keys = _matcher.KeysOf(document);
                int first = context.Sentence.FirstToken;
                for (int i = 0; i < tokens.Length; i++)
                {
                    if (!_matcher.TryMatch(document, keys, first + i, first + tokens.Length, out int index, out int length)) continue;
                    if (!ContextAllows(context, sentence, Definition.Entries[index])) continue;
                    var span = TextSpan.FromBounds(tokens[i].Start, tokens[i + length - 1].End);
                    ReportMatch(context, span, index);
                    i += length - 1;
                }
            }

            foreach (var pattern in Definition.Patterns)
            {
                var matches = Matches(context, pattern, sentence);
                if (matches.Count == 0 || !ContextAllows(context, sentence, null)) continue;
                foreach (var m in matches) ReportMatch(context, new TextSpan(m.Index, m.Length), -1);
            }
        }

        private void ReportMatch(SentenceAnalysisContext context, TextSpan span, int entry)
        {
            var matched = context.Document.GetString(span);
            Report(context, span, entry, Definition.Message.Format(name => name == "match" ? matched : string.Empty), null);
        }
    }
}

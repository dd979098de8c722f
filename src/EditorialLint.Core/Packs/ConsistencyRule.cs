using System.Collections.Generic;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Packs
{
    /// <summary>
    /// <c>type: consistency</c>: for each <c>either:</c> pair, an article should use one side only. When both appear,
    /// the side used first is taken as the article's choice and every use of the other side is reported.
    /// Entries come in pairs: entry 2k is one side of pair k, entry 2k+1 the other.
    /// </summary>
    public sealed class ConsistencyRule : PackRule
    {
        private readonly PhraseIndex _matcher;

        /// <summary>Creates the rule.</summary>
        public ConsistencyRule(PackRuleDefinition definition, DiagnosticDescriptor descriptor)
            : base(definition, descriptor)
        {
            _matcher = IndexEntries(definition);
        }

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentAction(AnalyzeDocument);

        private void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var document = context.Document;
            Dictionary<int, List<(int Entry, TextSpan Span)>>? uses = null;
            var keys = _matcher.KeysOf(document);
            foreach (var sentence in document.Sentences)
            {
                var tokens = document.GetTokens(sentence);
                int first = sentence.FirstToken;
                for (int i = 0; i < tokens.Length; i++)
                {
                    if (!_matcher.TryMatch(document, keys, first + i, first + tokens.Length, out int entry, out int length)) continue;
                    uses ??= new Dictionary<int, List<(int, TextSpan)>>();
                    int pair = entry / 2;
                    if (!uses.TryGetValue(pair, out var list)) uses[pair] = list = new List<(int, TextSpan)>();
                    list.Add((entry, TextSpan.FromBounds(tokens[i].Start, tokens[i + length - 1].End)));
                    i += length - 1;
                }
            }

            if (uses is null) return;
            var pairs = new List<int>(uses.Keys);
            pairs.Sort();
            foreach (int pair in pairs)
            {
                var list = uses[pair];
                int chosen = list[0].Entry;
                foreach (var (entry, span) in list)
                {
                    if (entry == chosen) continue;
                    var matched = document.GetString(span);
                    var other = MatchCase(matched, Definition.Entries[chosen].Match);
                    var message = Definition.Message.Format(name => name == "match" ? matched : name == "other" || name == "suggestion" ? other : string.Empty);
                    Report(context, span, entry, message, other);
                }
            }
        }
    }
}

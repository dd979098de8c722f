using System.Collections.Generic;
using System.Globalization;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Packs
{
    /// <summary>
    /// <c>type: occurrence</c>: <c>tokens:</c> or <c>patterns:</c> allowed at most <c>max:</c> times per sentence,
    /// paragraph or document (<c>scope:</c>). Reported once per scope, at the first occurrence over the limit.
    /// </summary>
    public sealed class OccurrenceRule : PackRule
    {
        private readonly PhraseIndex _matcher;

        /// <summary>Creates the rule.</summary>
        public OccurrenceRule(PackRuleDefinition definition, DiagnosticDescriptor descriptor)
            : base(definition, descriptor)
        {
            _matcher = IndexEntries(definition);
        }

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentAction(AnalyzeDocument);

        private void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var document = context.Document;
            int group = -1;
            var found = new List<TextSpan>();
            var sentences = document.Sentences;
            for (int s = 0; s < sentences.Length; s++)
            {
                var sentence = sentences[s];
                int key = Definition.Scope switch
                {
                    PackScope.Sentence => s,
                    PackScope.Paragraph => sentence.BlockIndex,
                    _ => 0,
                };
                if (key != group)
                {
                    Flush(context, found);
                    group = key;
                }

                Collect(context, sentence, found);
            }

            Flush(context, found);
        }

        private void Collect(DocumentAnalysisContext context, Tokens.Sentence sentence, List<TextSpan> found)
        {
            if (!ContextAllows(context, sentence.Span, null)) return;
            int before = found.Count;
            var document = context.Document;
            if (_matcher.Count > 0)
            {
                var tokens = document.GetTokens(sentence);
                var keys = _matcher.KeysOf(document);
                int first = sentence.FirstToken;
                for (int i = 0; i < tokens.Length; i++)
                {
                    if (!_matcher.TryMatch(document, keys, first + i, first + tokens.Length, out _, out int length)) continue;
                    found.Add(TextSpan.FromBounds(tokens[i].Start, tokens[i + length - 1].End));
                    i += length - 1;
                }
            }

            foreach (var pattern in Definition.Patterns)
                foreach (var m in Matches(context, pattern, sentence.Span)) found.Add(new TextSpan(m.Index, m.Length));

            // Tokens and patterns may interleave: keep the occurrences in text order.
            if (found.Count - before > 1) found.Sort(before, found.Count - before, SpanComparer.Instance);
        }

        private void Flush(DocumentAnalysisContext context, List<TextSpan> found)
        {
            if (found.Count > Definition.Max)
            {
                var span = found[Definition.Max];
                var matched = context.Document.GetString(span);
                var count = found.Count.ToString(CultureInfo.InvariantCulture);
                var max = Definition.Max.ToString(CultureInfo.InvariantCulture);
                var message = Definition.Message.Format(name => name switch
                {
                    "match" => matched,
                    "count" => count,
                    "max" => max,
                    _ => string.Empty,
                });
                Report(context, span, -1, message, null);
            }

            found.Clear();
        }

        private sealed class SpanComparer : IComparer<TextSpan>
        {
            public static readonly SpanComparer Instance = new SpanComparer();

            public int Compare(TextSpan x, TextSpan y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Length.CompareTo(y.Length);
        }
    }
}

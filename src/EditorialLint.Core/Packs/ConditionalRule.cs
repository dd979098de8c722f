using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Packs
{
    /// <summary>
    /// <c>type: conditional</c>: a term found by <c>first:</c> (an acronym such as "NATO") must be defined by a
    /// <c>second:</c> match ("North Atlantic Treaty Organization (NATO)") that starts at or before its first use.
    /// Group 1 of each pattern, or the whole match, is the term. Each undefined term is reported once, at its first use.
    /// </summary>
    public sealed class ConditionalRule : PackRule
    {
        /// <summary>Creates the rule.</summary>
        public ConditionalRule(PackRuleDefinition definition, DiagnosticDescriptor descriptor)
            : base(definition, descriptor)
        {
        }

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentAction(AnalyzeDocument);

        private void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var document = context.Document;
            var whole = new TextSpan(0, document.Text.Length);
            var uses = Matches(context, Definition.First!, whole);
            if (uses.Count == 0) return;

            var comparer = Definition.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            var definedAt = new Dictionary<string, int>(comparer);
            foreach (var m in Matches(context, Definition.Second!, whole))
            {
                var term = Term(m);
                if (!definedAt.ContainsKey(term.Value)) definedAt[term.Value] = m.Index;
            }

            var reported = new HashSet<string>(comparer);
            foreach (var m in uses)
            {
                var term = Term(m);
                if (term.Length == 0 || Definition.Exceptions.Contains(term.Value) || reported.Contains(term.Value)) continue;
                if (definedAt.TryGetValue(term.Value, out int at) && at <= m.Index) continue;
                reported.Add(term.Value);
                var message = Definition.Message.Format(name => name == "match" ? term.Value : string.Empty);
                Report(context, new TextSpan(term.Index, term.Length), -1, message, null);
            }
        }

        private static Group Term(Match m) => m.Groups.Count > 1 && m.Groups[1].Success ? m.Groups[1] : m;
    }
}

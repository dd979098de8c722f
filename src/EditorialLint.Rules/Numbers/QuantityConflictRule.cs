using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Numbers;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// EL1001: one article counts the same thing with values that cannot both be right ("950 million users" in one
    /// paragraph, "9.5 billion users" in another). Figures meet only when their subject, unit and qualifiers (time
    /// frame, place, segment) match, both state a level (not a change or an earlier value) and they sit in different
    /// sentences; hedges and rounding widen each value before comparing. The odd one out is reported, pointing at the
    /// value most of the article gives.
    /// </summary>
    public sealed class QuantityConflictRule : EditorialRule
    {
        /// <summary>EL1001.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.QuantityConflict,
            "Quantity conflict in an article",
            "'{0}' here, but '{1}' at line {2} for the same {3}{4}",
            RuleCategories.Numbers,
            DiagnosticSeverity.Warning,
            "The article gives two values for the same count or amount that cannot both be right.");

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentAction(AnalyzeDocument);

        private static void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var document = context.Document;
            var mentions = NumberMentions.Get(document).All;
            var groups = new Dictionary<string, List<NumberMention>>();
            foreach (var m in mentions)
            {
                if (!QuantityComparison.IsComparable(m)) continue;
                var key = QuantityComparison.GroupKey(m);
                if (!groups.TryGetValue(key, out var list)) groups[key] = list = new List<NumberMention>();
                list.Add(m);
            }

            foreach (var group in groups.Values)
            {
                if (group.Count < 2) continue;
                ReportGroup(context, group);
            }
        }

        // Clusters the group's values (compatible values together); every figure outside the largest cluster is
        // reported against that cluster's first figure. Ties go to the figure that came first.
        private static void ReportGroup(DocumentAnalysisContext context, List<NumberMention> group)
        {
            var clusters = new List<List<NumberMention>>();
            foreach (var m in group)
            {
                List<NumberMention>? home = null;
                foreach (var c in clusters)
                {
                    if (!QuantityComparison.AreIncompatible(c[0], m) && QuantityComparison.OwnersAgree(c[0].Owner, m.Owner))
                    {
                        home = c;
                        break;
                    }
                }

                if (home is null) clusters.Add(home = new List<NumberMention>());
                home.Add(m);
            }

            if (clusters.Count < 2) return;
            var majority = clusters[0];
            foreach (var c in clusters)
                if (c.Count > majority.Count) majority = c;

            var document = context.Document;
            var reference = majority[0];
            var referenceLocation = document.GetLocation(reference.Span);
            foreach (var c in clusters)
            {
                if (ReferenceEquals(c, majority)) continue;
                foreach (var m in c)
                {
                    // Two figures of one sentence are a contrast the writer made on purpose ("5 in 2004, 7 in 2005").
                    if (m.SentenceIndex == reference.SentenceIndex) continue;
                    if (!QuantityComparison.OwnersAgree(m.Owner, reference.Owner)) continue;
                    var line = (referenceLocation.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
                    context.ReportDiagnostic(document.CreateDiagnostic(
                        Descriptor,
                        m.Span,
                        null,
                        new[] { referenceLocation },
                        QuantityComparison.FigureText(document, m),
                        QuantityComparison.FigureText(document, reference),
                        line,
                        QuantityComparison.SubjectText(document, m),
                        QuantityComparison.MagnitudeNote(m.Value, reference.Value)));
                }
            }
        }
    }
}

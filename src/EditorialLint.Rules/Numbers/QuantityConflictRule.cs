using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Numbers;
using EditorialLint.Tokens;
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

            var reported = new HashSet<NumberMention>();
            foreach (var group in groups.Values)
            {
                if (group.Count < 2) continue;
                ReportGroup(context, group, reported);
            }

            ReportAudienceSlips(context, mentions, reported);
        }

        // "a subscriber base of 30 million" and "the 300 million members it reports": one owner's audience under two
        // names is compared only for a power-of-ten slip, since the kinds may really differ in size. A figure without a
        // named owner ("its listener base") takes the other's owner only when its sentence names it alone, or names no one
        // and the sentence before names it alone: a new company name starts a new scope.
        private static void ReportAudienceSlips(DocumentAnalysisContext context, ImmutableArray<NumberMention> mentions, HashSet<NumberMention> reported)
        {
            var document = context.Document;
            var audience = new List<NumberMention>();
            foreach (var m in mentions)
                if (QuantityComparison.IsComparable(m) && m.Kind == QuantityKind.Count) audience.Add(m);
            // Hundreds of audience figures are a table, not prose; comparing them pairwise would be quadratic.
            if (audience.Count > MaximumCompared) return;
            for (int j = 1; j < audience.Count; j++)
            {
                var m = audience[j];
                if (reported.Contains(m)) continue;
                for (int i = 0; i < j; i++)
                {
                    var reference = audience[i];
                    if (reference.SentenceIndex == m.SentenceIndex || QuantityComparison.GroupKey(reference) == QuantityComparison.GroupKey(m)) continue;
                    var owner = reference.Owner ?? m.Owner;
                    if (owner is null) continue;
                    if (reference.Owner is null && !InScope(document, reference, owner)) continue;
                    if (m.Owner is null && !InScope(document, m, owner)) continue;
                    if (!QuantityComparison.AreAudienceKinds(reference, m) || !QuantityComparison.IsPowerOfTenSlip(reference.Value, m.Value)) continue;
                    if (!QuantityComparison.AreIncompatible(reference, m)) continue;
                    Report(context, m, reference);
                    reported.Add(m);
                    break;
                }
            }
        }

        private static bool SameScope(AnalyzedDocument document, NumberMention a, NumberMention b)
        {
            var first = ScopeNames(document, a);
            var second = ScopeNames(document, b);
            return first.Count == 0 || second.Count == 0 || first.Overlaps(second);
        }

        // The owner named with the figure or, when there is none, the names of its sentence or of the nearest of the
        // three sentences before that names someone.
        private static HashSet<string> ScopeNames(AnalyzedDocument document, NumberMention m)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            if (m.Owner is not null)
            {
                names.Add(m.Owner);
                return names;
            }

            for (int back = 0; names.Count == 0 && back <= 3 && m.SentenceIndex - back >= 0; back++)
                CollectNames(document, document.Sentences[m.SentenceIndex - back], names);
            return names;
        }

        // Whether the owner is the only name of the mention's sentence or, when it names none, of the sentence before it.
        private static bool InScope(AnalyzedDocument document, NumberMention m, string owner)
        {
            var sentences = document.Sentences;
            var here = sentences[m.SentenceIndex];
            var names = new HashSet<string>(StringComparer.Ordinal);
            CollectNames(document, here, names);
            // Back over up to two sentences that name no one ("The company did not comment.").
            for (int back = 1; names.Count == 0 && back <= 3 && m.SentenceIndex - back >= 0; back++)
                CollectNames(document, sentences[m.SentenceIndex - back], names);
            return names.Count == 1 && names.Contains(owner);
        }

        private static readonly object NamesKey = new object();

        // The names of a sentence, collected once per sentence and document.
        private static void CollectNames(AnalyzedDocument document, Sentence sentence, HashSet<string> names)
        {
            var cache = document.GetShared(NamesKey, _ => new System.Collections.Concurrent.ConcurrentDictionary<int, HashSet<string>>());
            var own = cache.GetOrAdd(sentence.FirstToken, _ =>
            {
                var found = new HashSet<string>(StringComparer.Ordinal);
                CollectNamesOnce(document, sentence, found);
                return found;
            });
            names.UnionWith(own);
        }

        private static void CollectNamesOnce(AnalyzedDocument document, Sentence sentence, HashSet<string> names)
        {
            var shared = NumberMentions.Get(document);
            int k = sentence.FirstToken;
            while (k < sentence.EndToken)
            {
                var token = document.GetToken(k);
                if (token.Kind != TokenKind.Word || !char.IsUpper(document.Text[token.Start]))
                {
                    k++;
                    continue;
                }

                int start = k;
                var parts = new List<string>();
                while (k < sentence.EndToken && document.GetToken(k).Kind == TokenKind.Word && char.IsUpper(document.Text[document.GetToken(k).Start]))
                {
                    parts.Add(Bare(document, k));
                    k++;
                }

                // A lone capitalised word that opens a sentence is a name when the article capitalises it elsewhere too,
                // or when it is no English word ("Eskervale has ..."), not when it is one ("Rivals have ...").
                // A possessive ("Pellucid's user base") owns something: a name whatever the word.
                if (start == sentence.FirstToken && parts.Count == 1 && !shared.IsName(parts[0]) && !IsPossessive(document, start)
                    && Wording.Lexicon.PartOfSpeechLexicon.Default.TryGetLowerCase(parts[0].AsSpan(), out _)) continue;
                var name = string.Join(" ", parts);
                if (name != "its" && name != "the") names.Add(name);
            }
        }

        private static bool IsPossessive(AnalyzedDocument document, int k)
        {
            var word = document.GetString(document.GetToken(k));
            return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);
        }

        private static string Bare(AnalyzedDocument document, int k)
        {
            var word = document.GetString(document.GetToken(k));
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) word = word.Substring(0, word.Length - 2);
            return word.ToLowerInvariant();
        }

        private static void Report(DocumentAnalysisContext context, NumberMention m, NumberMention reference)
        {
            var document = context.Document;
            var referenceLocation = document.GetLocation(reference.Span);
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

        // Clusters the group's values (compatible values together); every figure outside the largest cluster is
        // reported against that cluster's first figure. Ties go to the figure that came first.
        // Above this many figures of one thing, a document is a table or a generated list: not compared figure by figure.
        private const int MaximumCompared = 200;

        private static void ReportGroup(DocumentAnalysisContext context, List<NumberMention> group, HashSet<NumberMention> reported)
        {
            if (group.Count > MaximumCompared) return;
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

            var reference = majority[0];
            foreach (var c in clusters)
            {
                if (ReferenceEquals(c, majority)) continue;
                foreach (var m in c)
                {
                    // Two figures of one sentence are a contrast the writer made on purpose ("5 in 2004, 7 in 2005").
                    if (m.SentenceIndex == reference.SentenceIndex) continue;
                    if (!QuantityComparison.OwnersAgree(m.Owner, reference.Owner)) continue;
                    // Each figure is about the owner named with it or, failing that, the names in its scope: two figures whose
                    // scopes name different companies (a market round-up) are about different things.
                    if (!SameScope(context.Document, m, reference)) continue;
                    Report(context, m, reference);
                    reported.Add(m);
                }
            }
        }
    }
}

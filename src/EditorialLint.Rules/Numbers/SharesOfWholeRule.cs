using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Numbers;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// EL1008: the shares of one whole in one sentence add up to more than 100% ("55% voted yes, 38% no and 17%
    /// abstained"). A sentence is read as splitting one whole only when it names answers that exclude each other (yes
    /// and no, for and against, backed and opposed, undecided, abstained, did not know); rounding is allowed (half a
    /// point per share), and a paragraph that says more than one answer could be given is left alone. Changes ("rose
    /// 40%"), ranges, shares of named different wholes ("55% of men and 60% of women") are not added.
    /// </summary>
    public sealed class SharesOfWholeRule : EditorialRule
    {
        /// <summary>EL1008.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.SharesAboveWhole,
            "Shares of one whole add up to more than 100%",
            "These shares of one whole add up to {0}%",
            RuleCategories.Numbers,
            DiagnosticSeverity.Warning,
            "The percentages that split one vote, poll or population add up to more than 100%.");

        // Words that name answers excluding each other; at least one must be in the sentence.
        private static readonly HashSet<string> ExclusiveAnswers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "yes", "no", "against", "opposed", "oppose", "opposing", "undecided", "abstained", "abstaining", "abstain",
            "abstentions", "unsure", "neither", "spoiled", "remainder", "rest", "others", "know", "view", "opinion",
        };

        // Words that say one person could give several answers: the shares need not add up to 100%.
        private static readonly string[] SeveralAnswers =
        {
            "more than one", "multiple answers", "multiple responses", "several answers", "could choose", "could pick",
            "could select", "could give", "could name", "allowed to choose", "add up to more than", "do not add up", "don't add up",
            "not add up", "not sum", "each of", "respectively",
        };

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterDocumentAction(AnalyzeDocument);

        private static void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var document = context.Document;
            var mentions = NumberMentions.Get(document).All;
            int i = 0;
            while (i < mentions.Length)
            {
                int sentence = mentions[i].SentenceIndex;
                int j = i;
                var shares = new List<NumberMention>();
                bool mixed = false;
                while (j < mentions.Length && mentions[j].SentenceIndex == sentence)
                {
                    var m = mentions[j];
                    if (m.Kind == QuantityKind.Percent)
                    {
                        if (m.Unit != "%" || m.Role != QuantityRole.Level || m.IsRange || m.Hedge == HedgeKind.Vague || m.Hedge == HedgeKind.AtLeast) mixed = true;
                        else shares.Add(m);
                    }

                    j++;
                }

                if (!mixed && shares.Count >= 2 && shares.Count <= 12) Check(context, document, shares, sentence);
                i = j;
            }
        }

        private static void Check(DocumentAnalysisContext context, AnalyzedDocument document, List<NumberMention> shares, int sentenceIndex)
        {
            double sum = 0;
            foreach (var m in shares) sum += m.Value;
            double allowed = 100 + 0.5 * shares.Count;
            if (sum <= allowed) return;
            // Any single share at or above 100% is another rule's business (EL1003), and says the whole is something else.
            foreach (var m in shares)
                if (m.Value >= 100) return;

            var sentence = document.Sentences[sentenceIndex];
            if (!NamesExclusiveAnswers(document, sentence)) return;
            if (DifferentWholes(document, shares)) return;
            if (SaysSeveralAnswers(document, sentenceIndex)) return;

            var span = TextSpan.FromBounds(shares[0].Span.Start, shares[shares.Count - 1].Span.End);
            var others = new List<Location>();
            for (int k = 0; k < shares.Count - 1; k++) others.Add(document.GetLocation(shares[k].Span));
            context.ReportDiagnostic(document.CreateDiagnostic(Descriptor, span, null, others,
                sum.ToString("0.#", CultureInfo.InvariantCulture)));
        }

        private static bool NamesExclusiveAnswers(AnalyzedDocument document, Sentence sentence)
        {
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                var token = document.GetToken(k);
                if (token.Kind != TokenKind.Word) continue;
                var word = document.GetString(token);
                if (!ExclusiveAnswers.Contains(word)) continue;
                // "know" and "view" only as "did not know", "don't know", "no view", "no opinion".
                if (string.Equals(word, "know", StringComparison.OrdinalIgnoreCase) && !(PreviousWordIs(document, k, "not") || PreviousWordIs(document, k, "don't") || PreviousWordIs(document, k, "t")))
                    continue;
                if ((string.Equals(word, "view", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "opinion", StringComparison.OrdinalIgnoreCase))
                    && !PreviousWordIs(document, k, "no"))
                    continue;
                return true;
            }

            return false;
        }

        private static bool PreviousWordIs(AnalyzedDocument document, int k, string word)
        {
            int p = k - 1;
            while (p >= 0 && document.GetToken(p).Kind == TokenKind.Punctuation) p--;
            return p >= 0 && string.Equals(document.GetString(document.GetToken(p)), word, StringComparison.OrdinalIgnoreCase);
        }

        // "55% of men and 60% of women": each share names its own whole.
        private static bool DifferentWholes(AnalyzedDocument document, List<NumberMention> shares)
        {
            string? whole = null;
            foreach (var m in shares)
            {
                int k = document.TokenIndexAt(m.Span.End);
                if (k + 1 >= document.TokenCount) continue;
                var token = document.GetToken(k);
                if (token.Kind != TokenKind.Word || !string.Equals(document.GetString(token), "of", StringComparison.OrdinalIgnoreCase)) continue;
                int w = k + 1;
                while (w < document.TokenCount && document.GetToken(w).Kind == TokenKind.Word
                       && (string.Equals(document.GetString(document.GetToken(w)), "the", StringComparison.OrdinalIgnoreCase)
                           || string.Equals(document.GetString(document.GetToken(w)), "all", StringComparison.OrdinalIgnoreCase)))
                    w++;
                if (w >= document.TokenCount) continue;
                var noun = document.GetString(document.GetToken(w)).ToLowerInvariant();
                if (whole is null) whole = noun;
                else if (whole != noun) return true;
            }

            return false;
        }

        private static bool SaysSeveralAnswers(AnalyzedDocument document, int index)
        {
            var sentence = document.Sentences[index];
            // The paragraph (block) of the sentence, as text: its sentences are next to each other in the list.
            int block = sentence.BlockIndex;
            int start = sentence.Span.Start, end = sentence.Span.End;
            var sentences = document.Sentences;
            // At most ten sentences either side: a paragraph longer than that is not one thought.
            for (int i = index - 1; i >= 0 && i >= index - 10 && sentences[i].BlockIndex == block; i--) start = sentences[i].Span.Start;
            for (int i = index + 1; i < sentences.Length && i <= index + 10 && sentences[i].BlockIndex == block; i++) end = sentences[i].Span.End;

            var text = document.Text.Substring(start, end - start);
            foreach (var phrase in SeveralAnswers)
                if (text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Style
{
    /// <summary>
    /// EL3001: the same word twice in a row ("the the"), also across line breaks and inline markup. Reported on the second
    /// word, the one to delete.
    /// </summary>
    public sealed class RepeatedWordRule : EditorialRule
    {
        /// <summary>EL3001.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.RepeatedWord,
            "Repeated word",
            "'{0}' is repeated",
            RuleCategories.Style,
            DiagnosticSeverity.Warning,
            "The same word stands twice in a row, usually a slip left by an edit.");

        // Words that English legitimately doubles ("what it is is", "he had had", "that that").
        private static readonly HashSet<string> LegitimateDoubles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "had", "that", "is", "do", "does", "bye", "no", "ha", "so", "very", "really", "many", "far", "more", "again", "on", "over", "round", "yes", "well", "knock", "tut", "chop", "yada", "bora",
            "walla", "baden", "sing", "night", "pago", "mahi", "cous", "dum", "tom", "ylang", "sirhan", "duran",
        };

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private static void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            var tokens = context.Tokens;
            for (int i = 1; i < tokens.Length; i++)
            {
                var previous = tokens[i - 1];
                var current = tokens[i];
                if (previous.Kind != TokenKind.Word || current.Kind != TokenKind.Word) continue;
                if (previous.Length != current.Length) continue;

                var word = document.GetText(current);
                if (!word.Equals(document.GetText(previous), StringComparison.OrdinalIgnoreCase)) continue;
                if (!document.IsOnlyWhitespaceBetween(previous.End, current.Start)) continue;

                var text = word.ToString();
                if (LegitimateDoubles.Contains(text)) continue;
                // "Bora Bora", "Sing Sing": capitalised doubles mid-sentence are names.
                if (char.IsUpper(text[0]) && i - 1 > 0) continue;

                // Remove the second word and the space before it.
                var removal = TextSpan.FromBounds(previous.End, current.End);
                var fix = new ProseFix(removal, string.Empty, isSafe: true, "Remove the repeated word");
                context.Report(Descriptor, current.Span, fix, text);
            }
        }
    }
}

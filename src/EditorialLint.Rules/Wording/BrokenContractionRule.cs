using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Wording
{
    /// <summary>
    /// EL2003: a contraction English does not have. A spinner that treats "can't" as "can" + "'t" swaps the verb and
    /// leaves "will't" or "may't"; typing slips leave "is'nt" and "didnt". The rule knows every real negative
    /// contraction and the pronouns that take "'m" and "'re".
    /// </summary>
    public sealed class BrokenContractionRule : EditorialRule
    {
        /// <summary>EL2003.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.BrokenContraction,
            "Broken contraction",
            "'{0}' is not an English contraction; {1}",
            RuleCategories.Wording,
            DiagnosticSeverity.Warning,
            "A contraction that English does not have, left by a spinner that swapped the verb inside \"can't\" or by a misplaced apostrophe.");

        // Every negative contraction in use, by the verb it contracts.
        private static readonly Dictionary<string, string> Negatives = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["is"] = "isn't", ["are"] = "aren't", ["was"] = "wasn't", ["were"] = "weren't", ["has"] = "hasn't",
            ["have"] = "haven't", ["had"] = "hadn't", ["do"] = "don't", ["does"] = "doesn't", ["did"] = "didn't",
            ["will"] = "won't", ["would"] = "wouldn't", ["shall"] = "shan't", ["should"] = "shouldn't", ["can"] = "can't",
            ["could"] = "couldn't", ["must"] = "mustn't", ["might"] = "mightn't", ["need"] = "needn't", ["dare"] = "daren't",
            ["ought"] = "oughtn't", ["may"] = "mayn't",
        };

        // Real contractions ending in "n't", as written (lower case, straight apostrophe).
        private static readonly HashSet<string> RealNegatives = BuildRealNegatives();

        // Modals and auxiliaries a spinner puts in place of "can" in "can't" ("we will't agree" for "we can't agree").
        private static readonly HashSet<string> SwappedForCan = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "will", "may", "might", "could", "would", "should", "shall", "must", "able",
        };

        // Negatives written without their apostrophe. "cant", "wont" and "shant" are words of their own and stay.
        private static readonly Dictionary<string, string> MissingApostrophe = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["isnt"] = "isn't", ["arent"] = "aren't", ["wasnt"] = "wasn't", ["werent"] = "weren't", ["hasnt"] = "hasn't",
            ["havent"] = "haven't", ["hadnt"] = "hadn't", ["dont"] = "don't", ["doesnt"] = "doesn't", ["didnt"] = "didn't",
            ["wouldnt"] = "wouldn't", ["shouldnt"] = "shouldn't", ["couldnt"] = "couldn't", ["mustnt"] = "mustn't",
        };

        // Pronouns and the clitics they cannot take ("they'm", "he're").
        private static readonly Dictionary<string, string> ClashingClitics = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["he'm"] = "he's", ["she'm"] = "she's", ["it'm"] = "it's", ["we'm"] = "we're", ["you'm"] = "you're",
            ["they'm"] = "they're", ["i're"] = "I'm", ["he're"] = "he's", ["she're"] = "she's", ["it're"] = "it's",
        };

        /// <summary>
        /// Whether a finding's text is a typing slip ("dont", "is'nt": the apostrophe left out or one letter early) rather
        /// than a spinner's swap ("will't", "they'm"): a slip is an error to fix but not a sign of spinning, and informal
        /// copy (readers' comments, quoted posts) has many.
        /// </summary>
        internal static bool IsTypingSlip(ReadOnlySpan<char> text)
        {
            int apostrophe = ApostropheIndex(text);
            return apostrophe < 0 || (apostrophe == text.Length - 3 && char.ToLowerInvariant(text[text.Length - 2]) == 'n'
                && char.ToLowerInvariant(text[text.Length - 1]) == 't');
        }

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private static void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            foreach (var token in context.Tokens)
            {
                if (token.Kind != TokenKind.Word || token.Length < 3) continue;
                var text = document.GetText(token);
                // Cheap filters first: every form this rule knows ends in "t", "m" or "e".
                char last = char.ToLowerInvariant(text[text.Length - 1]);
                if (last != 't' && last != 'm' && last != 'e') continue;
                int apostrophe = ApostropheIndex(text);
                if (apostrophe < 0)
                {
                    if (token.Length <= 7 && last == 't' && char.ToLowerInvariant(text[text.Length - 2]) == 'n' && MissingApostrophe.TryGetValue(text.ToString(), out var withApostrophe))
                        Report(context, token, text, Cased(text, withApostrophe), "write '" + Cased(text, withApostrophe) + "'", safe: true);
                    continue;
                }

                if (apostrophe == 0 || apostrophe == text.Length - 1) continue;
                var normalized = Normalize(text);
                char apostropheChar = text[apostrophe];

                // "will't": a verb, an apostrophe and "t".
                if (normalized.EndsWith("'t", StringComparison.Ordinal) && apostrophe == text.Length - 2 && !RealNegatives.Contains(normalized))
                {
                    var verb = normalized.Substring(0, normalized.Length - 2);
                    if (verb.EndsWith("n", StringComparison.Ordinal) && Negatives.TryGetValue(verb.Substring(0, verb.Length - 1), out var full))
                    {
                        // "willn't", "cann't": the right verb, a spurious n.
                        Report(context, token, text, Restyle(Cased(text, full), apostropheChar), "write '" + Restyle(Cased(text, full), apostropheChar) + "'", safe: false);
                    }
                    else if (SwappedForCan.Contains(verb))
                    {
                        var cant = Restyle(Cased(text, "can't"), apostropheChar);
                        string also = Negatives.TryGetValue(verb, out var own) ? " (or '" + Restyle(Cased(text, own), apostropheChar) + "')" : string.Empty;
                        Report(context, token, text, cant, "a spinner probably swapped the verb of '" + cant + "'" + also, safe: false);
                    }

                    continue;
                }

                // "is'nt", "does'nt": the apostrophe one letter early.
                if (normalized.EndsWith("'nt", StringComparison.Ordinal) && apostrophe == text.Length - 3
                    && Negatives.TryGetValue(normalized.Substring(0, normalized.Length - 3), out var moved))
                {
                    var fixedText = Restyle(Cased(text, moved), apostropheChar);
                    Report(context, token, text, fixedText, "write '" + fixedText + "'", safe: true);
                    continue;
                }

                if (ClashingClitics.TryGetValue(normalized, out var clitic))
                {
                    var fixedText = Restyle(Cased(text, clitic), apostropheChar);
                    Report(context, token, text, fixedText, "write '" + fixedText + "'", safe: false);
                }
            }
        }

        private static void Report(SentenceAnalysisContext context, Token token, ReadOnlySpan<char> text, string replacement, string advice, bool safe)
        {
            var fix = new ProseFix(token.Span, replacement, safe, "Replace with '" + replacement + "'");
            context.Report(Descriptor, token.Span, fix, text.ToString(), advice);
        }

        private static int ApostropheIndex(ReadOnlySpan<char> text)
        {
            for (int i = 0; i < text.Length; i++)
                if (Tokenizer.IsApostrophe(text[i])) return i;
            return -1;
        }

        // Lower case with a straight apostrophe, to look up.
        private static string Normalize(ReadOnlySpan<char> text)
        {
            var chars = new char[text.Length];
            for (int i = 0; i < text.Length; i++) chars[i] = text[i] == '\u2019' ? '\'' : char.ToLowerInvariant(text[i]);
            return new string(chars);
        }

        // The replacement in the case of the original: "Will't" → "Can't", "WILL'T" → "CAN'T".
        private static string Cased(ReadOnlySpan<char> original, string replacement)
        {
            bool allUpper = true;
            foreach (char c in original)
                if (char.IsLetter(c) && !char.IsUpper(c)) allUpper = false;
            if (allUpper && original.Length > 1) return replacement.ToUpperInvariant();
            if (char.IsUpper(original[0])) return char.ToUpperInvariant(replacement[0]) + replacement.Substring(1);
            return replacement == "i'm" ? "I'm" : replacement;
        }

        // Keeps the writer's apostrophe (straight or typographic).
        private static string Restyle(string replacement, char apostrophe) => replacement.Replace('\'', apostrophe);

        private static HashSet<string> BuildRealNegatives()
        {
            var set = new HashSet<string>(StringComparer.Ordinal) { "ain't", "amn't" };
            foreach (var negative in Negatives.Values) set.Add(negative);
            return set;
        }
    }
}

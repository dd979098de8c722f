using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Style
{
    /// <summary>EL3002: "a" before a vowel sound ("a hour") or "an" before a consonant sound ("an university").</summary>
    public sealed class IndefiniteArticleRule : EditorialRule
    {
        /// <summary>EL3002.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            RuleIdentifiers.IndefiniteArticle,
            "Wrong indefinite article",
            "Use '{0}' before '{1}'",
            RuleCategories.Style,
            DiagnosticSeverity.Warning,
            "'an' goes before a vowel sound and 'a' before a consonant sound: the sound decides, not the letter.");

        // Words that start with a vowel letter but a consonant sound ("a university", "a one-off", "a European").
        private static readonly string[] ConsonantSoundPrefixes =
        {
            "uni", "use", "usu", "usa", "uti", "ure", "uri", "uro", "ura", "uku", "ubiq", "ukr", "ugan", "urug", "uta", "utop",
            "eu", "ewe", "one", "once", "ouija",
        };

        // Words that start with a consonant letter but a vowel sound ("an hour", "an honest").
        private static readonly string[] VowelSoundPrefixes = { "hour", "honest", "honor", "honour", "heir" };

        // Lower-case words starting with a vowel letter and a vowel sound despite a listed prefix ("an unused").
        private static readonly HashSet<string> VowelSoundExceptions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "unicameral", "uninformed", "unidentified", "unimaginable", "unimpressed", "unintended", "uninterested",
            "uninhabited", "unimportant", "unilluminated", "unimpeded", "uninsured", "unindicted", "uninitiated",
            "unused", "unusual", "unusually", "unuseable", "unusable", "uninterrupted", "uninvited", "uninspiring",
            "uninspired", "unionised", "unionized", "unironic", "uniformed",
        };

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private static void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            var tokens = context.Tokens;
            for (int i = 0; i + 1 < tokens.Length; i++)
            {
                var article = tokens[i];
                if (article.Kind != TokenKind.Word || article.Length > 2) continue;
                var text = document.GetText(article);
                bool isA = text.Equals("a".AsSpan(), StringComparison.Ordinal) || (i == 0 && text.Equals("A".AsSpan(), StringComparison.Ordinal));
                bool isAn = text.Equals("an".AsSpan(), StringComparison.Ordinal) || (i == 0 && text.Equals("An".AsSpan(), StringComparison.Ordinal));
                if (!isA && !isAn) continue;

                var next = tokens[i + 1];
                if (!document.IsOnlyWhitespaceBetween(article.End, next.Start)) continue;
                var sound = StartSound(document.GetString(next), next.Kind);
                if (sound == Sound.Unknown) continue;
                if (isA && sound == Sound.Vowel || isAn && sound == Sound.Consonant)
                {
                    string wanted = isA ? (char.IsUpper(text[0]) ? "An" : "an") : (char.IsUpper(text[0]) ? "A" : "a");
                    var fix = new ProseFix(article.Span, wanted, isSafe: false, "Use '" + wanted + "'");
                    context.Report(Descriptor, article.Span, fix, wanted, document.GetString(next));
                }
            }
        }

        private enum Sound
        {
            Unknown,
            Vowel,
            Consonant,
        }

        private static Sound StartSound(string word, TokenKind kind)
        {
            if (kind == TokenKind.Number) return NumberSound(word);
            if (kind != TokenKind.Word || word.Length == 0) return Sound.Unknown;

            // Initialisms are read letter by letter: "an MP", "a UN", "an FBI"; acronyms read as words ("a NATO")
            // cannot be told apart reliably, so only short all-capital words without a vowel are judged.
            if (IsInitialism(word)) return LetterNameSound(word[0]);
            if (word.Length > 1 && IsAllUpper(word)) return Sound.Unknown;

            string lower = word.ToLowerInvariant();
            if (lower.Length == 1) return Sound.Unknown; // "a" the letter, "x" the variable
            foreach (var prefix in VowelSoundPrefixes)
                if (lower.StartsWith(prefix, StringComparison.Ordinal)) return Sound.Vowel;

            char c = lower[0];
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')
            {
                if (VowelSoundExceptions.Contains(lower)) return Sound.Vowel;
                // "un-" before m, n, d, l is the negative prefix ("an unnamed", "an unimportant"), not "you-ni".
                if (lower.Length > 3 && lower.StartsWith("uni", StringComparison.Ordinal) && "mndl".IndexOf(lower[3]) >= 0
                    && !lower.StartsWith("unidirection", StringComparison.Ordinal))
                    return Sound.Vowel;
                if (lower.StartsWith("oner", StringComparison.Ordinal)) return Sound.Vowel; // "an onerous task"
                foreach (var prefix in ConsonantSoundPrefixes)
                    if (lower.StartsWith(prefix, StringComparison.Ordinal)) return Sound.Consonant;
                return Sound.Vowel;
            }

            if (c == 'h' || c == 'y') return Sound.Unknown; // "an historic", "a ylang": editorial choice or rare
            return char.IsLetter(c) && c < 128 ? Sound.Consonant : Sound.Unknown;
        }

        private static bool IsInitialism(string word)
        {
            if (word.Length < 2 || word.Length > 4 || !IsAllUpper(word)) return false;
            foreach (char c in word)
                if (c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U') return false;
            return true;
        }

        private static bool IsAllUpper(string word)
        {
            foreach (char c in word)
                if (char.IsLetter(c) && !char.IsUpper(c)) return false;
            return true;
        }

        // Letters whose English names start with a vowel sound: F, H, L, M, N, R, S, X ("an MP", "an SUV").
        private static Sound LetterNameSound(char letter) =>
            "FHLMNRSX".IndexOf(char.ToUpperInvariant(letter)) >= 0 ? Sound.Vowel : Sound.Consonant;

        // "an 8", "an 18-year-old", "an 11th", "an 80,000": eight, eighteen, eleven and 8x start with a vowel sound.
        private static Sound NumberSound(string number)
        {
            int i = 0;
            if (i < number.Length && !char.IsDigit(number[i])) return Sound.Unknown; // "$5" reads "five dollars"
            int digits = 0;
            while (i + digits < number.Length && char.IsDigit(number[i + digits])) digits++;
            if (digits == 0) return Sound.Unknown;
            if (number[0] == '8') return Sound.Vowel;
            // Read in groups of three: the leading group is what is heard first ("11,000" = eleven thousand).
            bool grouped = i + digits < number.Length && number[i + digits] == ',';
            int lead = grouped || digits % 3 != 0 ? (grouped ? digits : digits % 3) : 3;
            if (!grouped && digits == 4) return Sound.Unknown; // "1800" may be read "eighteen hundred"
            if (lead == 2 && (number.StartsWith("11", StringComparison.Ordinal) || number.StartsWith("18", StringComparison.Ordinal)))
                return Sound.Vowel;
            return Sound.Consonant;
        }
    }
}

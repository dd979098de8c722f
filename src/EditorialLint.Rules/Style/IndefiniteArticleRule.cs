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
            BuiltInRuleIds.IndefiniteArticle,
            "Wrong indefinite article",
            "Use '{0}' before '{1}'",
            RuleCategories.Style,
            DiagnosticSeverity.Warning,
            "'an' goes before a vowel sound and 'a' before a consonant sound: the sound decides, not the letter.");

        // Words that start with a vowel letter but a consonant sound ("a university", "a one-off", "a European").
        private static readonly string[] ConsonantSoundPrefixes =
        {
            "uni", "use", "usu", "usa", "uti", "ure", "uri", "uro", "ura", "uku", "ubiq", "ukr", "ugan", "urug", "uta", "utop", "uefa",
            "eu", "ewe", "one", "once", "ouija",
        };

        // Words that start with a consonant letter but a vowel sound ("an hour", "an honest").
        private static readonly string[] VowelSoundPrefixes = { "hour", "honest", "honor", "honour", "heir", "euler" };

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

                // Look through an opening quote mark to the word it quotes: a "open secret", an ‘unit’.
                int n = i + 1;
                if (n + 1 < tokens.Length && tokens[n].Kind == TokenKind.Punctuation && tokens[n].Length == 1
                    && IsOpeningQuote(document.Text[tokens[n].Start]) && tokens[n].End == tokens[n + 1].Start)
                    n++;
                var next = tokens[n];
                if (!document.IsOnlyWhitespaceBetween(article.End, tokens[i + 1].Start)) continue;
                // A domain name ("an fbi.gov address") may be read letter by letter or as a word.
                if (next.End + 1 < document.Text.Length && document.Text[next.End] == '.' && char.IsLetter(document.Text[next.End + 1])) continue;
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

        private static bool IsOpeningQuote(char c) => c == '"' || c == '\u201C' || c == '\u2018' || c == '\'';

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
            if (FunctionWords.Contains(word)) return Sound.Unknown;

            // Initialisms are read letter by letter: "an MP", "a UN", "an FBI"; acronyms read as words ("a NATO")
            // cannot be told apart reliably, so only short all-capital words without a vowel are judged.
            // "US-based" is judged by "US"; "MSc" by its capitals.
            // "US-based" is judged by "US", "fbi.gov" by "fbi".
            int hyphen = word.IndexOf('-');
            int dot = word.IndexOf('.');
            int cut = hyphen > 0 && (dot <= 0 || hyphen < dot) ? hyphen : dot > 0 && dot + 1 < word.Length && char.IsLetter(word[dot + 1]) ? dot : -1;
            string head = cut > 0 ? word.Substring(0, cut) : word;
            // A domain name ("fbi.gov") may be read letter by letter or as a word.
            if (cut > 0 && cut == dot) return Sound.Unknown;
            // "87W", "80TB", "11-hour": read as the number they start with.
            if (char.IsDigit(head[0])) return NumberSound(head);
            if (UncertainReadings.Contains(head)) return Sound.Unknown;
            if (head.Length > 1 && IsAllUpper(head))
            {
                // Capitals read as a word ("a NASA probe", "a LAN party", "a MAC address") follow its first sound.
                if (IsReadAsWord(head)) return WordSound(head.ToLowerInvariant());
                if (IsInitialism(head)) return LetterNameSound(head[0]);
                return Sound.Unknown;
            }

            if (head.Length > 1 && char.IsUpper(head[0]) && char.IsUpper(head[1])) return LetterNameSound(head[0]);
            // A lower-case letter before capitals is said by name: "an mLSTM", "an eBay", "an iPhone", "a vCard".
            if (head.Length > 2 && char.IsLower(head[0]) && char.IsUpper(head[1])) return LetterNameSound(head[0]);
            // A single letter before a hyphen is said by name: "a U-turn", "an X-ray", "a T-shirt".
            if (head.Length == 1 && cut > 0 && char.IsLetter(head[0])) return LetterNameSound(head[0]);
            // Letter strings without a vowel are spelled out too ("an ntl spokesman", "an mDNS tool"), but a capitalised
            // one is an abbreviation read in full ("a St Louis native", "a Dr Who fan").
            if (head.Length <= 4 && !HasVowel(head)) return char.IsUpper(head[0]) ? Sound.Unknown : LetterNameSound(head[0]);
            // "Xbox", "Xhosa": an initial x before a consonant is said "ex".
            if ((head[0] == 'x' || head[0] == 'X') && head.Length > 1 && !HasVowel(head.Substring(1, 1))) return Sound.Vowel;

            string lower = word.ToLowerInvariant();
            if (lower.Length == 1) return Sound.Unknown; // "a" the letter, "x" the variable
            return WordSound(lower);
        }

        // The first sound of a word read as written, in lower case.
        private static Sound WordSound(string lower)
        {
            foreach (var prefix in VowelSoundPrefixes)
                if (lower.StartsWith(prefix, StringComparison.Ordinal)) return Sound.Vowel;

            char c = lower[0];
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')
            {
                if (VowelSoundExceptions.Contains(lower)) return Sound.Vowel;
                // "un-" before m, n, d, l is the negative prefix ("an unnamed", "an unimportant"), not "you-ni".
                if (lower.Length > 3 && lower.StartsWith("uni", StringComparison.Ordinal) && "mnd".IndexOf(lower[3]) >= 0
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

        // Capitals whose reading is genuinely split ("a SQL query" said "sequel", "an SQL query" said letter by letter).
        private static readonly HashSet<string> UncertainReadings = new HashSet<string>(StringComparer.Ordinal)
        {
            "SQL", "FAQ", "URL", "VAT", "LED", "GIF", "SAT", "UX",
        };

        // Capitals read as a word: the listed three-letter ones, and longer ones that open consonant-vowel-consonant or
        // consonant-vowel-vowel ("NASA", "NATO", "FIFA", "REST", "README"), the shape of a pronounceable word. "VC"
        // inside ("HEVC") marks a string still spelled out.
        private static bool IsReadAsWord(string word)
        {
            if (word.Length <= 3) return AcronymsReadAsWords.Contains(word);
            if (word.IndexOf("VC", StringComparison.Ordinal) >= 0) return false;
            for (int k = 0; k < 3; k++)
                if (!char.IsLetter(word[k])) return false;
            return !IsVowelLetter(word[0]) && IsVowelLetter(word[1]);
        }

        private static bool IsVowelLetter(char c) => "AEIOU".IndexOf(c) >= 0;

        private static bool IsSyllable(string word) =>
            char.IsLetter(word[0]) && char.IsLetter(word[2]) && !IsVowelLetter(word[0]) && IsVowelLetter(word[1]) && !IsVowelLetter(word[2]);

        // Consonant-vowel-consonant capitals that are spelled out letter by letter. A list: judged only because named.
        private static readonly HashSet<string> SpelledOutSyllables = new HashSet<string>(StringComparer.Ordinal)
        {
            "SUV", "MEP", "MOT", "RAF", "HIV", "MIT", "NEC", "SEC", "FEC", "NUS", "SAS",
        };

        // Two or three capitals are read letter by letter ("UN", "SUV", "FBI") unless they are known to be read as a
        // word ("a SIM card"); longer ones only when they have no vowel to pronounce ("HSBC").
        private static bool IsInitialism(string word)
        {
            if (word.Length < 2 || word.Length > 5 || !IsAllUpper(word)) return false;
            // Three capitals that make a syllable ("RAC", "LOC") are said as a word by some and spelled by others;
            // only those known to be spelled out are judged ("an SUV", "an MEP", "an HIV test").
            if (word.Length == 3 && IsSyllable(word)) return SpelledOutSyllables.Contains(word);
            if (word.Length <= 3) return !AcronymsReadAsWords.Contains(word);
            foreach (char c in word)
                if (c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U') return false;
            return true;
        }

        private static readonly HashSet<string> AcronymsReadAsWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "SIM", "PIN", "RAM", "ROM", "ISA", "ICE", "ZIP", "LAN", "WAN", "MAC", "NAT", "NAS", "DOS", "PAC", "CAD",
        };

        // After "a" or "an", these cannot be the noun phrase the article introduces: "plan a or plan b" uses the letter.
        private static readonly HashSet<string> FunctionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "or", "and", "is", "are", "was", "were", "of", "in", "on", "at", "as", "if", "it", "its", "into", "onto",
            "upon", "unless", "until", "an", "a", "i", "to", "by", "for", "nor", "but", "so",
        };

        private static bool HasVowel(string word)
        {
            foreach (char c in word)
                if ("aeiouyAEIOUY".IndexOf(c) >= 0) return true;
            return false;
        }

        private static bool IsAllUpper(string word)
        {
            foreach (char c in word)
                if (char.IsLetter(c) && !char.IsUpper(c)) return false;
            return true;
        }

        // Letters whose English names start with a vowel sound: A, E, F, H, I, L, M, N, O, R, S, X ("an MP", "an IMF",
        // "an SUV"); U is "you" ("a UN envoy").
        private static Sound LetterNameSound(char letter) =>
            "AEFHILMNORSX".IndexOf(char.ToUpperInvariant(letter)) >= 0 ? Sound.Vowel : Sound.Consonant;

        // "an 8", "an 18-year-old", "an 11th", "an 80,000": eight, eighteen, eleven and 8x start with a vowel sound.
        private static Sound NumberSound(string number)
        {
            int i = 0;
            if (i < number.Length && !char.IsDigit(number[i])) return Sound.Unknown; // "$5" reads "five dollars"
            int digits = 0;
            while (i + digits < number.Length && char.IsDigit(number[i + digits])) digits++;
            if (digits == 0) return Sound.Unknown;
            if (number[0] == '8') return Sound.Vowel;
            if (number[0] == '0') return Sound.Unknown; // "an 0-2 count" said "oh", or "a 0%" said "zero"
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

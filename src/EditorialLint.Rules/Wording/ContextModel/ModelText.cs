using System;
using System.Runtime.CompilerServices;
using EditorialLint.Analysis;
using EditorialLint.Tokens;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// How text becomes keys of the context model. The model builder and the rules share this one definition, so a
    /// token hashes the same way when the tables are built and when they are read: words are lower-cased with
    /// typographic apostrophes folded, every number is one token (<c>&lt;num&gt;</c>), quote marks and dashes are
    /// folded to one form each. Keys are 64-bit FNV-1a hashes with a final avalanche step; n-gram keys chain them.
    /// </summary>
    internal static class ModelText
    {
        private const ulong FnvOffset = 14695981039346656037UL;
        private const ulong FnvPrime = 1099511628211UL;

        /// <summary>The sentence start marker.</summary>
        public static readonly ulong SentenceStart = HashWord("<s>".AsSpan());

        /// <summary>The sentence end marker.</summary>
        public static readonly ulong SentenceEnd = HashWord("</s>".AsSpan());

        /// <summary>Every number.</summary>
        public static readonly ulong Number = HashWord("<num>".AsSpan());

        /// <summary>Code, URLs and HTML standing in prose.</summary>
        public static readonly ulong Unknown = HashWord("<unk>".AsSpan());

        // Seed of phrase keys (thesaurus entries), kept apart from n-gram keys.
        private const ulong PhraseSeed = 0x5EED0F7E5AA7E5EDUL;

        /// <summary>The key of a word: lower-cased, apostrophes folded.</summary>
        public static ulong HashWord(ReadOnlySpan<char> word)
        {
            ulong h = FnvOffset;
            for (int i = 0; i < word.Length; i++)
            {
                h ^= FoldChar(word[i]);
                h *= FnvPrime;
            }

            return Avalanche(h);
        }

        /// <summary>The key of the word <paramref name="stem"/> + <paramref name="suffix"/>, without building the string.</summary>
        public static ulong HashWord(ReadOnlySpan<char> stem, ReadOnlySpan<char> suffix)
        {
            ulong h = FnvOffset;
            for (int i = 0; i < stem.Length; i++)
            {
                h ^= FoldChar(stem[i]);
                h *= FnvPrime;
            }

            for (int i = 0; i < suffix.Length; i++)
            {
                h ^= FoldChar(suffix[i]);
                h *= FnvPrime;
            }

            return Avalanche(h);
        }

        /// <summary>The key of a token of an analysed document.</summary>
        public static ulong HashToken(AnalyzedDocument document, Token token) => HashToken(document.Text, token);

        /// <summary>The key of a token over its text.</summary>
        public static ulong HashToken(string text, Token token)
        {
            switch (token.Kind)
            {
                case TokenKind.Word:
                    return HashWord(text.AsSpan(token.Start, token.Length));
                case TokenKind.Number:
                    return Number;
                case TokenKind.Placeholder:
                    return Unknown;
                default:
                    return HashPunctuation(text[token.Start]);
            }
        }

        /// <summary>The key of a punctuation mark or symbol, with quotes and dashes folded.</summary>
        public static ulong HashPunctuation(char c)
        {
            ulong h = FnvOffset;
            h ^= FoldPunctuation(c);
            h *= FnvPrime;
            return Avalanche(h);
        }

        /// <summary>The key of an n-gram: the key of its first n-1 words chained with the next.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Chain(ulong prefix, ulong next) => Avalanche((prefix * 0x9E3779B97F4A7C15UL) ^ next ^ 0x632BE59BD9B4E019UL);

        /// <summary>The key of a bigram.</summary>
        public static ulong Bigram(ulong a, ulong b) => Chain(a, b);

        /// <summary>The key of a trigram.</summary>
        public static ulong Trigram(ulong a, ulong b, ulong c) => Chain(Chain(a, b), c);

        /// <summary>The key of a phrase of word keys in the thesaurus (one to three words).</summary>
        public static ulong Phrase(ReadOnlySpan<ulong> words)
        {
            ulong h = PhraseSeed;
            for (int i = 0; i < words.Length; i++) h = Chain(h, words[i]);
            return h;
        }

        /// <summary>The key of a one-word phrase in the thesaurus.</summary>
        public static ulong Phrase(ulong word) => Chain(PhraseSeed, word);

        /// <summary>Lower-cases a character and folds the typographic apostrophe, as keys do.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // hashed a character at a time
        public static char FoldChar(char c)
        {
            if (c == '\u2019' || c == '\u2018' || c == '\u02BC') return '\'';
            if (c < 128) return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
            return char.ToLowerInvariant(c);
        }

        private static char FoldPunctuation(char c)
        {
            switch (c)
            {
                case '\u201C':
                case '\u201D':
                case '\u201E':
                case '\u00AB':
                case '\u00BB':
                    return '"';
                case '\u2018':
                case '\u2019':
                case '\u201A':
                    return '\'';
                case '\u2013':
                case '\u2014':
                case '\u2012':
                case '\u2212':
                case '\u2010':
                case '\u2011':
                    return '-';
                default:
                    return c;
            }
        }

        // MurmurHash3's 64-bit finaliser: every input bit reaches every output bit, so the top bits make good buckets.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong Avalanche(ulong h)
        {
            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCDUL;
            h ^= h >> 33;
            h *= 0xC4CEB93FE1A85EC3UL;
            h ^= h >> 33;
            return h;
        }
    }
}

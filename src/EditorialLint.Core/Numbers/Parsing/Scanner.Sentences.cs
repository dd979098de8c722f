// The sentence loop: which tokens can start a mention, and what is skipped (times, odds, names with numbers, list markers).
using System;
using System.Collections.Generic;
using EditorialLint.Tokens;

namespace EditorialLint.Numbers
{
    public static partial class NumberMentionParser
    {
        internal sealed partial class Scanner
        {
            public void ScanSentence(Sentence sentence, int sentenceIndex, List<NumberMention> into)
            {
                int end = sentence.EndToken;
                int i = sentence.FirstToken;
                while (i < end)
                {
                    if (!CanStartMention(i))
                    {
                        i++;
                        continue;
                    }

                    if (IsNameOrListNumber(i, sentence.FirstToken))
                    {
                        i++;
                        continue;
                    }

                    int skipped = SkipNonMention(i, end);
                    if (skipped > i + 1)
                    {
                        i = skipped;
                        continue;
                    }

                    var mention = DateParser.TryParse(this, i, end, out int next) ?? QuantityParser.TryParse(this, i, end, sentence.FirstToken, out next);
                    if (mention is not null)
                    {
                        mention.SentenceIndex = sentenceIndex;
                        into.Add(mention);
                        i = next;
                    }
                    else
                    {
                        i = SkipNonMention(i, end);
                    }
                }
            }

            // Every word was tried as a date and as a quantity (a string, its lower-case copy, a dozen lookups): a
            // quarter of the run. Only digits, number words, months, weekdays, hedges, "between" and currency codes or
            // prefixes can start a mention, so one lookup of the token's text (or of its part before a hyphen, for
            // "twenty-one") rules out the rest. Case-insensitive, so the set can only let through more than the parser
            // takes; a word with a non-ASCII letter is always tried, where case mapping goes beyond ASCII.
            internal static readonly HashSet<string> MentionStarts = CreateMentionStarts();
#if NET
            private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MentionStartsBySpan =
                MentionStarts.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

            private static HashSet<string> CreateMentionStarts()
            {
                var starts = new HashSet<string>(HedgeParser.CreateStarts(), StringComparer.OrdinalIgnoreCase);
                starts.UnionWith(QuantityLexicon.Months.Keys);
                starts.UnionWith(QuantityLexicon.Weekdays.Keys);
                starts.UnionWith(QuantityLexicon.CurrencyCodes);
                starts.UnionWith(QuantityLexicon.DollarPrefixes.Keys);
                starts.UnionWith(NumberWords.StartWords());
                starts.UnionWith(new[] { "between", "a", "an", "half", "tens", "dozens", "hundreds", "thousands", "millions", "billions" });
                return starts;
            }

            // Whether a date or a quantity may start at token i: a number, or a word that can start one.
            private bool CanStartMention(int i)
            {
                var token = this[i];
                if (token.Kind == TokenKind.Number) return true;
                if (token.Kind != TokenKind.Word) return false;
                var text = _document.GetText(token);
                char first = text[0];
                if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) return true;
                int dash = -1;
                for (int p = 1; p < text.Length; p++)
                {
                    char c = text[p];
                    if (c >= '\u0080') return true;
                    if (c == '-' && dash < 0) dash = p;
                }

                return IsMentionStart(text) || (dash > 0 && IsMentionStart(text.Slice(0, dash)));
            }

            // The word is ASCII (CanStartMention): where no start has its first letter, last character and length, it is
            // none of them, and the set need not be asked (a hash of the word and a probe a word, 1% of a long run). The
            // starts' lengths by first letter and last character, case folded; null when some start is not ASCII or is
            // longer than a mask holds, and then every word asks the set.
            private static readonly ulong[]? StartLengths = CreateStartLengths(MentionStarts);

            internal static ulong[]? CreateStartLengths(IEnumerable<string> starts)
            {
                var lengths = new ulong[26 * 128];
                foreach (var start in starts)
                {
                    if (start.Length == 0 || start.Length > 63) return null;
                    foreach (char c in start)
                        if (c >= '\u0080') return null;
                    int first = FoldedLetter(start[0]);
                    if (first < 0) continue; // no ASCII word CanStartMention asks about starts with anything else
                    lengths[first * 128 + Folded(start[start.Length - 1])] |= 1UL << start.Length;
                }

                return lengths;
            }

            // Whether some start could equal the ASCII word (first character a letter): false only where none can.
            internal static bool MayBeStart(ulong[]? lengths, ReadOnlySpan<char> word) =>
                lengths is null || word.Length > 63
                || (lengths[FoldedLetter(word[0]) * 128 + Folded(word[word.Length - 1])] & (1UL << word.Length)) != 0;

            private static int FoldedLetter(char c) => (c | 0x20) is >= 'a' and <= 'z' ? (c | 0x20) - 'a' : -1;

            private static int Folded(char c) => c is >= 'A' and <= 'Z' ? c | 0x20 : c;

#if NET
            private static bool IsMentionStart(ReadOnlySpan<char> word) => MayBeStart(StartLengths, word) && MentionStartsBySpan.Contains(word);
#else
            private static bool IsMentionStart(ReadOnlySpan<char> word) => MayBeStart(StartLengths, word) && MentionStarts.Contains(word.ToString());
#endif

            // Times of day ("10:30"), fractions and odds ("25/1", "24/08/2024") are not quantities.
            private int SkipNonMention(int i, int end)
            {
                int k = i;
                while (IsNumber(k) && k + 2 < end && (IsPunct(k + 1, ':') || IsPunct(k + 1, '/')) && IsNumber(k + 2) && Adjacent(k, k + 1) && Adjacent(k + 1, k + 2))
                    k += 2;
                return k + 1;
            }

            // "Shrek 2", "Burnout 3", "Xbox 2": a small whole number right after a name belongs to the name. A list marker
            // ("1." at the start of a line) numbers the list, not a thing.
            private bool IsNameOrListNumber(int i, int sentenceStart)
            {
                if (!IsNumber(i)) return false;
                var t = Text(i);
                for (int p = 0; p < t.Length; p++)
                    if (!char.IsDigit(t[p])) return false;
                if (t.Length > 3) return false;
                // "Turf Moor 0-2": a score after a name.
                if (i + 2 < Count && IsDash(i + 1) && Adjacent(i, i + 1) && IsNumber(i + 2)) return false;
                if (i - 1 > sentenceStart && IsCapitalised(i - 1) && !QuantityLexicon.Months.ContainsKey(Text(i - 1))
                    && !QuantityLexicon.Weekdays.ContainsKey(Text(i - 1)) && !QuantityLexicon.CurrencyCodes.Contains(Text(i - 1))
                    && !QuantityLexicon.DollarPrefixes.ContainsKey(Text(i - 1)) && Text(i - 1) != "I")
                    return true;
                if (i + 1 < Count && (IsPunct(i + 1, '.') || IsPunct(i + 1, ')')) && Adjacent(i, i + 1))
                {
                    var text = _document.Text;
                    int p = this[i].Start - 1;
                    while (p >= 0 && (text[p] == ' ' || text[p] == '\t')) p--;
                    return p < 0 || text[p] == '\n' || text[p] == '\r';
                }

                return false;
            }
        }
    }
}

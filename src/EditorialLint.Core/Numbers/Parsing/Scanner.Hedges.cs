// Hedges ("about", "more than", "up to") and the ranges they make; whether a figure starts at a token.
using System;
using System.Collections.Generic;

namespace EditorialLint.Numbers
{
    public static partial class NumberMentionParser
    {
        internal sealed partial class Scanner
        {
            private static void ApplyHedge(NumberMention m, double low, double high, HedgeKind hedge)
            {
                switch (hedge)
                {
                    case HedgeKind.Approximately:
                        low *= 0.85;
                        high *= 1.15;
                        break;
                    case HedgeKind.AtLeast:
                        high *= 1.5;
                        break;
                    case HedgeKind.AtMost:
                        low *= 0.67;
                        break;
                }

                m.Low = low;
                m.High = high;
            }

            // The words a hedge can start with. Nearly every word starts none: one lookup rules it out before the
            // phrase list is walked (that walk was a seventh of the whole run's time). Case-insensitive like the
            // one-word table, so that it never rules out a word the walk or the table would take.
            private static readonly HashSet<string> HedgeStarts = CreateHedgeStarts();

            private static HashSet<string> CreateHedgeStarts()
            {
                var starts = new HashSet<string>(QuantityLexicon.OneWordHedges.Keys, StringComparer.OrdinalIgnoreCase);
                foreach (var (words, _) in QuantityLexicon.PhraseHedges) starts.Add(words[0]);
                return starts;
            }

            private bool TryHedge(int i, int end, out HedgeKind kind, out int after)
            {
                kind = HedgeKind.None;
                after = i;
                if (!HedgeStarts.Contains(Lower(i))) return false;
                foreach (var (words, hedgeKind) in QuantityLexicon.PhraseHedges)
                {
                    if (i + words.Length > end) continue;
                    bool match = true;
                    for (int w = 0; w < words.Length && match; w++) match = IsLower(i + w, words[w]);
                    if (!match) continue;
                    kind = hedgeKind;
                    after = i + words.Length;
                    return true;
                }

                if (QuantityLexicon.OneWordHedges.TryGetValue(Lower(i), out kind))
                {
                    after = i + 1;
                    return true;
                }

                return false;
            }

            // Whether a figure starts at k: digits, a currency code before digits, or a number word.
            private bool StartsNumber(int k, int end)
            {
                if (k >= end) return false;
                if (IsNumber(k)) return true;
                if (!IsWord(k)) return false;
                var t = Text(k);
                if (char.IsDigit(t[0])) return DigitWordUnit(t) is not null;
                if (k + 1 < end && IsNumber(k + 1) && (QuantityLexicon.CurrencyCodes.Contains(t) || QuantityLexicon.DollarPrefixes.ContainsKey(t))) return true;
                var w = Lower(k);
                if (NumberWords.SmallCardinal(w) >= 0 || NumberWords.SmallCardinal(FirstPart(w)) >= 0) return true;
                if ((w == "a" || w == "an" || w == "half") && k + 1 < end && IsWord(k + 1)
                    && (NumberWords.IsCardinalWord(Lower(k + 1)) || Lower(k + 1) == "a")) return true;
                return IsVagueStart(k, end);
            }

            private static string FirstPart(string w)
            {
                int dash = w.IndexOf('-');
                return dash > 0 ? w.Substring(0, dash) : w;
            }
        }
    }
}

// Hedges ("about", "more than", "up to") and the ranges they make.
using System;
using System.Collections.Generic;

namespace EditorialLint.Numbers
{
    /// <summary>Hedges ("about", "more than", "up to") and the ranges they make, read over the shared <see cref="NumberMentionParser.Scanner"/>.</summary>
    internal static class HedgeParser
    {
        /// <summary>Widens a figure into the range its hedge allows.</summary>
        internal static void Apply(NumberMention m, double low, double high, HedgeKind hedge)
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
        private static readonly HashSet<string> HedgeStarts = CreateStarts();

        internal static HashSet<string> CreateStarts()
        {
            var starts = new HashSet<string>(QuantityLexicon.OneWordHedges.Keys, StringComparer.OrdinalIgnoreCase);
            foreach (var (words, _) in QuantityLexicon.PhraseHedges) starts.Add(words[0]);
            return starts;
        }

        /// <summary>A hedge phrase or word starting at token i; after is the token after it.</summary>
        internal static bool TryParse(NumberMentionParser.Scanner s, int i, int end, out HedgeKind kind, out int after)
        {
            kind = HedgeKind.None;
            after = i;
            if (!HedgeStarts.Contains(s.Lower(i))) return false;
            foreach (var (words, hedgeKind) in QuantityLexicon.PhraseHedges)
            {
                if (i + words.Length > end) continue;
                bool match = true;
                for (int w = 0; w < words.Length && match; w++) match = s.IsLower(i + w, words[w]);
                if (!match) continue;
                kind = hedgeKind;
                after = i + words.Length;
                return true;
            }

            if (QuantityLexicon.OneWordHedges.TryGetValue(s.Lower(i), out kind))
            {
                after = i + 1;
                return true;
            }

            return false;
        }
    }
}

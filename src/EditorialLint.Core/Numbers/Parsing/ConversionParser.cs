// Conversions: figures in brackets or restated after a comma that convert the figure before them.
using System;
using System.Collections.Generic;
using EditorialLint.Tokens;

namespace EditorialLint.Numbers
{
    /// <summary>Currency and measure conversions: links each figure in brackets, or restated after a comma, to the figure it converts.</summary>
    internal static class ConversionParser
    {
        // "500,000 euros ($555,833)" and "£5.7bn ($10.7bn; 8.2bn euros)": figures in brackets right after a figure, in
        // another unit of the same dimension, convert it.
        internal static void Link(NumberMentionParser.Scanner scanner, List<NumberMention> all)
        {
            for (int i = 0; i < all.Count; i++)
            {
                var outer = all[i];
                if (outer.Kind != QuantityKind.Money && outer.Kind != QuantityKind.Measure) continue;
                int k = scanner.TokenIndexAt(outer.Span.End);
                if (k < scanner.Count && !scanner.IsPunct(k, '(') && i + 1 < all.Count)
                {
                    LinkRestatedConversion(scanner, all, i, k);
                    continue;
                }

                if (k >= scanner.Count || !scanner.IsPunct(k, '(')) continue;
                int j = i + 1;
                int expectedToken = k + 1;
                while (j < all.Count)
                {
                    var inner = all[j];
                    int first = scanner.TokenIndexAt(inner.Span.Start);
                    // Only separators and hedges may stand between the bracket and the figure.
                    if (!scanner.OnlySeparatorsBetween(expectedToken, first)) break;
                    if (!SameDimension(outer, inner) || string.Equals(inner.Unit, outer.Unit, StringComparison.Ordinal)) break;
                    // "$99 (£69 in the UK)" is a local price, not a conversion: the figure must close the bracket or a list.
                    int after = scanner.TokenIndexAt(inner.Span.End);
                    if (after >= scanner.Count || !(scanner.IsPunct(after, ')') || scanner.IsPunct(after, ';') || scanner.IsPunct(after, ',') || scanner.IsLower(after, "or"))) break;
                    inner.ConversionOf = outer.Index;
                    expectedToken = after;
                    j++;
                }

                if (j > i + 1)
                {
                    FixPoundsAsWeight(all, i, j);
                }
            }
        }

        // "€15m, roughly $16.3m," and "£4.5m, or about $5.7m,": a figure in another currency set off by a comma or a dash,
        // with "or" or a hedge, converts the one before it. A plain list ("£5m, $6m and €7m") is not a conversion.
        private static void LinkRestatedConversion(NumberMentionParser.Scanner scanner, List<NumberMention> all, int i, int k)
        {
            var outer = all[i];
            var inner = all[i + 1];
            if (outer.Kind != QuantityKind.Money || inner.Kind != QuantityKind.Money || inner.Unit is null || inner.Unit == outer.Unit) return;
            // "The €800,000 payment, roughly £894,400": the amount's noun may stand before the comma.
            for (int n = 0; n < 2 && scanner.IsWord(k) && !scanner.IsCapitalised(k) && !QuantityLexicon.StopWords.Contains(scanner.Lower(k)); n++) k++;
            if (!(scanner.IsPunct(k, ',') || scanner.IsDash(k))) return;
            int first = scanner.TokenIndexAt(inner.Span.Start);
            int p = k + 1;
            bool or = scanner.IsLower(p, "or");
            if (or) p++;
            if (p != first || !(or || inner.Hedge == HedgeKind.Approximately)) return;
            int after = scanner.TokenIndexAt(inner.Span.End);
            if (after < scanner.Count && !(scanner.IsPunct(after, ',') || scanner.IsPunct(after, '.') || scanner.IsPunct(after, ';') || scanner.IsPunct(after, ')') || scanner.IsDash(after)))
                return;
            inner.ConversionOf = outer.Index;
        }

        private static bool SameDimension(NumberMention a, NumberMention b)
        {
            if (a.Kind == QuantityKind.Money && b.Kind == QuantityKind.Money) return true;
            if (a.Kind == QuantityKind.Measure && b.Kind == QuantityKind.Measure) return UnitConversions.Dimension(a.Unit) == UnitConversions.Dimension(b.Unit);
            // "2kg (4.4 pounds)": pounds read as money until the pair says weight.
            return (a.Kind == QuantityKind.Measure && a.Unit == "kg" && b.Kind == QuantityKind.Money && b.Unit == "GBP" && !b.Span.IsEmpty)
                || (b.Kind == QuantityKind.Measure && b.Unit == "kg" && a.Kind == QuantityKind.Money && a.Unit == "GBP");
        }

        private static void FixPoundsAsWeight(List<NumberMention> all, int outer, int end)
        {
            bool hasKg = false;
            for (int k = outer; k < end; k++) hasKg |= all[k].Kind == QuantityKind.Measure && all[k].Unit == "kg";
            if (!hasKg) return;
            for (int k = outer; k < end; k++)
            {
                if (all[k].Kind == QuantityKind.Money && all[k].Unit == "GBP")
                {
                    all[k].Kind = QuantityKind.Measure;
                    all[k].Unit = "lb";
                }
            }
        }
    }
}

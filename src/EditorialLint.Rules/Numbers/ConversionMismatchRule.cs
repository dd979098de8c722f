using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Numbers;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// EL1004: conversions that disagree. A bracketed conversion ("500,000 euros ($555,833)") implies a rate; two
    /// conversions between the same currencies in one article, or one article against the rest of the run, whose rates
    /// are more than 5% apart once rounding is allowed for, are reported. Units with fixed factors (km and miles, kg
    /// and lb, °C and °F) are checked against the factor itself.
    /// </summary>
    public sealed class ConversionMismatchRule : EditorialRule
    {
        /// <summary>EL1004.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.ConversionMismatch,
            "Conversion mismatch",
            "'{0}' {1}",
            RuleCategories.Numbers,
            DiagnosticSeverity.Warning,
            "A conversion between currencies or units disagrees with another conversion or with the fixed factor.");

        /// <summary>How far apart two rates may be before they disagree (5%).</summary>
        public const double Tolerance = 0.05;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context)
        {
            context.RegisterDocumentAction(AnalyzeDocument);
            context.RegisterCorpusStartAction(start =>
            {
                var rates = new ConcurrentDictionary<string, ConcurrentBag<RateRecord>>(StringComparer.Ordinal);
                start.RegisterDocumentAction(ctx => Collect(ctx, rates));
                start.RegisterCorpusEndAction(ctx => ReportAcrossArticles(ctx, rates));
            });
        }

        private static void AnalyzeDocument(DocumentAnalysisContext context)
        {
            var document = context.Document;
            var mentions = NumberMentions.Get(document).All;
            var byPair = new Dictionary<string, List<(Rate Rate, NumberMention Inner)>>(StringComparer.Ordinal);
            foreach (var inner in mentions)
            {
                if (inner.ConversionOf < 0) continue;
                var outer = mentions[inner.ConversionOf];
                if (outer.Kind == QuantityKind.Measure && inner.Kind == QuantityKind.Measure)
                {
                    CheckFixedFactor(context, outer, inner);
                    continue;
                }

                if (!TryRate(outer, inner, out var rate)) continue;
                if (!byPair.TryGetValue(rate.Pair, out var list)) byPair[rate.Pair] = list = new List<(Rate, NumberMention)>();
                list.Add((rate, inner));
            }

            foreach (var conversions in byPair.Values)
            {
                if (conversions.Count < 2) continue;
                ReportOddRates(context, conversions);
            }
        }

        // The rates of one article that agree with most of the others stand; each of the rest is reported against the
        // first of the largest agreeing set (on a tie, the first conversion of the article).
        private static void ReportOddRates(DocumentAnalysisContext context, List<(Rate Rate, NumberMention Inner)> conversions)
        {
            int best = Reference(conversions);
            var document = context.Document;
            var reference = conversions[best];
            var location = document.GetLocation(reference.Inner.Span);
            var line = (location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
            foreach (var (rate, inner) in conversions)
            {
                if (!Disagree(rate, reference.Rate)) continue;
                context.ReportDiagnostic(document.CreateDiagnostic(
                    Descriptor, inner.Span, null, new[] { location },
                    document.GetString(inner.Span),
                    "implies " + rate.Describe() + ", but line " + line + " implies " + reference.Rate.Describe() + " (" + Apart(reference.Rate, rate) + ")"));
            }
        }

        // "10km (16 miles)": the fixed factor says 6.2 miles.
        private static void CheckFixedFactor(DocumentAnalysisContext context, NumberMention outer, NumberMention inner)
        {
            if (outer.Unit is null || inner.Unit is null || outer.IsRange || inner.IsRange) return;
            var document = context.Document;
            bool temperature = inner.Unit == "C" || inner.Unit == "F";
            if (!temperature)
            {
                if (Matches(outer, inner, difference: false, out double expected)) return;
                Report(context, outer, inner, expected);
                return;
            }

            // A change of temperature converts by the factor alone ("warmed by 2C (3.6F)"); a reading adds the offset.
            // Where the sentence does not say which, either reading of the pair is accepted.
            bool change = IsTemperatureChange(document, outer, inner);
            if (Matches(outer, inner, difference: true, out double asDifference)) return;
            if (!change && Matches(outer, inner, difference: false, out _)) return;
            if (change)
            {
                Report(context, outer, inner, asDifference);
                return;
            }

            Matches(outer, inner, difference: false, out double asReading);
            Report(context, outer, inner, asReading);
        }

        private static bool Matches(NumberMention outer, NumberMention inner, bool difference, out double expected)
        {
            expected = double.NaN;
            if (!Convert(outer.Value - outer.Resolution, outer.Unit!, inner.Unit!, difference, out double a)) return true;
            if (!Convert(outer.Value + outer.Resolution, outer.Unit!, inner.Unit!, difference, out double b)) return true;
            Convert(outer.Value, outer.Unit!, inner.Unit!, difference, out expected);
            double low = Math.Min(a, b), high = Math.Max(a, b);
            double innerLow = inner.Low - inner.Resolution, innerHigh = inner.High + inner.Resolution;
            // Temperatures cross zero; compare their distance in degrees instead of a ratio.
            double slack = inner.Unit == "C" || inner.Unit == "F" ? (difference ? 0.3 + Math.Abs(expected) * 0.02 : 1.5) : Math.Abs(expected) * Tolerance;
            return innerHigh + slack >= low && innerLow - slack <= high;
        }

        private static bool Convert(double value, string from, string to, bool difference, out double result) =>
            difference ? UnitConversions.TryConvertDifference(value, from, to, out result) : UnitConversions.TryConvert(value, from, to, out result);

        private static void Report(DocumentAnalysisContext context, NumberMention outer, NumberMention inner, double expected)
        {
            var document = context.Document;
            context.Report(Descriptor, inner.Span, null, document.GetString(inner.Span),
                "does not match " + document.GetString(outer.Span) + ": that is about " + NumberFormatter.FormatNumber(RoundForMessage(expected)) + " " + UnitConversions.Name(inner.Unit!));
        }

        // Words that make a temperature pair a change: "rose by 2C (3.6F)", "warmed 1.2C (2.2F)", "4C (7.2F) warmer".
        private static readonly HashSet<string> TemperatureChangeBefore = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "by", "warmed", "cooled", "heated", "rose", "risen", "rise", "fell", "fallen", "dropped", "climbed", "increased",
            "decreased", "warming", "cooling", "extra", "further", "another", "additional",
        };

        private static readonly HashSet<string> TemperatureChangeAfter = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "warmer", "colder", "cooler", "hotter", "higher", "lower", "rise", "increase", "drop", "fall", "difference",
            "change", "swing", "more", "less", "warming", "cooling", "above", "below", "of",
        };

        private static bool IsTemperatureChange(AnalyzedDocument document, NumberMention outer, NumberMention inner)
        {
            if (outer.Role == QuantityRole.Change) return true;
            int first = document.TokenIndexAt(outer.Span.Start);
            if (first > 0)
            {
                var before = document.GetToken(first - 1);
                if (before.Kind == Tokens.TokenKind.Word && TemperatureChangeBefore.Contains(document.GetString(before))) return true;
            }

            int after = document.TokenIndexAt(inner.Span.End);
            while (after < document.TokenCount && document.GetToken(after).Kind == Tokens.TokenKind.Punctuation && document.Text[document.GetToken(after).Start] == ')') after++;
            if (after < document.TokenCount)
            {
                var token = document.GetToken(after);
                // "of" only as "a rise of": "2C (3.6F) of warming".
                if (token.Kind == Tokens.TokenKind.Word && TemperatureChangeAfter.Contains(document.GetString(token))
                    && !(string.Equals(document.GetString(token), "of", StringComparison.OrdinalIgnoreCase) && !NextIs(document, after + 1, "warming", "cooling", "heating")))
                    return true;
            }

            return false;
        }

        private static bool NextIs(AnalyzedDocument document, int k, params string[] words)
        {
            if (k >= document.TokenCount) return false;
            var w = document.GetString(document.GetToken(k));
            foreach (var word in words)
                if (string.Equals(w, word, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private static double RoundForMessage(double value)
        {
            double abs = Math.Abs(value);
            if (abs >= 100) return Math.Round(value);
            if (abs >= 10) return Math.Round(value, 1);
            return Math.Round(value, 2);
        }

        // The index of the conversion most others of the article agree with (the first on a tie).
        private static int Reference(List<(Rate Rate, NumberMention Inner)> conversions)
        {
            int best = 0, bestCount = -1;
            for (int i = 0; i < conversions.Count; i++)
            {
                int agreeing = 0;
                foreach (var other in conversions)
                    if (!Disagree(conversions[i].Rate, other.Rate)) agreeing++;
                if (agreeing > bestCount)
                {
                    best = i;
                    bestCount = agreeing;
                }
            }

            return best;
        }

        // Records every conversion for the corpus check, marking those the article itself already contradicts (they are
        // reported by the document action and not again against the run).
        private static void Collect(DocumentAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<RateRecord>> rates)
        {
            var document = context.Document;
            var mentions = NumberMentions.Get(document).All;
            var byPair = new Dictionary<string, List<(Rate Rate, NumberMention Inner)>>(StringComparer.Ordinal);
            foreach (var inner in mentions)
            {
                if (inner.ConversionOf < 0) continue;
                if (!TryRate(mentions[inner.ConversionOf], inner, out var rate) || !IsIsoCode(rate.From) || !IsIsoCode(rate.To)) continue;
                if (!byPair.TryGetValue(rate.Pair, out var list)) byPair[rate.Pair] = list = new List<(Rate, NumberMention)>();
                list.Add((rate, inner));
            }

            foreach (var conversions in byPair.Values)
            {
                var reference = conversions[Reference(conversions)].Rate;
                foreach (var (rate, inner) in conversions)
                {
                    bool reported = conversions.Count > 1 && Disagree(rate, reference);
                    rates.GetOrAdd(rate.Pair, _ => new ConcurrentBag<RateRecord>())
                        .Add(new RateRecord(document.Path, document.GetLocation(inner.Span), document.GetString(inner.Span), rate, reported));
                }
            }
        }

        // Against the run: a rate that at least four in five of the other articles disagree with (at least two of them).
        // Rates move over time, so a corpus spanning years spreads; an article is reported only when it stands apart
        // from nearly all of it. Counting uses sorted rates, so the pass is n log n per currency pair.
        private static void ReportAcrossArticles(CorpusAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<RateRecord>> rates)
        {
            foreach (var pair in rates.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                var records = rates[pair].OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Location.SourceSpan.Start).ToList();
                var sorted = records.Select(r => r.Rate.Value).OrderBy(v => v).ToArray();
                // Counted once per article: counting them again for each record made this pass quadratic in the corpus.
                var perArticle = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var record in records) perArticle[record.Path] = perArticle.TryGetValue(record.Path, out int n) ? n + 1 : 1;
                foreach (var record in records)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (record.ReportedInArticle) continue;
                    int sameArticle = perArticle[record.Path];
                    int others = records.Count - sameArticle;
                    if (others < 2) continue;
                    // Others whose rate lies within the tolerance of this rate's range (this article's own included, then removed).
                    int near = CountBetween(sorted, record.Rate.Low / (1 + Tolerance), record.Rate.High * (1 + Tolerance));
                    int nearOthers = Math.Max(0, near - sameArticle);
                    if ((others - nearOthers) * 5 < others * 4) continue;
                    double median = Median(records, record.Path);
                    var consensus = new Rate(pair, record.Rate.From, record.Rate.To, median, median, median);
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptor, record.Location,
                        records.Where(r => !string.Equals(r.Path, record.Path, StringComparison.Ordinal)).Take(5).Select(o => o.Location),
                        record.Text,
                        "implies " + record.Rate.Describe() + ", but " + (others - nearOthers).ToString(CultureInfo.InvariantCulture) + " of "
                        + others.ToString(CultureInfo.InvariantCulture) + " conversions in other articles imply about " + consensus.Describe()
                        + " (" + Apart(consensus, record.Rate) + ")"));
                }
            }
        }

        private static int CountBetween(double[] sorted, double low, double high) => LowerBound(sorted, high, true) - LowerBound(sorted, low, false);

        // Index of the first value above (inclusive: at or above) the bound.
        private static int LowerBound(double[] sorted, double bound, bool pastEqual)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (sorted[mid] < bound || (pastEqual && sorted[mid] == bound)) lo = mid + 1;
                else hi = mid;
            }

            return lo;
        }

        private static double Median(List<RateRecord> records, string exceptPath)
        {
            var values = records.Where(r => !string.Equals(r.Path, exceptPath, StringComparison.Ordinal)).Select(r => r.Rate.Value).OrderBy(v => v).ToList();
            return values[values.Count / 2];
        }

        private static bool TryRate(NumberMention outer, NumberMention inner, out Rate rate)
        {
            rate = default;
            if (outer.Kind != QuantityKind.Money || inner.Kind != QuantityKind.Money) return false;
            if (outer.Unit is null || inner.Unit is null || outer.Unit == inner.Unit) return false;
            if (outer.IsRange || inner.IsRange || outer.Value <= 0 || inner.Value <= 0) return false;
            // "$149 (£99)": two price points set for two markets, not a conversion.
            if (IsPricePoint(outer) && IsPricePoint(inner)) return false;
            // The rate is stated one way for the pair, whichever way the article wrote it: 1 EUR = x USD.
            bool forward = string.CompareOrdinal(outer.Unit, inner.Unit) < 0;
            var from = forward ? outer : inner;
            var to = forward ? inner : outer;
            Bounds(from, out double fromLow, out double fromHigh);
            Bounds(to, out double toLow, out double toHigh);
            if (fromLow <= 0 || toLow <= 0) return false;
            rate = new Rate(from.Unit + "/" + to.Unit, from.Unit!, to.Unit!, to.Value / from.Value, toLow / fromHigh, toHigh / fromLow);
            return true;
        }

        // "€15m, or about $16.3m": "about" in a conversion says the figure is rounded, not that it may be 15% off.
        private static void Bounds(NumberMention m, out double low, out double high)
        {
            if (m.Hedge == HedgeKind.Approximately)
            {
                low = Math.Min(m.Value * 0.95, m.Value - m.Resolution);
                high = Math.Max(m.Value * 1.05, m.Value + m.Resolution);
                return;
            }

            low = m.Low - m.Resolution;
            high = m.High + m.Resolution;
        }

        private static bool IsIsoCode(string unit) => unit.Length == 3 && char.IsUpper(unit[0]) && char.IsUpper(unit[1]) && char.IsUpper(unit[2]);

        private static bool IsPricePoint(NumberMention m)
        {
            if (m.Value >= 10000) return false;
            double cents = Math.Round(m.Value * 100);
            long whole = (long)Math.Floor(m.Value);
            return whole % 10 == 9 || cents % 100 == 99 || cents % 100 == 95;
        }

        private static bool Disagree(Rate a, Rate b) =>
            a.High * (1 + Tolerance) < b.Low || b.High * (1 + Tolerance) < a.Low;

        private static string Apart(Rate a, Rate b)
        {
            var difference = Percent(a, b);
            return difference.EndsWith("%", StringComparison.Ordinal) ? difference + " apart" : difference;
        }

        // "12%" for rates close enough to compare in percent; "a factor of 1,000, a lost scale word?" beyond ten times.
        private static string Percent(Rate a, Rate b)
        {
            double ratio = a.Value > b.Value ? a.Value / b.Value : b.Value / a.Value;
            if (ratio < 10) return Math.Round((ratio - 1) * 100).ToString(CultureInfo.InvariantCulture) + "%";
            var factor = Math.Pow(10, Math.Round(Math.Log10(ratio))).ToString("#,0", CultureInfo.InvariantCulture);
            return "a factor of about " + factor + ": a lost or extra scale word?";
        }

        /// <summary>A rate stated as 1 From = Value To, with the range rounding allows.</summary>
        private readonly struct Rate
        {
            public Rate(string pair, string from, string to, double value, double low, double high)
            {
                Pair = pair;
                From = from;
                To = to;
                Value = value;
                Low = low;
                High = high;
            }

            public string Pair { get; }

            public string From { get; }

            public string To { get; }

            public double Value { get; }

            public double Low { get; }

            public double High { get; }

            public string Describe() => "1 " + From + " = " + NumberFormatter.FormatRate(Value) + " " + To;
        }

        private sealed class RateRecord
        {
            public RateRecord(string path, Location location, string text, Rate rate, bool reportedInArticle)
            {
                ReportedInArticle = reportedInArticle;
                Path = path;
                Location = location;
                Text = text;
                Rate = rate;
            }

            public string Path { get; }

            public Location Location { get; }

            public string Text { get; }

            public Rate Rate { get; }

            public bool ReportedInArticle { get; }
        }
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Numbers;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Numbers
{
    /// <summary>
    /// EL1002: articles of one run that report the same story give values for the same thing that cannot both be
    /// right ("9.5 billion users" here, "950 million users" in four other articles). Each document contributes compact
    /// records (no text); at the end of the run records are grouped by subject key, so the pass is near-linear.
    /// Two articles are compared only when they share names (what the story is about) and the figure's owner.
    /// </summary>
    public sealed class CrossArticleQuantityConflictRule : EditorialRule
    {
        /// <summary>EL1002.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            RuleIdentifiers.CrossArticleQuantityConflict,
            "Quantity conflict across articles",
            "'{0}' {1} here, but '{2}' in {3} ({4}); {5} of {6} articles give '{2}'{7}",
            RuleCategories.Numbers,
            DiagnosticSeverity.Warning,
            "Another article of the same story gives a value for the same count or amount that cannot be reconciled with this one.");

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) =>
            context.RegisterCorpusStartAction(start =>
            {
                var records = new ConcurrentDictionary<string, ConcurrentBag<QuantityRecord>>(StringComparer.Ordinal);
                start.RegisterDocumentAction(ctx => Collect(ctx, records));
                start.RegisterCorpusEndAction(ctx => Report(ctx, records));
            });

        private static void Collect(DocumentAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<QuantityRecord>> records)
        {
            var document = context.Document;
            var shared = NumberMentions.Get(document);
            foreach (var m in shared.All)
            {
                if (!QuantityComparison.IsComparable(m)) continue;
                var record = new QuantityRecord(
                    document.Path,
                    document.GetLocation(m.Span),
                    QuantityComparison.FigureText(document, m),
                    QuantityComparison.SubjectText(document, m),
                    m.Value,
                    m.Low,
                    m.High,
                    m.Resolution,
                    m.Owner,
                    shared.SalientNames);
                records.GetOrAdd(QuantityComparison.GroupKey(m), _ => new ConcurrentBag<QuantityRecord>()).Add(record);
            }
        }

        private static void Report(CorpusAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<QuantityRecord>> records)
        {
            foreach (var key in records.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                var group = records[key].OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Location.SourceSpan.Start).ToList();
                if (group.Count < 2) continue;
                foreach (var record in group)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    ReportRecord(context, record, group);
                }
            }
        }

        // A figure is reported when the other articles of its story that give this figure mostly disagree with it.
        private static void ReportRecord(CorpusAnalysisContext context, QuantityRecord record, List<QuantityRecord> group)
        {
            // One figure per other article: the first one, in text order.
            var peers = new List<QuantityRecord>();
            var seen = new HashSet<string>(StringComparer.Ordinal) { record.Path };
            foreach (var other in group)
            {
                if (seen.Contains(other.Path)) continue;
                if (!SameStory(record, other)) continue;
                seen.Add(other.Path);
                peers.Add(other);
            }

            if (peers.Count == 0) return;
            var disagreeing = new List<QuantityRecord>();
            int agreeing = 0;
            foreach (var peer in peers)
            {
                if (QuantityComparison.AreIncompatible(record.Low, record.High, record.Resolution, record.Value, peer.Low, peer.High, peer.Resolution, peer.Value))
                    disagreeing.Add(peer);
                else
                    agreeing++;
            }

            // This article is in the minority, or alone against one other.
            if (disagreeing.Count == 0 || disagreeing.Count < agreeing + 1) return;

            var majority = MostCommonValue(disagreeing);
            var where = new StringBuilder();
            for (int i = 0; i < disagreeing.Count && i < 5; i++)
            {
                if (i > 0) where.Append(", ");
                var d = disagreeing[i];
                where.Append(System.IO.Path.GetFileName(d.Path)).Append(':')
                    .Append((d.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture));
            }

            if (disagreeing.Count > 5) where.Append(", …");
            string articles = disagreeing.Count == 1 ? "another article" : disagreeing.Count.ToString(CultureInfo.InvariantCulture) + " other articles";
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptor,
                record.Location,
                disagreeing.Select(d => d.Location),
                record.Text,
                record.Subject,
                majority.Text,
                articles,
                where.ToString(),
                majority.Count.ToString(CultureInfo.InvariantCulture),
                (peers.Count + 1).ToString(CultureInfo.InvariantCulture),
                QuantityComparison.MagnitudeNote(record.Value, majority.Value)));
        }

        // Articles tell the same story when they share names; the figure's owner, when given, must be among the
        // other article's names.
        private static bool SameStory(QuantityRecord a, QuantityRecord b)
        {
            if (a.Owner is not null && b.Owner is not null && !string.Equals(a.Owner, b.Owner, StringComparison.Ordinal)) return false;
            if (a.Owner is not null && b.Owner is null && !NamedIn(a.Owner, b.Names)) return false;
            if (b.Owner is not null && a.Owner is null && !NamedIn(b.Owner, a.Names)) return false;
            int shared = 0;
            foreach (var name in a.Names)
                if (b.Names.Contains(name)) shared++;
            int smaller = Math.Min(a.Names.Length, b.Names.Length);
            bool ownerLinked = a.Owner is not null || b.Owner is not null;
            return shared * 2 >= smaller && (shared >= 3 || (shared >= 2 && ownerLinked));
        }

        // An owner of several words ("kestrel pay") is named in an article that names any of its words.
        private static bool NamedIn(string owner, ImmutableArray<string> names)
        {
            foreach (var word in owner.Split(' '))
                if (names.Contains(word)) return true;
            return false;
        }

        private static (string Text, double Value, int Count) MostCommonValue(List<QuantityRecord> records)
        {
            var best = (records[0].Text, records[0].Value, 0);
            foreach (var r in records)
            {
                int count = 0;
                foreach (var o in records)
                    if (!QuantityComparison.AreIncompatible(r.Low, r.High, r.Resolution, r.Value, o.Low, o.High, o.Resolution, o.Value)) count++;
                if (count > best.Item3) best = (r.Text, r.Value, count);
            }

            return best;
        }

        /// <summary>What one figure of one article contributes to the run: no document text, only what the check needs.</summary>
        private sealed class QuantityRecord
        {
            public QuantityRecord(string path, Location location, string text, string subject, double value, double low, double high, double resolution, string? owner, ImmutableArray<string> names)
            {
                Path = path;
                Location = location;
                Text = text;
                Subject = subject;
                Value = value;
                Low = low;
                High = high;
                Resolution = resolution;
                Owner = owner;
                Names = names;
            }

            public string Path { get; }

            public Location Location { get; }

            public string Text { get; }

            public string Subject { get; }

            public double Value { get; }

            public double Low { get; }

            public double High { get; }

            public double Resolution { get; }

            public string? Owner { get; }

            public ImmutableArray<string> Names { get; }
        }
    }
}

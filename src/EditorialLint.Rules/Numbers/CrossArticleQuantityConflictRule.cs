using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Archive;
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
    /// With an archive (<c>--archive</c>), each figure is also compared with the same figure in articles already
    /// published; an older count that differs because time passed is not a conflict
    /// (<see cref="QuantityComparison.GrewOverTime"/>).
    /// </summary>
    public sealed class CrossArticleQuantityConflictRule : EditorialRule
    {
        /// <summary>EL1002.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.CrossArticleQuantityConflict,
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
                start.RegisterDocumentAction(ctx => Collect(ctx, records, start.Archive));
                start.RegisterCorpusEndAction(ctx => Report(ctx, records));
            });

        private static void Collect(DocumentAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<QuantityRecord>> records, IFactArchive? archive)
        {
            var document = context.Document;
            var shared = NumberMentions.Get(document);
            ArticleIdentity? article = null;
            List<string>? keys = null;
            foreach (var m in shared.All)
            {
                if (!QuantityComparison.IsComparable(m)) continue;
                article ??= ArticleIdentity.Of(document);
                var key = QuantityComparison.GroupKey(m);

                var record = new QuantityRecord(
                    article,
                    ArchiveQualifiers.Split(m.Qualifiers).Period,
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
                records.GetOrAdd(key, _ => new ConcurrentBag<QuantityRecord>()).Add(record);
                if (archive is not null) (keys ??= new List<string>()).Add(key);
            }

            // Keys to look up at the end of the run: the run may start reading them now.
            if (archive is not null && keys is not null) archive.Prepare(new ArchiveQuery(figureKeys: keys));
        }

        private static void Report(CorpusAnalysisContext context, ConcurrentDictionary<string, ConcurrentBag<QuantityRecord>> records)
        {
            var keys = records.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
            var archived = ArchivedByKey(context, keys);
            var runPaths = ArticleIdentity.FullPaths(context.DocumentPaths);
            foreach (var key in keys)
            {
                var group = records[key].OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Location.SourceSpan.Start).ToList();
                archived.TryGetValue(key, out var published);
                if (group.Count < 2 && published is null) continue;
                foreach (var record in group)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (group.Count >= 2 && ReportRecord(context, record, group)) continue;
                    if (published is not null) ReportAgainstArchive(context, record, published, runPaths);
                }
            }
        }

        // The archive's figures under the run's keys, grouped by key; empty without an archive (then nothing is opened).
        private static Dictionary<string, List<ArchivedMention>> ArchivedByKey(CorpusAnalysisContext context, List<string> keys)
        {
            var byKey = new Dictionary<string, List<ArchivedMention>>(StringComparer.Ordinal);
            if (context.Archive is null || keys.Count == 0) return byKey;
            foreach (var m in context.Archive.Find(new ArchiveQuery(figureKeys: keys)))
            {
                if (!byKey.TryGetValue(m.Key, out var list)) byKey[m.Key] = list = new List<ArchivedMention>();
                list.Add(m);
            }

            // Whatever order the store returns them in, messages list articles by path.
            foreach (var list in byKey.Values) list.Sort(ByPathAndLine);
            return byKey;
        }

        // A figure is reported when the archived articles of its story that give this figure mostly disagree with it,
        // once those whose difference the years explain are set aside.
        private static void ReportAgainstArchive(CorpusAnalysisContext context, QuantityRecord record, List<ArchivedMention> archived, HashSet<string> runPaths)
        {
            var peers = new List<ArchivedMention>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var other in archived)
            {
                var article = other.Article!;
                // The article itself (re-linting an archived article) and articles of this run are not "published elsewhere".
                if (record.Article.IsSame(article) || runPaths.Contains(article.Path) || seen.Contains(article.Path)) continue;
                if (!SameStory(record.Owner, record.Names, other.Owner, article.Names)) continue;
                seen.Add(article.Path);
                peers.Add(other);
            }

            var disagreeing = new List<ArchivedMention>();
            int agreeing = 0;
            foreach (var peer in peers)
            {
                if (!QuantityComparison.AreIncompatible(record.Low, record.High, record.Resolution, record.Value, peer.Low, peer.High, peer.Resolution, peer.Value))
                    agreeing++;
                else if (!QuantityComparison.GrewOverTime(peer.Kind, peer.Value, peer.Article!.Published.Year, peer.Period, record.Value, record.Article.Published.Year, record.Period))
                    disagreeing.Add(peer);
            }

            if (disagreeing.Count == 0 || disagreeing.Count < agreeing + 1) return;
            var majority = MostCommonArchivedValue(disagreeing);
            var where = new StringBuilder();
            for (int i = 0; i < disagreeing.Count && i < 5; i++)
            {
                if (i > 0) where.Append("; ");
                where.Append(disagreeing[i].Article!.Describe());
            }

            if (disagreeing.Count > 5) where.Append("; …");
            string articles = disagreeing.Count == 1 ? "an archived article" : disagreeing.Count.ToString(CultureInfo.InvariantCulture) + " archived articles";
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptor,
                record.Location,
                record.Text,
                record.Subject,
                majority.Text,
                articles,
                where.ToString(),
                majority.Count.ToString(CultureInfo.InvariantCulture),
                (peers.Count + 1).ToString(CultureInfo.InvariantCulture),
                QuantityComparison.MagnitudeNote(record.Value, majority.Value)));
        }

        internal static int ByPathAndLine(ArchivedMention a, ArchivedMention b)
        {
            int byPath = string.CompareOrdinal(a.Article!.Path, b.Article!.Path);
            return byPath != 0 ? byPath : a.Line.CompareTo(b.Line);
        }

        private static (string Text, double Value, int Count) MostCommonArchivedValue(List<ArchivedMention> mentions) =>
            MostCommon(mentions, m => (m.Text, m.Value, m.Low, m.High, m.Resolution));

        private static (string Text, double Value, int Count) MostCommonValue(List<QuantityRecord> records) =>
            MostCommon(records, r => (r.Text, r.Value, r.Low, r.High, r.Resolution));

        // The figure most of the others agree with (one place for the articles of the run and for the archive); the first
        // of equally agreed ones. Equal figures are compared once and counted as often as they are given: an archive that
        // tells one story in thousands of articles, with a few figures, costs the distinct figures squared, not the
        // articles squared.
        private static (string Text, double Value, int Count) MostCommon<T>(
            List<T> items, Func<T, (string Text, double Value, double Low, double High, double Resolution)> figure)
        {
            var figures = new List<(string Text, double Value, double Low, double High, double Resolution)>();
            var times = new List<int>();
            var seen = new Dictionary<(string Text, double Value, double Low, double High, double Resolution), int>();
            foreach (var item in items)
            {
                var f = figure(item);
                if (seen.TryGetValue(f, out int known))
                {
                    times[known]++;
                    continue;
                }

                seen[f] = figures.Count;
                figures.Add(f);
                times.Add(1);
            }

            var best = (figures[0].Text, figures[0].Value, 0);
            foreach (var r in figures)
            {
                int count = 0;
                for (int i = 0; i < figures.Count; i++)
                {
                    var o = figures[i];
                    if (!QuantityComparison.AreIncompatible(r.Low, r.High, r.Resolution, r.Value, o.Low, o.High, o.Resolution, o.Value)) count += times[i];
                }

                if (count > best.Item3) best = (r.Text, r.Value, count);
            }

            return best;
        }

        // A figure is reported when the other articles of its story that give this figure mostly disagree with it.
        private static bool ReportRecord(CorpusAnalysisContext context, QuantityRecord record, List<QuantityRecord> group)
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

            if (peers.Count == 0) return false;
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
            if (disagreeing.Count == 0 || disagreeing.Count < agreeing + 1) return false;

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
            return true;
        }

        private static bool SameStory(QuantityRecord a, QuantityRecord b) => SameStory(a.Owner, a.Names, b.Owner, b.Names);

        // Articles tell the same story when they share names; the figure's owner, when given, must be among the
        // other article's names.
        private static bool SameStory(string? ownerA, ImmutableArray<string> namesA, string? ownerB, ImmutableArray<string> namesB)
        {
            if (ownerA is not null && ownerB is not null && !string.Equals(ownerA, ownerB, StringComparison.Ordinal)) return false;
            if (ownerA is not null && ownerB is null && !NamedIn(ownerA, namesB)) return false;
            if (ownerB is not null && ownerA is null && !NamedIn(ownerB, namesA)) return false;
            int shared = 0;
            foreach (var name in namesA)
                if (namesB.Contains(name)) shared++;
            int smaller = Math.Min(namesA.Length, namesB.Length);
            bool ownerLinked = ownerA is not null || ownerB is not null;
            return shared * 2 >= smaller && (shared >= 3 || (shared >= 2 && ownerLinked));
        }

        // An owner of several words ("kestrel pay") is named in an article that names any of its words.
        private static bool NamedIn(string owner, ImmutableArray<string> names)
        {
            foreach (var word in owner.Split(' '))
                if (names.Contains(word)) return true;
            return false;
        }


        /// <summary>What one figure of one article contributes to the run: no document text, only what the check needs.</summary>
        private sealed class QuantityRecord
        {
            public QuantityRecord(ArticleIdentity article, string period, string path, Location location, string text, string subject, double value, double low, double high, double resolution, string? owner, ImmutableArray<string> names)
            {
                Article = article;
                Period = period;
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

            public ArticleIdentity Article { get; }

            /// <summary>The figure's time-frame qualifiers (<see cref="ArchiveQualifiers"/>).</summary>
            public string Period { get; }

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

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using EditorialLint.Archive;

namespace EditorialLint.Core.Tests.Archive
{
    public class ArchiveLookaheadTests
    {
        private static ArchivedMention Mention(ArchivedMentionKind kind, string key, string path) => new ArchivedMention
        {
            Article = new ArchivedArticle(path, null, null, default, System.Collections.Immutable.ImmutableArray<string>.Empty, "hash"),
            MentionKind = kind,
            Key = key,
            Text = key + " in " + path,
        };

        // Figures and events of three published articles; "arrest" is both a figure key and an event key, to keep the
        // kinds apart.
        private static readonly ArchivedMention[] Published =
        {
            Mention(ArchivedMentionKind.Figure, "1||user|", "/a.md"),
            Mention(ArchivedMentionKind.Figure, "1||user|", "/b.md"),
            Mention(ArchivedMentionKind.Figure, "2|USD|revenue|", "/a.md"),
            Mention(ArchivedMentionKind.Figure, "arrest", "/c.md"),
            Mention(ArchivedMentionKind.Event, "arrest", "/b.md"),
            Mention(ArchivedMentionKind.Event, "death", "/c.md"),
        };

        [Fact]
        public void KeysPreparedByADocument_AreReadInTheBackground_AndTheLookupAtTheEndAsksNothingMore()
        {
            var store = new CountingArchive(Published);
            var run = new ArchiveLookahead(store);

            run.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|" }, eventKeys: new[] { "arrest" }));
            SpinWait.SpinUntil(() => store.Lookups.Count == 1, TimeSpan.FromSeconds(30)).Should().BeTrue("the keys are read without waiting for the end of the run");
            var found = run.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" }, eventKeys: new[] { "arrest" }));

            found.Select(m => m.Text).Should().BeEquivalentTo("1||user| in /a.md", "1||user| in /b.md", "arrest in /b.md");
            store.Lookups.Should().ContainSingle("the document's keys were read once, ahead").Which.Should().Be("figures 1||user|; events arrest");
        }

        [Fact]
        public void TheLookupAtTheEnd_ReadsOnlyTheKeysNotReadAhead_AndReturnsEachMentionOnce()
        {
            var store = new CountingArchive(Published);
            var run = new ArchiveLookahead(store);
            run.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|", "2|USD|revenue|" }));
            run.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|" }));

            var found = run.Find(new ArchiveQuery(figureKeys: new[] { "1||user|", "arrest" }, eventKeys: new[] { "death" }));

            found.Select(m => m.Text).Should().BeEquivalentTo("1||user| in /a.md", "1||user| in /b.md", "arrest in /c.md", "death in /c.md");
            store.Lookups.Should().Equal("figures 1||user|, 2|USD|revenue|", "figures arrest; events death");
        }

        [Fact]
        public void AFigureKey_AndAnEventKey_OfTheSameText_AreKeptApart()
        {
            var run = new ArchiveLookahead(new CountingArchive(Published));
            run.Prepare(new ArchiveQuery(figureKeys: new[] { "arrest" }));

            run.Find(new ArchiveQuery(eventKeys: new[] { "arrest" })).Should().ContainSingle().Which.Text.Should().Be("arrest in /b.md");
            run.Find(new ArchiveQuery(figureKeys: new[] { "arrest" })).Should().ContainSingle().Which.Text.Should().Be("arrest in /c.md");
        }

        [Fact]
        public void PastTheRunsAllowance_KeysAreOnlyAHint_AndAreReadAtTheEnd()
        {
            var store = new CountingArchive(Published);
            var run = new ArchiveLookahead(store);
            var many = Enumerable.Range(0, ArchiveLookahead.KeysLookedAhead).Select(i => "filler " + i).ToList();
            run.Prepare(new ArchiveQuery(figureKeys: many));

            run.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|" }));
            run.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" })).Should().HaveCount(2);

            store.Hints.Should().Be(1, "the key past the allowance tells the archive a lookup will follow");
            SpinWait.SpinUntil(() => store.Lookups.Count == 2, TimeSpan.FromSeconds(30)).Should().BeTrue();
            store.Lookups.Should().Contain("figures 1||user|", "the key past the allowance is read at the end, on its own");
        }

        [Fact]
        public void ALookupAheadThatFails_IsAskedAgainAtTheEnd_SoTheRunGetsTheArchivesOwnError()
        {
            var store = new CountingArchive(Published) { Failing = true };
            var run = new ArchiveLookahead(store);
            run.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|" }));

            var find = () => run.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" }));

            find.Should().Throw<ArchiveException>().WithMessage("The archive 'memory' is locked.");
            store.Lookups.Should().HaveCount(2);
        }

        [Fact]
        public void ALookupAheadThatFailsOnce_IsAnsweredByTheLookupAtTheEnd()
        {
            var store = new CountingArchive(Published) { FailuresLeft = 1 };
            var run = new ArchiveLookahead(store);
            run.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|" }));

            run.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" })).Should().HaveCount(2);
        }

        [Fact]
        public void WhatOneRunReadAhead_IsNotSeenByTheNext_WhichReadsTheArchiveAgain()
        {
            var store = new CountingArchive(Published);
            var first = new ArchiveLookahead(store);
            first.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|" }));
            first.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" }));

            var next = new ArchiveLookahead(store);
            next.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" })).Should().HaveCount(2);

            store.Lookups.Should().HaveCount(2);
        }

        [Fact]
        public void ALookupNobodyAskedFor_HasFinished_WhenTheRunSettles()
        {
            var store = new CountingArchive(Published);
            var run = new ArchiveLookahead(store);
            run.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|" }));

            run.Settle();

            store.Lookups.Should().Equal("figures 1||user|");
        }

        [Fact]
        public void AnEmptyQuery_AsksTheArchiveNothing()
        {
            var store = new CountingArchive(Published);
            var run = new ArchiveLookahead(store);
            run.Prepare(new ArchiveQuery());

            run.Find(new ArchiveQuery()).Should().BeEmpty();

            store.Lookups.Should().BeEmpty();
            store.Hints.Should().Be(0);
        }

        // An archive held in memory that records each lookup (its keys) and each hint.
        private sealed class CountingArchive : IFactArchive
        {
            private readonly ArchivedMention[] _mentions;
            private readonly object _gate = new object();
            private readonly List<string> _lookups = new List<string>();
            private int _hints;

            public CountingArchive(ArchivedMention[] mentions) => _mentions = mentions;

            public bool Failing { get; init; }

            public int FailuresLeft { get; set; }

            public string Location => "memory";

            public List<string> Lookups
            {
                get
                {
                    lock (_gate) return _lookups.ToList();
                }
            }

            public int Hints => Volatile.Read(ref _hints);

            public void Prepare(ArchiveQuery query) => Interlocked.Increment(ref _hints);

            public IReadOnlyList<ArchivedMention> Find(ArchiveQuery query)
            {
                var keys = new List<string>();
                if (query.FigureKeys.Count > 0) keys.Add("figures " + string.Join(", ", query.FigureKeys));
                if (query.EventKeys.Count > 0) keys.Add("events " + string.Join(", ", query.EventKeys));
                lock (_gate)
                {
                    _lookups.Add(string.Join("; ", keys));
                    if (Failing || FailuresLeft-- > 0) throw new ArchiveException("The archive 'memory' is locked.");
                }

                return _mentions.Where(m => m.MentionKind == ArchivedMentionKind.Figure ? query.FigureKeys.Contains(m.Key) : query.EventKeys.Contains(m.Key)).ToList();
            }
        }
    }
}

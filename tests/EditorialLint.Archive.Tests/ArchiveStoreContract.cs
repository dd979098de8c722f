using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Data.Common;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Numbers;
using EditorialLint.Testing;

namespace EditorialLint.Archive.Tests
{
    /// <summary>
    /// What every archive store does, whatever the database: each subclass provides a dialect and fresh, empty
    /// locations (a SQLite file in a temporary folder, a new PostgreSQL database) and inherits every test. The tests
    /// are <see cref="SkippableFactAttribute"/>s: a subclass whose database this machine lacks skips them from its
    /// constructor (<see cref="SkipTestException"/>).
    /// </summary>
    public abstract class ArchiveStoreContract
    {
        /// <summary>The database under test.</summary>
        protected abstract IArchiveDialect Dialect { get; }

        /// <summary>A location where no store exists yet.</summary>
        protected abstract string NewLocation();

        /// <summary>A fresh store at <paramref name="location"/> (a new location when null).</summary>
        protected ArchiveStore OpenStore(string? location = null) => new ArchiveStore(Dialect, location ?? NewLocation(), create: true);

        /// <summary>
        /// A lookup on what <paramref name="store"/> holds, through the read path under test: the store itself, or a lint
        /// run's direct SQLite reader (<see cref="SqliteLookupContractTests"/>), so both answer every lookup of the contract.
        /// </summary>
        protected virtual IReadOnlyList<ArchivedMention> Find(ArchiveStore store, ArchiveQuery query) => store.Find(query);

        private const string UsersKey = "1||user|";

        [SkippableFact]
        public void WarmingUpTheLookup_ChangesNothing_OnAnEmptyStoreOrAFullOne()
        {
            using var store = OpenStore();
            store.WarmUp();
            store.Add(new[] { Entry("/news/one.md", "Kestrel Pay", Figure(UsersKey, 950e6, "950 million")) });

            store.WarmUp();

            Find(store, new ArchiveQuery(figureKeys: new[] { UsersKey })).Should().ContainSingle().Which.Text.Should().Be("950 million");
            store.Stats().Articles.Should().Be(1);
        }

        [SkippableFact]
        public void AnAddedArticle_IsFoundByTheKeysOfItsFiguresAndEvents()
        {
            using var store = OpenStore();
            var result = store.Add(new[] { Entry("/news/one.md", "Kestrel Pay", Figure(UsersKey, 950e6, "950 million"), Event("arrest", 2024, 8, 24, "lind")) });

            result.Added.Should().Be(1);
            result.Mentions.Should().Be(2);
            var figures = Find(store, new ArchiveQuery(figureKeys: new[] { UsersKey }));
            figures.Should().ContainSingle();
            var figure = figures[0];
            figure.Value.Should().Be(950e6);
            figure.Text.Should().Be("950 million");
            figure.Subject.Should().Be("user");
            figure.Period.Should().Be("2024");
            figure.Place.Should().Be("france");
            figure.Segment.Should().Be("active");
            figure.Line.Should().Be(3);
            figure.Article!.Path.Should().Be("/news/one.md");
            figure.Article.Title.Should().Be("Kestrel Pay");
            figure.Article.Url.Should().Be("https://example.org/one");
            figure.Article.Published.Should().Be(new CalendarDate(2024, 3, 4));
            figure.Article.Names.Should().Equal("kestrel", "lind");
            figure.Article.Describe().Should().Be("Kestrel Pay, 2024-03-04");

            var events = Find(store, new ArchiveQuery(eventKeys: new[] { "arrest" }));
            events.Should().ContainSingle().Which.Date.Should().Be(new CalendarDate(2024, 8, 24));
            events[0].Names.Should().Equal("lind");
            events[0].MentionKind.Should().Be(ArchivedMentionKind.Event);
        }

        [SkippableFact]
        public void ALookup_ReturnsOnlyTheAskedKeys_AndNothingForAnEmptyQuery()
        {
            using var store = OpenStore();
            store.Add(new[] { Entry("/news/one.md", "One", Figure(UsersKey, 950e6, "950 million"), Figure("2|USD|revenue|", 5e9, "$5 billion")) });

            Find(store, new ArchiveQuery(figureKeys: new[] { "2|USD|revenue|" })).Should().ContainSingle().Which.Value.Should().Be(5e9);
            Find(store, new ArchiveQuery(figureKeys: new[] { "1||employee|" })).Should().BeEmpty();
            Find(store, new ArchiveQuery(eventKeys: new[] { UsersKey })).Should().BeEmpty("a figure key is not an event key");
            Find(store, new ArchiveQuery()).Should().BeEmpty();
        }

        [SkippableFact]
        public void OtherMentions_AreKept_ButNeverLookedUp()
        {
            using var store = OpenStore();
            store.Add(new[] { Entry("/news/one.md", "One", Figure(UsersKey, 950e6, "950 million"), new ArchivedMention { MentionKind = ArchivedMentionKind.Other, Key = UsersKey, Kind = QuantityKind.Year, Value = 2015, Low = 2015, High = 2015, Text = "2015" }) });

            Find(store, new ArchiveQuery(figureKeys: new[] { UsersKey }, eventKeys: new[] { UsersKey })).Should().ContainSingle().Which.Text.Should().Be("950 million");
            var stats = store.Stats();
            stats.OtherMentions.Should().Be(1);
            stats.Mentions.Should().Be(2);
        }

        [SkippableFact]
        public void ALookupOfManyKeys_FindsEveryOne()
        {
            using var store = OpenStore();
            var keys = Enumerable.Range(0, 1000).Select(i => "1||thing" + i + "|").ToArray();
            store.Add(new[] { Entry("/news/many.md", "Many", keys.Select((k, i) => Figure(k, i + 20, (i + 20).ToString())).ToArray()) });

            Find(store, new ArchiveQuery(figureKeys: keys)).Should().HaveCount(1000);
        }

        [SkippableFact]
        public void ReAddingAChangedArticle_ReplacesItsMentions()
        {
            using var store = OpenStore();
            store.Add(new[] { Entry("/news/one.md", "One", Figure(UsersKey, 950e6, "950 million"), Figure(UsersKey, 900e6, "900 million")) });

            var result = store.Add(new[] { Entry("/news/one.md", "One, corrected", hash: "changed", mentions: Figure(UsersKey, 9.5e9, "9.5 billion")) });

            result.Replaced.Should().Be(1);
            result.Added.Should().Be(0);
            var found = Find(store, new ArchiveQuery(figureKeys: new[] { UsersKey }));
            found.Should().ContainSingle().Which.Text.Should().Be("9.5 billion");
            found[0].Article!.Title.Should().Be("One, corrected");
            store.Stats().Articles.Should().Be(1);
        }

        [SkippableFact]
        public void TheSameArticleTwiceInOneAdd_KeepsTheLaterMentionsOnly()
        {
            using var store = OpenStore();

            store.Add(new[]
            {
                Entry("/news/one.md", "One", "first", Figure(UsersKey, 950e6, "950 million"), Figure(UsersKey, 900e6, "900 million")),
                Entry("/news/two.md", "Two", Figure(UsersKey, 940e6, "940 million")),
                Entry("/news/one.md", "One, corrected", "second", Figure(UsersKey, 9.5e9, "9.5 billion")),
            });

            Find(store, new ArchiveQuery(figureKeys: new[] { UsersKey })).Select(m => m.Text).Should().BeEquivalentTo("9.5 billion", "940 million");
            store.Stats().Articles.Should().Be(2);
        }

        [SkippableFact]
        public void ReAddingAnUnchangedArticle_LeavesItAlone()
        {
            using var store = OpenStore();
            store.Add(new[] { Entry("/news/one.md", "One", Figure(UsersKey, 950e6, "950 million")) });

            var result = store.Add(new[] { Entry("/news/one.md", "One", Figure(UsersKey, 950e6, "950 million")) });

            result.Unchanged.Should().Be(1);
            result.Mentions.Should().Be(0);
            store.Stats().Figures.Should().Be(1);
        }

        [SkippableFact]
        public void RemovingAnArticle_RemovesItsMentions_AndLeavesTheOthers()
        {
            using var store = OpenStore();
            store.Add(new[]
            {
                Entry("/news/one.md", "One", Figure(UsersKey, 950e6, "950 million")),
                Entry("/news/two.md", "Two", Figure(UsersKey, 940e6, "940 million")),
            });

            store.Remove(new[] { "/news/one.md", "/news/never-archived.md" }).Should().Be(1);

            Find(store, new ArchiveQuery(figureKeys: new[] { UsersKey })).Should().ContainSingle().Which.Article!.Path.Should().Be("/news/two.md");
            store.Stats().Articles.Should().Be(1);
        }

        [SkippableFact]
        public void Stats_CountArticlesFiguresAndEvents_AndTheSchemaVersion()
        {
            using var store = OpenStore();
            store.Add(new[]
            {
                Entry("/news/one.md", "One", Figure(UsersKey, 950e6, "950 million"), Event("arrest", 2024, 8, 24, "lind")),
                Entry("/news/two.md", "Two", Figure(UsersKey, 940e6, "940 million")),
            });

            var stats = store.Stats();

            stats.Articles.Should().Be(2);
            stats.Figures.Should().Be(2);
            stats.Events.Should().Be(1);
            stats.SchemaVersion.Should().Be(ArchiveMigrations.CurrentVersion);
            store.PreviousVersion.Should().Be(0, "the store was created now");
        }

        [SkippableFact]
        public void AnArticleIndexedFromText_KeepsItsFrontMatterAndFigures()
        {
            var document = AnalyzedDocument.FromText("/news/indexed.md",
                "---\ntitle: \"Harbour figures\"\nurl: https://example.org/harbour\ndate: 2023-05-06\n---\n\n"
                + "Telegram's user base has reached 950 million, Telegram said. Telegram is growing.\n");
            var entry = ArchiveIndexer.Index(document, "/news/indexed.md");

            entry.Article.Title.Should().Be("Harbour figures");
            entry.Article.Url.Should().Be("https://example.org/harbour");
            entry.Article.Published.Should().Be(new CalendarDate(2023, 5, 6));
            entry.Mentions.Should().Contain(m => m.MentionKind == ArchivedMentionKind.Figure && m.Value == 950e6 && m.Owner == "telegram");

            using var store = OpenStore();
            store.Add(new[] { entry });
            Find(store, new ArchiveQuery(figureKeys: new[] { entry.Mentions[0].Key })).Should().NotBeEmpty();
        }

        [SkippableFact]
        public void AStoreOfAnOlderVersion_IsMigrated_AndKeepsItsArticles()
        {
            var location = NewLocation();
            using (var connection = Dialect.Open(location, create: true))
            {
                ArchiveMigrations.Migrate(connection, Dialect, location, targetVersion: 1);
                Execute(connection, "INSERT INTO articles (path, published, names, content_hash) VALUES ('/news/old.md', '2022', 'kestrel', 'h1')");
                Execute(connection, "INSERT INTO mentions (article_id, lookup_key, mention_kind, quantity_kind, value, low, high, resolution, period, place, segment, "
                    + "date_year, date_month, date_day, names, figure_text, subject_text, sentence_start, sentence_length, line) "
                    + "SELECT id, '" + UsersKey + "', 0, 1, 700000000, 700000000, 700000000, 5000000, '', '', '', 0, 0, 0, '', '700 million', 'users', 0, 10, 1 FROM articles");
            }

            using var store = OpenStore(location);

            store.PreviousVersion.Should().Be(1);
            store.Stats().SchemaVersion.Should().Be(ArchiveMigrations.CurrentVersion);
            var old = Find(store, new ArchiveQuery(figureKeys: new[] { UsersKey })).Should().ContainSingle().Subject;
            old.Text.Should().Be("700 million");
            old.Article!.Published.Year.Should().Be(2022);
            old.Article.Title.Should().BeNull();
            store.Add(new[] { Entry("/news/new.md", "New", Figure(UsersKey, 950e6, "950 million")) }).Added.Should().Be(1);
        }

        [SkippableFact]
        public void AStoreOfANewerVersion_IsRefusedWithAClearMessage_AndLeftAsItIs()
        {
            var location = NewLocation();
            using (var store = OpenStore(location))
                store.Add(new[] { Entry("/news/one.md", "One", Figure(UsersKey, 950e6, "950 million")) });
            using (var connection = Dialect.Open(location, create: false))
                Execute(connection, "UPDATE schema_version SET version = 99");

            var open = () => OpenStore(location);

            open.Should().Throw<ArchiveException>().Which.Message.Should().Contain("newer").And.Contain("99").And.Contain(Dialect.Display(location));
            using (var connection = Dialect.Open(location, create: false))
                Scalar(connection, "SELECT COUNT(*) FROM mentions").Should().Be(1);
        }

        [SkippableFact]
        public void ADatabaseThatIsNotAnArchive_IsRefused()
        {
            var location = NewLocation();
            using (var connection = Dialect.Open(location, create: true))
                Execute(connection, "CREATE TABLE customers (name " + Dialect.TextType + ")");

            var open = () => OpenStore(location);

            open.Should().Throw<ArchiveException>().Which.Message.Should().Contain("not an EditorialLint archive");
        }

        [SkippableFact]
        public async Task TwoWritersAtOnce_LoseNoMentions()
        {
            var location = NewLocation();
            using (OpenStore(location))
            {
            }

            Task<ArchiveAddResult> Writer(string name) => Task.Run(() =>
            {
                using var store = OpenStore(location);
                var total = new ArchiveAddResult();
                // Many small adds, so that the two writers' transactions interleave.
                for (int i = 0; i < 40; i++)
                {
                    var r = store.Add(new[] { Entry("/news/" + name + i + ".md", name, Figure(UsersKey, 950e6, "950 million"), Figure(UsersKey, 951e6, "951 million")) });
                    total.Added += r.Added;
                    total.Mentions += r.Mentions;
                }

                // Both also write one shared article: it is stored once.
                store.Add(new[] { Entry("/news/shared.md", "Shared", hash: name, mentions: Figure(UsersKey, 1e9, "1 billion")) });
                return total;
            });

            var results = await Task.WhenAll(Writer("a"), Writer("b"));

            results.Sum(r => r.Mentions).Should().Be(160);
            using var check = OpenStore(location);
            var stats = check.Stats();
            stats.Articles.Should().Be(81);
            stats.Figures.Should().Be(161);
        }

        [SkippableFact]
        public void AnAddThatFails_LeavesNoHalfArticle_AndKeepsWhatWasThere()
        {
            using var store = OpenStore();
            store.Add(new[] { Entry("/news/one.md", "One", Figure(UsersKey, 950e6, "950 million")) });
            // The second article's last mention cannot be stored (a column that must have a value has none).
            var broken = new ArchivedMention { MentionKind = ArchivedMentionKind.Figure, Key = UsersKey, Text = null!, SubjectText = "users" };

            var add = () => store.Add(new[]
            {
                Entry("/news/one.md", "One, changed", hash: "changed", mentions: Figure(UsersKey, 9.5e9, "9.5 billion")),
                Entry("/news/two.md", "Two", Figure(UsersKey, 940e6, "940 million"), broken),
            });

            add.Should().Throw<ArchiveException>().Which.Message.Should().Contain(Dialect.Display(store.Location));
            var left = Find(store, new ArchiveQuery(figureKeys: new[] { UsersKey }));
            left.Should().ContainSingle("neither the replacement nor the half-written article was kept").Which.Text.Should().Be("950 million");
            store.Stats().Articles.Should().Be(1);
        }

        /// <summary>An article with a title, a URL, a date and the names "kestrel" and "lind".</summary>
        protected static ArchiveEntry Entry(string path, string title, params ArchivedMention[] mentions) => Entry(path, title, "h-" + path, mentions);

        /// <summary>An article whose text hash is <paramref name="hash"/>.</summary>
        protected static ArchiveEntry Entry(string path, string title, string hash, params ArchivedMention[] mentions) =>
            new ArchiveEntry(
                new ArchivedArticle(path, "https://example.org/" + System.IO.Path.GetFileNameWithoutExtension(path), title, new CalendarDate(2024, 3, 4),
                    ImmutableArray.Create("kestrel", "lind"), hash),
                mentions);

        /// <summary>A count of users.</summary>
        protected static ArchivedMention Figure(string key, double value, string text) => new ArchivedMention
        {
            MentionKind = ArchivedMentionKind.Figure,
            Key = key,
            Kind = QuantityKind.Count,
            Value = value,
            Low = value,
            High = value,
            Resolution = 5e6,
            Subject = "user",
            Owner = "kestrel",
            Period = "2024",
            Place = "france",
            Segment = "active",
            Text = text,
            SubjectText = "users",
            SentenceStart = 40,
            SentenceLength = 60,
            Line = 3,
        };

        /// <summary>A dated event.</summary>
        protected static ArchivedMention Event(string eventKey, int year, int month, int day, params string[] names) => new ArchivedMention
        {
            MentionKind = ArchivedMentionKind.Event,
            Key = eventKey,
            Kind = QuantityKind.Date,
            Event = eventKey,
            Date = new CalendarDate(year, month, day),
            Names = names.ToImmutableArray(),
            Text = "August 24",
            SubjectText = eventKey,
            Line = 5,
        };

        /// <summary>Runs one statement on a raw connection.</summary>
        protected static void Execute(DbConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        /// <summary>Reads one number on a raw connection.</summary>
        protected static long Scalar(DbConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

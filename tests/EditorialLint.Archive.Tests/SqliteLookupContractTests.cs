using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.Data.Sqlite;

namespace EditorialLint.Archive.Tests
{
    /// <summary>
    /// A lint run's direct SQLite reader (<see cref="SqliteLookup"/>): the whole archive contract with every lookup read
    /// through it instead of the store, so the two read paths answer alike; and what it leaves to the store (older and
    /// newer schemas, files that are not archives) with the store's clear errors.
    /// </summary>
    public sealed class SqliteLookupContractTests : ArchiveStoreContract, IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "el-lookup-" + Guid.NewGuid().ToString("N"));
        private int _files;

        protected override IArchiveDialect Dialect { get; } = new SqliteArchiveDialect(TimeSpan.FromSeconds(30));

        protected override string NewLocation() => Path.Combine(_folder, "archive" + Interlocked.Increment(ref _files) + ".db");

        // The lookup through SqliteLookup, checked against the store's own answer (same mentions, same order).
        protected override IReadOnlyList<ArchivedMention> Find(ArchiveStore store, ArchiveQuery query)
        {
            using var lookup = SqliteLookup.TryOpen(store.Location, (SqliteArchiveDialect)Dialect);
            lookup.Should().NotBeNull("the store is at the current schema");
            var found = lookup!.Find(query);
            found.Should().BeEquivalentTo(store.Find(query), options => options.WithStrictOrdering());
            return found;
        }

        public void Dispose()
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }

        [Fact]
        public void ALintRunsArchive_AtTheCurrentSchema_IsReadDirectly_AndAnswersAsTheStoreDoes()
        {
            var location = NewLocation();
            using (var store = OpenStore(location))
                store.Add(new[]
                {
                    Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million"), Event("arrest", 2024, 3, 5, "Ann Lee")),
                    Entry("/news/two.md", "Two", Figure("1||user|", 940e6, "940 million")),
                });
            var query = new ArchiveQuery(figureKeys: new[] { "1||user|" }, eventKeys: new[] { "arrest" });

            using var archive = new LazyArchive(location);
            var found = archive.Find(query);

            archive.ReadsDirectly.Should().BeTrue();
            using var check = new ArchiveStore(Dialect, location, create: false);
            found.Should().HaveCount(3).And.BeEquivalentTo(check.Find(query), options => options.WithStrictOrdering());
        }

        [Fact]
        public void ALintRunsArchive_OfAnOlderSchema_IsOpenedByTheStore_WhichMigratesIt()
        {
            var location = NewLocation();
            Directory.CreateDirectory(_folder);
            using (var connection = Dialect.Open(location, create: true))
                ArchiveMigrations.Migrate(connection, Dialect, location, targetVersion: 1);
            SqliteLookup.TryOpen(location, (SqliteArchiveDialect)Dialect).Should().BeNull("only the current schema is read directly");

            using var archive = new LazyArchive(location);
            archive.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" })).Should().BeEmpty();

            archive.ReadsDirectly.Should().BeFalse();
            using var store = new ArchiveStore(Dialect, location, create: false);
            store.PreviousVersion.Should().Be(ArchiveMigrations.CurrentVersion, "the lint run's store migrated it");
        }

        [Fact]
        public void ALintRunsArchive_OfANewerSchema_GivesTheStoresClearError()
        {
            var location = NewLocation();
            using (var store = OpenStore(location))
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });
            using (var connection = Dialect.Open(location, create: false))
                Execute(connection, "UPDATE schema_version SET version = 99");

            using var archive = new LazyArchive(location);
            var find = () => archive.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" }));

            find.Should().Throw<ArchiveException>().Which.Message.Should().Contain("newer").And.Contain("99").And.Contain(location);
        }

        [Fact]
        public void ALintRunsArchive_ThatIsAnotherDatabase_OrCorrupt_GivesTheStoresClearError_AndIsLeftAsItIs()
        {
            var other = NewLocation();
            using (var connection = Dialect.Open(other, create: true))
                Execute(connection, "CREATE TABLE customers (name TEXT)");
            var corrupt = NewLocation();
            using (var store = OpenStore(corrupt))
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });
            var bytes = File.ReadAllBytes(corrupt);
            for (int i = 100; i < bytes.Length; i++) bytes[i] = 0x5A;
            File.WriteAllBytes(corrupt, bytes);

            foreach (var (location, message) in new[] { (other, "not an EditorialLint archive"), (corrupt, "not a readable SQLite database") })
            {
                using var archive = new LazyArchive(location);
                var find = () => archive.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" }));

                find.Should().Throw<ArchiveException>().Which.Message.Should().Contain(location).And.Contain(message);
            }

            File.ReadAllBytes(corrupt).Should().Equal(bytes);
        }

        [Fact]
        public void ALockedArchive_GivesTheSameClearErrorThroughEitherPath()
        {
            var location = NewLocation();
            using (var store = OpenStore(location))
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });
            // A rollback-journal database under another process's exclusive lock: even readers wait (WAL readers never do).
            using var holder = new SqliteConnection("Data Source=" + location + ";Pooling=False");
            holder.Open();
            using (var command = holder.CreateCommand())
            {
                command.CommandText = "PRAGMA journal_mode = DELETE; BEGIN EXCLUSIVE; DELETE FROM mentions;";
                command.ExecuteNonQuery();
            }

            var impatient = new SqliteArchiveDialect(TimeSpan.FromMilliseconds(200));
            var direct = () => SqliteLookup.TryOpen(location, impatient);
            var throughStore = () => new ArchiveStore(impatient, location, create: false).Dispose();

            var directError = direct.Should().Throw<ArchiveException>().Which.Message;
            var storeError = throughStore.Should().Throw<ArchiveException>().Which.Message;
            directError.Should().Contain("locked").And.Contain(location).And.Be(storeError);
        }

        [Fact]
        public void TheDirectReader_OpensTheFileReadOnly_AndWritesNothing()
        {
            var location = NewLocation();
            using (var store = OpenStore(location))
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });
            var before = File.ReadAllBytes(location);

            using (var lookup = SqliteLookup.TryOpen(location, (SqliteArchiveDialect)Dialect))
            {
                lookup!.WarmUp();
                lookup.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" })).Should().ContainSingle();
            }

            File.ReadAllBytes(location).Should().Equal(before);
        }

        [Fact]
        public void TheDirectReader_AndTheStore_UseOneCopyOfSqlite_SoTheirFileLocksAreOne()
        {
            // Two copies of SQLite in one process do not see each other's POSIX locks: closing a file in one copy drops
            // the other's locks (sqlite.org, "How To Corrupt An SQLite Database File", 2.2.1). The direct reader must
            // bind to the library that Microsoft.Data.Sqlite loaded.
            if (!File.Exists("/proc/self/maps")) return;
            var location = NewLocation();
            using (var store = OpenStore(location))
            {
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });
                using var lookup = SqliteLookup.TryOpen(location, (SqliteArchiveDialect)Dialect);
                lookup!.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" })).Should().ContainSingle();
            }

            var copies = File.ReadAllLines("/proc/self/maps")
                .Where(line => line.Contains("libe_sqlite3", StringComparison.Ordinal))
                .Select(line => line.Substring(line.IndexOf('/', StringComparison.Ordinal)))
                .Distinct(StringComparer.Ordinal);
            copies.Should().ContainSingle();
        }
    }
}

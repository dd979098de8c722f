using System;
using System.IO;
using System.Threading;
using Microsoft.Data.Sqlite;

namespace EditorialLint.Archive.Tests
{
    /// <summary>The archive contract on SQLite files, and what only a file store does (WAL, corrupt and locked files).</summary>
    public sealed class SqliteArchiveStoreTests : ArchiveStoreContract, IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "el-archive-" + Guid.NewGuid().ToString("N"));
        private int _files;

        protected override IArchiveDialect Dialect { get; } = new SqliteArchiveDialect(TimeSpan.FromSeconds(30));

        protected override string NewLocation() => Path.Combine(_folder, "archive" + Interlocked.Increment(ref _files) + ".db");

        public void Dispose()
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }

        [Fact]
        public void TheStore_IsOneFileCreatedOnFirstUse_InWalMode()
        {
            var location = Path.Combine(_folder, "nested", "new.db");

            using (var store = OpenStore(location))
            {
                File.Exists(location).Should().BeTrue();
                using var connection = Dialect.Open(location, create: false);
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode";
                command.ExecuteScalar().Should().Be("wal");
            }
        }

        [Fact]
        public void AWriteToAReadOnlyFile_IsAClearError_SayingNothingWasChanged()
        {
            // SQLITE_READONLY: a file this process may read but not write (as root, permissions do not stop a write, so
            // SQLite's result code is described here directly; a read-only folder is tested through the CLI).
            var error = new SqliteArchiveDialect().Describe(8, "attempt to write a readonly database", null, "shelf/archive.db");

            error.Should().NotBeNull();
            error!.Message.Should().Be("The archive 'shelf/archive.db' is read-only for this process (attempt to write a readonly database); "
                + "nothing was changed. Adding and removing articles needs write access to the archive and its folder.");
        }

        [Fact]
        public void AMissingFile_IsAClearError_WhenTheStoreMustExist()
        {
            var location = NewLocation();

            var open = () => new ArchiveStore(Dialect, location, create: false);

            open.Should().Throw<ArchiveException>().Which.Message.Should().Contain("No archive at '" + location + "'").And.Contain("archive add");
            File.Exists(location).Should().BeFalse();
        }

        [Fact]
        public void AFileThatIsNotADatabase_IsAClearError_AndLeftAsItIs()
        {
            var location = NewLocation();
            Directory.CreateDirectory(_folder);
            var bytes = new byte[8192];
            new Random(7).NextBytes(bytes);
            File.WriteAllBytes(location, bytes);

            var open = () => OpenStore(location);

            open.Should().Throw<ArchiveException>().Which.Message.Should().Contain(location).And.Contain("not a readable SQLite database");
            File.ReadAllBytes(location).Should().Equal(bytes);
        }

        [Fact]
        public void ACorruptArchive_IsAClearError_AndLeftAsItIs()
        {
            var location = NewLocation();
            using (var store = OpenStore(location))
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });
            // Overwrite the pages after the header: the file still says SQLite but its tables are garbage.
            var bytes = File.ReadAllBytes(location);
            for (int i = 100; i < bytes.Length; i++) bytes[i] = 0x5A;
            File.WriteAllBytes(location, bytes);

            var open = () =>
            {
                using var store = OpenStore(location);
                store.Stats();
            };

            open.Should().Throw<ArchiveException>().Which.Message.Should().Contain(location);
            File.ReadAllBytes(location).Should().Equal(bytes);
        }

        [Fact]
        public void AReader_DoesNotWaitForAWriter_AndSeesWhatWasCommitted()
        {
            var location = NewLocation();
            using (var store = OpenStore(location))
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });

            // Another process is in the middle of a write.
            using var holder = new SqliteConnection("Data Source=" + location + ";Pooling=False");
            holder.Open();
            using var transaction = holder.BeginTransaction(deferred: false);
            using (var command = holder.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = "DELETE FROM mentions";
                command.ExecuteNonQuery();
            }

            using var reader = new ArchiveStore(new SqliteArchiveDialect(TimeSpan.FromMilliseconds(100)), location, create: false);
            reader.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" })).Should().ContainSingle("the writer has not committed");
            transaction.Rollback();
        }

        [Fact]
        public void ALockedArchive_IsAClearError_AndKeepsWhatItHad()
        {
            var location = NewLocation();
            using (var store = OpenStore(location))
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });
            var impatient = new SqliteArchiveDialect(TimeSpan.FromMilliseconds(200));
            using var writer = new ArchiveStore(impatient, location, create: false);

            // Another process holds the write lock.
            using (var holder = new SqliteConnection("Data Source=" + location + ";Pooling=False"))
            {
                holder.Open();
                using var transaction = holder.BeginTransaction(deferred: false);
                using (var command = holder.CreateCommand())
                {
                    command.Transaction = transaction;
                    command.CommandText = "DELETE FROM mentions";
                    command.ExecuteNonQuery();
                }

                var add = () => writer.Add(new[] { Entry("/news/two.md", "Two", Figure("1||user|", 940e6, "940 million")) });

                add.Should().Throw<ArchiveException>().Which.Message.Should().Contain(location).And.Contain("locked");
                transaction.Rollback();
            }

            writer.Stats().Figures.Should().Be(1);
            writer.Add(new[] { Entry("/news/two.md", "Two", Figure("1||user|", 940e6, "940 million")) }).Added.Should().Be(1);
        }

        // A lint run's archive (LazyArchive): the CLI starts opening it in the background at the start of the run.

        [Fact]
        public void ALintRunsArchive_OpenedInTheBackground_AnswersTheLookup()
        {
            var location = NewLocation();
            using (var store = OpenStore(location))
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });

            using var archive = new LazyArchive(location);
            archive.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|" }));
            archive.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|" }));

            archive.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" })).Should().ContainSingle().Which.Text.Should().Be("950 million");
            archive.IsOpen.Should().BeTrue();
        }

        [Fact]
        public void ALintRunsArchive_IsNotOpened_UntilPreparedOrAsked()
        {
            var location = NewLocation();
            using (OpenStore(location))
            {
            }

            using var archive = new LazyArchive(location);

            archive.IsOpen.Should().BeFalse();
        }

        [Fact]
        public void ALintRunsArchive_ThatIsNotADatabase_FailsTheLookupWithTheClearError_AfterABackgroundOpen()
        {
            var location = NewLocation();
            Directory.CreateDirectory(_folder);
            File.WriteAllText(location, "these are notes, not a database\n");
            var archive = new LazyArchive(location);

            archive.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|" }));
            var find = () => archive.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" }));

            find.Should().Throw<ArchiveException>().Which.Message.Should().Contain(location).And.Contain("not a readable SQLite database");
            archive.Invoking(a => a.Dispose()).Should().NotThrow();
            File.ReadAllText(location).Should().Be("these are notes, not a database\n");
        }

        [Fact]
        public void ALintRunsArchive_ThatIsNotADatabase_WithNothingLookedUp_LeavesNoUnobservedFailure()
        {
            var location = NewLocation();
            Directory.CreateDirectory(_folder);
            File.WriteAllText(location, "these are notes, not a database\n");
            Exception? unobserved = null;
            void Record(object? sender, System.Threading.Tasks.UnobservedTaskExceptionEventArgs e)
            {
                if (e.Exception.ToString().Contains(location, StringComparison.Ordinal)) unobserved = e.Exception;
            }

            System.Threading.Tasks.TaskScheduler.UnobservedTaskException += Record;
            try
            {
                var archive = new LazyArchive(location);
                archive.Prepare(new ArchiveQuery(figureKeys: new[] { "1||user|" }));
                archive.Invoking(a => a.Dispose()).Should().NotThrow();
                archive = null;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
            }
            finally
            {
                System.Threading.Tasks.TaskScheduler.UnobservedTaskException -= Record;
            }

            unobserved.Should().BeNull();
        }
    }
}

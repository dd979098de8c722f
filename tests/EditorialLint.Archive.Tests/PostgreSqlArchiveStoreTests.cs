using System;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Testing;
using Npgsql;

namespace EditorialLint.Archive.Tests
{
    /// <summary>The xunit collection of tests that share one real PostgreSQL server (started on first use).</summary>
    [CollectionDefinition(Name)]
    public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
    {
        /// <summary>The collection's name.</summary>
        public const string Name = "PostgreSQL server";
    }

    /// <summary>
    /// The archive contract on a real PostgreSQL server (a new database for each store), and what only a server store
    /// does: databases created on first use, writers and migrations that queue on advisory locks, clear errors.
    /// Skipped without PostgreSQL binaries on a developer's machine; in CI they are required.
    /// </summary>
    [Collection(PostgresCollection.Name)]
    public sealed class PostgreSqlArchiveStoreTests : ArchiveStoreContract
    {
        private readonly PostgresTestServer _server;

        public PostgreSqlArchiveStoreTests(PostgresServerFixture fixture)
        {
            if (PostgresTestServer.MissingReason is { } reason && !PostgresTestServer.Required) throw new SkipTestException(reason);
            _server = fixture.Server;
        }

        protected override IArchiveDialect Dialect { get; } = new PostgreSqlArchiveDialect(TimeSpan.FromSeconds(30));

        // A postgres:// URL, as a user gives --archive.
        protected override string NewLocation() => _server.Url(_server.CreateDatabase("archive"));

        [PostgresFact]
        public void AConnectionString_OpensTheSameStore_AsItsUrl()
        {
            var database = _server.CreateDatabase("forms");
            using (var store = ArchiveStoreFactory.Open(_server.Url(database), create: true))
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });

            using var again = ArchiveStoreFactory.Open(_server.ConnectionString(database));

            again.Dialect.Should().BeOfType<PostgreSqlArchiveDialect>();
            again.Stats().Figures.Should().Be(1);
            again.Stats().SizeInBytes.Should().BeGreaterThan(0);
        }

        [PostgresFact]
        public void AMissingDatabase_IsCreatedOnFirstUse_WhenTheStoreMayBeCreated()
        {
            var url = _server.Url("created_on_first_use");

            using (var store = ArchiveStoreFactory.Open(url, create: true))
                store.PreviousVersion.Should().Be(0);

            _server.Psql("postgres", "SELECT count(*) FROM pg_database WHERE datname = 'created_on_first_use'").Trim().Should().Be("1");
        }

        [PostgresFact]
        public void AMissingDatabase_IsAClearError_WhenTheStoreMustExist()
        {
            var url = _server.Url("never_made");

            var open = () => ArchiveStoreFactory.Open(url);

            open.Should().Throw<ArchiveException>().Which.Message.Should().Contain("'" + url + "'").And.Contain("does not exist");
        }

        [PostgresFact]
        public void AnEmptyDatabase_IsNoArchive_WhenTheStoreMustExist()
        {
            var url = _server.Url(_server.CreateDatabase("empty"));

            var open = () => ArchiveStoreFactory.Open(url);

            open.Should().Throw<ArchiveException>().Which.Message.Should().Contain("No archive in '" + url + "'").And.Contain("archive add");
            _server.Psql(url.Substring(url.LastIndexOf('/') + 1), "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Trim().Should().Be("0", "nothing was created");
        }

        [PostgresFact]
        public async Task ProcessesMigratingAtOnce_QueueOnTheSchemaLock_AndBuildTheSchemaOnce()
        {
            var location = NewLocation();

            var versions = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            {
                using var store = OpenStore(location);
                return store.PreviousVersion;
            })));

            versions.Count(v => v == 0).Should().Be(1, "one process created the schema, the others found it done");
            versions.Where(v => v != 0).Should().OnlyContain(v => v == ArchiveMigrations.CurrentVersion);
            _server.Psql(Database(location), "SELECT count(*) || ' ' || max(version) FROM schema_version").Trim()
                .Should().Be("1 " + ArchiveMigrations.CurrentVersion);
        }

        [PostgresFact]
        public void AWriterKeptWaitingByAnother_IsToldTheArchiveIsLocked_AndNothingIsChanged()
        {
            var location = NewLocation();
            using (var store = OpenStore(location))
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });
            using var impatient = new ArchiveStore(new PostgreSqlArchiveDialect(TimeSpan.FromMilliseconds(300)), location, create: false);

            // Another process is writing: it holds the archive's write lock.
            using (var holder = Dialect.Open(location, create: false))
            using (var transaction = Dialect.BeginWrite(holder))
            {
                var add = () => impatient.Add(new[] { Entry("/news/two.md", "Two", Figure("1||user|", 940e6, "940 million")) });

                add.Should().Throw<ArchiveException>().Which.Message.Should().Contain(location).And.Contain("locked");
                transaction.Rollback();
            }

            impatient.Stats().Figures.Should().Be(1);
            impatient.Add(new[] { Entry("/news/two.md", "Two", Figure("1||user|", 940e6, "940 million")) }).Added.Should().Be(1);
        }

        [PostgresFact]
        public void ARoleThatMayOnlyRead_OpensTheArchive_AndFindsItsFigures()
        {
            var database = _server.CreateDatabase("shared");
            using (var store = ArchiveStoreFactory.Open(_server.Url(database), create: true))
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) });
            // A desk's lint runs log in as a role that can read the archive and change nothing.
            _server.Psql(database, "CREATE ROLE desk_reader LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public TO desk_reader");
            var reader = $"postgres://desk_reader@127.0.0.1:{_server.Port}/{database}";

            using var archive = ArchiveStoreFactory.Open(reader);

            archive.Find(new ArchiveQuery(figureKeys: new[] { "1||user|" })).Should().ContainSingle().Which.Text.Should().Be("950 million");
            var add = () => archive.Add(new[] { Entry("/news/two.md", "Two", Figure("1||user|", 940e6, "940 million")) });
            add.Should().Throw<ArchiveException>().Which.Message.Should().Contain("does not allow this").And.Contain("nothing was changed");
        }

        [PostgresFact]
        public void AWrongPassword_IsAClearError_ThatNeverShowsThePassword()
        {
            var database = _server.CreateDatabase("login");
            // The test server trusts every role it has; one it does not have is refused as a wrong password would be.
            var url = $"postgres://nobody_here:secret-word@127.0.0.1:{_server.Port}/{database}";

            var open = () => ArchiveStoreFactory.Open(url);

            var message = open.Should().Throw<ArchiveException>().Which.Message;
            message.Should().Contain("refused the login").And.Contain("postgres://nobody_here:***@").And.NotContain("secret-word");
        }

        [PostgresFact]
        public void AServerThatAsksForAPassword_TakesItFromTheEnvironment_AndSaysWhatToDoWithoutOne()
        {
            using var guarded = PostgresTestServer.Start(password: "desk-pass");
            var url = guarded.Url(guarded.CreateDatabase("guarded"));
            var previous = Environment.GetEnvironmentVariable("PGPASSWORD");
            try
            {
                Environment.SetEnvironmentVariable("PGPASSWORD", null);
                var open = () => ArchiveStoreFactory.Open(url, create: true);
                open.Should().Throw<ArchiveException>().Which.Message.Should().Contain("asks for a password").And.Contain("PGPASSWORD");

                Environment.SetEnvironmentVariable("PGPASSWORD", "desk-pass");
                using var store = ArchiveStoreFactory.Open(url, create: true);
                store.Add(new[] { Entry("/news/one.md", "One", Figure("1||user|", 950e6, "950 million")) }).Added.Should().Be(1);
            }
            finally
            {
                Environment.SetEnvironmentVariable("PGPASSWORD", previous);
            }
        }

        [PostgresFact]
        public void AServerThatAsksForTheClearTextPassword_IsRefused_UnlessTheLocationAllowsIt()
        {
            using var plain = PostgresTestServer.Start(password: "desk-pass", passwordMethod: "password");
            var database = plain.CreateDatabase("cleartext");
            var url = $"postgres://postgres:desk-pass@127.0.0.1:{plain.Port}/{database}";

            var open = () => ArchiveStoreFactory.Open(url, create: true);

            open.Should().Throw<ArchiveException>().Which.Message.Should().Contain("asked for the password in clear text").And.NotContain("desk-pass");
            using var allowed = ArchiveStoreFactory.Open(url + "?require_auth=password", create: true);
            allowed.Stats().Articles.Should().Be(0);
        }

        private static string Database(string url) => new NpgsqlConnectionStringBuilder(PostgreSqlLocation.Parse(url).ConnectionString).Database!;
    }
}

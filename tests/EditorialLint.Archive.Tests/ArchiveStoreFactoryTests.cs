namespace EditorialLint.Archive.Tests
{
    /// <summary>Which database a location names.</summary>
    public sealed class ArchiveStoreFactoryTests
    {
        [Fact]
        public void AServerLocation_IsRecognised_AndItsPasswordNeverShown()
        {
            ArchiveStoreFactory.IsServer("postgres://lint:secret@db/archive").Should().BeTrue();
            ArchiveStoreFactory.IsServer("postgresql://db/archive").Should().BeTrue();
            ArchiveStoreFactory.IsServer("Host=db;Database=archive;Password=secret").Should().BeTrue();
            ArchiveStoreFactory.IsServer("archive.db").Should().BeFalse();
            ArchiveStoreFactory.IsServer("C:\\news\\archive.db").Should().BeFalse();
            ArchiveStoreFactory.RedactedServer("postgres://lint:secret@db/archive").Should().Be("postgres://lint:***@db/archive");
            ArchiveStoreFactory.RedactedServer("Host=db;Password=secret").Should().Be("Host=db;Password=***");
        }

        [Fact]
        public void AServerLocation_GetsThePostgreSqlDialect_AndAFileTheSqliteOne()
        {
            ArchiveStoreFactory.DialectFor("postgres://lint:secret@db/archive").Should().BeOfType<PostgreSqlArchiveDialect>();
            ArchiveStoreFactory.DialectFor("Host=db;Database=archive").Should().BeOfType<PostgreSqlArchiveDialect>();
            ArchiveStoreFactory.DialectFor("archive.db").Should().BeOfType<SqliteArchiveDialect>();
        }

        [Fact]
        public void AServerThatIsNotListening_IsAClearError_ThatNeverShowsThePassword()
        {
            // A port that was free a moment ago: nothing listens there.
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();

            var open = () => ArchiveStoreFactory.Open($"postgres://lint:secret@127.0.0.1:{port}/archive");

            open.Should().Throw<ArchiveException>().Which.Message.Should().Contain("cannot be reached").And.Contain($"postgres://lint:***@127.0.0.1:{port}/archive").And.NotContain("secret");
        }
    }
}

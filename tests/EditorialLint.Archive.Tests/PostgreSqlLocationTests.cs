namespace EditorialLint.Archive.Tests
{
    /// <summary>How a PostgreSQL URL or connection string becomes Npgsql's connection string.</summary>
    public sealed class PostgreSqlLocationTests
    {
        [Fact]
        public void AUrl_GivesUserPasswordHostPortAndDatabase_Decoded()
        {
            var settings = PostgreSqlLocation.Parse("postgres://news%40desk:p%3Ass@db.example.org:6543/archive%20main");

            settings.Username.Should().Be("news@desk");
            settings.Password.Should().Be("p:ss");
            settings.Host.Should().Be("db.example.org");
            settings.Port.Should().Be(6543);
            settings.Database.Should().Be("archive main");
        }

        [Fact]
        public void AUrl_TakesLibpqOptions_AndIPv6AndSeveralHosts()
        {
            var secure = PostgreSqlLocation.Parse("postgresql://lint@[::1]:5433/archive?sslmode=verify-full&connect_timeout=7&application_name=desk");
            secure.Host.Should().Be("::1");
            secure.Port.Should().Be(5433);
            secure.SslMode.ToString().Should().Be("VerifyFull");
            secure.Timeout.Should().Be(7);
            secure.ApplicationName.Should().Be("desk");

            PostgreSqlLocation.Parse("postgres://lint@primary:5432,standby:5432/archive").Host.Should().Be("primary:5432,standby:5432");
            PostgreSqlLocation.Parse("postgres://lint@%2Fvar%2Frun%2Fpostgresql/archive").Host.Should().Be("/var/run/postgresql");
        }

        [Fact]
        public void ALocation_IsUnpooledNamedForTheToolAndNeverSendsTheClearTextPassword_UnlessItSaysOtherwise()
        {
            var plain = PostgreSqlLocation.Parse("Host=db;Database=archive");
            plain.Pooling.Should().BeFalse("a lint run opens the archive once");
            plain.ApplicationName.Should().Be("editorial-lint");

            plain.RequireAuth.Should().Be("!Password", "the password never goes in clear text to a server a repository may have named");

            var own = PostgreSqlLocation.Parse("Host=db;Database=archive;Pooling=true;Application Name=desk;Require Auth=Password");
            own.Pooling.Should().BeTrue();
            own.ApplicationName.Should().Be("desk");
            own.RequireAuth.Should().Be("Password");
            PostgreSqlLocation.Parse("postgres://lint@db/archive?require_auth=scram-sha-256,md5").RequireAuth.Should().Be("ScramSHA256,MD5");
            PostgreSqlLocation.Parse("postgres://lint@db/archive?require_auth=!password,!md5").RequireAuth.Should().Be("!Password,!MD5");
        }

        [Theory]
        [InlineData("postgres://lint:secret@db/archive?colour=blue", "colour")]
        [InlineData("postgres://lint:secret@db:99999/archive", "99999")]
        [InlineData("Host=db;Password=secret;Colour=blue", "colour")]
        [InlineData("postgres://lint:secret@/archive", "names no host")]
        public void AMalformedLocation_IsAClearError_WithoutThePassword(string location, string expected)
        {
            var parse = () => PostgreSqlLocation.Parse(location);

            parse.Should().Throw<ArchiveException>().Which.Message.Should().ContainEquivalentOf(expected).And.NotContain("secret");
        }
    }
}

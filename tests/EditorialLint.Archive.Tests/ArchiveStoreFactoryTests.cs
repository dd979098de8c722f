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
        public void APostgresLocation_IsAClearError_UntilTheDialectIsBuiltIn()
        {
            var open = () => ArchiveStoreFactory.Open("postgres://lint:secret@db/archive");

            open.Should().Throw<ArchiveException>().Which.Message.Should().Contain("not supported by this build").And.NotContain("secret");
        }
    }
}

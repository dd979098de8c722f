using System.Collections.Generic;
using System.IO;
using EditorialLint.Analysis;
using EditorialLint.Archive;
using EditorialLint.Configuration;

namespace EditorialLint.Core.Tests.Archive
{
    public class ArchiveLocationTests
    {
        private static readonly string Base = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "newsroom"));
        private static readonly RuleOptions Configured =
            new DictionaryRuleOptions(new Dictionary<string, string> { [ConfigurationKey.ArchiveKey] = "/srv/config/archive.db" });

        private static string? NoEnvironment(string name) => null;

        private static string? Environment(string name) => name == ArchiveLocation.EnvironmentVariable ? "env/archive.db" : null;

        [Fact]
        public void TheExplicitLocation_WinsOverTheEnvironmentAndTheEditorConfig() =>
            ArchiveLocation.Resolve("given.db", Base, Configured, Environment).Should().Be(Path.Combine(Base, "given.db"));

        [Fact]
        public void TheEnvironment_WinsOverTheEditorConfig_AndIsRelativeToTheBaseFolder() =>
            ArchiveLocation.Resolve(null, Base, Configured, Environment).Should().Be(Path.Combine(Base, "env", "archive.db"));

        [Fact]
        public void TheEditorConfigValue_IsUsedLast_AsResolvedAgainstItsFile() =>
            ArchiveLocation.Resolve(null, Base, Configured, NoEnvironment).Should().Be("/srv/config/archive.db");

        [Fact]
        public void NothingGiven_MeansNoArchive() =>
            ArchiveLocation.Resolve("  ", Base, RuleOptions.Default, NoEnvironment).Should().BeNull();

        [Theory]
        [InlineData("postgres://lint:secret@db/archive", "postgres://lint:***@db/archive")]
        [InlineData("Host=db;Database=archive;Password=secret", "Host=db;Database=archive;Password=***")]
        public void AServerAddress_IsKeptAsItIs_AndShownWithoutItsPassword(string location, string shown)
        {
            ArchiveLocation.Resolve(location, Base, null, NoEnvironment).Should().Be(location);
            ArchiveLocation.Display(location).Should().Be(shown);
        }
    }
}

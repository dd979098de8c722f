using System;
using System.Diagnostics;
using EditorialLint.Testing;

namespace EditorialLint.Cli.Tests
{
    /// <summary>The xunit collection of CLI tests that share one real PostgreSQL server (started on first use).</summary>
    [CollectionDefinition(Name)]
    public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
    {
        /// <summary>The collection's name.</summary>
        public const string Name = "PostgreSQL server";
    }

    /// <summary>
    /// archive add into a PostgreSQL server and lint runs against it, by URL, environment and .editorconfig. Skipped
    /// without PostgreSQL binaries on a developer's machine; in CI they are required.
    /// </summary>
    [Collection(PostgresCollection.Name)]
    public sealed class ArchivePostgresCliTests
    {
        private readonly PostgresServerFixture _fixture;

        public ArchivePostgresCliTests(PostgresServerFixture fixture) => _fixture = fixture;

        private PostgresTestServer Server => _fixture.Server;

        // One invented story: Ines Vale's messaging app Brightwell Chat, based in Porto.
        private static string Story(string title, string date, string figure) =>
            "---\ntitle: " + title + "\ndate: " + date + "\n---\n\n" + figure
            + " Ines Vale started Brightwell Chat in Porto in 2016. Vale told reporters in Porto that Brightwell Chat would stay independent.\n";

        private static TempFolder Newsroom()
        {
            var folder = new TempFolder();
            folder.Write("published/spring.md", Story("Brightwell Chat keeps growing", "2024-04-02", "The number of Brightwell Chat users has reached 30 million."));
            folder.Write("published/summer.md", Story("Porto's chat app", "2024-04-09", "Brightwell Chat says its user base now reaches 30 million."));
            folder.Write("drafts/today.md", Story("Brightwell Chat today", "2024-05-20", "The number of Brightwell Chat users has climbed to 45 million."));
            return folder;
        }

        [PostgresFact]
        public void ArchiveAddIntoPostgres_ThenALintWithThePostgresArchive_ReportsTheConflict()
        {
            using var folder = Newsroom();
            var url = Server.Url(Server.CreateDatabase("cli"));

            var add = CliRunner.Run(folder.Path, "archive", "add", "published", "--db", url);
            add.ExitCode.Should().Be(0, add.Error);
            add.Error.Should().Contain("2 articles archived").And.Contain("2 added");

            var (code, output, error) = CliRunner.Run(folder.Path, "drafts/today.md", "--archive", url, "-q");

            code.Should().Be(0, error);
            // The figure's own line and column in today's article.
            var lines = System.IO.File.ReadAllLines(System.IO.Path.Combine(folder.Path, "drafts", "today.md"));
            int line = Array.FindIndex(lines, l => l.Contains("45 million", StringComparison.Ordinal));
            var at = $"drafts/today.md({line + 1},{lines[line].IndexOf("45 million", StringComparison.Ordinal) + 1})";
            output.Should().Contain(at + ": warning EL1002: '45 million' users here, but '30 million' in 2 archived articles (Brightwell Chat keeps growing, 2024-04-02; Porto's chat app, 2024-04-09)");
            var stats = CliRunner.Run(folder.Path, "archive", "stats", "--db", url);
            stats.Output.Should().Contain("(PostgreSQL)").And.Contain("articles:       2").And.Contain("figures:        2");
        }

        [PostgresFact]
        public void TheServer_CanComeFromTheEditorConfig()
        {
            using var folder = Newsroom();
            var url = Server.Url(Server.CreateDatabase("editorconfig"));
            CliRunner.Run(folder.Path, "archive", "add", "published", "--db", url).ExitCode.Should().Be(0);
            folder.Write("drafts/.editorconfig", "[*.md]\neditorial_lint.archive = " + url + "\n");

            CliRunner.Run(folder.Path, "drafts/today.md", "-q").Output.Should().Contain("in 2 archived articles");
        }

        [PostgresFact]
        public void TheServer_CanComeFromTheEnvironment_ForArchiveAddAndLintRuns()
        {
            using var folder = Newsroom();
            var url = Server.Url(Server.CreateDatabase("environment"));

            // Separate processes: the variable is read from the process's environment.
            Tool(folder.Path, url, "archive", "add", "published").Code.Should().Be(0);
            var (code, output) = Tool(folder.Path, url, "drafts/today.md", "-q");

            code.Should().Be(0);
            output.Should().Contain("warning EL1002: '45 million' users here, but '30 million' in 2 archived articles");
        }

        [PostgresFact]
        public async System.Threading.Tasks.Task TwoArchiveAddProcessesAtOnce_IntoOneServer_LoseNoMentions()
        {
            using var folder = new TempFolder();
            for (int i = 0; i < 30; i++)
            {
                folder.Write("a/" + i + ".md", Story("A" + i, "2024-04-02", "The number of Brightwell Chat users has reached 30 million."));
                folder.Write("b/" + i + ".md", Story("B" + i, "2024-04-02", "Brightwell Chat says its user base now reaches 30 million."));
            }

            var url = Server.Url(Server.CreateDatabase("twoprocesses"));
            // Both processes start on an empty database: they also race to create the schema.
            var results = await System.Threading.Tasks.Task.WhenAll(
                System.Threading.Tasks.Task.Run(() => Tool(folder.Path, url, "archive", "add", "a")),
                System.Threading.Tasks.Task.Run(() => Tool(folder.Path, url, "archive", "add", "b")));

            results.Should().AllSatisfy(r => r.Code.Should().Be(0, r.Output));
            CliRunner.Run(folder.Path, "archive", "stats", "--db", url).Output.Should().Contain("articles:       60").And.Contain("figures:        60");
        }

        [Fact]
        public void AnUnreachableServer_ExitsWithTwo_NamingItWithoutThePassword()
        {
            using var folder = Newsroom();
            // A port that was free a moment ago: nothing listens there.
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();

            var (code, _, error) = CliRunner.Run(folder.Path, "drafts/today.md", "--archive", $"postgres://desk:hunter2@127.0.0.1:{port}/archive");

            code.Should().Be(2);
            error.Should().Contain($"'postgres://desk:***@127.0.0.1:{port}/archive' cannot be reached").And.NotContain("hunter2");
        }

        private static (int Code, string Output) Tool(string directory, string archive, params string[] args)
        {
            var info = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            info.ArgumentList.Add(typeof(CliApplication).Assembly.Location);
            foreach (var a in args) info.ArgumentList.Add(a);
            info.Environment["EDITORIAL_LINT_ARCHIVE"] = archive;
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }
    }
}

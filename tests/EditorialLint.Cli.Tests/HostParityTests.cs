using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using EditorialLint.LanguageServer.Tests;
using EditorialLint.Testing;

namespace EditorialLint.Cli.Tests
{
    /// <summary>
    /// One folder of articles (suppression comments, a malformed and an unnecessary directive, a rule pack holding a
    /// YAML rule and a C# rule) linted by every host: the CLI, the language server as <c>editorial-lint lsp</c> sets
    /// it up, and the analyzer in a consumer project built with <c>dotnet build</c>. Every host sets up through
    /// <c>LintWorkspace</c>, so they must agree on rule IDs and spans. The analyzer host cannot load rule packs or
    /// compile C# (the compiler reads no folders for it), so its findings are the others' without the pack's.
    /// </summary>
    public sealed class HostParityTests : IDisposable
    {
        private const string Harbour =
            "# Harbour notes\n\n" +
            "The ferry left at dawn and the the crew waved from the deck.\n\n" +
            "<!-- editorial-lint disable-next-line EL3001 -->\n" +
            "The pilot said that the the tide had turned early.\n\n" +
            "We are gonna reopen the quay on Monday.\n\n" +
            "<!-- editorial-lint disable-next-line EL3004 -->\n" +
            "Nothing else happened on the water.\n\n" +
            "<!-- editorial-lint disable-nextline EL3001 -->\n";

        private const string Council =
            "# Council notes\n\n" +
            "The council met in the old hall on a wet evening and talked for a long time about the roads, the bins, " +
            "the lights on the bridge, the market stalls and the new bus timetable before anyone thought to ask for a vote.\n\n" +
            "The mayor thanked the the staff. <!-- editorial-lint disable-line EL3001 -->\n";

        private readonly string _work = Path.Combine(Path.GetTempPath(), "el-parity-" + Guid.NewGuid().ToString("N"));
        private readonly string _project;

        public HostParityTests()
        {
            _project = Path.Combine(_work, "desk");
            Write("docs/harbour.md", Harbour);
            Write("docs/council.md", Council);
            Write(".editorconfig", "root = true\n\n[*.md]\neditorial_lint.rule_packs = house\neditorial_lint.House.LongSentence.max_words = 30\n");
            ConsumerProject.CopyDirectory(Path.Combine(SharedData.RepositoryRoot, "samples", "plugins", "house"), Path.Combine(_project, "house"));
            Write("Desk.csproj",
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
                "  <PropertyGroup><TargetFramework>net10.0</TargetFramework><EditorialLintIncludeDocs>true</EditorialLintIncludeDocs></PropertyGroup>\n" +
                "  <ItemGroup><Compile Remove=\"house/**\" /><PackageReference Include=\"EditorialLint.Analyzers\" Version=\"$(EditorialLintVersion)\" PrivateAssets=\"all\" /></ItemGroup>\n" +
                "</Project>\n");
            Write("Class1.cs", "namespace Desk { public class Class1 { } }\n");
        }

        public void Dispose()
        {
            try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
        }

        [Fact]
        public async Task SameArticles_PackAndPlugin_GiveTheSameFindings_InTheCli_TheLanguageServer_AndTheAnalyzer()
        {
            var cli = LintWithCli();
            cli.Should().Contain(f => f.StartsWith("docs/harbour.md(3,", StringComparison.Ordinal) && f.EndsWith(" EL3001", StringComparison.Ordinal), "a finding outside any directive is reported");
            cli.Should().NotContain(f => f.StartsWith("docs/harbour.md(6,", StringComparison.Ordinal), "disable-next-line suppresses it");
            cli.Should().NotContain(f => f.StartsWith("docs/council.md(5,", StringComparison.Ordinal) && f.EndsWith(" EL3001", StringComparison.Ordinal), "disable-line suppresses it");
            cli.Should().Contain(f => f.EndsWith(" House.Slang", StringComparison.Ordinal), "the pack's YAML rule runs");
            cli.Should().Contain(f => f.EndsWith(" House.LongSentence", StringComparison.Ordinal), "the pack's C# rule is compiled and runs");
            cli.Should().Contain(f => f.EndsWith(" EL9040", StringComparison.Ordinal)).And.Contain(f => f.EndsWith(" EL9041", StringComparison.Ordinal));

            var server = await LintWithLanguageServer(cli);
            server.Should().Equal(cli, "the language server sets up like the CLI, plugin host included");

            var analyzer = LintWithAnalyzer();
            analyzer.Should().Equal(cli.Where(f => !f.Contains(" House.", StringComparison.Ordinal)), "the analyzer runs the same engine over the same configuration");
        }

        // "path(line,col,endLine,endCol) ID", 1-based, the end exclusive: what every host is compared on.
        private static string Describe(string path, int line, int column, int endLine, int endColumn, string id) =>
            $"{path}({line},{column},{endLine},{endColumn}) {id}";

        private List<string> LintWithCli()
        {
            var (code, output, error) = CliRunner.Run(_project, "docs", "--range", "-q", "--allow-plugins");
            code.Should().Be(0, error);
            var found = new List<string>();
            foreach (Match m in Regex.Matches(output, @"^(?<path>[^(\n]+)\((?<l>\d+),(?<c>\d+),(?<el>\d+),(?<ec>\d+)\): \w+ (?<id>[^:]+):", RegexOptions.Multiline))
                found.Add(Describe(m.Groups["path"].Value, Int(m, "l"), Int(m, "c"), Int(m, "el"), Int(m, "ec"), m.Groups["id"].Value));
            found.Should().NotBeEmpty(output);
            return Sorted(found);
        }

        private async Task<List<string>> LintWithLanguageServer(List<string> expected)
        {
            var options = CliApplication.LanguageServerOptions(new CliEnvironment(TextWriter.Null, TextWriter.Null, _project), allowPlugins: true);
            options.Log = null;
            await using var client = await LspTestClient.StartInitializedAsync(rootFolder: _project, options: options);
            var found = new List<string>();
            foreach (var name in new[] { "docs/council.md", "docs/harbour.md" })
            {
                var path = Path.Combine(_project, name);
                var uri = new Uri(path).AbsoluteUri;
                await client.OpenAsync(uri, File.ReadAllText(path));
                var want = expected.Where(f => f.StartsWith(name + "(", StringComparison.Ordinal)).ToList();
                JsonArray diagnostics;
                try
                {
                    diagnostics = await client.WaitForDiagnosticsAsync(uri, 1, d => FromServer(name, d).SequenceEqual(want));
                }
                catch (TimeoutException)
                {
                    diagnostics = await client.WaitForDiagnosticsAsync(uri, 1); // the last published, to show the difference
                }

                found.AddRange(FromServer(name, diagnostics));
            }

            await client.ShutdownAsync();
            return Sorted(found);
        }

        private static List<string> FromServer(string name, JsonArray diagnostics) => Sorted(diagnostics.Select(d =>
        {
            var range = d!["range"]!;
            return Describe(name, (int)range["start"]!["line"]! + 1, (int)range["start"]!["character"]! + 1,
                (int)range["end"]!["line"]! + 1, (int)range["end"]!["character"]! + 1, (string)d["code"]!);
        }));

        private List<string> LintWithAnalyzer()
        {
            var consumer = new ConsumerProject(_project, _work);
            var pack = consumer.PackAnalyzer();
            pack.ExitCode.Should().Be(0, pack.Output);
            var errorLog = Path.Combine(_work, "build.sarif");
            var build = consumer.Build("-p:ErrorLog=" + errorLog + "%2Cversion=2.1");
            build.ExitCode.Should().Be(0, build.Output);
            build.Output.Should().NotContain("AD0001");

            var found = new List<string>();
            using var log = JsonDocument.Parse(File.ReadAllText(errorLog));
            foreach (var result in log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
            {
                if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0) continue;
                var physical = locations[0].GetProperty("physicalLocation");
                var file = new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath;
                if (!file.EndsWith(".md", StringComparison.Ordinal)) continue;
                var region = physical.GetProperty("region");
                int line = region.GetProperty("startLine").GetInt32(), column = region.GetProperty("startColumn").GetInt32();
                int endLine = region.TryGetProperty("endLine", out var el) ? el.GetInt32() : line;
                int endColumn = region.TryGetProperty("endColumn", out var ec) ? ec.GetInt32() : column;
                var relative = Path.GetRelativePath(_project, file).Replace('\\', '/');
                found.Add(Describe(relative, line, column, endLine, endColumn, result.GetProperty("ruleId").GetString()!));
            }

            return Sorted(found);
        }

        private void Write(string relative, string text)
        {
            var full = Path.Combine(_project, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

        private static List<string> Sorted(IEnumerable<string> items)
        {
            var list = items.ToList();
            list.Sort(StringComparer.Ordinal);
            return list;
        }
    }
}

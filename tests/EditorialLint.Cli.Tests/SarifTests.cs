using System.Linq;
using System.Text.Json;

namespace EditorialLint.Cli.Tests
{
    public class SarifTests
    {
        private const string Article = "# Storm\r\n\r\nThe harbour reopened after the the storm.\r\nCredit : “Trust\r\n";

        private static JsonElement Lint(TempFolder folder)
        {
            folder.Write("news/storm report.md", Article);
            var (code, output, _) = CliRunner.Run(folder.Path, "news", "--format", "sarif", "-q");
            code.Should().Be(0);
            return JsonDocument.Parse(output).RootElement.Clone();
        }

        [Fact]
        public void Log_IsSarif210WithOneRunAndTheDriverRules()
        {
            using var folder = new TempFolder();
            var log = Lint(folder);
            log.GetProperty("version").GetString().Should().Be("2.1.0");
            log.GetProperty("$schema").GetString().Should().Contain("sarif-2.1.0");
            var run = log.GetProperty("runs").EnumerateArray().Should().ContainSingle().Subject;
            var driver = run.GetProperty("tool").GetProperty("driver");
            driver.GetProperty("name").GetString().Should().Be("EditorialLint");
            var rules = driver.GetProperty("rules").EnumerateArray().ToList();
            rules.Select(r => r.GetProperty("id").GetString()).Should().Contain(new[] { "EL3001", "EL3004", "EL2007", "EL9001" }).And.BeInAscendingOrder();
            var repeated = rules.Single(r => r.GetProperty("id").GetString() == "EL3001");
            repeated.GetProperty("name").GetString().Should().Be("RepeatedWord");
            repeated.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("Repeated word");
            repeated.GetProperty("helpUri").GetString().Should().EndWith("docs/rules/EL3001.md");
            repeated.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("warning");
        }

        [Fact]
        public void Results_HaveOneBasedRegionsAndZeroBasedUtf16OffsetsOverTheFileText()
        {
            using var folder = new TempFolder();
            var run = Lint(folder).GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
            var results = run.GetProperty("results").EnumerateArray().ToList();
            results.Select(r => r.GetProperty("ruleId").GetString()).Should().Equal("EL3001", "EL3004", "EL3003");

            foreach (var result in results)
            {
                int index = result.GetProperty("ruleIndex").GetInt32();
                rules[index].GetProperty("id").GetString().Should().Be(result.GetProperty("ruleId").GetString());
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("news/storm%20report.md");
                var region = location.GetProperty("region");
                int offset = region.GetProperty("charOffset").GetInt32();
                int length = region.GetProperty("charLength").GetInt32();
                int line = region.GetProperty("startLine").GetInt32();
                int column = region.GetProperty("startColumn").GetInt32();
                region.GetProperty("endLine").GetInt32().Should().Be(line);
                region.GetProperty("endColumn").GetInt32().Should().Be(column + length);

                // The offset and the line/column name the same character of the CRLF text.
                var lines = Article.Split("\r\n");
                int lineStart = lines.Take(line - 1).Sum(l => l.Length + 2);
                offset.Should().Be(lineStart + column - 1);
            }

            var repeated = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Article.Substring(repeated.GetProperty("charOffset").GetInt32(), repeated.GetProperty("charLength").GetInt32()).Should().Be("the");
        }

        [Fact]
        public void FixableResults_CarrySarifFixes()
        {
            using var folder = new TempFolder();
            var results = Lint(folder).GetProperty("runs")[0].GetProperty("results");
            var fix = results[0].GetProperty("fixes")[0];
            fix.GetProperty("description").GetProperty("text").GetString().Should().Be("Remove the repeated word");
            var replacement = fix.GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
            int offset = replacement.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32();
            int length = replacement.GetProperty("deletedRegion").GetProperty("charLength").GetInt32();
            Article.Substring(offset, length).Should().Be(" the");
            replacement.GetProperty("insertedContent").GetProperty("text").GetString().Should().BeEmpty();
            results[2].TryGetProperty("fixes", out _).Should().BeFalse("EL3003 offers no fix");
        }
    }
}

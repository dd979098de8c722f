using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using EditorialLint.Testing;

namespace EditorialLint.Cli.Tests
{
    /// <summary>The problem matcher in editors/vscode/tasks.json, applied to real CLI output, so the two cannot drift apart.</summary>
    public class VsCodeTaskTests
    {
        private static JsonElement Tasks()
        {
            var path = Path.Combine(SharedData.RepositoryRoot, "editors", "vscode", "tasks.json");
            return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
        }

        [Fact]
        public void EveryTask_HasAMatcherThatReadsEveryFieldOfOurOutput()
        {
            using var folder = new TempFolder();
            // CRLF, a tab and an astral character before the finding: columns must still be UTF-16 code units.
            folder.Write("my docs/storm.md", "# Storm\r\n\r\nThe 𝑥 harbour\treopened after the the storm.\r\nCredit : Trust\r\n");

            foreach (var task in Tasks().GetProperty("tasks").EnumerateArray())
            {
                var args = task.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToList();
                args.Should().Contain("--range", "the matcher needs end positions");
                var lintArgs = args.Select(a => a.Replace("${file}", "my docs/storm.md")).ToArray();
                var (code, output, _) = CliRunner.Run(folder.Path, lintArgs);
                code.Should().Be(0);

                var pattern = task.GetProperty("problemMatcher").GetProperty("pattern");
                var regex = new Regex(pattern.GetProperty("regexp").GetString()!);
                int Group(string name) => pattern.GetProperty(name).GetInt32();
                var lines = output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
                lines.Should().HaveCount(2);

                var first = regex.Match(lines[0]);
                first.Success.Should().BeTrue(lines[0]);
                first.Groups[Group("file")].Value.Should().Be(Path.Combine("my docs", "storm.md"));
                first.Groups[Group("line")].Value.Should().Be("3");
                first.Groups[Group("column")].Value.Should().Be("35", "𝑥 is two UTF-16 code units");
                first.Groups[Group("endLine")].Value.Should().Be("3");
                first.Groups[Group("endColumn")].Value.Should().Be("38");
                first.Groups[Group("severity")].Value.Should().Be("warning");
                first.Groups[Group("code")].Value.Should().Be("EL3001");
                first.Groups[Group("message")].Value.Should().Be("'the' is repeated");
                regex.Match(lines[1]).Groups[Group("code")].Value.Should().Be("EL3004");
            }
        }
    }
}

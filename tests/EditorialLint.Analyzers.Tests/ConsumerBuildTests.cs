using System;
using System.IO;
using System.Linq;
using EditorialLint.Testing;

namespace EditorialLint.Analyzers.Tests
{
    /// <summary>
    /// Packs the analyzer, restores a sample consumer project against that package alone and builds it with
    /// <c>dotnet build --no-incremental</c>, as a user would (see <see cref="ConsumerProject"/>).
    /// </summary>
    public class ConsumerBuildTests : IDisposable
    {
        private readonly string _work = Path.Combine(Path.GetTempPath(), "el-consumer-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
        }

        [Fact]
        public void DotnetBuild_ReportsFindingsInDocs_HonoursDirectivesWithoutAD0001_AndAnEditorialLintKeyMakesThemErrors()
        {
            var project = new ConsumerProject(Path.Combine(_work, "consumer"), _work);
            ConsumerProject.CopyDirectory(Path.Combine(SharedData.RepositoryRoot, "tests", "EditorialLint.Analyzers.Tests", "Consumer"), project.Directory);
            var pack = project.PackAnalyzer();
            pack.ExitCode.Should().Be(0, pack.Output);

            var errorLog = Path.Combine(_work, "build.sarif");
            var build = project.Build("-p:ErrorLog=" + errorLog + "%2Cversion=2.1");
            build.ExitCode.Should().Be(0, build.Output);
            File.ReadAllText(errorLog).Should().Contain("\"ruleId\": \"EL3001\"", "the compiler's SARIF log carries our findings");
            build.Output.Should().Contain(Path.Combine("docs", "x.md") + "(3,27): warning EL3001: 'the' is repeated");
            build.Output.Should().NotContain("y.md(");
            build.Output.Should().NotContain("AD0001", "every ID the engine reports, directives' EL9040–EL9042 included, is declared");
            build.Output.Should().Contain(Path.Combine("docs", "z.md") + "(5,1): warning EL9040");
            build.Output.Split('\n').Should().NotContain(l => l.Contains(Path.Combine("docs", "z.md") + "(4,") && l.Contains("EL3001"), "the directive suppresses the repeated word");

            File.WriteAllText(Path.Combine(project.Directory, ".editorconfig"), "root = true\n\n[*.md]\neditorial_lint.EL3001.severity = error\n");
            var strict = project.Build();
            strict.ExitCode.Should().NotBe(0);
            strict.Output.Should().Contain(Path.Combine("docs", "x.md") + "(3,27): error EL3001: 'the' is repeated");
        }
    }
}

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using EditorialLint.Testing;

namespace EditorialLint.Analyzers.Tests
{
    /// <summary>
    /// Packs the analyzer, restores a sample consumer project against that package alone (no network, its own
    /// package folder) and builds it with <c>dotnet build --no-incremental</c>, as a user would.
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
            var feed = Path.Combine(_work, "feed");
            var project = Path.Combine(_work, "consumer");
            CopyDirectory(Path.Combine(SharedData.RepositoryRoot, "tests", "EditorialLint.Analyzers.Tests", "Consumer"), project);
            var version = "0.0.0-test" + DateTime.UtcNow.Ticks;

            var pack = Dotnet(SharedData.RepositoryRoot, "pack", "src/EditorialLint.Analyzers", "-c", "Release", "-o", feed, "-p:Version=" + version, "--nologo");
            pack.ExitCode.Should().Be(0, pack.Output);

            File.WriteAllText(Path.Combine(project, "NuGet.config"),
                "<configuration><packageSources><clear /><add key=\"local\" value=\"" + feed + "\" /></packageSources></configuration>");
            var common = new[] { "--no-incremental", "--nologo", "-p:EditorialLintVersion=" + version, "-p:RestorePackagesPath=" + Path.Combine(_work, "packages"), "-p:TreatWarningsAsErrors=false" };

            var errorLog = Path.Combine(_work, "build.sarif");
            var build = Dotnet(project, new[] { "build", "-p:ErrorLog=" + errorLog + "%2Cversion=2.1" }.Concat(common).ToArray());
            build.ExitCode.Should().Be(0, build.Output);
            File.ReadAllText(errorLog).Should().Contain("\"ruleId\": \"EL3001\"", "the compiler's SARIF log carries our findings");
            build.Output.Should().Contain(Path.Combine("docs", "x.md") + "(3,27): warning EL3001: 'the' is repeated");
            build.Output.Should().NotContain("y.md(");
            build.Output.Should().NotContain("AD0001", "every ID the engine reports, directives' EL9040–EL9042 included, is declared");
            build.Output.Should().Contain(Path.Combine("docs", "z.md") + "(5,1): warning EL9040");
            build.Output.Should().NotContain(Path.Combine("docs", "z.md") + "(4,");

            File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n\n[*.md]\neditorial_lint.EL3001.severity = error\n");
            var strict = Dotnet(project, new[] { "build" }.Concat(common).ToArray());
            strict.ExitCode.Should().NotBe(0);
            strict.Output.Should().Contain(Path.Combine("docs", "x.md") + "(3,27): error EL3001: 'the' is repeated");
        }

        private static (int ExitCode, string Output) Dotnet(string directory, params string[] args)
        {
            var info = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) info.ArgumentList.Add(a);
            info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr);
        }

        private static void CopyDirectory(string from, string to)
        {
            foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
                Directory.CreateDirectory(dir.Replace(from, to));
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                if (file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) || file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)) continue;
                File.Copy(file, file.Replace(from, to));
            }
        }
    }
}

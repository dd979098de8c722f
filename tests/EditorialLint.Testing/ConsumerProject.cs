using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace EditorialLint.Testing
{
    /// <summary>
    /// A project that uses the analyzer as a user would: the analyzer is packed into a local feed, and the project is
    /// restored against that feed alone (no network, its own package folder) and built with <c>dotnet build</c>.
    /// </summary>
    public sealed class ConsumerProject
    {
        private readonly string _work;
        private readonly string _version = "0.0.0-test" + DateTime.UtcNow.Ticks;

        /// <summary>A consumer in <paramref name="projectDirectory"/>; the feed and packages go under <paramref name="workDirectory"/>.</summary>
        public ConsumerProject(string projectDirectory, string workDirectory)
        {
            Directory = projectDirectory;
            _work = workDirectory;
        }

        /// <summary>The project's folder.</summary>
        public string Directory { get; }

        /// <summary>The <c>-p:</c> arguments every build of the consumer takes (package version, package folder, warnings as warnings).</summary>
        public IReadOnlyList<string> CommonArguments => new[]
        {
            "--no-incremental", "--nologo", "-p:EditorialLintVersion=" + _version,
            "-p:RestorePackagesPath=" + Path.Combine(_work, "packages"), "-p:TreatWarningsAsErrors=false",
        };

        /// <summary>Packs the analyzer into the local feed and points the project's NuGet.config at it alone.</summary>
        public (int ExitCode, string Output) PackAnalyzer()
        {
            var feed = Path.Combine(_work, "feed");
            var pack = Run(SharedData.RepositoryRoot, "pack", "src/EditorialLint.Analyzers", "-c", "Release", "-o", feed, "-p:Version=" + _version, "--nologo");
            File.WriteAllText(Path.Combine(Directory, "NuGet.config"),
                "<configuration><packageSources><clear /><add key=\"local\" value=\"" + feed + "\" /></packageSources></configuration>");
            return pack;
        }

        /// <summary>Runs <c>dotnet build</c> on the project with <paramref name="extra"/> arguments before the common ones.</summary>
        public (int ExitCode, string Output) Build(params string[] extra)
        {
            var args = new List<string> { "build" };
            args.AddRange(extra);
            args.AddRange(CommonArguments);
            return Run(Directory, args.ToArray());
        }

        /// <summary>Runs <c>dotnet</c> in <paramref name="directory"/>; returns its exit code and its output, both streams.</summary>
        public static (int ExitCode, string Output) Run(string directory, params string[] args)
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

        /// <summary>Copies a folder, leaving out <c>bin</c> and <c>obj</c>.</summary>
        public static void CopyDirectory(string from, string to)
        {
            foreach (var dir in System.IO.Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
                System.IO.Directory.CreateDirectory(dir.Replace(from, to));
            System.IO.Directory.CreateDirectory(to);
            foreach (var file in System.IO.Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                if (file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) || file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)) continue;
                File.Copy(file, file.Replace(from, to));
            }
        }
    }
}

using System;
using System.IO;
using System.Text;

namespace EditorialLint.Cli.Tests
{
    /// <summary>Runs the CLI in-process with captured streams.</summary>
    internal static class CliRunner
    {
        public static (int ExitCode, string Output, string Error) Run(string currentDirectory, params string[] args) =>
            RunWithInput(currentDirectory, null, args);

        public static (int ExitCode, string Output, string Error) RunWithInput(string currentDirectory, string? stdin, params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            Func<Stream> input = () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty));
            int code = CliApplication.Run(args, new CliEnvironment(output, error, currentDirectory, input, isTerminal: false));
            return (code, output.ToString(), error.ToString());
        }
    }

    /// <summary>A temporary folder of articles, deleted afterwards.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "el-cli-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string relative, string text)
        {
            var full = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
            return full;
        }

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}

using System;
using System.IO;

namespace EditorialLint.Cli
{
    /// <summary>The outside world of one CLI run: its streams and folder. Tests pass their own.</summary>
    public sealed class CliEnvironment
    {
        /// <summary>Creates an environment.</summary>
        public CliEnvironment(TextWriter output, TextWriter error, string currentDirectory, Func<Stream>? openStandardInput = null, bool? isTerminal = null)
        {
            Output = output;
            Error = error;
            CurrentDirectory = currentDirectory;
            OpenStandardInput = openStandardInput ?? (() => Stream.Null);
            IsOutputTerminal = isTerminal ?? (!Console.IsOutputRedirected && ReferenceEquals(output, Console.Out));
            IsErrorTerminal = isTerminal ?? (!Console.IsErrorRedirected && ReferenceEquals(error, Console.Error));
            UseColor = Environment.GetEnvironmentVariable("NO_COLOR") is null;
        }

        /// <summary>Where findings go.</summary>
        public TextWriter Output { get; }

        /// <summary>Where the summary, progress and errors go.</summary>
        public TextWriter Error { get; }

        /// <summary>Paths are resolved from, and shown relative to, this folder.</summary>
        public string CurrentDirectory { get; }

        /// <summary>Opens standard input (for <c>--stdin</c>).</summary>
        public Func<Stream> OpenStandardInput { get; }

        /// <summary>Whether standard output is a terminal (colour).</summary>
        public bool IsOutputTerminal { get; }

        /// <summary>Whether standard error is a terminal (colour, progress bar).</summary>
        public bool IsErrorTerminal { get; }

        /// <summary>False when NO_COLOR is set.</summary>
        public bool UseColor { get; }
    }
}

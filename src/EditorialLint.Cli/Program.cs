using System;
using System.IO;

namespace EditorialLint.Cli
{
    /// <summary>Entry point of the <c>editorial-lint</c> tool.</summary>
    public static class Program
    {
        /// <summary>Runs the tool; the exit code is 0 (no error-severity finding), 1 (some) or 2 (the run failed).</summary>
        public static int Main(string[] args) =>
            CliApplication.Run(args, new CliEnvironment(Console.Out, Console.Error, Directory.GetCurrentDirectory(), Console.OpenStandardInput));
    }
}

using BenchmarkDotNet.Running;

namespace EditorialLint.Benchmarks
{
    /// <summary>
    /// Runs the suites: <c>dotnet run -c Release --project benchmarks/EditorialLint.Benchmarks -- --filter '*'</c>;
    /// <c>-- startup FILE</c> times cold start-up step by step instead.
    /// </summary>
    public static class Program
    {
        public static void Main(string[] args)
        {
            if (args.Length == 2 && args[0] == "startup")
            {
                StartupProbe.Run(args[1]);
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}

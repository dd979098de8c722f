using BenchmarkDotNet.Running;

namespace EditorialLint.Benchmarks
{
    /// <summary>Runs the suites: <c>dotnet run -c Release --project benchmarks/EditorialLint.Benchmarks -- --filter '*'</c>.</summary>
    public static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}

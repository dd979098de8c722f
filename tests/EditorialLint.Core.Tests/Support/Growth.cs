using System;
using System.Diagnostics;

namespace EditorialLint.Core.Tests.Support
{
    /// <summary>
    /// How much longer work on four times the input takes, for fuzz tests that check a cost stays linear. Each size is
    /// run five times and the fastest run counts, so that a pause of the machine does not look like growth; the tests
    /// allow a factor of 8 for 4× the input (linear is 4, quadratic 16), far from both. The tests that use it run in
    /// <see cref="GrowthCollection"/>, alone, and the heap is collected before each run, so that other tests' work and
    /// earlier garbage are not charged to the larger input.
    /// </summary>
    internal static class Growth
    {
        /// <summary>The factor a linear cost may take for four times the input.</summary>
        public const double AllowedFor4x = 8;

        /// <summary>
        /// The factor allocations may take for four times the input: lists and builders grow by doubling, so a linear
        /// cost can allocate up to twice 4x; a quadratic one allocates 16x and more.
        /// </summary>
        public const double AllowedAllocationFor4x = 12;

        /// <summary>
        /// Least processor time of <paramref name="large"/> over that of <paramref name="small"/> (after a warm-up run of
        /// each); measured again, up to five times, while it is over <see cref="AllowedFor4x"/>: a quadratic cost is over
        /// it every time, a busy machine only now and then.
        /// </summary>
        public static double Ratio(Action small, Action large)
        {
            small();
            large();
            double best = double.MaxValue;
            for (int attempt = 0; attempt < 5 && best >= AllowedFor4x; attempt++)
                best = Math.Min(best, Fastest(large) / Math.Max(Fastest(small), 0.5));
            return best;
        }

        /// <summary>
        /// Bytes allocated by <paramref name="large"/> over bytes allocated by <paramref name="small"/> on this thread:
        /// a count of work that no other load on the machine changes (after a warm-up run of each).
        /// </summary>
        public static double AllocationRatio(Action small, Action large)
        {
            small();
            large();
            return Allocated(large) / Math.Max(Allocated(small), 1.0);
        }

        private static double Allocated(Action action)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        // The least processor time one call takes, over five measures. Processor time, not the wall clock: on a shared
        // machine at a load of 20 the wall clock charged other processes' turns to whichever size ran then, and the
        // test failed on a linear cost. Each measure repeats the call until 50 ms of processor time have passed, since
        // the process clock ticks in steps of several milliseconds.
        private static double Fastest(Action action)
        {
            double best = double.MaxValue;
            for (int i = 0; i < 5; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var start = ProcessorTime();
                int calls = 0;
                double spent;
                do
                {
                    action();
                    calls++;
                    spent = ProcessorTime() - start;
                }
                while (spent < 50);
                best = Math.Min(best, spent / calls);
            }

            return best;
        }

        private static double ProcessorTime()
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime.TotalMilliseconds;
        }
    }

    /// <summary>The tests that compare run times: never in parallel with any other test.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class GrowthCollection
    {
        public const string Name = "Growth (run alone)";
    }
}

using System;
using System.Runtime.InteropServices;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// Native memory for a table copied out of its resource for a long run, kept for the life of the process. A long run
    /// looks words up all over tens of megabytes of tables; with 4 KB pages nearly every lookup misses the TLB and walks
    /// the page tables, which costs as much as the cache miss itself. On Linux a table of at least
    /// <see cref="LargePageSize"/> / 2 is placed on 2 MB boundaries and the kernel asked for transparent huge pages
    /// there (<c>madvise(MADV_HUGEPAGE)</c>), so that the same lookups need a few dozen TLB entries, not thousands
    /// (docs/benchmarks.md, "Large pages for the tables"). Elsewhere, or where the kernel says no, the memory is plain
    /// and only the alignment asked for holds: the bytes, and so every lookup, are the same either way.
    /// </summary>
    internal static unsafe class LargePageMemory
    {
        /// <summary>The size of a large page (x86-64 and arm64 Linux with 4 KB base pages).</summary>
        public const int LargePageSize = 2 << 20;

        private const int MadviseHugePage = 14; // MADV_HUGEPAGE, the same on every Linux architecture

        /// <summary>
        /// Allocates <paramref name="length"/> bytes aligned to at least <paramref name="alignment"/> (a power of two), in
        /// large pages where that is worth it and possible. Never freed; the caller copies its table in.
        /// </summary>
        public static byte* Allocate(long length, int alignment, out bool largePages)
        {
            if (length < 0 || alignment <= 0 || (alignment & (alignment - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(alignment));
            largePages = false;
#if NET
            if (length >= LargePageSize / 2 && OperatingSystem.IsLinux())
            {
                // Whole large pages: a huge page is only used where all 2 MB of it lie in the advised range.
                long rounded = (length + LargePageSize - 1) & ~(long)(LargePageSize - 1);
                byte* memory = (byte*)NativeMemory.AlignedAlloc((nuint)rounded, LargePageSize);
                if (Advise(memory, rounded))
                {
                    largePages = true;
                    return memory;
                }

                NativeMemory.AlignedFree(memory); // no transparent huge pages here: plain memory costs less
            }
#endif
            var plain = (byte*)Marshal.AllocHGlobal(checked((IntPtr)(length + alignment - 1)));
            return (byte*)(((nuint)plain + (nuint)(alignment - 1)) & ~(nuint)(alignment - 1));
        }

#if NET
        private static bool Advise(byte* memory, long length)
        {
            try
            {
                return madvise(memory, (nuint)length, MadviseHugePage) == 0;
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
            {
                return false; // a Linux without glibc's name for it
            }
        }

        [DllImport("libc", EntryPoint = "madvise")]
        private static extern int madvise(void* address, nuint length, int advice);
#endif
    }
}

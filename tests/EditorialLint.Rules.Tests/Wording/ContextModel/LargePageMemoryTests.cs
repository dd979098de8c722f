using System;
using System.IO;
using EditorialLint.Rules.Wording.ContextModel;
using FluentAssertions;
using Xunit;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    public unsafe class LargePageMemoryTests
    {
        [Fact]
        public void MemoryForATableOfMegabytes_StartsOnALargePage_WhereLinuxHasThem()
        {
            long length = 3L * 1024 * 1024 + 5;
            byte* memory = LargePageMemory.Allocate(length, 64, out bool largePages);

            ((long)memory % 64).Should().Be(0);
            largePages.Should().Be(TransparentHugePagesAvailable(), "the kernel is asked wherever it offers them");
            if (largePages) ((long)memory % LargePageMemory.LargePageSize).Should().Be(0, "a huge page covers only an aligned 2 MB");
            EveryByteHolds(memory, length);
        }

        [Fact]
        public void MemoryForASmallTable_IsPlain_AndAlignedAsAsked()
        {
            byte* memory = LargePageMemory.Allocate(100_000, 64, out bool largePages);

            largePages.Should().BeFalse("a small table would leave most of a 2 MB page empty");
            ((long)memory % 64).Should().Be(0);
            EveryByteHolds(memory, 100_000);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(3)]
        public void AnAlignmentThatIsNotAPowerOfTwo_IsRefused(int alignment)
        {
            Action allocate = () => LargePageMemory.Allocate(16, alignment, out _);
            allocate.Should().Throw<ArgumentOutOfRangeException>();
        }

        private static void EveryByteHolds(byte* memory, long length)
        {
            for (long i = 0; i < length; i++) memory[i] = (byte)(i * 7);
            for (long i = 0; i < length; i += 4093) memory[i].Should().Be((byte)(i * 7));
            memory[length - 1].Should().Be((byte)((length - 1) * 7));
        }

        // "always [madvise] never": anything but "never" honours MADV_HUGEPAGE.
        private static bool TransparentHugePagesAvailable()
        {
            const string setting = "/sys/kernel/mm/transparent_hugepage/enabled";
            return OperatingSystem.IsLinux() && File.Exists(setting) && !File.ReadAllText(setting).Contains("[never]", StringComparison.Ordinal);
        }
    }
}

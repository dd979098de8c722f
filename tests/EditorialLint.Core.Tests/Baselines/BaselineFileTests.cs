using System.IO;
using EditorialLint.Baselines;
using EditorialLint.Core.Tests.Support;

namespace EditorialLint.Core.Tests.Baselines
{
    public class BaselineFileTests
    {
        private const string Entry = "0123456789abcdef0123456789abcdef\tEL3001\ta.md\t1:16\t'the' is repeated\n";

        private static (Baseline? Baseline, string? Error) Read(string text)
        {
            using var dir = new TempDirectory();
            var path = dir.Write("b.baseline", text);
            var baseline = Baseline.Read(path, out var error);
            return (baseline, error is null ? null : error.Location.GetLineSpan().StartLinePosition.Line + 1 + ": " + error.GetMessage());
        }

        [Fact]
        public void CompleteFile_IsRead() => Read(Baseline.Header + "\n" + Entry).Baseline!.Count.Should().Be(1);

        [Fact]
        public void FileCutOffMidLine_IsAnError_NamingTheLine()
        {
            var (baseline, error) = Read(Baseline.Header + "\n" + Entry + Entry.Substring(0, 40));
            baseline.Should().BeNull();
            error.Should().Be("3: The baseline could not be read: line 3 does not end with a line break: the file looks truncated; write it again with 'editorial-lint baseline write'");
        }

        [Fact]
        public void LineWithMissingFields_IsAnError_NamingTheLine()
        {
            var (baseline, error) = Read(Baseline.Header + "\n" + Entry + "0123456789abcdef0123456789abcdef\tEL3001\n");
            baseline.Should().BeNull();
            error.Should().StartWith("3: The baseline could not be read: line 3 is incomplete");
        }

        [Theory]
        [InlineData("")]
        [InlineData("some other file\n")]
        public void FileWithoutTheHeader_IsAnError(string text)
        {
            var (baseline, error) = Read(text);
            baseline.Should().BeNull();
            error.Should().StartWith("1: ");
        }
    }
}

using EditorialLint.Packs;

namespace EditorialLint.Core.Tests.Packs
{
    /// <summary>Context patterns are checked when a pack loads and compiled only when first used.</summary>
    public class LazyPatternTests
    {
        [Fact]
        public void ValidPattern_IsNotCompiledUntilUsed()
        {
            PatternCompiler.TryCompileLazily(@"\bcourt\b", ignoreCase: true, out var regex, out var error).Should().BeTrue();
            error.Should().BeNull();
            regex!.IsValueCreated.Should().BeFalse();
            regex.Value.IsMatch("The COURT said").Should().BeTrue();
            PatternCompiler.IsLinear(regex.Value).Should().BeTrue();
        }

        [Fact]
        public void InvalidPattern_FailsAtLoadTime()
        {
            PatternCompiler.TryCompileLazily("(unclosed", ignoreCase: false, out var regex, out var error).Should().BeFalse();
            regex.Should().BeNull();
            error.Should().NotBeNullOrEmpty();
        }

        [Fact]
        public void PatternTheLinearEngineRejects_FallsBackToTheBacktrackingOne()
        {
            PatternCompiler.TryCompileLazily(@"(\w+) \1", ignoreCase: false, out var regex, out _).Should().BeTrue();
            regex!.Value.IsMatch("the the").Should().BeTrue();
            PatternCompiler.IsLinear(regex.Value).Should().BeFalse();
            regex.Value.MatchTimeout.Should().Be(PatternCompiler.MatchTimeout);
        }
    }
}

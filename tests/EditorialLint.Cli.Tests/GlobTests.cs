using System.Linq;

namespace EditorialLint.Cli.Tests
{
    public class GlobTests
    {
        [Theory]
        [InlineData("*.md", "docs/a.md", true)]
        [InlineData("*.md", "docs/a.txt", false)]
        [InlineData("docs/**/*.md", "docs/x/y/a.md", true)]
        [InlineData("docs/*.md", "docs/x/a.md", false)]
        [InlineData("{a,b}.md", "b.md", true)]
        [InlineData("?.md", "ab.md", false)]
        [InlineData("*.MD", "docs\\A.md", true)]
        [InlineData("**/*.md", "a.markdown", false)]
        [InlineData("*.md", "docs/a.md.txt", false)]
        [InlineData("*", "docs/a.txt", true)]
        public void Glob_MatchesAsDocumented(string pattern, string path, bool expected) =>
            Glob.Parse(pattern).IsMatch(path).Should().Be(expected);

        [Theory]
        [InlineData("*.md}")]
        [InlineData("{*.md")]
        public void MalformedGlob_IsRejectedWhenParsed_NotWhenFirstMatched(string pattern) =>
            FluentActions.Invoking(() => Glob.Parse(pattern)).Should().Throw<UsageException>();

        [Fact]
        public void PathologicalPattern_OverALongName_Finishes()
        {
            // With a backtracking matcher this pair takes exponential time; the run must simply finish.
            var glob = Glob.Parse(string.Concat(Enumerable.Repeat("*a", 30)) + "b");
            var path = new string('a', 5000) + ".md";
            for (int i = 0; i < 200; i++) glob.IsMatch(path).Should().BeFalse();
        }
    }
}

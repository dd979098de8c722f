using System.Diagnostics;
using System.Linq;
using System.Text;
using EditorialLint.Packs;
using EditorialLint.Testing;

namespace EditorialLint.Core.Tests.Packs
{
    /// <summary>Patterns cannot hang the linter, and large swap maps stay fast.</summary>
    public class PackSafetyTests
    {
        private static readonly string Evil = new string('a', 40_000) + "!";

        [Fact]
        public void CatastrophicPattern_RunsInLinearTime()
        {
            // (a+)+$ backtracks exponentially on "aaaa…!" in a backtracking engine.
            var rule = new PackLoader().LoadFile("house/redos.yml", "id: House.Redos\ntype: existence\nmessage: m\npatterns: ['(a+)+$']\n").Rules.Single();
            PatternCompiler.IsLinear(rule.Definition.Patterns[0].Regex).Should().BeTrue();

            var watch = Stopwatch.StartNew();
            RuleVerifier.Lint(new[] { rule }, Evil, "a.txt").Should().BeEmpty();
            watch.Elapsed.TotalSeconds.Should().BeLessThan(5);
        }

        [Fact]
        public void CatastrophicPatternThatNeedsBacktracking_IsStoppedByItsTimeout_AndReported()
        {
            // A backreference rules out the linear engine; the match timeout must stop it.
            var rule = new PackLoader().LoadFile("house/redos.yml", "id: House.Redos\ntype: existence\nmessage: m\npatterns: ['^(a+)+\\1$']\n").Rules.Single();
            PatternCompiler.IsLinear(rule.Definition.Patterns[0].Regex).Should().BeFalse();

            var watch = Stopwatch.StartNew();
            var found = RuleVerifier.Lint(new[] { rule }, Evil, "a.txt");
            watch.Elapsed.TotalSeconds.Should().BeLessThan(5);
            found.Should().ContainSingle().Which.Id.Should().Be("EL9024");
        }

        [Fact]
        public void SwapMapOfThousandsOfEntries_MatchesEveryEntryQuickly()
        {
            var yaml = new StringBuilder("id: House.Big\ntype: substitution\nmessage: \"{match} -> {suggestion}\"\nswap:\n");
            for (int i = 0; i < 20_000; i++) yaml.Append("  alpha").Append(i).Append(" beta: gamma").Append(i).Append('\n');
            var load = Stopwatch.StartNew();
            var rule = new PackLoader().LoadFile("house/big.yml", yaml.ToString()).Rules.Single();
            load.Elapsed.TotalSeconds.Should().BeLessThan(20);

            var text = new StringBuilder();
            for (int i = 0; i < 20_000; i += 7) text.Append("We saw alpha").Append(i).Append(" beta and alpha").Append(i).Append(" delta. ");
            var watch = Stopwatch.StartNew();
            var found = RuleVerifier.Lint(new[] { rule }, text.ToString(), "a.txt");
            watch.Elapsed.TotalSeconds.Should().BeLessThan(10);
            found.Should().HaveCount((20_000 + 6) / 7);
            found[1].GetMessage().Should().Be("alpha7 beta -> gamma7");
        }
    }
}

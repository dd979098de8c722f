using EditorialLint.Numbers;
using EditorialLint.Rules.Numbers;

namespace EditorialLint.Rules.Tests.Numbers
{
    /// <summary>When the years between an archived figure and today's explain their difference (QuantityComparison.GrewOverTime).</summary>
    public class GrewOverTimeTests
    {
        [Theory]
        // value then, year then, period then, value now, year now, period now, explained?
        [InlineData(40e6, 2022, "", 55e6, 2024, "", true)]            // grew by 37% in two years
        [InlineData(40e6, 2023, "", 35e6, 2024, "", true)]            // shrank a little in a year
        [InlineData(40e6, 2023, "", 90e6, 2024, "", false)]           // more than doubled in one year
        [InlineData(40e6, 2020, "", 400e6, 2024, "", false)]          // tenfold: a slip, whatever the years
        [InlineData(40e6, 2024, "", 55e6, 2024, "", false)]           // the same year
        [InlineData(40e6, 0, "", 55e6, 2024, "", false)]              // an archived article with no date
        [InlineData(40e6, 2022, "", 55e6, 0, "", false)]              // today's article with no date
        [InlineData(40e6, 2024, "2021", 55e6, 2024, "2023", true)]    // the figures' own years differ
        [InlineData(40e6, 2021, "2023", 55e6, 2024, "2023", false)]   // the same year named in both
        public void ACount_IsExplainedByTheYearsOnlyWhenTheDatesSaySo(double then, int publishedThen, string periodThen, double now, int publishedNow, string periodNow, bool explained) =>
            QuantityComparison.GrewOverTime(QuantityKind.Count, then, publishedThen, periodThen, now, publishedNow, periodNow).Should().Be(explained);

        [Fact]
        public void APercentage_IsNeverExplainedByTheYears() =>
            QuantityComparison.GrewOverTime(QuantityKind.Percent, 40, 2022, "", 55, 2024, "").Should().BeFalse();
    }
}

using EditorialLint.Analysis;
using EditorialLint.Numbers;

namespace EditorialLint.Core.Tests.Numbers
{
    public class ArticleYearTests
    {
        private const string Body = "\nThe bakery opened its doors on a wet morning, and the queue reached the corner.\n";

        [Theory]
        [InlineData("date: 2024-03-04", 2024, 3, 4)]
        [InlineData("date: 2024-03-04T10:15:00Z", 2024, 3, 4)]
        [InlineData("date: 2024-03-04 10:15:00 +0000", 2024, 3, 4)]
        [InlineData("published: \"4 March 2024\"", 2024, 3, 4)]
        [InlineData("pubDate: 'March 4, 2024'", 2024, 3, 4)]
        [InlineData("publishDate: 2019-11-30", 2019, 11, 30)]
        [InlineData("publication_date: 4th of March 2024", 2024, 3, 4)]
        [InlineData("datePublished: 2021/07/09", 2021, 7, 9)]
        [InlineData("published_at: 2022-01-02 # first edition", 2022, 1, 2)]
        [InlineData("date: March 2024", 2024, 3, 0)]
        [InlineData("date: 2024", 2024, 0, 0)]
        [InlineData("date: 14/03/2024", 2024, 3, 14)]
        [InlineData("date: 04/03/2024", 2024, 0, 0)]
        public void FrontMatterDate_GivesThePublicationDate(string line, int year, int month, int day)
        {
            var text = "---\ntitle: A bakery opens\n" + line + "\nauthor: Desk\n---\n" + Body;

            ArticleYear.PublicationDate(text).Should().Be(new CalendarDate(year, month, day));
            ArticleYear.Of(text).Should().Be(year);
        }

        [Fact]
        public void TomlFrontMatter_IsReadToo() =>
            ArticleYear.Of("+++\ntitle = \"A bakery\"\ndate = 2023-05-06T08:00:00Z\n+++\n" + Body).Should().Be(2023);

        [Fact]
        public void FrontMatterDate_WinsOverADatelineInTheBody() =>
            ArticleYear.Of("---\ndate: 2024-03-04\n---\nLONDON, 4 March 2020 — The bakery opened.\n").Should().Be(2024);

        [Fact]
        public void IndentedDateKey_BelongsToSomethingElse() =>
            ArticleYear.Of("---\nevent:\n  date: 2024-03-04\n---\n" + Body).Should().BeNull();

        [Fact]
        public void FrontMatterWithoutClosingFence_IsNotFrontMatter() =>
            ArticleYear.Of("---\ndate: 2024-03-04\n" + Body).Should().BeNull();

        [Fact]
        public void FrontMatterWithoutDateKey_AndNoDateline_IsUnknown() =>
            ArticleYear.Of("---\ntitle: A bakery opens\nupdated: 2024-03-04\n---\n" + Body).Should().BeNull();

        [Theory]
        [InlineData("LONDON, 4 March 2024 — The bakery opened its doors on a wet morning.", 2024, 3, 4)]
        [InlineData("NEW YORK, March 4, 2024 (Reuters) - The bakery opened its doors.", 2024, 3, 4)]
        [InlineData("Lagos, 12 May 2021: The bakery opened its doors.", 2021, 5, 12)]
        [InlineData("March 4, 2024", 2024, 3, 4)]
        [InlineData("*Monday 4 March 2024*", 2024, 3, 4)]
        [InlineData("Published 4 March 2024, 10:32 GMT", 2024, 3, 4)]
        [InlineData("Updated: Mar. 4, 2024", 2024, 3, 4)]
        [InlineData("2024-03-04", 2024, 3, 4)]
        [InlineData("**BERLIN**, 1st June 2018 -- The bakery opened.", 2018, 6, 1)]
        public void DatelineAtTheTopOfTheBody_GivesThePublicationDate(string dateline, int year, int month, int day)
        {
            var text = "# A bakery opens\n\nBy Ada Desk\n\n" + dateline + "\n" + Body;

            ArticleYear.PublicationDate(text).Should().Be(new CalendarDate(year, month, day));
        }

        [Fact]
        public void DatelineOfAPlainTextArticle_IsRead() =>
            ArticleYear.Of(AnalyzedDocument.FromText("story.txt", "Bakery opens\n\nMarch 4, 2024\n" + Body)).Should().Be(2024);

        [Theory]
        [InlineData("The bakery, which opened on March 4, 2024, sold out by noon.")]
        [InlineData("March 4, 2024 was the day the bakery opened.")]
        [InlineData("In 2019 the bakery had 40 staff; by 2024 it had 90.")]
        [InlineData("Okafor, born in 1990, opened the bakery.")]
        public void DatesAndYearsInRunningText_AreNotAPublicationDate(string sentence) =>
            ArticleYear.Of("# A bakery opens\n\n" + sentence + "\n").Should().BeNull();

        [Fact]
        public void DatelineBelowTheFirstParagraph_IsNotRead()
        {
            var text = "# A bakery opens\n\nThe bakery opened its doors on a wet morning, and the queue reached the corner before the ovens were warm.\n\n" +
                "LONDON, 4 March 2024 — A second story.\n";

            ArticleYear.Of(text).Should().BeNull();
        }

        [Theory]
        [InlineData("")]
        [InlineData("# A bakery opens\n")]
        [InlineData("LONDON, 31 February 2024 — The bakery opened.")]
        public void NoDate_IsUnknown(string text) => ArticleYear.Of(text).Should().BeNull();
    }
}

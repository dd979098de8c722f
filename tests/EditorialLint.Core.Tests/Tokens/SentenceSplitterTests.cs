using System.Linq;
using EditorialLint.Analysis;

namespace EditorialLint.Core.Tests.Tokens
{
    public class SentenceSplitterTests
    {
        // Each case: the text, then its sentences separated by " || ".
        [Theory]
        [InlineData("He left. She stayed.", "He left. || She stayed.")]
        [InlineData("Is it true? Yes! It is.", "Is it true? || Yes! || It is.")]
        [InlineData("Mr. Durov spoke. Dr. Smith agreed.", "Mr. Durov spoke. || Dr. Smith agreed.")]
        [InlineData("He moved to the U.S. last year.", "He moved to the U.S. last year.")]
        [InlineData("It was Aug. 24 in Paris. Then he left.", "It was Aug. 24 in Paris. || Then he left.")]
        [InlineData("Users rose to 9.5 billion. That is a lot.", "Users rose to 9.5 billion. || That is a lot.")]
        [InlineData("Spices, e.g. pepper, are cheap.", "Spices, e.g. pepper, are cheap.")]
        [InlineData("J. K. Rowling wrote it.", "J. K. Rowling wrote it.")]
        [InlineData("He said: \"We will stay.\" Then he left.", "He said: \"We will stay.\" || Then he left.")]
        [InlineData("He said “no.” She agreed.", "He said “no.” || She agreed.")]
        [InlineData("Why? he asked.", "Why? he asked.")]
        [InlineData("Visit telegram.org today. Now.", "Visit telegram.org today. || Now.")]
        [InlineData("It rose 5%. Prices fell.", "It rose 5%. || Prices fell.")]
        [InlineData("Wait... What happened?", "Wait... || What happened?")]
        [InlineData("A headline\n\nA paragraph. Two.", "A headline || A paragraph. || Two.")]
        [InlineData("No full stop at the end", "No full stop at the end")]
        [InlineData("The painter (b. 1950, d. 2021) lived here. She left.", "The painter (b. 1950, d. 2021) lived here. || She left.")]
        [InlineData("The bridge, built c. 1900 and quoted on p. 12, fell. It rained.", "The bridge, built c. 1900 and quoted on p. 12, fell. || It rained.")]
        [InlineData("We chose plan b. Then we left.", "We chose plan b. || Then we left.")]
        public void Text_IsSplitIntoTheExpectedSentences(string text, string expected)
        {
            var document = AnalyzedDocument.FromText("t.txt", text);
            var sentences = string.Join(" || ", document.Sentences.ToArray().Select(s => document.GetString(s.Span)));
            sentences.Should().Be(expected);
        }

        [Fact]
        public void Sentences_NeverCrossMarkdownBlocks()
        {
            var document = AnalyzedDocument.FromText("t.md", "# A heading\nA paragraph without a stop\n\n- an item\n- another item\n");
            document.Sentences.ToArray().Select(s => document.GetString(s.Span))
                .Should().Equal("A heading", "A paragraph without a stop", "an item", "another item");
        }

        [Fact]
        public void SentenceTokens_CoverEveryTokenExactlyOnce()
        {
            var document = AnalyzedDocument.FromText("t.txt", "One. Two? Three!\n\nFour (five). Six.");
            var covered = document.Sentences.ToArray().Sum(s => s.TokenCount);
            covered.Should().Be(document.TokenCount);
        }
    }
}

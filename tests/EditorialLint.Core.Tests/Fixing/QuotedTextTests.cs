using System.Collections.Generic;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Fixing;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Tests.Fixing
{
    public class QuotedTextTests
    {
        private static IEnumerable<string> Insides(string text) => QuotedText.Quotations(text).Select(s => text.Substring(s.Start, s.Length));

        [Theory]
        [InlineData("She said \u201Cwe will go\u201D and left.", "we will go")]
        [InlineData("She said \"we will go\" and left.", "we will go")]
        [InlineData("Il a dit \u00ABnous irons\u00BB.", "nous irons")]
        public void QuotationInsides_AreFound(string text, string inside) => Insides(text).Should().Equal(inside);

        [Fact]
        public void QuotationLeftOpen_EndsAtTheParagraph() =>
            Insides("He said \"we will go.\n\nA new paragraph \"with\" a quote.").Should().Equal("we will go.", "with");

        [Fact]
        public void Apostrophes_AreNotQuotationMarks() => Insides("It's the council's plan.").Should().BeEmpty();

        [Fact]
        public void FixesInsideAQuotation_AreDropped_OthersKept()
        {
            const string text = "He said \"the the shop\" and and left.";
            var inside = new TextFix(new TextSpan(text.IndexOf("the the", System.StringComparison.Ordinal) + 3, 4), string.Empty, true, "remove");
            var outside = new TextFix(new TextSpan(text.IndexOf("and and", System.StringComparison.Ordinal) + 3, 4), string.Empty, true, "remove");
            QuotedText.OutsideQuotations(text, new List<TextFix> { inside, outside }).Should().Equal(outside);
        }
    }
}

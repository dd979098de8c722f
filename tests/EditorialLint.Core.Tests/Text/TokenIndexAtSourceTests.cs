using EditorialLint.Analysis;

namespace EditorialLint.Core.Tests.Text
{
    public class TokenIndexAtSourceTests
    {
        [Fact]
        public void EveryTokenIsFound_ByASourceOffsetInsideIt()
        {
            var document = AnalyzedDocument.FromText("a.md", "# Title\n\nSome **bold** words and a [link](http://x.org) here.\n\n> Quoted *text* too.\n");
            for (int i = 0; i < document.TokenCount; i++)
            {
                var source = document.Prose.ToSourceSpan(document.GetToken(i).Span);
                document.TokenIndexAtSource(source.Start).Should().Be(i);
            }

            document.TokenIndexAtSource(document.Source.Content.Length).Should().Be(document.TokenCount);
        }
    }
}

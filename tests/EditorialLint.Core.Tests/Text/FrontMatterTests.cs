using System.Linq;
using EditorialLint.Text;

namespace EditorialLint.Core.Tests.Text
{
    public class FrontMatterTests
    {
        [Fact]
        public void YamlFrontMatter_GivesItsTopLevelFieldsInOrderAndWhereTheBodyStarts()
        {
            const string text = "---\ntitle: \"Ferry fares: what #changes\"\ndate: 2024-03-04 # first edition\nimage:\n  date: 2001-01-01\n---\nThe body.\n";

            FrontMatter.TryRead(text, out var fields, out int end).Should().BeTrue();

            fields.Select(f => f.Key + "=" + f.Value).Should().Equal("title=Ferry fares: what #changes", "date=2024-03-04", "image=");
            text.Substring(end).Should().Be("The body.\n");
        }

        [Fact]
        public void TomlFrontMatter_IsReadToo()
        {
            FrontMatter.TryRead("+++\r\ntitle = 'Harbour report'\r\n+++\r\nBody", out var fields, out _).Should().BeTrue();

            fields.Select(f => f.Key + "=" + f.Value).Should().Equal("title=Harbour report");
        }

        [Theory]
        [InlineData("title: No fence\n---\nBody")]
        [InlineData("---\ntitle: A block that never closes\nBody")]
        [InlineData("")]
        public void TextWithoutAClosedBlock_HasNoFrontMatter(string text)
        {
            FrontMatter.TryRead(text, out var fields, out int end).Should().BeFalse();

            fields.Should().BeEmpty();
            end.Should().Be(0);
        }
    }
}

using EditorialLint.Text;

namespace EditorialLint.Core.Tests.Text
{
    public class ProseFilesTests
    {
        [Theory]
        [InlineData("docs/a.md", true, DocumentKind.Markdown)]
        [InlineData("docs/a.MARKDOWN", true, DocumentKind.Markdown)]
        [InlineData("notes.txt", true, DocumentKind.PlainText)]
        [InlineData("page.mdx", false, DocumentKind.Markdown)]
        [InlineData("data.json", false, DocumentKind.PlainText)]
        [InlineData("README", false, DocumentKind.PlainText)]
        public void EveryHost_DecidesProseAndKind_TheSameWay(string path, bool searched, DocumentKind kind)
        {
            ProseFiles.IsProseFile(path).Should().Be(searched);
            ProseFiles.KindOf(path).Should().Be(kind);
        }

        [Fact]
        public void SearchGlob_NamesTheSearchedExtensions() =>
            ProseFiles.SearchGlob.Should().Be("**/*.{md,markdown,txt}");

        [Theory]
        [InlineData(".git", true)]
        [InlineData("node_modules", true)]
        [InlineData("obj", true)]
        [InlineData("articles", false)]
        public void FolderSearch_SkipsHiddenAndBuildFolders(string name, bool skipped) =>
            ProseFiles.IsSkippedFolder(name).Should().Be(skipped);
    }
}

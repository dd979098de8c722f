using System;
using System.IO;
using System.Linq;
using EditorialLint.Core.Tests.Support;
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
    
        [Fact]
        public void FolderWalk_EndsOnLinkLoops_AndNeverLeavesTheRoot()
        {
            if (OperatingSystem.IsWindows()) return; // symbolic links need rights there
            using var dir = new TempDirectory();
            using var outside = new TempDirectory();
            dir.Write("desk/a.md", "A.\n");
            dir.Write("desk/deep/b.md", "B.\n");
            outside.Write("secret.md", "Not ours.\n");
            Directory.CreateSymbolicLink(dir.Full("desk/deep/loop"), dir.Full("desk"));
            Directory.CreateSymbolicLink(dir.Full("desk/away"), outside.Path);
            File.CreateSymbolicLink(dir.Full("desk/linked.md"), Path.Combine(outside.Path, "secret.md"));

            var found = ProseFiles.Walk(dir.Full("desk")).Select(f => Path.GetRelativePath(dir.Full("desk"), f)).ToList();

            found.Should().Equal("a.md", Path.Combine("deep", "b.md"));
        }
    }
}

using System.IO;
using System.Linq;

namespace EditorialLint.Cli.Tests
{
    /// <summary>Careless and hostile input: one bad file never stops a run, and nothing hangs.</summary>
    public class HostileInputTests
    {
        [Fact]
        public void DeeplyNestedMarkdown_IsReportedOnItsLine_AndTheOtherFilesAreLinted()
        {
            using var folder = new TempFolder();
            folder.Write("a-deep.md", "Title\n\n" + string.Concat(Enumerable.Repeat("> ", 300)) + "text\n");
            folder.Write("b-article.md", "The harbour reopened after the the storm.\n");
            var (code, output, error) = CliRunner.Run(folder.Path, ".");
            code.Should().Be(1);
            output.Should().Contain("a-deep.md(3,1): error EL9006: Quotes and lists are nested 300 levels deep here; the limit is 50");
            output.Should().Contain("b-article.md(1,32): warning EL3001");
            error.Should().NotContain("internal error");
        }
    }
}

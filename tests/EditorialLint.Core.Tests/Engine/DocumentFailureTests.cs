using System;
using System.Collections.Immutable;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Core.Tests.Engine
{
    public class DocumentFailureTests
    {
        [Fact]
        public void DocumentThatFailsToLoad_IsReportedAndTheOthersAreLinted()
        {
            var engine = new LintEngine(Array.Empty<EditorialRule>());
            var inputs = new[]
            {
                DocumentInput.FromText("a.md", "Fine.\n"),
                new DocumentInput("b.md", () => throw new InvalidOperationException("the loader broke")),
                DocumentInput.FromText("c.md", string.Concat(Enumerable.Repeat("> ", 200)) + "x\n"),
                DocumentInput.FromText("d.md", "Also fine.\n"),
            };

            var result = engine.Run(inputs, jobs: 2);

            result.DocumentCount.Should().Be(4);
            result.Diagnostics.Select(d => d.Location.GetLineSpan().Path + " " + d.Id)
                .Should().Equal("b.md EL9005", "c.md EL9006");
            result.Diagnostics[0].GetMessage().Should().Contain("the loader broke");
            result.Diagnostics[0].Severity.Should().Be(DiagnosticSeverity.Error);
        }

        [Fact]
        public void AggregateOfOne_IsUnwrapped()
        {
            var diagnostic = DocumentFailure.Create("x.md", new AggregateException(new FormatException("bad")));
            diagnostic.GetMessage().Should().Contain("FormatException: bad");
        }
    }
}

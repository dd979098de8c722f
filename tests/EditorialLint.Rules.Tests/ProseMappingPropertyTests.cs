using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CsCheck;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Tests
{
    /// <summary>
    /// On generated Markdown (emphasis, links, code, HTML, lists, quotes, tables, headings, CRLF/LF/CR), every word a
    /// rule reports points at source text that reads exactly as the prose it was computed on.
    /// </summary>
    public class ProseMappingPropertyTests
    {
        private static readonly Gen<string> Word = Gen.OneOf(
            "the", "nice", "fine", "rustic", "Telegram’s", "will't", "950", "9.5bn", "€500,000", "users", "a", "an", "hour",
            "café", "U.S.", "well-known", "COVID-19", "→", "(", ")", "“", "”", ",", ".", ":", "!!");

        private static readonly Gen<string> Inline = Gen.Frequency(
            (8, (IGen<string>)Word),
            (1, Word.Select(w => "**" + w + "**")),
            (1, Word.Select(w => "_" + w + "_")),
            (1, Word.Select(w => "[" + w + "](https://example.org/" + w.Length + ")")),
            (1, Word.Select(w => "`" + w + "`")),
            (1, Gen.Const("<span>x</span>")),
            (1, Gen.Const("https://example.org/page")));

        private static readonly Gen<string> LineBreak = Gen.OneOf("\n", "\r\n", "\r");

        private static readonly Gen<string> Line = Inline.Array[1, 12].Select(parts => string.Join(" ", parts));

        private static readonly Gen<string> Block = Gen.Select(Gen.OneOf("", "# ", "- ", "> ", "1. ", "| "), Line, Line,
            (prefix, a, b) => prefix == "| " ? "| " + a + " | " + b + " |\n|---|---|\n| " + b + " | " + a + " |" : prefix + a + "\n" + b);

        private static readonly Gen<string> Document = Gen.Select(Block.Array[1, 6], LineBreak,
            (blocks, newline) => string.Join("\n\n", blocks).Replace("\n", newline) + newline);

        [Fact]
        public void EveryReportedWord_ReadsTheSameInTheSource()
        {
            var engine = new LintEngine(new[] { new ProbeRule() });
            Document.Sample(markdown =>
            {
                var diagnostics = engine.Run(new[] { DocumentInput.FromText("gen.md", markdown) }, jobs: 1).Diagnostics;
                foreach (var d in diagnostics)
                {
                    var span = d.Location.SourceSpan;
                    markdown.Substring(span.Start, span.Length).Should().Be(d.GetMessage(CultureInfo.InvariantCulture), "in:\n" + markdown);
                }
            }, iter: 300);
        }

        [Fact]
        public void EveryBuiltInDiagnostic_HasALocationInsideTheDocumentWithConsistentLinePositions()
        {
            var engine = new LintEngine(BuiltInRules.CreateAll());
            Document.Sample(markdown =>
            {
                var source = new Text.SourceDocument("gen.md", markdown);
                foreach (var d in engine.Run(new[] { DocumentInput.FromText("gen.md", markdown) }, jobs: 1).Diagnostics)
                {
                    d.Id.Should().NotStartWith("EL9", "no rule may fail on generated input:\n" + markdown + "\n" + d.GetMessage(CultureInfo.InvariantCulture));
                    var span = d.Location.SourceSpan;
                    span.End.Should().BeLessThanOrEqualTo(markdown.Length);
                    d.Location.GetLineSpan().Span.Should().Be(source.Text.Lines.GetLinePositionSpan(span));
                }
            }, iter: 300);
        }

        /// <summary>Reports every word and number with its prose text as the message.</summary>
        private sealed class ProbeRule : EditorialRule
        {
            private static readonly DiagnosticDescriptor Probe = new DiagnosticDescriptor(
                "TEST0001", "Probe", "{0}", "Test", DiagnosticSeverity.Warning, true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Probe);

            public override void Initialize(RuleInitializationContext context) =>
                context.RegisterSentenceAction(ctx =>
                {
                    foreach (var token in ctx.Tokens)
                    {
                        if (token.Kind == TokenKind.Word || token.Kind == TokenKind.Number)
                            ctx.Report(Probe, token.Span, null, ctx.Document.GetString(token));
                    }
                });
        }
    }
}

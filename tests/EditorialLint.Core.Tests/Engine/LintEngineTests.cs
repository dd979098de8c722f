using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Engine;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Tests.Engine
{
    public class LintEngineTests
    {
        private static readonly DiagnosticDescriptor WordDescriptor = new DiagnosticDescriptor(
            "EL3999", "Word", "word '{0}'", RuleCategories.Style, DiagnosticSeverity.Warning, true);

        private static readonly DiagnosticDescriptor CorpusDescriptor = new DiagnosticDescriptor(
            "EL1999", "Shared word", "'{0}' also appears in {1} other documents", RuleCategories.Numbers, DiagnosticSeverity.Warning, true);

        private static readonly DiagnosticDescriptor CountDescriptor = new DiagnosticDescriptor(
            "EL3998", "Findings", "{0} findings before", RuleCategories.Style, DiagnosticSeverity.Warning, true);

        private static IReadOnlyList<DocumentInput> ManyDocuments(int count) =>
            Enumerable.Range(0, count)
                .Select(i => DocumentInput.FromText($"doc{i:D3}.txt", $"Alpha beta {i}. Gamma delta epsilon."))
                .Reverse()
                .ToList();

        [Fact]
        public void Results_AreInTheSameOrderWhateverTheNumberOfJobs()
        {
            var one = new LintEngine(new[] { new ReportEveryWordRule() }).Run(ManyDocuments(60), jobs: 1).Diagnostics;
            var many = new LintEngine(new[] { new ReportEveryWordRule() }).Run(ManyDocuments(60), jobs: 8).Diagnostics;
            Describe(many).Should().Equal(Describe(one));
            Describe(one).First().Should().StartWith("doc000.txt(1,1)");
        }

        [Fact]
        public void FailingRule_IsReportedAndTheOtherRulesStillRun()
        {
            var result = new LintEngine(new EditorialRule[] { new ThrowingRule(), new ReportEveryWordRule() })
                .Run(new[] { DocumentInput.FromText("a.txt", "One two.") });
            result.Diagnostics.Should().Contain(d => d.Id == RuleIdentifiers.RuleFailure
                && d.GetMessage(CultureInfo.InvariantCulture).Contains("ThrowingRule") && d.GetMessage(CultureInfo.InvariantCulture).Contains("boom"));
            result.Diagnostics.Count(d => d.Id == "EL3999").Should().Be(2);
        }

        [Fact]
        public void ConfiguredSeverity_ChangesTheReportedSeverity()
        {
            var options = new DictionaryRuleOptions(new Dictionary<string, string>(), d => d.Id == "EL3999" ? ReportDiagnostic.Error : ReportDiagnostic.Default);
            var result = new LintEngine(new[] { new ReportEveryWordRule() }, RuleOptionsProvider.ForAll(options))
                .Run(new[] { DocumentInput.FromText("a.txt", "One two.") });
            result.Diagnostics.Should().OnlyContain(d => d.Severity == DiagnosticSeverity.Error);
            result.Diagnostics.First().GetMessage(CultureInfo.InvariantCulture).Should().Be("word 'One'");
        }

        [Fact]
        public void SuppressedRule_DoesNotRun()
        {
            var rule = new ReportEveryWordRule();
            var options = new DictionaryRuleOptions(new Dictionary<string, string>(), _ => ReportDiagnostic.Suppress);
            var result = new LintEngine(new[] { rule }, RuleOptionsProvider.ForAll(options))
                .Run(new[] { DocumentInput.FromText("a.txt", "One two.") });
            result.Diagnostics.Should().BeEmpty();
            rule.Calls.Should().Be(0);
        }

        [Fact]
        public void CorpusActions_SeeEveryDocumentAndReportAfterwards()
        {
            var inputs = new[]
            {
                DocumentInput.FromText("a.txt", "Telegram grew."),
                DocumentInput.FromText("b.txt", "Telegram shrank."),
                DocumentInput.FromText("c.txt", "Signal grew."),
            };
            var result = new LintEngine(new[] { new SharedWordRule() }).Run(inputs, jobs: 3);
            Describe(result.Diagnostics).Should().Equal(
                "a.txt(1,1): EL1999 'Telegram' also appears in 1 other documents",
                "b.txt(1,1): EL1999 'Telegram' also appears in 1 other documents");
        }

        [Fact]
        public void BinaryInput_IsReportedAndSkipped()
        {
            var input = new DocumentInput("bin.txt", () => EditorialLint.Text.DocumentLoader.Load("bin.txt", new byte[] { 1, 0, 2 }));
            var result = new LintEngine(new[] { new ReportEveryWordRule() }).Run(new[] { input });
            result.Diagnostics.Select(d => d.Id).Should().Equal(RuleIdentifiers.BinaryFile);
        }

        [Fact]
        public void DocumentEndAction_SeesTheFindingsOfTheOtherRulesOnThatDocument()
        {
            var inputs = new[] { DocumentInput.FromText("a.txt", "One two three."), DocumentInput.FromText("b.txt", "Four five.") };
            var result = new LintEngine(new EditorialRule[] { new CountFindingsRule(), new ReportEveryWordRule() }).Run(inputs);
            Describe(result.Diagnostics.Where(d => d.Id == CountDescriptor.Id)).Should().Equal(
                "a.txt(1,1): EL3998 3 findings before",
                "b.txt(1,1): EL3998 2 findings before");
        }

        [Fact]
        public void DocumentEndAction_GivesTheSameResultsWhateverTheNumberOfJobs()
        {
            var rules = new EditorialRule[] { new CountFindingsRule(), new ReportEveryWordRule() };
            var one = new LintEngine(rules).Run(ManyDocuments(60), jobs: 1).Diagnostics;
            var many = new LintEngine(rules).Run(ManyDocuments(60), jobs: 8).Diagnostics;
            Describe(many).Should().Equal(Describe(one));
            Describe(one).Should().Contain("doc007.txt(1,1): EL3998 5 findings before");
        }

        [Fact]
        public void DocumentEndAction_DoesNotSeeFindingsOfARuleTurnedOff()
        {
            var options = new DictionaryRuleOptions(new Dictionary<string, string>(), d => d.Id == WordDescriptor.Id ? ReportDiagnostic.Suppress : ReportDiagnostic.Default);
            var result = new LintEngine(new EditorialRule[] { new CountFindingsRule(), new ReportEveryWordRule() }, RuleOptionsProvider.ForAll(options))
                .Run(new[] { DocumentInput.FromText("a.txt", "One two three.") });
            Describe(result.Diagnostics).Should().Equal("a.txt(1,1): EL3998 0 findings before");
        }

        [Fact]
        public void DocumentEndAction_DoesNotSeeFindingsSuppressedInline_AndItsOwnFindingsCanBeSuppressed()
        {
            var engine = new LintEngine(new EditorialRule[] { new CountFindingsRule(), new ReportEveryWordRule() });
            var partly = engine.AnalyzeDocument(AnalyzedDocument.FromText("a.md", "One two.\n\nThree four. <!-- editorial-lint disable-line EL3999 -->\n"));
            Describe(partly.Where(d => d.Id == CountDescriptor.Id)).Should().Equal("a.md(1,1): EL3998 2 findings before");

            var hidden = engine.AnalyzeDocument(AnalyzedDocument.FromText("a.md", "<!-- editorial-lint disable-file EL3998 -->\n\nOne two.\n"));
            hidden.Should().NotContain(d => d.Id == CountDescriptor.Id);
            hidden.Count(d => d.Id == WordDescriptor.Id).Should().Be(2);
        }

        [Fact]
        public void DocumentEndAction_RunsInSessionsAsInWholeRuns()
        {
            var session = new LintEngine(new EditorialRule[] { new CountFindingsRule(), new ReportEveryWordRule() }).StartSession();
            var found = session.Analyze(AnalyzedDocument.FromText("a.txt", "One two three four."));
            Describe(found.Where(d => d.Id == CountDescriptor.Id)).Should().Equal("a.txt(1,1): EL3998 4 findings before");
        }

        private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)}";
            });

        [Fact]
        public void FindingsAcrossDocuments_AreFingerprintedFromTheTextsTheRunLoaded_WithoutLoadingThemAgain()
        {
            int loads = 0;
            DocumentInput Input(string path, string text) => new DocumentInput(path, () =>
            {
                Interlocked.Increment(ref loads);
                return DocumentInput.FromText(path, text).Load();
            });

            var fingerprints = new EditorialLint.Baselines.FingerprintRecorder();
            var inputs = fingerprints.Record(new[] { Input("a.md", "Storms hit the coast.\n"), Input("b.md", "Storms closed the port.\n") });
            var result = new LintEngine(new[] { new SharedWordRule() }).Run(inputs);

            loads.Should().Be(2);
            result.Diagnostics.Should().HaveCount(2);
            var first = result.Diagnostics[0];
            fingerprints.Of(first).Should().Be(EditorialLint.Baselines.DiagnosticFingerprint.Compute(first, new EditorialLint.Text.SourceDocument("a.md", "Storms hit the coast.\n").Text))
                .And.NotBe(EditorialLint.Baselines.DiagnosticFingerprint.Compute(first, null), "the flagged text and its context are at hand");
        }

        private sealed class ReportEveryWordRule : EditorialRule
        {
            private int _calls;

            public int Calls => _calls;

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(WordDescriptor);

            public override void Initialize(RuleInitializationContext context) =>
                context.RegisterSentenceAction(ctx =>
                {
                    System.Threading.Interlocked.Increment(ref _calls);
                    foreach (var t in ctx.Tokens)
                        if (t.Kind == TokenKind.Word) ctx.Report(WordDescriptor, t.Span, null, ctx.Document.GetString(t));
                });
        }

        /// <summary>Reports, at the start of each document, how many findings the other rules made on it.</summary>
        private sealed class CountFindingsRule : EditorialRule
        {
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(CountDescriptor);

            public override void Initialize(RuleInitializationContext context) =>
                context.RegisterDocumentEndAction(ctx =>
                    ctx.Report(CountDescriptor, ctx.Document.GetToken(0).Span, null, ctx.Diagnostics.Length));
        }

        private sealed class ThrowingRule : EditorialRule
        {
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(WordDescriptor);

            public override void Initialize(RuleInitializationContext context) =>
                context.RegisterDocumentAction(_ => throw new InvalidOperationException("boom"));
        }

        /// <summary>Reports the first word of each document when another document starts with it too.</summary>
        private sealed class SharedWordRule : EditorialRule
        {
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(CorpusDescriptor);

            public override void Initialize(RuleInitializationContext context) =>
                context.RegisterCorpusStartAction(start =>
                {
                    var firstWords = new ConcurrentBag<(string Word, Location Location)>();
                    start.RegisterDocumentAction(ctx =>
                    {
                        var token = ctx.Document.GetToken(0);
                        firstWords.Add((ctx.Document.GetString(token), ctx.Document.GetLocation(token.Span)));
                    });
                    start.RegisterCorpusEndAction(end =>
                    {
                        foreach (var group in firstWords.GroupBy(w => w.Word).Where(g => g.Count() > 1))
                            foreach (var (word, location) in group)
                                end.ReportDiagnostic(Diagnostic.Create(CorpusDescriptor, location, word, group.Count() - 1));
                    });
                });
        }
    }
}

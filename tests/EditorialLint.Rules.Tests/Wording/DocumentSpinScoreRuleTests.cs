using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules.Wording;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Tests.Wording
{
    public class DocumentSpinScoreRuleTests
    {
        private static readonly DocumentSpinScoreRule Rule = new DocumentSpinScoreRule();

        private static readonly Lazy<LintEngine> AllRules = new Lazy<LintEngine>(() => new LintEngine(BuiltInRules.CreateAll()));

        private static string Text(string marked) => MarkedText.Parse(marked).Text;

        // The spun story with two more known spinner phrases (EL2001).
        private static string StoryWithKnownPhrases() =>
            Text(UnlikelyWordInContextRuleTests.SpunStory) + "\nResidents will take legal motion against the operator, in accordance with officials.\n";

        // EL2900's score of the text with every built-in rule on, EL2001 at the given severity, the threshold at its lowest.
        private static float ScoreOf(string text, ReportDiagnostic knownPhrases)
        {
            var options = new DictionaryRuleOptions(
                new Dictionary<string, string> { ["editorial_lint.EL2900.threshold"] = "1" },
                d => d.Id == "EL2001" ? knownPhrases : ReportDiagnostic.Default);
            var engine = new LintEngine(BuiltInRules.CreateAll(), RuleOptionsProvider.ForAll(options));
            var finding = engine.AnalyzeDocument(AnalyzedDocument.FromText("story.md", text)).Single(d => d.Id == "EL2900");
            var message = finding.GetMessage(CultureInfo.InvariantCulture);
            var score = message.Substring(message.IndexOf("spin score ", StringComparison.Ordinal) + "spin score ".Length).Split(' ')[0];
            return float.Parse(score, CultureInfo.InvariantCulture);
        }

        [Fact]
        public void SpunStory_IsReportedOnceOnItsFirstLine() =>
            RuleVerifier.Verify(Rule, "# [|Harbour operator fined over diesel spill|]" + Text(UnlikelyWordInContextRuleTests.SpunStory).Substring("# Harbour operator fined over diesel spill".Length));

        [Fact]
        public void CleanStory_IsNotReported() =>
            RuleVerifier.Verify(Rule, UnlikelyWordInContextRuleTests.CleanStory);

        [Fact]
        public void SpunStory_ScoresFarAboveTheCleanOne()
        {
            var spunDocument = AnalyzedDocument.FromText("spun.md", Text(UnlikelyWordInContextRuleTests.SpunStory));
            var cleanDocument = AnalyzedDocument.FromText("clean.md", UnlikelyWordInContextRuleTests.CleanStory);
            float spun = DocumentSpinScoreRule.SpinScore(spunDocument, AllRules.Value.AnalyzeDocument(spunDocument))!.Value;
            float clean = DocumentSpinScoreRule.SpinScore(cleanDocument, AllRules.Value.AnalyzeDocument(cleanDocument))!.Value;
            spun.Should().BeGreaterThan(3 * clean + 1);
        }

        [Fact]
        public void Measure_GivesTheReportedScore_AndScoresACleanStoryBelowItsThreshold()
        {
            var options = new DictionaryRuleOptions(new Dictionary<string, string> { ["editorial_lint.EL2900.threshold"] = "1" }, _ => ReportDiagnostic.Default);
            var text = StoryWithKnownPhrases();
            var document = AnalyzedDocument.FromText("story.md", text);
            var findings = AllRules.Value.AnalyzeDocument(document).Select(d => (d.Id, d.Location.SourceSpan));
            var measured = DocumentSpinScoreRule.Measure(document, findings, options)!.Value;
            measured.Threshold.Should().Be(1);
            measured.Score.ToString("F1", CultureInfo.InvariantCulture).Should().Be(ScoreOf(text, ReportDiagnostic.Default).ToString("F1", CultureInfo.InvariantCulture));

            var clean = AnalyzedDocument.FromText("clean.md", UnlikelyWordInContextRuleTests.CleanStory);
            var cleanScore = DocumentSpinScoreRule.Measure(clean, AllRules.Value.AnalyzeDocument(clean).Select(d => (d.Id, d.Location.SourceSpan)), RuleOptions.Default)!.Value;
            cleanScore.Score.Should().BeLessThan(cleanScore.Threshold, "a score is given below the threshold too");
            DocumentSpinScoreRule.Measure(AnalyzedDocument.FromText("short.md", "Too short to score."), Array.Empty<(string, Microsoft.CodeAnalysis.Text.TextSpan)>(), RuleOptions.Default).Should().BeNull();
        }

        [Fact]
        public void KnownSpinnerPhrases_CountOnlyWhileTheirRuleIsOn()
        {
            var text = StoryWithKnownPhrases();
            var withPhrases = ScoreOf(text, ReportDiagnostic.Default);
            var withoutPhrases = ScoreOf(text, ReportDiagnostic.Suppress);
            withoutPhrases.Should().BeLessThan(withPhrases);
        }

        [Fact]
        public void KnownSpinnerPhrases_SuppressedInline_DoNotCount()
        {
            var text = StoryWithKnownPhrases();
            ScoreOf(text + "\n<!-- editorial-lint disable-file EL2001 -->\n", ReportDiagnostic.Default)
                .Should().Be(ScoreOf(text, ReportDiagnostic.Suppress));
        }

        // The document's spin score (below the threshold too) with every built-in rule's findings, and without EL2003's.
        private static (float With, float Without, int Contractions) ScoresWithAndWithoutEL2003(string text)
        {
            var document = AnalyzedDocument.FromText("story.md", text);
            var findings = AllRules.Value.AnalyzeDocument(document).Select(d => (d.Id, d.Location.SourceSpan)).ToList();
            float Score(IEnumerable<(string, Microsoft.CodeAnalysis.Text.TextSpan)> some) => DocumentSpinScoreRule.Measure(document, some, RuleOptions.Default)!.Value.Score;
            return (Score(findings), Score(findings.Where(f => f.Id != "EL2003")), findings.Count(f => f.Id == "EL2003"));
        }

        [Fact]
        public void TypingSlipsInAContraction_AreReportedButDoNotCountAsSwaps()
        {
            // A reader's comment with apostrophes left out ("dont", "isnt") or put one letter early ("does'nt"): EL2003
            // reports each, but a hurried writer leaves them, not a spinner, so the story scores as it does without them.
            var (with, without, contractions) = ScoresWithAndWithoutEL2003(UnlikelyWordInContextRuleTests.CleanStory
                + "\nOne reader wrote: \"I dont think the fine is enough. It isnt the first spill and it does'nt look like the last.\"\n");
            contractions.Should().Be(3);
            with.Should().Be(without);
        }

        [Fact]
        public void SpinnersBrokenContraction_CountsAsASwap()
        {
            // The same comment with the verb of "can't" swapped, as a spinner leaves it: a certain swap.
            var (with, without, contractions) = ScoresWithAndWithoutEL2003(UnlikelyWordInContextRuleTests.CleanStory
                + "\nOne reader wrote: \"I will't think the fine is enough. It is the first spill and it may't be the last.\"\n");
            contractions.Should().Be(2);
            with.Should().BeGreaterThan(without + 1);
        }

        [Fact]
        public void ShortDocument_IsNotScoredAsAWhole() =>
            RuleVerifier.Verify(Rule, "We will't agree. The authorities is perhaps confused. Take legal motion. Go away the country at the identical time.");

        [Fact]
        public void ThresholdOption_RaisesTheBar()
        {
            var options = new DictionaryRuleOptions(new Dictionary<string, string> { ["editorial_lint.EL2900.threshold"] = "1000" });
            RuleVerifier.Lint(new[] { Rule }, Text(UnlikelyWordInContextRuleTests.SpunStory), "story.md", options).Should().BeEmpty();
        }

        [Fact]
        public void PlainTextStory_IsReportedOnItsFirstLine()
        {
            var text = Text(UnlikelyWordInContextRuleTests.SpunStory).Substring(2); // no Markdown heading marker
            var diagnostics = RuleVerifier.Lint(new[] { Rule }, text, "story.txt");
            diagnostics.Should().ContainSingle();
            var line = diagnostics[0].Location.GetLineSpan();
            line.StartLinePosition.Line.Should().Be(0);
            line.StartLinePosition.Character.Should().Be(0);
            line.EndLinePosition.Line.Should().Be(0);
        }
    }
}

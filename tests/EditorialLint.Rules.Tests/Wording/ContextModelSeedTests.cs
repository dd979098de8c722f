using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Testing;
using EditorialLint.Tokens;

namespace EditorialLint.Rules.Tests.Wording
{
    /// <summary>The context model's rules (EL2010, EL2900) on the seed articles and on clean news, where ../shared is present.</summary>
    public class ContextModelSeedTests
    {
        private static readonly EditorialRule[] Rules = { new UnlikelyWordInContextRule(), new DocumentSpinScoreRule() };

        // EL2900 counts the findings of the run it is part of: the default rule set, as a user runs it.
        private static readonly Lazy<EditorialRule[]> AllRules = new Lazy<EditorialRule[]>(() => BuiltInRules.CreateAll().ToArray());

        [SharedDataFact]
        public void SpunSeed_IsReportedAsAWhole()
        {
            var found = Findings(SharedData.Seed("001")!, AllRules.Value);
            found.Should().Contain(("EL2900", 0, (string?)null));
        }

        [SharedDataFact]
        public void SpunSeed_HasSwapsTheOtherLayersMissReported_WithTheOriginal()
        {
            var found = Findings(SharedData.Seed("001")!).Where(f => f.Id == "EL2010").Select(f => f.Suggestion).ToList();
            found.Should().Contain(new[] { "action", "same", "always" });
        }

        [SharedDataFact]
        public void CleanSeeds_HaveAtMostTwoFindings() =>
            new[] { "000", "002", "003" }.Sum(n => Findings(SharedData.Seed(n)!).Count).Should().BeLessThanOrEqualTo(2);

        [SharedDataFact]
        public void TranslatedSeed_IsNotReportedAsSpun() =>
            Findings(SharedData.Seed("004")!, AllRules.Value).Should().NotContain(f => f.Id == "EL2900");

        [SharedDataFact]
        public void CleanNews_StaysBelowHalfAFindingPerThousandWords()
        {
            var folder = Path.Combine(SharedData.SharedRoot!, "data", "clean-news", "bbc");
            var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
            long words = 0;
            foreach (var file in files)
                foreach (var token in AnalyzedDocument.FromText(file, File.ReadAllText(file)).Tokens)
                    if (token.Kind == TokenKind.Word) words++;

            var result = new LintEngine(new[] { new UnlikelyWordInContextRule() }).Run(files.Select(f => DocumentInput.FromFile(f, f)).ToList());
            (result.Diagnostics.Count(d => d.Id == "EL2010") * 1000.0 / words).Should().BeLessThan(0.5);
        }

        private static List<(string Id, int Line, string? Suggestion)> Findings(string path, EditorialRule[]? rules = null)
        {
            var engine = new LintEngine(rules ?? Rules);
            var diagnostics = engine.Run(new[] { DocumentInput.FromFile(path, path) }, jobs: 1).Diagnostics;
            return diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line, TextFix.FromDiagnostic(d)?.Replacement)).ToList();
        }
    }
}

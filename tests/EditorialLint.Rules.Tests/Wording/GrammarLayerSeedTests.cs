using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules.Wording;
using EditorialLint.Testing;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Tests.Wording
{
    /// <summary>The grammar layer (EL2002–EL2006) on the seed articles and on clean news, where ../shared is present.</summary>
    public class GrammarLayerSeedTests
    {
        private static readonly EditorialRule[] Rules =
        {
            new WordClassMismatchRule(), new BrokenContractionRule(), new BrokenModalAgreementRule(),
            new CountryNameForAdjectiveRule(), new GluedWordsRule(),
        };

        [SharedDataFact]
        public void SpunSeed_HasItsGrammarBreaksFound()
        {
            var found = Findings(SharedData.Seed("001")!);
            found.Should().BeEquivalentTo(new[]
            {
                ("EL2002", "nice"), ("EL2002", "rustic"), ("EL2003", "will't"), ("EL2002", "rustic"), ("EL2004", "is perhaps"),
            }, o => o.WithStrictOrdering());
        }

        [SharedDataFact]
        public void TranslatedSeed_HasItsCountryNamesAndGluedWordsFound()
        {
            var found = Findings(SharedData.Seed("004")!);
            found.Should().BeEquivalentTo(new[]
            {
                ("EL2005", "France"), ("EL2005", "France"), ("EL2005", "France"), ("EL2006", "encryptionSecret"),
            }, o => o.WithStrictOrdering());
        }

        [SharedDataFact]
        public void CleanSeeds_HaveAtMostTwoFindings() =>
            (Findings(SharedData.Seed("000")!).Count + Findings(SharedData.Seed("002")!).Count + Findings(SharedData.Seed("003")!).Count)
                .Should().BeLessThanOrEqualTo(2);

        [SharedDataFact]
        public void CleanNews_StaysBelowHalfAFindingPerThousandWords()
        {
            var folder = Path.Combine(SharedData.SharedRoot!, "data", "clean-news", "bbc");
            var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
            long words = 0;
            foreach (var file in files)
                foreach (var token in AnalyzedDocument.FromText(file, File.ReadAllText(file)).Tokens)
                    if (token.Kind == TokenKind.Word) words++;

            var result = new LintEngine(Rules).Run(files.Select(f => DocumentInput.FromFile(f, f)).ToList());
            (result.Diagnostics.Length * 1000.0 / words).Should().BeLessThan(0.5);
        }

        private static List<(string Id, string Text)> Findings(string path)
        {
            var text = File.ReadAllText(path);
            return RuleVerifier.Lint(Rules, text, path)
                .Where(d => d.Id.StartsWith("EL2", StringComparison.Ordinal))
                .Select(d => (d.Id, text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)))
                .ToList();
        }
    }
}

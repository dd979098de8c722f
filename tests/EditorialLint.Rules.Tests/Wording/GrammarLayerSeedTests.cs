using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Packs;
using EditorialLint.Rules.Wording;
using EditorialLint.Testing;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Tests.Wording
{
    /// <summary>
    /// The phrase and grammar layers (EL2001 packs, EL2002–EL2006) on the seed articles and on clean news, where
    /// ../shared is present.
    /// </summary>
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
        public void SpunSeed_HasItsKnownSpinnerPhrasesFound()
        {
            var found = Findings(SharedData.Seed("001")!, WithPacks()).Where(f => f.Id == "EL2001").Select(f => f.Text.ToLowerInvariant());
            found.Should().Contain(new[]
            {
                "take legal motion", "go away the", "at the identical time", "search out the proper balance", "native laws",
                "achieve me", "net value of around", "assert responsibility for", "used to be", "the indisputable fact that",
                "a few sort of", "dam channels", "on this for the cash",
            });
        }

        [SharedDataFact]
        public void CleanSeeds_HaveAtMostTwoFindings() =>
            (Findings(SharedData.Seed("000")!, WithPacks()).Count + Findings(SharedData.Seed("002")!, WithPacks()).Count
                + Findings(SharedData.Seed("003")!, WithPacks()).Count).Should().BeLessThanOrEqualTo(2);

        [SharedDataFact]
        public void CleanNews_StaysBelowHalfAFindingPerThousandWords()
        {
            var folder = Path.Combine(SharedData.SharedRoot!, "data", "clean-news", "bbc");
            var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
            long words = 0;
            foreach (var file in files)
                foreach (var token in AnalyzedDocument.FromText(file, File.ReadAllText(file)).Tokens)
                    if (token.Kind == TokenKind.Word) words++;

            var result = new LintEngine(WithPacks()).Run(files.Select(f => DocumentInput.FromFile(f, f)).ToList());
            (result.Diagnostics.Length * 1000.0 / words).Should().BeLessThan(0.5);
        }

        // The C# rules and the EL2001 packs of rules/wording.
        private static EditorialRule[] WithPacks()
        {
            var packs = new PackLoader().LoadDirectory(Path.Combine(SharedData.RepositoryRoot, "rules", "wording"));
            packs.Diagnostics.Should().BeEmpty();
            return Rules.Concat(packs.Rules).ToArray();
        }

        private static List<(string Id, string Text)> Findings(string path, EditorialRule[]? rules = null)
        {
            var text = File.ReadAllText(path);
            return RuleVerifier.Lint(rules ?? Rules, text, path)
                .Where(d => d.Id.StartsWith("EL2", StringComparison.Ordinal))
                .Select(d => (d.Id, text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)))
                .ToList();
        }
    }
}

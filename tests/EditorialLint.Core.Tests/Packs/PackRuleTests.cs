using System.Linq;
using EditorialLint.Packs;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Core.Tests.Packs
{
    /// <summary>Each rule type, with its own examples, on marked text.</summary>
    public class PackRuleTests
    {
        internal static PackRule Load(string yaml, string path = "house/rule.yml")
        {
            var result = new PackLoader().LoadFile(path, yaml, "house");
            result.Diagnostics.Should().BeEmpty();
            var rule = result.Rules.Should().ContainSingle().Subject;
            PackExampleRunner.Run(new[] { rule }).Failures.Should().BeEmpty("the rule's own examples must hold");
            return rule;
        }

        private const string Substitution = """
            id: House.Spun
            type: substitution
            message: "'{match}' looks like a spun form of '{suggestion}'"
            level: warning
            link: https://example.org/why
            swap:
              a nice of: a fine of
              legal motion: legal action
              will't: can't
            examples:
              flag: ["They paid a nice of 500,000 euros."]
              pass: ["It was a nice day."]
            """;

        [Fact]
        public void Substitution_FlagsWholeTokenPhrases() =>
            RuleVerifier.Verify(Load(Substitution), "They paid [|a nice of|] 500,000 euros and took [|legal motion|]. We [|will't|] agree.", "a.txt");

        [Fact]
        public void Substitution_IgnoresPartialWordsAndPhrasesBrokenByPunctuation() =>
            RuleVerifier.Verify(Load(Substitution), "A nicely made case. It was a nice, of course, day. Legal motions were filed.", "a.txt");

        [Fact]
        public void Substitution_KeepsTheCaseOfTheTextInItsSuggestion()
        {
            var found = RuleVerifier.Verify(Load(Substitution), "[|A nice of|] 5 euros. [|LEGAL MOTION|] began.", "a.txt");
            found.Select(d => d.GetMessage()).Should().Equal(
                "'A nice of' looks like a spun form of 'A fine of'",
                "'LEGAL MOTION' looks like a spun form of 'LEGAL ACTION'");
            RuleVerifier.ApplyFixes("A nice of 5 euros. LEGAL MOTION began.", found).Should().Be("A fine of 5 euros. LEGAL ACTION began.");
        }

        [Fact]
        public void Substitution_FixIsUnsafeByDefault_AndSafeWhenTheFileSaysSo()
        {
            var unsafeFix = RuleVerifier.Verify(Load(Substitution), "Take [|legal motion|].", "a.txt");
            Analysis.TextFix.FromDiagnostic(unsafeFix[0])!.Value.IsSafe.Should().BeFalse();
            var safe = Load(Substitution.Replace("level: warning", "level: warning\nfix: safe"));
            Analysis.TextFix.FromDiagnostic(RuleVerifier.Verify(safe, "Take [|legal motion|].", "a.txt")[0])!.Value.IsSafe.Should().BeTrue();
        }

        [Fact]
        public void Substitution_WithThousandsOfPhrasesSharingFirstWords_FindsExactlyThePhrasesListed()
        {
            // 3,000 phrases under 50 first words: the matcher's filters grow several times while they are added.
            var yaml = new System.Text.StringBuilder("""
                id: House.Many
                type: substitution
                message: "'{match}' is listed"
                level: warning
                swap:

                """);
            for (int i = 0; i < 3000; i++) yaml.Append("  shared").Append(i % 50).Append(" word").Append(i).Append(": fine").Append(i).Append('\n');
            yaml.Append("examples:\n  flag: [\"We saw shared1 word1.\"]\n  pass: [\"We saw shared1 word2.\"]\n");
            RuleVerifier.Verify(Load(yaml.ToString()), "We saw [|shared7 word7|], [|SHARED9 WORD2959|] and shared9 word10 but not shared10.", "a.txt");
        }

        [Fact]
        public void Substitution_MatchesTypographicApostrophes() =>
            RuleVerifier.Verify(Load(Substitution), "We [|will\u2019t|] agree.", "a.txt");

        [Fact]
        public void Substitution_ReportsAtTheFilesLevel()
        {
            var rule = Load(Substitution.Replace("level: warning", "level: error"));
            RuleVerifier.Verify(rule, "Take [|legal motion|].", "a.txt")[0].Severity.Should().Be(DiagnosticSeverity.Error);
        }

        private const string ListSubstitution = """
            id: House.Worth
            type: substitution
            message: "Use '{suggestion}' for '{match}'"
            swap:
              - match: net value
                suggest: net worth
                unless: '\basset\b'
                flag: ["His net value is $2bn."]
                pass: ["The fund's net asset value rose, as did its net value asset."]
              - match: search out
                suggest: [look for, seek]
                when: '\bbalance\b'
                flag: ["They search out the proper balance."]
                pass: ["Police search out the suspects."]
            """;

        [Fact]
        public void ListForm_HonoursWhenAndUnlessPerEntry() =>
            RuleVerifier.Verify(Load(ListSubstitution), "His [|net value|] is high. The net value of the asset fell. They [|search out|] the proper balance. Police search out thieves.", "a.txt");

        private const string AnchoredCondition = """
            id: House.Anchored
            type: substitution
            message: "Use '{suggestion}' for '{match}'"
            swap:
              - match: search out
                suggest: seek
                when: '^They\b'
                flag: ["They search out the proper balance."]
                pass: ["Police search out the suspects."]
            """;

        [Fact]
        public void Condition_SeesTheSentenceAsItsWholeInput_SoAnAnchorMatchesAtTheSentencesStart() =>
            RuleVerifier.Verify(Load(AnchoredCondition), "Police search out thieves. They [|search out|] a balance. So they search out more.", "a.txt");

        [Fact]
        public void SeveralSuggestions_AreListed_AndNoFixIsOffered()
        {
            var found = RuleVerifier.Verify(Load(ListSubstitution), "They [|search out|] a balance.", "a.txt");
            found[0].GetMessage().Should().Be("Use 'look for' or 'seek' for 'search out'");
            Analysis.TextFix.FromDiagnostic(found[0]).Should().BeNull();
        }

        private const string Existence = """
            id: House.Banned
            type: existence
            message: "Avoid '{match}'"
            tokens: [going forward, synergy]
            patterns: ['\b[Uu]tiliz(e|ed|es|ing)\b']
            examples:
              flag: ["Going forward, we will utilize synergy."]
              pass: ["The team was going to move forward."]
            """;

        [Fact]
        public void Existence_FlagsTokensAndPatterns() =>
            RuleVerifier.Verify(Load(Existence), "[|Going forward|], we [|utilize|] our [|synergy|]. Synergies were going to move forward.", "a.txt");

        private const string Consistency = """
            id: House.Spelling
            type: consistency
            message: "'{match}' here, '{other}' earlier: pick one"
            either:
              organise: organize
              per cent: percent
            examples:
              flag: ["We organise. They organize."]
              pass: ["We organise. They organise."]
            """;

        [Fact]
        public void Consistency_FlagsTheSideUsedSecond() =>
            RuleVerifier.Verify(Load(Consistency), "Rates rose 5 per cent. We organize. Costs fell 3 [|percent|]. They [|organise|]. We organize again.", "a.txt");

        [Fact]
        public void Consistency_IsSilentWhenOneSideIsUsed() =>
            RuleVerifier.Verify(Load(Consistency), "Rates rose 5 per cent. Costs fell 3 per cent.", "a.txt");

        private const string Occurrence = """
            id: House.Exclaim
            type: occurrence
            message: "{count} exclamation marks in one paragraph (at most {max})"
            patterns: ['!']
            max: 1
            scope: paragraph
            examples:
              flag: ["Wow! Really! No way!"]
              pass: ["Wow! That was close."]
            """;

        [Fact]
        public void Occurrence_ReportsOncePerScope_AtTheFirstOneOverTheLimit() =>
            RuleVerifier.Verify(Load(Occurrence), "Wow! Really[|!|] No way!\n\nGood! Fine.\n\nYes! Yes[|!|]\n", "a.txt");

        [Fact]
        public void Occurrence_CountsPerSentenceByDefault()
        {
            var rule = Load("""
                id: House.Commas
                type: occurrence
                message: "Too many 'and's"
                tokens: [and]
                max: 2
                """);
            RuleVerifier.Verify(rule, "Salt and pepper and oil [|and|] vinegar. Bread and butter. Jam and wine and cheese [|and|] bread.", "a.txt");
        }

        private const string Conditional = """
            id: House.Acronym
            type: conditional
            message: "'{match}' is used before it is defined"
            first: '\b([A-Z]{2,5})\b'
            second: '\(([A-Z]{2,5})\)'
            exceptions: [BBC, UK, US]
            examples:
              flag: ["The WHO said so."]
              pass: ["The World Health Organization (WHO) said so. The WHO agreed."]
            """;

        [Fact]
        public void Conditional_FlagsAnAcronymUsedBeforeItsDefinition_OncePerTerm() =>
            RuleVerifier.Verify(Load(Conditional), "The [|IMF|] met the BBC. The IMF agreed. The World Health Organization (WHO) said so; the WHO agreed. Later the International Monetary Fund (IMF) spoke.", "a.txt");

        [Fact]
        public void TwoFilesWithTheSameId_ReportTheSameDescriptor()
        {
            var loader = new PackLoader();
            var result = loader.LoadFiles(new[]
            {
                ("wording/spinner.yml", Substitution.Replace("House.Spun", "EL2001")),
                ("wording/tortured.yml", "id: EL2001\ntype: substitution\nmessage: \"'{match}' is a tortured phrase for '{suggestion}'\"\nlevel: suggestion\nswap:\n  counterfeit consciousness: artificial intelligence\n"),
            }, "wording");
            result.Diagnostics.Should().BeEmpty();
            result.Rules.Should().HaveCount(2);
            result.Rules[0].Descriptor.Should().BeSameAs(result.Rules[1].Descriptor);
            var found = RuleVerifier.Lint(result.Rules, "A nice of 5 euros for counterfeit consciousness.", "a.txt");
            found.Select(d => (d.Id, d.Severity)).Should().Equal(("EL2001", DiagnosticSeverity.Warning), ("EL2001", DiagnosticSeverity.Info));
        }

        [Fact]
        public void MatchCase_FollowsTheMatchedText()
        {
            PackRule.MatchCase("nice", "fine").Should().Be("fine");
            PackRule.MatchCase("Nice", "fine").Should().Be("Fine");
            PackRule.MatchCase("NICE", "fine").Should().Be("FINE");
            PackRule.MatchCase("Nice", "iPhone").Should().Be("iPhone");
        }
    }
}

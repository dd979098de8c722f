using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Testing;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Tests.Wording
{
    /// <summary>
    /// The false alarms real copy drew from EL2010 and EL2900 before the model knew topic and register (field jargon, a
    /// topic word used again, rare but right words, slang in quotes), and a swap that must be found in a short text. All
    /// sentences are our own.
    /// </summary>
    public class ContextModelRegisterTests
    {
        private static readonly UnlikelyWordInContextRule Rule = new UnlikelyWordInContextRule();

        // Four fields' own vocabulary: markets, American football, make-up, cell biology.
        private const string FieldJargon =
            "The bond's yield climbed to its highest level in a decade as traders priced in two more rate rises, and the\n" +
            "curve flattened again. Short-dated gilts sold off while the pound held steady against the dollar.\n\n" +
            "The quarterback was sacked twice in the first half, and his overthrown pass on third down was intercepted near\n" +
            "midfield. The defence forced a punt on the next drive.\n\n" +
            "Apply a thin coat of primer, let it dry, then layer the foundation with a damp sponge and set it with a\n" +
            "translucent powder. Finish with a matte lipstick and a swipe of mascara.\n\n" +
            "The enzyme binds to the receptor and triggers a cascade of signals inside the cell; in mice lacking the gene,\n" +
            "the response was blunted and the tumours grew more slowly.\n";

        [Fact]
        public void JargonOfAField_IsNotReported() =>
            RuleVerifier.Verify(Rule, FieldJargon);

        [Fact]
        public void JargonOfAField_DoesNotReadAsSpun() =>
            RuleVerifier.Verify(new DocumentSpinScoreRule(), FieldJargon);

        [Fact]
        public void TopicWordUsedAgain_IsNotReported() =>
            RuleVerifier.Verify(Rule,
                "Every disc sold in Europe carries a region code. A player bought in one region refuses a disc from another\n" +
                "region, and the region setting of a drive can be changed only five times. Critics say region locks do nothing\n" +
                "against piracy.\n\n" +
                "The module loader keeps a cache of every module it has seen. When a module is updated, the loader fetches the\n" +
                "new module version and checks its hash against the cache.\n");

        [Fact]
        public void TopicWordUsedAgain_IsWeighedAsSuch()
        {
            var text = "The module loader keeps a cache of every module it has seen, and each module has a version.";
            var document = AnalyzedDocument.FromText("note.txt", text);
            var slots = SwapEvidence.For(document)!.Slots.Where(s => document.GetString(s.Span) == "module").ToList();
            slots.Should().NotBeEmpty();
            slots.Should().OnlyContain(s => s.Features[SwapFeatures.WrittenRepeats] > 0);
        }

        [Fact]
        public void RareButRightWords_AreNotReported() =>
            RuleVerifier.Verify(Rule,
                "Crowds gathered on the bridge to gawk at the stranded whale, and the police struggled to keep them back.\n\n" +
                "The senator joined the fray late, after weeks of silence, with a speech that smacked of opportunism.\n\n" +
                "The film is a languid, sun-drenched reverie, and its incidental cast is uniformly excellent.\n");

        [Fact]
        public void SlangInQuotes_IsNotReported() =>
            RuleVerifier.Verify(Rule,
                "\"That gig was sick, honestly the best night of the year,\" said one fan outside the venue. \"The crowd went mental.\"\n\n" +
                "\"We got absolutely hammered in the second half,\" the coach admitted. \"The lads were knackered and it showed.\"\n");

        [Fact]
        public void BrokenCollocation_InAShortParagraph_IsReportedWithTheOriginal()
        {
            var diagnostics = RuleVerifier.Verify(Rule,
                "At the [|identical|] time, the bank raised its forecast for growth, saying that spending by households had held\n" +
                "up better than expected over the winter. Economists had predicted a sharp fall in the first three months.\n");
            TextFix.FromDiagnostic(diagnostics[0])!.Value.Replacement.Should().Be("same");
        }

        [Fact]
        public void OverwhelmingSlot_InAShortText_IsReportedWithoutDocumentDensity_UnlessTheTextUsesItAgain()
        {
            var classifier = ContextModelData.Instance!.Classifier!;
            var local = classifier.WithLocalThreshold(0.9f);
            var features = new float[SwapFeatures.Count];
            var slot = new SwapSlot(0, 1, default, 0, features) { SlotProbability = 0.95f };

            local.PredictInContext(slot, 0f, shortText: true).Should().BeGreaterThanOrEqualTo(local.ReportThreshold);
            local.PredictInContext(slot, 0f, shortText: false).Should().BeLessThan(local.ReportThreshold, "a long text has a density of its own");
            classifier.WithLocalThreshold(0.99f).PredictInContext(slot, 0f, shortText: true).Should().BeLessThan(local.ReportThreshold);

            features[SwapFeatures.WrittenRepeats] = 0.7f;
            local.PredictInContext(slot, 0f, shortText: true).Should().BeLessThan(local.ReportThreshold);
        }
    }
}

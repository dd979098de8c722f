using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Evaluation;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;
using Microsoft.CodeAnalysis;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// <c>para-explore FILE [articles]</c>: fold B's paragraphs of 60–150 words (as <c>evaluate</c> counts them), or with
    /// <c>articles</c> its whole articles, each linted alone, clean and spun by each fitted style, written to FILE outside the
    /// repository as numbers only, so that report rules can be tried without scoring slots again. A <c>P</c> line per version
    /// (corpus, genre, style, words, gold swaps, spin score, EL2010 findings); a <c>G</c> line per gold swap (index, kind,
    /// found by a rule other than EL2010); an <c>S</c> line per scored slot of either view with an own probability of 0.1 or
    /// more (view, final and own probability, words, the thresholds EL2010 applies to it outside and inside a document called
    /// spun, the gold swap it lies on or −1, its score gain, its source span, whether the text uses it again, its second-stage
    /// density, and its final probability by the second stage with that density taken over at least 250, 100 and 60 words).
    /// </summary>
    internal static class ParagraphExplore
    {
        public static int Run(string data, ContextModelData model, double rate, string path, LintEngine engine, bool articles = false)
        {
            // `para-explore FILE articles`: the whole articles of fold B instead, in the same form.
            var paragraphs = articles ? FoldB.Articles(data) : FoldB.Paragraphs(data);

            var spinners = FoldB.Spinners(data, rate);
            var classifier = model.Classifier!;
            var wordNet = model.WordNetClassifier;
            var blocks = new string[paragraphs.Count];
            Parallel.For(0, paragraphs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var (corpus, paragraph) = paragraphs[i];
                var text = new StringBuilder();
                Write(text, corpus, paragraph.Genre, "clean", AnalyzedDocument.FromText(paragraph.Id, paragraph.Text), new List<GoldSwap>(), engine, classifier, wordNet);
                foreach (var (name, spinner) in spinners)
                {
                    var spun = spinner.Spin(paragraph, 2);
                    Write(text, corpus, paragraph.Genre, name, AnalyzedDocument.FromText(paragraph.Id, spun.Text), spun.Gold, engine, classifier, wordNet);
                }

                blocks[i] = text.ToString();
            });
            File.WriteAllText(path, string.Concat(blocks), new UTF8Encoding(false));
            Console.WriteLine($"wrote {paragraphs.Count} paragraphs × {spinners.Count + 1} versions to {path}");
            return 0;
        }

        private static void Write(StringBuilder text, string corpus, string genre, string style, AnalyzedDocument document, List<GoldSwap> gold,
            LintEngine engine, SwapClassifier classifier, SwapClassifier? wordNet)
        {
            var inv = CultureInfo.InvariantCulture;
            var diagnostics = engine.AnalyzeDocument(document);
            float score = DocumentSpinScoreRule.SpinScore(document, diagnostics) ?? 0;
            int words = Program.CountWords(document);
            var others = diagnostics.Where(d => d.Id != "EL2010" && d.Id != "EL2900").Select(d => d.Location.SourceSpan).ToList();
            int context = diagnostics.Count(d => d.Id == "EL2010");
            text.Append(string.Format(inv, "P\t{0}\t{1}\t{2}\t{3}\t{4}\t{5:R}\t{6}\n", corpus, genre, style, words, gold.Count, score, context));
            for (int g = 0; g < gold.Count; g++)
            {
                var swap = gold[g];
                bool byOther = others.Any(s => s.Start < swap.End && swap.Start < s.End);
                text.Append(string.Format(inv, "G\t{0}\t{1}\t{2}\n", g, swap.Kind, byOther ? 1 : 0));
            }

            var evidence = SwapEvidence.For(document);
            if (evidence is null) return;
            void Slots(string view, SwapEvidence viewEvidence, SwapClassifier viewClassifier, Func<SwapSlot, bool, float> thresholdOf)
            {
                var slots = viewEvidence.Slots;
                var densities = viewClassifier.DensityOfWordNetSynonyms ? viewEvidence.OtherSlotDensities(SwapClassifier.IsWordNetSynonym) : viewEvidence.OtherSlotDensities();
                for (int k = 0; k < slots.Count; k++)
                {
                    var slot = slots[k];
                    if (slot.Screened || slot.SlotProbability < 0.1f) continue;
                    // The second stage with the density taken over at least other numbers of words than the shipped floor.
                    var (wordNetOnly, firstPick) = SwapClassifier.SourceOf(slot);
                    var scaled = new[] { 250, 100, 60 }.Select(minimum => viewClassifier.PredictInContext(slot.SlotProbability,
                        densities[k] * Math.Max(words, SwapEvidence.SecondStageMinimumWords) / Math.Max(words, minimum), wordNetOnly, firstPick).ToString("R", inv));
                    var span = document.Prose.ToSourceSpan(slot.Span);
                    var onGold = FoldB.GoldOf(slot, gold);
                    int hit = onGold is null ? -1 : gold.IndexOf(onGold);
                    text.Append(string.Format(inv, "S\t{0}\t{1:R}\t{2:R}\t{3}\t{4:R}\t{5:R}\t{6}\t{7:R}\t{8}\t{9}\t{10}\t{11:R}\t{12}\n", view, slot.Probability, slot.SlotProbability, slot.TokenCount,
                        thresholdOf(slot, false), thresholdOf(slot, true), hit, slot.Features[SwapFeatures.ScoreGain], span.Start, span.End,
                        slot.Features[SwapFeatures.WrittenRepeats] > 0 ? 1 : 0, densities[k], string.Join("\t", scaled)));
                }
            }

            Slots("M", evidence, classifier, (s, spun) => classifier.ReportThresholdFor(s, spun));
            if (evidence.WordNetView is { } view && wordNet is not null) Slots("W", view, wordNet, (s, spun) => wordNet.AdditionThresholdFor(s, spun, view.IsShortText));
        }
    }
}

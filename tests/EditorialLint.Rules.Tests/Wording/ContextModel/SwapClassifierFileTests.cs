using System;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    /// <summary>The classifier's weights file: read back exactly as written, and rejected with the line at fault.</summary>
    public class SwapClassifierFileTests
    {
        [Fact]
        public void WeightsFile_ReadsBackToTheSameClassifier()
        {
            var classifier = ContextModelData.Instance!.Classifier!;
            string text = classifier.Format(new[] { "a comment" });

            var again = SwapClassifier.Parse(text);

            again.Format(new[] { "a comment" }).Should().Be(text);
            again.TreeCount.Should().Be(classifier.TreeCount);
            again.ReportThreshold.Should().Be(classifier.ReportThreshold);
            again.DocumentThreshold.Should().Be(classifier.DocumentThreshold);
            again.SpunDocumentReportThreshold.Should().Be(classifier.SpunDocumentReportThreshold);
            again.DocumentWeights.Should().Equal(classifier.DocumentWeights);
            again.ShortDocumentWeights.Should().Equal(classifier.ShortDocumentWeights);
            classifier.DocumentWeights.Should().NotBeNull("the shipped weights carry EL2900's document model");
        }

        [Theory]
        [InlineData(SwapClassifier.FileName)]
        [InlineData(SwapClassifier.WordNetFileName)]
        public void EmbeddedWeights_ReadInPlace_EqualTheCommittedFileReadAsText(string fileName)
        {
            var path = System.IO.Path.Combine(EditorialLint.Testing.SharedData.RepositoryRoot, "src", "EditorialLint.Rules", "Wording", "Data", fileName);

            var inPlace = SwapClassifier.LoadEmbedded(fileName)!;
            var fromText = SwapClassifier.Parse(System.IO.File.ReadAllText(path));

            inPlace.Format(new[] { "x" }).Should().Be(fromText.Format(new[] { "x" }));
        }

        [Theory]
        [InlineData("tree\r\nleaf 0.5\r\nbase 0.25 \r\ncontext 1 0 0\r\n")]
        [InlineData("  tree\n\tleaf 0.5\nbase\t0.25\ncontext 1 0 0")]
        public void WeightsWithWindowsLineEndsOrStrayBlanks_ReadAsTheSameFile(string text) =>
            SwapClassifier.Parse(text).Format(Array.Empty<string>()).Should().Be(SwapClassifier.Parse("tree\nleaf 0.5\nbase 0.25\ncontext 1 0 0\n").Format(Array.Empty<string>()));

        [Theory]
        [InlineData("tree\nsplit NoSuchFeature 1 1 2\nleaf 0\nleaf 1\n", 2, "unknown feature NoSuchFeature")]
        [InlineData("tree\nleaf 0.5\nbase x\n", 3, "")]
        [InlineData("tree\nleaf\n", 2, "a number is missing")]
        [InlineData("# header\n\ntree\nleaf 0\nfrobnicate 1\n", 5, "unknown key frobnicate")]
        [InlineData("tree\nleaf 0\ndocument-weight no-such-feature 1\n", 3, "unknown document feature no-such-feature")]
        [InlineData("tree\nleaf 0\nshort-document-weight evidence-1\n", 3, "a number is missing")]
        public void MalformedWeights_AreRejected_NamingTheLine(string text, int line, string reason)
        {
            Action parse = () => SwapClassifier.Parse(text);

            parse.Should().Throw<InvalidOperationException>().WithMessage(SwapClassifier.FileName + ":" + line + ": *" + reason + "*");
        }

        [Fact]
        public void SpunDocumentThreshold_IsReadBack_AndAppliesOnlyToDocumentsCalledSpun()
        {
            var classifier = ContextModelData.Instance!.Classifier!.WithSpunDocumentReportThreshold(0.5f);

            var again = SwapClassifier.Parse(classifier.Format(Array.Empty<string>()));

            again.SpunDocumentReportThreshold.Should().Be(0.5f);
            again.ReportThresholdFor(spunDocument: true).Should().Be(0.5f);
            again.ReportThresholdFor(spunDocument: false).Should().Be(classifier.ReportThreshold);
            again.WithLocalThreshold(0.9f).SpunDocumentReportThreshold.Should().Be(0.5f, "a copy keeps it");
        }

        [Fact]
        public void SpunDocumentThreshold_NeverRaisesTheReportThreshold()
        {
            var classifier = ContextModelData.Instance!.Classifier!;

            classifier.WithSpunDocumentReportThreshold(0.99f).ReportThresholdFor(spunDocument: true).Should().Be(classifier.ReportThreshold);
            SwapClassifier.Parse("tree\nleaf 0\nbase 0\ncontext 1 0 0\nreport-threshold 0.8\n").ReportThresholdFor(spunDocument: true)
                .Should().Be(0.8f, "weights without the line read every document at the report threshold");
        }

        [Fact]
        public void WordNetThreshold_IsReadBack_AndAppliesOnlyToWordNetOnlySlotsInDocumentsNotCalledSpun()
        {
            var classifier = ContextModelData.Instance!.Classifier!.WithSpunDocumentReportThreshold(0.5f).WithWordNetReportThreshold(0.95f);
            var moby = Slot(inMoby: 1);
            var wordNetOnly = Slot(inMoby: 0);

            var again = SwapClassifier.Parse(classifier.Format(Array.Empty<string>()));

            again.WordNetReportThreshold.Should().Be(0.95f);
            again.ReportThresholdFor(wordNetOnly, spunDocument: false).Should().Be(0.95f);
            again.ReportThresholdFor(moby, spunDocument: false).Should().Be(classifier.ReportThreshold);
            again.ReportThresholdFor(wordNetOnly, spunDocument: true).Should().Be(0.5f, "the spun-document threshold holds for every slot");
            again.WithLocalThreshold(0.9f).WordNetReportThreshold.Should().Be(0.95f, "a copy keeps it");
        }

        [Fact]
        public void WeightsWithoutTheWordNetLine_ReadEverySlotAtTheReportThreshold()
        {
            var classifier = ContextModelData.Instance!.Classifier!;

            classifier.WordNetReportThreshold.Should().BeGreaterThan(1f, "the shipped Moby-only weights carry no wordnet-report-threshold line");
            classifier.Format(Array.Empty<string>()).Should().NotContain("wordnet-report-threshold");
            classifier.ReportThresholdFor(Slot(inMoby: 0), spunDocument: false).Should().Be(classifier.ReportThreshold);
        }

        [Fact]
        public void SpunPhraseThreshold_IsReadBack_AndAppliesOnlyToPhraseSlotsInDocumentsCalledSpun()
        {
            var classifier = ContextModelData.Instance!.Classifier!.WithSpunDocumentReportThreshold(0.73f).WithSpunPhraseReportThreshold(0.6f);
            var word = Slot(inMoby: 1);
            var phrase = Slot(inMoby: 1, words: 2);

            var again = SwapClassifier.Parse(classifier.Format(Array.Empty<string>()));

            again.SpunPhraseReportThreshold.Should().Be(0.6f);
            again.ReportThresholdFor(phrase, spunDocument: true).Should().Be(0.6f);
            again.ReportThresholdFor(word, spunDocument: true).Should().Be(0.73f, "a one-word slot keeps the spun-document threshold");
            again.ReportThresholdFor(phrase, spunDocument: false).Should().Be(classifier.ReportThreshold, "a document not called spun reads phrases as before");
            again.WithLocalThreshold(0.9f).WithSpunDocumentReportThreshold(0.73f).SpunPhraseReportThreshold.Should().Be(0.6f, "a copy keeps it");
        }

        [Fact]
        public void SpunPhraseThreshold_NeverRaisesTheSpunDocumentThreshold()
        {
            var classifier = ContextModelData.Instance!.Classifier!.WithSpunDocumentReportThreshold(0.73f);

            classifier.WithSpunPhraseReportThreshold(0.9f).ReportThresholdFor(Slot(inMoby: 1, words: 3), spunDocument: true).Should().Be(0.73f);
            SwapClassifier.Parse("tree\nleaf 0\nbase 0\ncontext 1 0 0\nreport-threshold 0.8\nspun-report-threshold 0.7\n")
                .ReportThresholdFor(Slot(inMoby: 1, words: 2), spunDocument: true).Should().Be(0.7f, "weights without the line read phrases at the spun-document threshold");
        }

        private static SwapSlot Slot(float inMoby, int words = 1)
        {
            var features = new float[SwapFeatures.Count];
            features[SwapFeatures.CandidateInMoby] = inMoby;
            features[SwapFeatures.WrittenIsPhrase] = words > 1 ? 1 : 0;
            return new SwapSlot(0, words, new Microsoft.CodeAnalysis.Text.TextSpan(0, 4 * words), 0, features);
        }

        [Fact]
        public void DocumentModel_ScoresShortTextsWithItsOwnWeights()
        {
            var classifier = ContextModelData.Instance!.Classifier!;
            var features = new float[SpinScoreFeatures.Count];
            classifier.DocumentScore(features, 1000).Should().BeApproximately((float)(classifier.DocumentBias * 10 / Math.Log(10)), 1e-3f);
            classifier.DocumentScore(features, 100).Should().BeApproximately((float)(classifier.ShortDocumentBias * 10 / Math.Log(10)), 1e-3f);
        }

        [Fact]
        public void ShortDocumentModelWithoutADocumentModel_IsRejected()
        {
            Action parse = () => SwapClassifier.Parse("tree\nleaf 0\nbase 0\ncontext 1 0 0\nshort-document-bias 1\n");

            parse.Should().Throw<InvalidOperationException>().WithMessage("*short-document model without a document model*");
        }

        [Fact]
        public void WeightsWithoutContextWeights_AreRejected()
        {
            Action parse = () => SwapClassifier.Parse("tree\nleaf 0\nbase 0\n");

            parse.Should().Throw<InvalidOperationException>().WithMessage("*no context weights*");
        }
    }
}

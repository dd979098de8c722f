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
        }

        [Theory]
        [InlineData("tree\nsplit NoSuchFeature 1 1 2\nleaf 0\nleaf 1\n", 2, "unknown feature NoSuchFeature")]
        [InlineData("tree\nleaf 0.5\nbase x\n", 3, "")]
        [InlineData("tree\nleaf\n", 2, "a number is missing")]
        [InlineData("# header\n\ntree\nleaf 0\nfrobnicate 1\n", 5, "unknown key frobnicate")]
        public void MalformedWeights_AreRejected_NamingTheLine(string text, int line, string reason)
        {
            Action parse = () => SwapClassifier.Parse(text);

            parse.Should().Throw<InvalidOperationException>().WithMessage(SwapClassifier.FileName + ":" + line + ": *" + reason + "*");
        }

        [Fact]
        public void WeightsWithoutContextWeights_AreRejected()
        {
            Action parse = () => SwapClassifier.Parse("tree\nleaf 0\nbase 0\n");

            parse.Should().Throw<InvalidOperationException>().WithMessage("*no context weights*");
        }
    }
}

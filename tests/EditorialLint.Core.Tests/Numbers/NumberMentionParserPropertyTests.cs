using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using EditorialLint.Analysis;
using EditorialLint.Core.Tests.Support;
using EditorialLint.Numbers;

namespace EditorialLint.Core.Tests.Numbers
{
    /// <summary>Properties the parser keeps on any input: no exception, spans inside the prose, values as written.</summary>
    [Collection(GrowthCollection.Name)]
    public class NumberMentionParserPropertyTests
    {
        [Fact]
        public void AnyText_ParsesWithoutThrowing_AndSpansStayInsideTheProse()
        {
            var chars = Gen.OneOf('1', '9', '0', ',', '.', ' ', '-', '$', '£', '%', 'm', 'b', 'n', 'k', 'a', 'o', 'f', '\n', '\r', '(', ')', ';', ':', '/', '*');
            var words = Gen.OneOf("million", "billion", "about", "more than", "four", "twenty-one", "hundred", "August", "May",
                "Saturday,", "of", "users", "a", "half", "dozen", "tens", "years", "-year-old", "euros", "per cent", "between", "and", "or", "bn");
            var piece = Gen.Frequency((3, chars.Select(c => c.ToString())), (2, words.Select(w => " " + w + " ")));
            piece.Array[0, 40].Select(p => string.Concat(p)).Sample(text =>
            {
                var document = AnalyzedDocument.FromText("t.txt", text);
                foreach (var m in NumberMentions.Get(document).All)
                {
                    m.Span.End.Should().BeLessThanOrEqualTo(document.Text.Length);
                    m.Span.Length.Should().BeGreaterThan(0);
                    double.IsNaN(m.Value).Should().BeFalse();
                    m.Low.Should().BeLessThanOrEqualTo(m.High);
                }
            }, iter: 3000);
        }

        [Fact]
        public void RunOnSentenceOfFigures_CostsTimeLinearInItsLength()
        {
            // Figures of every kind with no sentence end: the shape that was quadratic (every figure against every other).
            var figure = Gen.OneOf("1,200", "$5.2 million", "42%", "2019", "Smith, 31,", "three years", "between 4 and 5", "about 300 users",
                "£1bn", "18 August 2021", "a dozen", "twice", "7 km (4 miles)", "half of the 60", "Monday", "1.5 per cent", "and", "or");
            figure.Array[2, 8].Select(parts => string.Join(" ", parts) + " ").Sample(unit =>
            {
                string Repeat(int figures) => string.Concat(Enumerable.Repeat(unit, Math.Max(1, figures / unit.Split(' ').Length)));
                var small = Repeat(16_000);
                var large = Repeat(64_000);
                Growth.Ratio(() => NumberMentionParser.Parse(small), () => NumberMentionParser.Parse(large))
                    .Should().BeLessThan(Growth.AllowedFor4x, "4x the figures cost about 4x the time: {0}", unit);
            }, iter: 6, threads: 1);
        }

        [Fact]
        public void GroupedDigits_AreReadAtTheirValue()
        {
            Gen.Long[0, 999_999_999_999_999L].Sample(n =>
            {
                var written = n.ToString("#,0", CultureInfo.InvariantCulture);
                var mentions = NumberMentionParser.Parse("They counted " + written + " ballots.");
                var m = mentions.Should().ContainSingle().Subject;
                m.Value.Should().Be(n);
                m.Kind.Should().Be(n >= 1000 && n <= 2100 && written.Length == 4 ? QuantityKind.Year : QuantityKind.Count);
            }, iter: 2000);
        }

        [Fact]
        public void DecimalsWithScaleWords_AreReadAtTheirValue()
        {
            Gen.Select(Gen.Int[1, 999], Gen.Int[0, 99], Gen.OneOf(("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("bn", 1e9), ("m", 1e6)))
                .Sample((whole, fraction, scale) =>
                {
                    var number = whole.ToString(CultureInfo.InvariantCulture) + "." + fraction.ToString("00", CultureInfo.InvariantCulture);
                    var text = scale.Item1.Length <= 2 ? "$" + number + scale.Item1 : "$" + number + " " + scale.Item1;
                    var m = NumberMentionParser.Parse("It paid " + text + " for it.").Should().ContainSingle().Subject;
                    m.Kind.Should().Be(QuantityKind.Money);
                    m.Value.Should().BeApproximately((whole + fraction / 100.0) * scale.Item2, scale.Item2 * 1e-9);
                    m.Resolution.Should().BeApproximately(0.005 * scale.Item2, scale.Item2 * 1e-12);
                }, iter: 1000);
        }

        [Fact]
        public void HugeDigitStrings_DoNotOverflow()
        {
            var big = new string('9', 300);
            var mentions = NumberMentionParser.Parse("It holds " + big + " grains and " + big + " trillion more.");
            // The first is read; the second, scaled past the range of a double, is left out rather than made infinite.
            mentions.Should().ContainSingle().Which.Value.Should().BeApproximately(1e300, 1e288);
        }

        [Fact]
        public void DigitStringsPastTheRangeOfADouble_AreSkipped_NotThrown()
        {
            var beyond = new string('9', 400);
            var mentions = NumberMentionParser.Parse("It holds " + beyond + " grains, then 5 more.");
            mentions.Should().ContainSingle().Which.Value.Should().Be(5);
        }
    }
}

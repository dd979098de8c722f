using System.Linq;
using EditorialLint.Numbers;

namespace EditorialLint.Core.Tests.Numbers
{
    public class NumberWordsTests
    {
        [Theory]
        [InlineData("four", 4, 1)]
        [InlineData("twenty-one", 21, 1)]
        [InlineData("twenty one", 21, 2)]
        [InlineData("nine hundred fifty million", 950000000, 4)]
        [InlineData("nine hundred and fifty million users", 950000000, 5)]
        [InlineData("a dozen eggs", 12, 2)]
        [InlineData("half a million", 500000, 3)]
        [InlineData("one and a half million", 1500000, 5)]
        [InlineData("two and a half", 2.5, 4)]
        [InlineData("three thousand five hundred", 3500, 4)]
        [InlineData("nine hundred ninety-nine trillion", 999e12, 4)]
        [InlineData("four five", 4, 1)]
        [InlineData("ten twenty", 10, 1)]
        [InlineData("a million", 1e6, 2)]
        [InlineData("zero", 0, 1)]
        public void ParseCardinal_ReadsTheLongestNumberPhrase(string phrase, double value, int used)
        {
            var words = phrase.Split(' ');
            NumberWords.ParseCardinal(words, out double parsed).Should().Be(used);
            parsed.Should().BeApproximately(value, value * 1e-12 + 1e-12);
        }

        [Theory]
        [InlineData("a")]
        [InlineData("half")]
        [InlineData("million")]
        [InlineData("hundred")]
        [InlineData("the four")]
        [InlineData("and four")]
        public void ParseCardinal_RejectsPhrasesThatAreNotNumbers(string phrase) =>
            NumberWords.ParseCardinal(phrase.Split(' '), out _).Should().Be(0);

        [Fact]
        public void ParseCardinal_PastIntRange_DoesNotOverflow()
        {
            NumberWords.ParseCardinal("nine hundred ninety-nine billion".Split(' '), out double value).Should().Be(4);
            value.Should().Be(999e9);
            (value > int.MaxValue).Should().BeTrue();
        }

        [Theory]
        [InlineData(0, "zero")]
        [InlineData(4, "four")]
        [InlineData(13, "thirteen")]
        [InlineData(20, "twenty")]
        [InlineData(21, "twenty-one")]
        [InlineData(99, "ninety-nine")]
        [InlineData(100, "one hundred")]
        [InlineData(305, "three hundred and five")]
        [InlineData(1000, "1000")]
        public void ToWords_WritesSmallNumbersAsNewsCopyDoes(long number, string words) =>
            NumberWords.ToWords(number).Should().Be(words);

        [Fact]
        public void ToWords_AndSmallCardinal_RoundTripBelowAHundred()
        {
            foreach (var n in Enumerable.Range(0, 100))
                NumberWords.SmallCardinal(NumberWords.ToWords(n)).Should().Be(n);
        }

        [Theory]
        [InlineData("first", 1)]
        [InlineData("twelfth", 12)]
        [InlineData("twenty-first", 21)]
        [InlineData("ninety-ninth", 99)]
        [InlineData("hundredth", 100)]
        [InlineData("millionth", 1000000)]
        [InlineData("firstly", -1)]
        [InlineData("twenty-twelfth", -1)]
        public void Ordinal_ReadsOrdinalWords(string word, int value) => NumberWords.Ordinal(word).Should().Be(value);

        [Theory]
        [InlineData("bn", 1e9)]
        [InlineData("BN", 1e9)]
        [InlineData("m", 1e6)]
        [InlineData("mln", 1e6)]
        [InlineData("k", 1e3)]
        [InlineData("tn", 1e12)]
        [InlineData("x", 0)]
        public void ScaleSuffix_KnowsTheNewsAbbreviations(string suffix, double scale) => NumberWords.ScaleSuffix(suffix).Should().Be(scale);

        [Theory]
        [InlineData("million", 1e6)]
        [InlineData("millions", 1e6)]
        [InlineData("Billion", 1e9)]
        [InlineData("trillion", 1e12)]
        [InlineData("thousand", 1e3)]
        [InlineData("hundred", 0)]
        public void ScaleWord_KnowsScaleWords(string word, double scale) => NumberWords.ScaleWord(word).Should().Be(scale);
    }

    public class NumberFormatterTests
    {
        [Theory]
        [InlineData(950e6, "950 million")]
        [InlineData(9.5e9, "9.5 billion")]
        [InlineData(500000, "500,000")]
        [InlineData(1.13, "1.13")]
        [InlineData(2.5e12, "2.5 trillion")]
        [InlineData(1e30, "1000000000000000000 trillion")]
        public void FormatNumber_WritesNewsStyle(double value, string text) => NumberFormatter.FormatNumber(value).Should().Be(text);

        [Theory]
        [InlineData(15.5e9, "USD", "$15.5 billion")]
        [InlineData(500000, "EUR", "€500,000")]
        [InlineData(76, "%", "76%")]
        [InlineData(5, "CHF", "CHF 5")]
        [InlineData(6.2, "mi", "6.2 mi")]
        public void FormatQuantity_PutsTheUnitWhereNewsCopyDoes(double value, string unit, string text) =>
            NumberFormatter.FormatQuantity(value, unit).Should().Be(text);

        [Theory]
        [InlineData(1.11166, "1.112")]
        [InlineData(0.531, "0.531")]
        [InlineData(0.0081566, "0.008157")]
        public void FormatRate_KeepsFourSignificantDigits(double rate, string text) => NumberFormatter.FormatRate(rate).Should().Be(text);
    }

    public class CalendarDateTests
    {
        [Theory]
        [InlineData(2024, 2, 29, true)]
        [InlineData(2023, 2, 29, false)]
        [InlineData(1900, 2, 29, false)]
        [InlineData(2000, 2, 29, true)]
        [InlineData(0, 2, 29, true)]
        [InlineData(0, 2, 30, false)]
        [InlineData(0, 4, 31, false)]
        [InlineData(0, 12, 31, true)]
        [InlineData(0, 8, 0, true)]
        public void Exists_KnowsMonthLengthsAndLeapYears(int year, int month, int day, bool exists) =>
            new CalendarDate(year, month, day).Exists.Should().Be(exists);

        [Fact]
        public void ActualWeekday_NeedsAFullDate()
        {
            new CalendarDate(2024, 3, 2).ActualWeekday.Should().Be(System.DayOfWeek.Saturday);
            new CalendarDate(0, 3, 2).ActualWeekday.Should().BeNull();
            new CalendarDate(2023, 2, 30).ActualWeekday.Should().BeNull();
        }

        [Theory]
        [InlineData(2024, 8, 24, "August 24, 2024")]
        [InlineData(0, 8, 24, "August 24")]
        [InlineData(2024, 8, 0, "August 2024")]
        [InlineData(2013, 0, 0, "2013")]
        public void ToString_WritesTheDateAsEditorsDo(int year, int month, int day, string text) =>
            new CalendarDate(year, month, day).ToString().Should().Be(text);
    }

    public class SubjectNormalizerTests
    {
        [Theory]
        [InlineData("users", null, "user")]
        [InlineData("base", "user", "user")]
        [InlineData("count", "user", "user")]
        [InlineData("growth", "user", "user")]
        [InlineData("numbers", "staff", "employee")]
        [InlineData("worth", "net", "net worth")]
        [InlineData("people", null, "person")]
        [InlineData("companies", null, "company")]
        [InlineData("boxes", null, "box")]
        [InlineData("status", null, "status")]
        [InlineData("staff", null, "employee")]
        [InlineData("workforce", null, "employee")]
        [InlineData("fortune", null, "net worth")]
        [InlineData("Telegram's", null, "telegram")]
        [InlineData("profits", null, "profit")]
        [InlineData("toll", "death", "death")]
        public void Normalize_MakesMentionsOfOneThingMeet(string head, string? modifier, string key) =>
            SubjectNormalizer.Normalize(head, modifier).Should().Be(key);

        [Theory]
        [InlineData("users", true)]
        [InlineData("people", true)]
        [InlineData("children", true)]
        [InlineData("user", false)]
        [InlineData("status", false)]
        [InlineData("business", false)]
        [InlineData("its", false)]
        public void LooksPlural_TellsPluralNouns(string word, bool plural) => SubjectNormalizer.LooksPlural(word).Should().Be(plural);
    }

    public class UnitConversionsTests
    {
        [Theory]
        [InlineData(10, "km", "mi", 6.2137)]
        [InlineData(1, "mi", "km", 1.6093)]
        [InlineData(2, "kg", "lb", 4.4092)]
        [InlineData(30, "C", "F", 86)]
        [InlineData(86, "F", "C", 30)]
        [InlineData(100, "mph", "kmh", 160.93)]
        [InlineData(1, "ft", "m", 0.3048)]
        public void TryConvert_UsesTheFixedFactor(double value, string from, string to, double expected)
        {
            UnitConversions.TryConvert(value, from, to, out double result).Should().BeTrue();
            result.Should().BeApproximately(expected, 0.01);
        }

        [Theory]
        [InlineData("km", "kg")]
        [InlineData("gal", "l")]
        [InlineData("C", "km")]
        public void TryConvert_RefusesOtherDimensionsAndUnfixedFactors(string from, string to) =>
            UnitConversions.TryConvert(1, from, to, out _).Should().BeFalse();
    }
}

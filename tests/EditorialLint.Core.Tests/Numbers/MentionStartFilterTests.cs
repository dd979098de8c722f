using System.Linq;
using EditorialLint.Numbers;
using FluentAssertions;
using Xunit;

namespace EditorialLint.Core.Tests.Numbers
{
    public class MentionStartFilterTests
    {
        private static readonly ulong[]? Lengths = NumberMentionParser.Scanner.CreateStartLengths(NumberMentionParser.Scanner.MentionStarts);

        [Fact]
        public void EveryWordThatCanStartAMention_PassesTheFilter_InAnyCase()
        {
            Lengths.Should().NotBeNull("the built-in starts are ASCII");
            foreach (var start in NumberMentionParser.Scanner.MentionStarts.Where(s => char.IsAsciiLetter(s[0])))
            {
                NumberMentionParser.Scanner.MayBeStart(Lengths, start).Should().BeTrue(start);
                NumberMentionParser.Scanner.MayBeStart(Lengths, start.ToUpperInvariant()).Should().BeTrue(start);
                NumberMentionParser.Scanner.MayBeStart(Lengths, char.ToUpperInvariant(start[0]) + start.Substring(1)).Should().BeTrue(start);
            }
        }

        [Theory]
        [InlineData("council")]
        [InlineData("Officials")]
        [InlineData("declined")]
        [InlineData("said")]
        public void CommonWordsThatStartNoMention_AreRuledOut_WithoutAskingTheSet(string word)
        {
            NumberMentionParser.Scanner.MentionStarts.Contains(word).Should().BeFalse();
            NumberMentionParser.Scanner.MayBeStart(Lengths, word).Should().BeFalse();
        }

        [Fact]
        public void AStartThatIsNotAscii_SwitchesTheFilterOff_SoThatCaseMappingDecides()
        {
            // Beyond ASCII, OrdinalIgnoreCase folds more than ASCII does ("ſ" and "s"): every word then asks the set.
            var lengths = NumberMentionParser.Scanner.CreateStartLengths(new[] { "ten", "\u017Fix" });
            lengths.Should().BeNull();
            NumberMentionParser.Scanner.MayBeStart(lengths, "six").Should().BeTrue();
        }

        [Fact]
        public void TheFilter_KnowsEachStartsLength()
        {
            var lengths = NumberMentionParser.Scanner.CreateStartLengths(new[] { "ten", "twenty" });
            NumberMentionParser.Scanner.MayBeStart(lengths, "Ten").Should().BeTrue();
            NumberMentionParser.Scanner.MayBeStart(lengths, "TWENTY").Should().BeTrue();
            NumberMentionParser.Scanner.MayBeStart(lengths, "tan").Should().BeTrue("same first letter, last letter and length: the set decides");
            NumberMentionParser.Scanner.MayBeStart(lengths, "twin").Should().BeFalse();
            NumberMentionParser.Scanner.MayBeStart(lengths, "tone").Should().BeFalse();
        }
    }
}

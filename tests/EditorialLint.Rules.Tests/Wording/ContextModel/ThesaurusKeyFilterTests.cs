using System;
using System.Linq;
using EditorialLint.Rules.Wording.ContextModel;
using FluentAssertions;
using Xunit;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    public class ThesaurusKeyFilterTests
    {
        private static ThesaurusTable Thesaurus => ContextModelData.Instance!.Thesaurus;

        [Fact]
        public void EveryKeyOfTheThesaurus_PassesTheFilter()
        {
            // The filter may only rule out what a lookup would not find: a key it turned away would lose a slot.
            var thesaurus = Thesaurus;
            int turnedAway = 0;
            foreach (var key in thesaurus.Keys.ToArray())
                if (!thesaurus.MayContainKey(key)) turnedAway++;

            thesaurus.KeyCount.Should().BeGreaterThan(10_000);
            turnedAway.Should().Be(0);
        }

        [Fact]
        public void PhrasesThatAreNoKey_AreMostlyRuledOut_AndNoneItRulesOutIsAKey()
        {
            var thesaurus = Thesaurus;
            var random = new Random(12);
            int absent = 0, passed = 0;
            for (int i = 0; i < 100_000; i++)
            {
                ulong key = ModelText.Phrase(new[] { (ulong)random.NextInt64(), (ulong)random.NextInt64() });
                bool may = thesaurus.MayContainKey(key);
                if (!may) thesaurus.ContainsKey(key).Should().BeFalse();
                if (thesaurus.ContainsKey(key)) continue;
                absent++;
                if (may) passed++;
            }

            ((double)passed / absent).Should().BeLessThan(0.1, "the filter is there to spare the lookups of phrases that are no key");
        }

        [Theory]
        [InlineData("at all times")]
        [InlineData("answerable")]
        public void PhrasesTheThesaurusLists_PassTheFilter(string phrase)
        {
            var key = ModelText.Phrase(phrase.Split(' ').Select(w => ModelText.HashWord(w.AsSpan())).ToArray());
            Thesaurus.ContainsKey(key).Should().BeTrue();
            Thesaurus.MayContainKey(key).Should().BeTrue();
        }
    }
}

using EditorialLint.Rules.Style.Spelling;

namespace EditorialLint.Rules.Tests.Style.Spelling
{
    public class WordUsesTests
    {
        [Fact]
        public void WholeWordsInAnyCase_AreCounted_AndWordsInsideLongerWordsAreNot()
        {
            var uses = WordUses.Count("Zorbling is fun; the zorbling went on. ZORBLING! zorblings and unzorbling are other words.", new[] { "zorbling" });
            uses["zorbling"].Should().Be(3);
        }

        [Fact]
        public void HyphenatedParts_AndWordsWithAnApostrophe_AreCounted()
        {
            var uses = WordUses.Count("A frabble-dabble day, a dabble's worth, and dabble's again.", new[] { "dabble", "dabble's" });
            uses["dabble"].Should().Be(3, "the part after a hyphen and the word before an apostrophe are whole words");
            uses["dabble's"].Should().Be(2);
        }

        [Fact]
        public void WordsAskedTwiceOrInAnotherCase_AreCountedOnce_AndAWordStartingWithADigitIsFound()
        {
            var uses = WordUses.Count("We met 3rd-party vendors and 3RD parties; Quux met quux.", new[] { "Quux", "quux", "3rd" });
            uses["quux"].Should().Be(2);
            uses["3rd"].Should().Be(2);
        }

        [Fact]
        public void AWordAtTheVeryEnd_IsCounted_AndAnUnusedWordIsZero()
        {
            var uses = WordUses.Count("end blorp", new[] { "blorp", "absent" });
            uses["blorp"].Should().Be(1);
            uses["absent"].Should().Be(0);
        }
    }
}

using System.Linq;
using EditorialLint.Rules.Style.Spelling;

namespace EditorialLint.Rules.Tests.Style.Spelling
{
    public class EditSearchCacheTests
    {
        [Fact]
        public void WordSearchedAgain_IsAnsweredFromTheFirstSearch()
        {
            var cache = new EditSearchCache();
            int searches = 0;
            (int, double)[] Search(string word)
            {
                searches++;
                return new[] { (word.Length, 0.5) };
            }

            var first = cache.Find("recieve", Search);
            var again = cache.Find("recieve", Search);

            searches.Should().Be(1);
            again.Should().BeSameAs(first);
            cache.Find("Recieve", Search);
            searches.Should().Be(2, "the key is the word as written (the suggester passes it in lower case)");
        }

        [Fact]
        public void PastItsCapacity_TheCacheSearchesWithoutKeeping()
        {
            var cache = new EditSearchCache();
            for (int i = 0; i < EditSearchCache.Capacity; i++) cache.Find("w" + i, _ => System.Array.Empty<(int, double)>());
            int searches = 0;
            cache.Find("one-more", _ => { searches++; return System.Array.Empty<(int, double)>(); });
            cache.Find("one-more", _ => { searches++; return System.Array.Empty<(int, double)>(); });

            searches.Should().Be(2, "a word past the capacity is searched each time, so memory stays bounded");
        }

        [Fact]
        public void Suggestions_AreTheSameAskedOnceOrTwice_WithOtherNeighbours()
        {
            var dictionary = SpellingDictionary.Default;
            var once = SpellingSuggester.Suggest(dictionary, "goverment", "the", "said", 5, twoEdits: true);
            var twice = SpellingSuggester.Suggest(dictionary, "goverment", "the", "said", 5, twoEdits: true);
            var otherContext = SpellingSuggester.Suggest(dictionary, "goverment", null, null, 5, twoEdits: true);

            once.Select(s => s.Word).Should().Equal(twice.Select(s => s.Word));
            once.Select(s => s.Word).Should().Contain("government");
            otherContext.Select(s => s.Word).Should().Contain("government", "the kept search is ranked again in each sentence");
        }
    }
}

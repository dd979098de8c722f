using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Numbers;
using EditorialLint.Rules.Numbers;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Numbers
{
    /// <summary>
    /// Table tests for the birth-year construct (<see cref="BirthYearReader"/>): each row marks a year and says whose birth
    /// year it is ("surname year", "full:" when the day and month are given too) or "none".
    /// </summary>
    public class BirthYearReaderTests
    {
        public static TheoryData<string, string> BirthYears => new TheoryData<string, string>
        {
            { "Ada Okafor was born [|1990|] in Lagos.", "okafor 1990" },
            { "Ada Okafor (b. [|1990|]) opened a bakery.", "okafor 1990" },
            { "Ada Okafor (born [|1990|]) opened a bakery.", "okafor 1990" },
            { "Ada Okafor was born [|12 May 1990|] in Lagos.", "okafor full:1990" },
            { "Ada Okafor was born on [|May 12, 1990|].", "okafor full:1990" },
            { "Ada Okafor, who was born in [|1990|], opened a bakery.", "okafor 1990" },
            { "Born in [|1990|], Okafor grew up in Lagos.", "okafor 1990" },
            { "Ada Okafor, born in [|1990|], grew up in Lagos.", "okafor 1990" },
            { "Her son, born in [|2015|], attends school.", "none" },
            { "Her son Tomas, born in [|2015|], attends school.", "none" },
            { "Last year Ada Okafor's daughter was born in [|2019|].", "none" },
            { "Ada Okafor's daughter Ife, born in [|2019|], sleeps upstairs.", "none" },
            { "The daughter of Ada Okafor was born in [|2019|].", "none" },
            { "Her daughter, Ife Okafor, born in [|2019|], sleeps upstairs.", "none" },
            { "Okafor Foods, founded in [|1990|], supplies it.", "none" },
            { "The brand Okafor, established in [|2001|], is sold here.", "none" },
            { "Born in the [|1990s|], Okafor grew up in Lagos.", "none" },
            { "In [|2010|], Okafor moved to Harrowby.", "none" },
        };

        [Theory]
        [MemberData(nameof(BirthYears))]
        public void BirthYear_IsReadAsSpecified(string marked, string expected)
        {
            var parsed = MarkedText.Parse(marked);
            var document = AnalyzedDocument.FromText("t.txt", parsed.Text);
            var mention = NumberMentions.Get(document).All.FirstOrDefault(m => document.Prose.ToSourceSpan(m.Span) == parsed.Spans[0].Span);
            mention.Should().NotBeNull("the marked text should be one mention");

            var read = BirthYearReader.TryRead(document, mention!, out var birth)
                ? birth.Surname + " " + (birth.HasFullDate ? "full:" : string.Empty) + birth.Year
                : "none";

            read.Should().Be(expected);
        }
    }
}

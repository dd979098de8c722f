using System.Collections.Immutable;
using System.IO;
using EditorialLint.LanguageServer.Documents;
using EditorialLint.LanguageServer.Features;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.Rules.Style.Spelling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.LanguageServer.Tests
{
    public class AddToWordListActionTests
    {
        private static Diagnostic SpellingFinding(string text, string word, string? wordList)
        {
            int start = text.IndexOf(word, System.StringComparison.Ordinal);
            var properties = wordList is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(SpellingRule.WordListProperty, wordList);
            var location = Location.Create("a.md", new TextSpan(start, word.Length), new LinePositionSpan(new LinePosition(0, start), new LinePosition(0, start + word.Length)));
            return Diagnostic.Create(SpellingRule.Descriptor, location, null, properties, word, string.Empty);
        }

        [Fact]
        public void SpellingFinding_WithAWordList_OffersToAppendTheWord()
        {
            var folder = Directory.CreateTempSubdirectory("el-words-").FullName;
            try
            {
                var list = Path.Combine(folder, "words.txt");
                File.WriteAllText(list, "flotch\nzindle");
                var text = "The quorvel sailed.";
                var action = AddToWordListAction.Create(SpellingFinding(text, "quorvel", list), new LspDiagnostic(), text);

                action.Should().NotBeNull();
                action!.Title.Should().Be("Add 'quorvel' to the word list");
                var edit = action.Edit!.Changes![DocumentUris.FromPath(list)][0];
                edit.Range.Start.Line.Should().Be(1);
                edit.Range.Start.Character.Should().Be(6);
                edit.NewText.Should().Be("\nquorvel\n");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void SpellingFinding_WithoutAWordList_OffersNothing()
        {
            var text = "The quorvel sailed.";
            AddToWordListAction.Create(SpellingFinding(text, "quorvel", null), new LspDiagnostic(), text).Should().BeNull();
        }
    }
}

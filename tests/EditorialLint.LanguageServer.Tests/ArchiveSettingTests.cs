using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Archive;
using EditorialLint.Numbers;
using EditorialLint.Rules.Numbers;

namespace EditorialLint.LanguageServer.Tests
{
    /// <summary>The <c>archive</c> setting: the editor's cross-article pass compares with published articles too.</summary>
    public class ArchiveSettingTests
    {
        private const string Tail = " Mara Lind founded Kestrel Pay in Oslo in 2015. Lind told reporters in Oslo that Kestrel Pay would not list its shares.\n";

        /// <summary>An archive of one published article, and the locations the server asked it to open.</summary>
        private sealed class OneArticleArchive : IFactArchive
        {
            private readonly List<ArchivedMention> _mentions;

            public OneArticleArchive(string text)
            {
                var article = new ArchivedArticle("/published/one.md", null, "Kestrel Pay grows", new CalendarDate(2024, 3, 4), ImmutableArray.Create("kestrel", "pay", "lind", "oslo"), "h");
                _mentions = ArchiveFacts.Extract(AnalyzedDocument.FromText("/published/one.md", text))
                    .Select(m => new ArchivedMention { Article = article, Key = m.Key, MentionKind = m.MentionKind, Kind = m.Kind, Value = m.Value, Low = m.Low, High = m.High, Resolution = m.Resolution, Subject = m.Subject, Owner = m.Owner, Text = m.Text })
                    .ToList();
            }

            public string Location => "memory";

            public void Prepare(ArchiveQuery query)
            {
            }

            public IReadOnlyList<ArchivedMention> Find(ArchiveQuery query) =>
                _mentions.Where(m => m.MentionKind == ArchivedMentionKind.Figure && query.FigureKeys.Contains(m.Key)).ToList();
        }

        [Fact]
        public async Task TheArchiveSetting_MakesFigureConflictsCompareWithPublishedArticles()
        {
            var opened = new List<string>();
            var options = new LanguageServerOptions
            {
                OpenArchive = location =>
                {
                    lock (opened) opened.Add(location);
                    return new OneArticleArchive("The number of Kestrel Pay users has reached 40 million." + Tail);
                },
            };
            var settings = new ServerSettings { DebounceMs = 0, CorpusDebounceMs = 0, WorkspaceArticles = false, Archive = "/published/archive.db" };
            await using var client = await LspTestClient.StartInitializedAsync(new EditorialRule[] { new CrossArticleQuantityConflictRule() }, settings, options: options);
            const string uri = "file:///work/today.md";
            await client.OpenAsync(uri, "The number of Kestrel Pay users has surged to 55 million." + Tail);

            var found = await client.WaitForDiagnosticsAsync(uri, until: d => d.Count > 0);

            ((string)found.Single()!["message"]!).Should().Contain("'55 million' users here, but '40 million' in an archived article (Kestrel Pay grows, 2024-03-04)");
            opened.Should().Contain("/published/archive.db");
        }

        [Fact]
        public async Task AnArchiveThatCannotBeOpened_IsShown_AndTheRulesRunWithoutIt()
        {
            var options = new LanguageServerOptions { OpenArchive = location => throw new ArchiveException("No archive at '" + location + "'.") };
            var settings = new ServerSettings { DebounceMs = 0, CorpusDebounceMs = 0, WorkspaceArticles = false, Archive = "/nowhere/archive.db" };
            await using var client = await LspTestClient.StartInitializedAsync(new EditorialRule[] { new CrossArticleQuantityConflictRule(), new EditorialLint.Rules.Style.RepeatedWordRule() }, settings, options: options);
            const string uri = "file:///work/today.md";
            await client.OpenAsync(uri, "He went to the the shop.\n");

            await client.WaitForDiagnosticsAsync(uri, until: d => d.Count > 0);

            client.Notifications("window/showMessage").Select(n => (string)n["params"]!["message"]!)
                .Should().Contain(m => m.Contains("No archive at '/nowhere/archive.db'"));
        }

        [Fact]
        public void TheArchiveSetting_IsRead_AndAnEmptyOneMeansNone()
        {
            ServerSettings.Parse(System.Text.Json.JsonDocument.Parse("{\"editorialLint\":{\"archive\":\"news/archive.db\"}}").RootElement, new ServerSettings()).Archive.Should().Be("news/archive.db");
            ServerSettings.Parse(System.Text.Json.JsonDocument.Parse("{\"archive\":\"\"}").RootElement, new ServerSettings { Archive = "x.db" }).Archive.Should().BeNull();
            var problems = new List<string>();
            ServerSettings.Parse(System.Text.Json.JsonDocument.Parse("{\"archive\":3}").RootElement, new ServerSettings(), problems);
            problems.Should().ContainSingle().Which.Should().Contain("archive");
        }
    }
}

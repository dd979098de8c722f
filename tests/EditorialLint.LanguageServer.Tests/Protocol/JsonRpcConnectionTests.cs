using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace EditorialLint.LanguageServer.Tests.Protocol
{
    /// <summary>How the connection reads a message's members from its bytes (in any order, validated whole).</summary>
    public sealed class JsonRpcConnectionTests
    {
        private const string Uri = "file:///work/article.md";

        private static string Framed(string body) =>
            "Content-Length: " + Encoding.UTF8.GetByteCount(body).ToString(CultureInfo.InvariantCulture) + "\r\n\r\n" + body;

        [Fact]
        public async Task MessageWithItsParamsBeforeItsMethod_IsRead()
        {
            await using var client = await LspTestClient.StartInitializedAsync();
            var textDocument = new JsonObject { ["uri"] = Uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = "He saw the the cat.\n" };

            await client.SendRawAsync(Framed("{\"params\":{\"textDocument\":" + textDocument.ToJsonString() + "},\"method\":\"textDocument/didOpen\",\"jsonrpc\":\"2.0\"}"));

            (await client.WaitForDiagnosticsAsync(Uri, 1)).Should().ContainSingle();
        }

        [Theory]
        [InlineData("[1, 2]", "valid JSON that is not an object")]
        [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"editorialLint/nothing\"} trailing", "an object followed by more than white space")]
        [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"editorialLint/nothing\",\"params\":{\"a\":[1,}}", "a syntax error inside the params")]
        public async Task BodyThatIsNotOneJsonObject_IsAnsweredWithOneParseError_AndTheServerKeepsServing(string body, string because)
        {
            await using var client = await LspTestClient.StartInitializedAsync();

            await client.SendRawAsync(Framed(body));
            var reply = await client.RequestAsync("editorialLint/unknown", new JsonObject());

            ((int)reply["error"]!["code"]!).Should().Be(-32601, because);
            client.Errors().Count(e => (int)e["error"]!["code"]! == -32700).Should().Be(1, because);
        }

        [Fact]
        public async Task ClientAnswerToTheConfigurationRequest_IsMatchedToIt_AndApplied()
        {
            await using var client = LspTestClient.Start();
            client.OnServerRequest = (method, _) => method == "workspace/configuration"
                ? new JsonArray(new JsonObject { ["maxDocumentSize"] = 10, ["debounceMs"] = 0, ["corpusDebounceMs"] = 0 })
                : null;
            await client.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = null,
                ["capabilities"] = new JsonObject { ["workspace"] = new JsonObject { ["configuration"] = true } },
            });
            await client.NotifyAsync("initialized", new JsonObject());

            await client.OpenAsync(Uri, "He saw the the cat.\n");

            var found = await client.WaitForDiagnosticsAsync(Uri, 1, until: d => d.Count == 1 && (string)d[0]!["code"]! == "EL9007");
            found.Should().ContainSingle("the pulled setting (a 10-byte limit) applies");
        }

        [Fact]
        public async Task DocumentWithALoneSurrogate_IsRefusedAndLogged_AndTheServerKeepsServing()
        {
            await using var client = await LspTestClient.StartInitializedAsync();
            var textDocument = "{\"uri\":\"" + Uri + "\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"He saw \\ud800 the the cat.\\n\"}";

            await client.SendRawAsync(Framed("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":" + textDocument + "}}"));
            await client.OpenAsync("file:///work/other.md", "She saw the the dog.\n");

            (await client.WaitForDiagnosticsAsync("file:///work/other.md", 1)).Should().ContainSingle();
            client.Log.Should().Contain("lone surrogate");
        }
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace EditorialLint.LanguageServer.Tests
{
    /// <summary>Configuration as the server picks it up: .editorconfig files, rule pack settings, inline directives.</summary>
    public sealed class ConfigurationTests : IDisposable
    {
        private const string SpunPack = """
            id: Desk.Spun
            type: substitution
            message: "'{match}' looks like a spun form of '{suggestion}'"
            level: warning
            swap:
              utilise: use
            examples:
              flag: ["They utilise tools."]
              pass: ["The motion was carried."]
            """;

        private readonly string _folder = Directory.CreateTempSubdirectory("el-lsp-config-").FullName;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public async Task EditorConfigSeverity_AppliesToOpenDocuments_AndAChangeOnDiskIsPickedUp()
        {
            var editorconfig = Path.Combine(_folder, ".editorconfig");
            File.WriteAllText(editorconfig, "root = true\n[*.md]\neditorial_lint.EL3001.severity = none\n");
            var uri = new Uri(Path.Combine(_folder, "story.md")).AbsoluteUri;
            await using var client = await LspTestClient.StartInitializedAsync(rootFolder: _folder);

            await client.OpenAsync(uri, "He saw the the cat.\n");
            (await client.WaitForDiagnosticsAsync(uri, 1)).Should().BeEmpty("the rule is off for *.md");

            File.WriteAllText(editorconfig, "root = true\n[*.md]\neditorial_lint.EL3001.severity = error\n");
            await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
            {
                ["changes"] = new JsonArray(new JsonObject { ["uri"] = new Uri(editorconfig).AbsoluteUri, ["type"] = 2 }),
            });

            var after = await client.WaitForDiagnosticsAsync(uri, 1, d => d.Count > 0);
            ((string)after.Single()!["code"]!).Should().Be("EL3001");
            ((int)after.Single()!["severity"]!).Should().Be(1, "the .editorconfig now says error");
        }

        [Fact]
        public async Task FileWatchers_AreRegistered_WhenTheClientAllowsDynamicRegistration()
        {
            var capabilities = new JsonObject { ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } } };
            await using var client = await LspTestClient.StartInitializedAsync(rootFolder: _folder, capabilities: capabilities);

            await WaitUntil(() => client.Notifications("client/registerCapability").Count > 0);
            var watchers = client.Notifications("client/registerCapability")[0]["params"]!["registrations"]![0]!["registerOptions"]!["watchers"]!.AsArray();
            watchers.Select(w => (string)w!["globPattern"]!).Should().Contain("**/.editorconfig");
        }

        [Fact]
        public async Task ConfigurationProblems_ArePublishedOnTheEditorConfigAtTheirLine()
        {
            var editorconfig = Path.Combine(_folder, ".editorconfig");
            File.WriteAllText(editorconfig, "root = true\n[*]\neditorial_lint.EL3001.severity = loud\n");
            await using var client = await LspTestClient.StartInitializedAsync(rootFolder: _folder);

            var problems = await client.WaitForDiagnosticsAsync(new Uri(editorconfig).AbsoluteUri, until: d => d.Count > 0);

            ((string)problems[0]!["code"]!).Should().StartWith("EL90");
            ((int)problems[0]!["range"]!["start"]!["line"]!).Should().Be(2, "the bad value is on the third line");
        }

        [Fact]
        public async Task RulePacksSetting_AddsThePacksRules_WithTheirQuickFix()
        {
            Directory.CreateDirectory(Path.Combine(_folder, "packs"));
            File.WriteAllText(Path.Combine(_folder, "packs", "spun.yml"), SpunPack);
            var uri = new Uri(Path.Combine(_folder, "story.md")).AbsoluteUri;
            const string text = "The firm will utilise the courts against him.\n";
            await using var client = await LspTestClient.StartInitializedAsync(rootFolder: _folder,
                initializationOptions: new JsonObject { ["editorialLint"] = new JsonObject { ["rulePacks"] = new JsonArray("packs") } });

            await client.OpenAsync(uri, text);
            var d = (await client.WaitForDiagnosticsAsync(uri, 1)).Single()!;
            ((string)d["code"]!).Should().Be("Desk.Spun");

            var reply = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = d["range"]!.DeepClone(),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(d.DeepClone()) },
            });
            var fix = reply["result"]!.AsArray().First(a => !((string)a!["title"]!).StartsWith("Disable", StringComparison.Ordinal))!;
            LspTestClient.ApplyEdits(text, fix["edit"]!["changes"]![uri]!.AsArray()).Should().Be("The firm will use the courts against him.\n");
        }

        [Fact]
        public async Task RulePacksSetting_ChangedThroughDidChangeConfiguration_TakesEffect()
        {
            Directory.CreateDirectory(Path.Combine(_folder, "packs"));
            File.WriteAllText(Path.Combine(_folder, "packs", "spun.yml"), SpunPack);
            var uri = new Uri(Path.Combine(_folder, "story.md")).AbsoluteUri;
            await using var client = await LspTestClient.StartInitializedAsync(rootFolder: _folder);
            await client.OpenAsync(uri, "They utilise tools.\n");
            (await client.WaitForDiagnosticsAsync(uri, 1)).Should().BeEmpty();

            await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
            {
                ["settings"] = new JsonObject { ["editorialLint"] = new JsonObject { ["rulePacks"] = new JsonArray(Path.Combine(_folder, "packs")) } },
            });

            (await client.WaitForDiagnosticsAsync(uri, 1, d => d.Count > 0)).Single()!["code"]!.GetValue<string>().Should().Be("Desk.Spun");
        }

        [Fact]
        public async Task DisableForThisLine_OnceApplied_SilencesTheFinding()
        {
            var uri = new Uri(Path.Combine(_folder, "story.md")).AbsoluteUri;
            const string text = "He saw the the cat.\nShe saw the the dog.\n";
            await using var client = await LspTestClient.StartInitializedAsync(rootFolder: _folder);
            await client.OpenAsync(uri, text);
            var first = (await client.WaitForDiagnosticsAsync(uri, 1))[0]!;

            var reply = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = first["range"]!.DeepClone(),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(first.DeepClone()) },
            });
            var disable = reply["result"]!.AsArray().First(a => ((string)a!["title"]!).StartsWith("Disable", StringComparison.Ordinal))!;
            var edit = disable["edit"]!["changes"]![uri]!.AsArray().Single()!;
            var edited = LspTestClient.ApplyEdits(text, new JsonArray(edit.DeepClone()));
            await client.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
                ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = edit["range"]!.DeepClone(), ["text"] = (string)edit["newText"]! }),
            });

            var after = await client.WaitForDiagnosticsAsync(uri, 2);
            after.Should().ContainSingle("only the second line's finding is left");
            ((int)after[0]!["range"]!["start"]!["line"]!).Should().Be(1);
            edited.Should().StartWith("He saw the the cat. <!-- editorial-lint disable-line EL3001 -->\n");
        }

        private static async Task WaitUntil(Func<bool> condition)
        {
            var deadline = DateTime.UtcNow + LspTestClient.Timeout;
            while (!condition())
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException();
                await Task.Delay(10);
            }
        }
    }
}

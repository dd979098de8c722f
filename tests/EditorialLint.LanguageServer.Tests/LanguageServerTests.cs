using System;
using System.Globalization;
using System.IO;
using System.IO.Pipes;
using System.Threading;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Rules;
using EditorialLint.Testing;

namespace EditorialLint.LanguageServer.Tests
{
    public sealed class LanguageServerTests
    {
        private const string Uri = "file:///work/article.md";

        [Fact]
        public async Task Initialize_AnnouncesIncrementalSyncUtf16AndQuickFixes()
        {
            await using var client = LspTestClient.Start();
            var reply = await client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject() });

            var capabilities = reply["result"]!["capabilities"]!;
            ((int)capabilities["textDocumentSync"]!["change"]!).Should().Be(2, "2 is incremental sync");
            ((bool)capabilities["textDocumentSync"]!["openClose"]!).Should().BeTrue();
            ((string)capabilities["positionEncoding"]!).Should().Be("utf-16");
            capabilities["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(k => (string)k!).Should().Contain("quickfix");
            ((string)reply["result"]!["serverInfo"]!["name"]!).Should().Be("editorial-lint");
        }

        [Fact]
        public async Task OpenedArticle_WithRepeatedWord_IsPublishedWithRuleIdLinkSourceAndSeverity()
        {
            var marked = MarkedText.Parse("The council met on Monday.\n\nHe went to the [|the|] shop.\n");
            await using var client = await LspTestClient.StartInitializedAsync();

            await client.OpenAsync(Uri, marked.Text);
            var diagnostics = await client.WaitForDiagnosticsAsync(Uri, 1);

            diagnostics.Should().ContainSingle();
            var d = diagnostics[0]!;
            d["range"]!.ToJsonString().Should().Be(LspTestClient.Range(marked.Text, marked.Spans[0].Span).ToJsonString());
            ((string)d["code"]!).Should().Be("EL3001");
            ((string)d["source"]!).Should().Be("editorial-lint");
            ((int)d["severity"]!).Should().Be(2, "EL3001 is a warning");
            ((string)d["codeDescription"]!["href"]!).Should().EndWith("/docs/rules/EL3001.md");
        }

        [Theory]
        [InlineData("\U0001F600 \U0001F600 He saw the [|the|] shop.\n", "astral characters before the finding")]
        [InlineData("First line.\r\nSecond line.\r\nHe saw the [|the|] shop.\r\n", "CRLF line breaks")]
        [InlineData("First line.\rHe saw the [|the|] shop.\r", "lone CR line breaks")]
        [InlineData("Caf\u00E9 \U0001D11E line.\r\n\U0001F600 He saw the [|the|] shop.\n", "astral characters and CRLF together")]
        public async Task Positions_AreCountedInUtf16CodeUnitsAndLspLineBreaks(string markedText, string because)
        {
            // The finding's range is checked against an independent count of lines and UTF-16 units.
            var marked = MarkedText.Parse(markedText);
            await using var client = await LspTestClient.StartInitializedAsync();

            await client.OpenAsync(Uri, marked.Text, languageId: "plaintext");
            var diagnostics = await client.WaitForDiagnosticsAsync(Uri, 1);

            diagnostics.Select(d => d!["range"]!.ToJsonString()).Should()
                .Contain(LspTestClient.Range(marked.Text, marked.Spans[0].Span).ToJsonString(), because);
        }

        [Fact]
        public async Task LineSeparatorCharacter_DoesNotStartANewLspLine()
        {
            // Roslyn's SourceText breaks lines at U+2028; LSP clients do not, so the server must not either.
            var marked = MarkedText.Parse("One\u2028two. He saw the [|the|] shop.\n");
            await using var client = await LspTestClient.StartInitializedAsync();

            await client.OpenAsync("file:///work/notes.txt", marked.Text, languageId: "plaintext");
            var diagnostics = await client.WaitForDiagnosticsAsync("file:///work/notes.txt", 1);

            diagnostics.Select(d => d!["range"]!.ToJsonString()).Should()
                .Contain(LspTestClient.Range(marked.Text, marked.Spans[0].Span).ToJsonString());
            ((int)diagnostics[0]!["range"]!["start"]!["line"]!).Should().Be(0);
        }

        [Fact]
        public async Task IncrementalEdits_ThatAddAndThenRemoveARepeatedWord_AreReportedThenCleared()
        {
            const string clean = "He went to the shop.\r\n\U0001F600 It rained all day.\r\n";
            await using var client = await LspTestClient.StartInitializedAsync();
            await client.OpenAsync(Uri, clean);
            (await client.WaitForDiagnosticsAsync(Uri, 1)).Should().BeEmpty();

            // Type " all" after "rained" on the second line (after an astral character): "rained all all day".
            int at = clean.IndexOf("rained", StringComparison.Ordinal) + "rained".Length;
            await client.ChangeAsync(Uri, 2, clean, at, at, " all");
            var typed = clean.Insert(at, " all");
            var after = await client.WaitForDiagnosticsAsync(Uri, 2);
            after.Should().ContainSingle();
            ((string)after[0]!["code"]!).Should().Be("EL3001");
            int second = typed.IndexOf("all all", StringComparison.Ordinal) + 4;
            after[0]!["range"]!.ToJsonString().Should().Be(LspTestClient.Range(typed, second, second + 3).ToJsonString());

            await client.ChangeAsync(Uri, 3, typed, at, at + 4, string.Empty);
            (await client.WaitForDiagnosticsAsync(Uri, 3)).Should().BeEmpty();
        }

        [Fact]
        public async Task SeveralChangesInOneNotification_AreAppliedInOrder()
        {
            const string text = "abc def\n";
            await using var client = await LspTestClient.StartInitializedAsync();
            await client.OpenAsync(Uri, text);
            await client.WaitForDiagnosticsAsync(Uri, 1);

            // Second change's range refers to the text after the first change.
            await client.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = 2 },
                ["contentChanges"] = new JsonArray(
                    new JsonObject { ["range"] = LspTestClient.Range(text, 0, 3), ["text"] = "He saw the" },
                    new JsonObject { ["range"] = LspTestClient.Range("He saw the def\n", 11, 14), ["text"] = "the cat." }),
            });

            var diagnostics = await client.WaitForDiagnosticsAsync(Uri, 2);
            ((string)diagnostics.Single()!["code"]!).Should().Be("EL3001", "the text is now 'He saw the the cat.'");
        }

        [Fact]
        public async Task RapidTyping_PublishesOnlyTheLatestVersionAfterThePause()
        {
            const string text = "He went to the shop.\n";
            await using var client = await LspTestClient.StartInitializedAsync(settings: new ServerSettings { DebounceMs = 300, CorpusDebounceMs = 300 });
            await client.OpenAsync(Uri, text);
            await client.WaitForDiagnosticsAsync(Uri, 1);

            var current = text;
            for (int version = 2; version <= 8; version++)
            {
                await client.ChangeAsync(Uri, version, current, 0, 0, "x");
                current = "x" + current;
            }

            await client.WaitForDiagnosticsAsync(Uri, 8);
            var versions = client.Notifications("textDocument/publishDiagnostics").Select(n => (int)n["params"]!["version"]!).ToList();
            // The latest version may be published twice: once linted alone, once with the cross-article rules.
            versions.Distinct().Should().Equal(new[] { 1, 8 }, "the intermediate versions were superseded before their pause ended");
        }

        [Fact]
        public async Task QuickFix_ForRepeatedWord_RemovesIt_AndFixAllAndDisableLineAreOffered()
        {
            const string text = "He saw the the cat.\nShe saw a a dog.\nThey saw the the bird.\n";
            await using var client = await LspTestClient.StartInitializedAsync();
            await client.OpenAsync(Uri, text);
            var diagnostics = await client.WaitForDiagnosticsAsync(Uri, 1);
            diagnostics.Where(d => (string)d!["code"]! == "EL3001").Should().HaveCount(3);

            var first = diagnostics.First(d => (string)d!["code"]! == "EL3001")!;
            var reply = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri },
                ["range"] = first["range"]!.DeepClone(),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(first.DeepClone()) },
            });
            var actions = reply["result"]!.AsArray();
            actions.Select(a => (string)a!["title"]!).Should().Contain(new[] { "Remove the repeated word", "Fix all EL3001 in this file", "Disable EL3001 for this line" });

            var fix = actions.First(a => (string)a!["title"]! == "Remove the repeated word")!;
            ((string)fix["kind"]!).Should().Be("quickfix");
            ((string)fix["diagnostics"]![0]!["code"]!).Should().Be("EL3001");
            LspTestClient.ApplyEdits(text, fix["edit"]!["changes"]![Uri]!.AsArray()).Should().StartWith("He saw the cat.\nShe saw a a dog.");

            var fixAll = actions.First(a => (string)a!["title"]! == "Fix all EL3001 in this file")!;
            LspTestClient.ApplyEdits(text, fixAll["edit"]!["changes"]![Uri]!.AsArray()).Should().Be("He saw the cat.\nShe saw a dog.\nThey saw the bird.\n");
        }

        [Fact]
        public async Task DisableForThisLine_AppendsTheDirectiveToTheLine()
        {
            const string text = "He saw the the cat.\r\nNext line.\r\n";
            await using var client = await LspTestClient.StartInitializedAsync();
            await client.OpenAsync(Uri, text);
            var d = (await client.WaitForDiagnosticsAsync(Uri, 1)).Single()!;

            var reply = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri },
                ["range"] = d["range"]!.DeepClone(),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(d.DeepClone()) },
            });
            var disable = reply["result"]!.AsArray().First(a => ((string)a!["title"]!).StartsWith("Disable", StringComparison.Ordinal))!;

            LspTestClient.ApplyEdits(text, disable["edit"]!["changes"]![Uri]!.AsArray())
                .Should().Be("He saw the the cat. <!-- editorial-lint disable-line EL3001 -->\r\nNext line.\r\n");
        }

        [Fact]
        public async Task CodeActions_UseVersionedDocumentChanges_WhenTheClientSupportsThem()
        {
            const string text = "He saw the the cat.\n";
            var capabilities = new JsonObject { ["workspace"] = new JsonObject { ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true } } };
            await using var client = await LspTestClient.StartInitializedAsync(capabilities: capabilities);
            await client.OpenAsync(Uri, text, version: 7);
            var d = (await client.WaitForDiagnosticsAsync(Uri, 7)).Single()!;

            var reply = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri },
                ["range"] = d["range"]!.DeepClone(),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
            });

            var change = reply["result"]![0]!["edit"]!["documentChanges"]![0]!;
            ((int)change["textDocument"]!["version"]!).Should().Be(7);
            LspTestClient.ApplyEdits(text, change["edits"]!.AsArray()).Should().Be("He saw the cat.\n");
        }

        [Fact]
        public async Task CodeAction_AfterUnlintedEdit_IsComputedOnTheCurrentText()
        {
            const string text = "He saw the cat.\n";
            await using var client = await LspTestClient.StartInitializedAsync(settings: new ServerSettings { DebounceMs = 5000 });
            await client.OpenAsync(Uri, text);
            await client.WaitForDiagnosticsAsync(Uri, 1);

            // The edit is still inside its pause when the client asks for actions.
            await client.ChangeAsync(Uri, 2, text, 7, 7, "the ");
            var typed = "He saw the the cat.\n";
            var reply = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri },
                ["range"] = LspTestClient.Range(typed, 7, 14),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
            });

            var fix = reply["result"]!.AsArray().First(a => (string)a!["title"]! == "Remove the repeated word")!;
            LspTestClient.ApplyEdits(typed, fix["edit"]!["changes"]![Uri]!.AsArray()).Should().Be(text);
        }

        [Fact]
        public async Task SourceFixAll_AppliesEverySafeFixInTheFile()
        {
            const string text = "He saw the the cat.\nShe saw a a dog.\n";
            await using var client = await LspTestClient.StartInitializedAsync();
            await client.OpenAsync(Uri, text);
            await client.WaitForDiagnosticsAsync(Uri, 1);

            var reply = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri },
                ["range"] = LspTestClient.Range(text, 0, 0),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("source.fixAll") },
            });

            var action = reply["result"]!.AsArray().Single()!;
            ((string)action["kind"]!).Should().Be("source.fixAll.editorial-lint");
            LspTestClient.ApplyEdits(text, action["edit"]!["changes"]![Uri]!.AsArray()).Should().Be("He saw the cat.\nShe saw a dog.\n");
        }

        [Fact]
        public async Task SavingADocument_LintsItAgainAtOnce_EvenWithALongPause()
        {
            await using var client = await LspTestClient.StartInitializedAsync(settings: new ServerSettings { DebounceMs = 10000 });
            await client.OpenAsync(Uri, "He saw the cat.\n");
            await client.WaitForDiagnosticsAsync(Uri, 1);
            await client.ChangeAsync(Uri, 2, "He saw the cat.\n", 7, 7, "the ");

            await client.NotifyAsync("textDocument/didSave", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });

            ((string)(await client.WaitForDiagnosticsAsync(Uri, 2)).Single()!["code"]!).Should().Be("EL3001", "a save does not wait for the pause");
        }

        [Fact]
        public async Task ClosingADocument_ClearsItsDiagnostics()
        {
            await using var client = await LspTestClient.StartInitializedAsync();
            await client.OpenAsync(Uri, "He saw the the cat.\n");
            (await client.WaitForDiagnosticsAsync(Uri, 1)).Should().NotBeEmpty();

            await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri } });

            var last = await client.WaitForDiagnosticsAsync(Uri, until: d => d.Count == 0);
            last.Should().BeEmpty();
        }

        [Fact]
        public async Task RuleThatThrows_IsReportedOnce_AndTheOtherRulesAndTheServerGoOn()
        {
            var rules = BuiltInRules.CreateAll().Add(new ThrowingRule());
            await using var client = await LspTestClient.StartInitializedAsync(rules);

            await client.OpenAsync(Uri, "He saw the the cat.\n");
            var first = await client.WaitForDiagnosticsAsync(Uri, 1);
            await client.OpenAsync("file:///work/other.md", "She saw a a dog.\n");
            await client.WaitForDiagnosticsAsync("file:///work/other.md", 1);
            await client.ChangeAsync(Uri, 2, "He saw the the cat.\n", 0, 0, "So ");
            await client.WaitForDiagnosticsAsync(Uri, 2);

            first.Select(d => (string)d!["code"]!).Should().Contain(new[] { "EL3001", "EL9004" });
            client.Notifications("window/showMessage").Should().ContainSingle("three passes hit the failure but the user is told once");
            ((string)client.Notifications("window/showMessage")[0]["params"]!["message"]!).Should().Contain("ThrowingRule");
            client.Log.Should().Contain("deliberate failure");
            var reply = await client.RequestAsync("shutdown", null);
            reply.ContainsKey("error").Should().BeFalse();
        }

        [Fact]
        public async Task CrossArticleRule_SeesOtherOpenDocuments_WithRelatedInformationForTheOtherMention()
        {
            var rules = new EditorialRule[] { new CrossArticleSpellingRule() };
            await using var client = await LspTestClient.StartInitializedAsync(rules, settings: new ServerSettings { DebounceMs = 0, CorpusDebounceMs = 0, WorkspaceArticles = false });
            const string first = "file:///work/a.md", second = "file:///work/b.md";
            await client.OpenAsync(first, "The ferry left Zanzibar at dawn.\n");
            await client.OpenAsync(second, "It reached Zanzibarr by noon.\n");

            var found = await client.WaitForDiagnosticsAsync(first, until: d => d.Count > 0);

            var d = found.Single()!;
            ((string)d["code"]!).Should().Be("ELT901");
            var related = d["relatedInformation"]!.AsArray().Single()!;
            ((string)related["location"]!["uri"]!).Should().Be(second);
            related["location"]!["range"]!.ToJsonString().Should().Be(LspTestClient.Range("It reached Zanzibarr by noon.\n", 11, 20).ToJsonString());
        }

        [Fact]
        public async Task OneDocumentThatFails_DoesNotStopCrossArticleChecksForTheOthers()
        {
            var rules = new EditorialRule[] { new CrossArticleSpellingRule(), new ThrowingRule() };
            await using var client = await LspTestClient.StartInitializedAsync(rules, settings: new ServerSettings { DebounceMs = 0, CorpusDebounceMs = 0, WorkspaceArticles = false });
            const string first = "file:///work/a.md", second = "file:///work/b.md", nested = "file:///work/nested.md";
            await client.OpenAsync(nested, new string('>', 300) + " Zanzibar, quoted far too deep.\n");
            await client.OpenAsync(first, "The ferry left Zanzibar at dawn.\n");
            await client.OpenAsync(second, "It reached Zanzibarr by noon.\n");

            var found = await client.WaitForDiagnosticsAsync(first, until: d => d.Any(x => (string)x!["code"]! == "ELT901"));
            found.Should().Contain(d => (string)d!["code"]! == "ELT901", "the other open documents are still checked together");
            var failed = await client.WaitForDiagnosticsAsync(nested, until: d => d.Count > 0);
            failed.Should().Contain(d => (string)d!["code"]! == "EL9006", "the nested document says why it was not linted");
        }

        [Fact]
        public async Task CrossArticleRule_SeesTheWorkspaceFoldersArticlesOnDisk()
        {
            var folder = Directory.CreateTempSubdirectory("el-lsp-").FullName;
            try
            {
                var onDisk = Path.Combine(folder, "earlier.md");
                File.WriteAllText(onDisk, "Yesterday the ferry reached Zanzibarr.\n");
                var openUri = new Uri(Path.Combine(folder, "today.md")).AbsoluteUri;
                var rules = new EditorialRule[] { new CrossArticleSpellingRule() };
                await using var client = await LspTestClient.StartInitializedAsync(rules, rootFolder: folder);

                await client.OpenAsync(openUri, "Today the ferry left Zanzibar.\n");
                var found = await client.WaitForDiagnosticsAsync(openUri, until: d => d.Count > 0);

                var related = found.Single()!["relatedInformation"]!.AsArray().Single()!;
                ((string)related["location"]!["uri"]!).Should().Be(new Uri(onDisk).AbsoluteUri);
                client.Notifications("textDocument/publishDiagnostics").Should()
                    .NotContain(n => (string)n["params"]!["uri"]! == new Uri(onDisk).AbsoluteUri, "articles that are not open are read, not reported");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public async Task RequestBeforeInitialize_IsRefusedWithServerNotInitialized()
        {
            await using var client = LspTestClient.Start();
            var reply = await client.RequestAsync("textDocument/codeAction", new JsonObject());
            ((int)reply["error"]!["code"]!).Should().Be(-32002);
        }

        [Fact]
        public async Task UnknownRequest_IsAnsweredWithMethodNotFound()
        {
            await using var client = await LspTestClient.StartInitializedAsync();
            var reply = await client.RequestAsync("textDocument/hover", new JsonObject());
            ((int)reply["error"]!["code"]!).Should().Be(-32601);
        }

        [Fact]
        public async Task MalformedMessages_AreAnsweredWithErrors_AndTheServerKeepsServing()
        {
            await using var client = await LspTestClient.StartInitializedAsync();
            await client.SendRawAsync("Content-Length: 9\r\n\r\n{not json");
            var badParams = await client.RequestAsync("textDocument/codeAction", new JsonObject { ["textDocument"] = 42 });
            ((int)badParams["error"]!["code"]!).Should().Be(-32602);
            await client.NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = "nonsense" });
            var noRange = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri },
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(new JsonObject { ["code"] = "EL3001" }) },
            });
            ((int)noRange["error"]!["code"]!).Should().Be(-32602, "a code action request without a range is invalid params, not a crash");

            await client.OpenAsync(Uri, "He saw the the cat.\n");
            (await client.WaitForDiagnosticsAsync(Uri, 1)).Should().ContainSingle();
            client.Errors().Should().Contain(e => (int)e["error"]!["code"]! == -32700, "the unreadable message is answered with a parse error");
        }

        [Theory]
        [InlineData(-12, "a Content-Length that is too short leaves the rest of the body before the next header")]
        [InlineData(+12, "a Content-Length that is too long runs into the next message's header")]
        public async Task WrongContentLength_IsSkipped_AndTheNextMessagesAreReadInStep(int lengthError, string because)
        {
            await using var client = await LspTestClient.StartInitializedAsync();
            const string body = "{\"jsonrpc\":\"2.0\",\"method\":\"editorialLint/nothing\",\"params\":{}}";
            await client.SendRawAsync("Content-Length: " + (body.Length + lengthError).ToString(CultureInfo.InvariantCulture) + "\r\n\r\n" + body);

            for (int i = 0; i < 3; i++)
            {
                var reply = await client.RequestAsync("editorialLint/unknown", new JsonObject());
                ((int)reply["error"]!["code"]!).Should().Be(-32601, because);
            }

            await client.OpenAsync(Uri, "He saw the the cat.\n");
            (await client.WaitForDiagnosticsAsync(Uri, 1)).Should().ContainSingle(because);
            client.Errors().Count(e => (int)e["error"]!["code"]! == -32700).Should().Be(1, "one bad length is one fault, reported once");
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task ExitOrEndOfInput_WhileARuleIsStillRunning_EndsTheServer(bool sendExit)
        {
            using var blocking = new BlockingRule();
            await using var client = await LspTestClient.StartInitializedAsync(new EditorialRule[] { blocking });
            await client.OpenAsync(Uri, "A sentence that the blocking rule holds.\n");
            blocking.Started.Wait(LspTestClient.Timeout).Should().BeTrue("the rule starts linting the opened document");

            if (sendExit) await client.NotifyAsync("exit", null);
            else client.CloseInput();

            // The rule blocks for a minute; the server must not wait for it.
            (await client.Server.WaitAsync(LspTestClient.Timeout)).Should().Be(1);
        }

        [Fact]
        public async Task StopSignal_WhileTheInputIsSilent_EndsTheServer()
        {
            using var toServer = new AnonymousPipeServerStream(PipeDirection.Out);
            using var input = new AnonymousPipeClientStream(PipeDirection.In, toServer.ClientSafePipeHandle);
            using var output = new MemoryStream();
            using var stop = new CancellationTokenSource();
            var run = LanguageServerHost.RunUntilStoppedAsync(input, output, new LanguageServerOptions { Rules = Array.Empty<EditorialRule>() }, stop.Token);

            stop.Cancel();

            (await run.WaitAsync(LspTestClient.Timeout)).Should().Be(1, "SIGTERM ends the server though no message comes");
        }

        [Fact]
        public async Task DocumentOverTheSizeLimit_IsNotLinted_GetsOneEL9007_AndIsLintedOnceSmallEnough()
        {
            var settings = new ServerSettings { DebounceMs = 0, CorpusDebounceMs = 0, MaxDocumentSize = 1000 };
            await using var client = await LspTestClient.StartInitializedAsync(settings: settings);
            var filler = string.Concat(Enumerable.Repeat("A plain line of text.\n", 60));
            var text = filler + "He saw the the cat.\n";

            await client.OpenAsync(Uri, text);
            var tooLarge = await client.WaitForDiagnosticsAsync(Uri, 1);
            tooLarge.Should().ContainSingle();
            ((string)tooLarge[0]!["code"]!).Should().Be("EL9007");
            ((string)tooLarge[0]!["message"]!).Should().Contain("1000").And.Contain("maxDocumentSize setting", "an editor user changes a setting, not a command-line option");

            var reply = await client.RequestAsync("editorialLint/unknown", new JsonObject());
            ((int)reply["error"]!["code"]!).Should().Be(-32601, "the server keeps answering");

            await client.ChangeAsync(Uri, 2, text, 0, filler.Length, string.Empty);
            var linted = await client.WaitForDiagnosticsAsync(Uri, 2);
            linted.Should().ContainSingle();
            ((string)linted[0]!["code"]!).Should().Be("EL3001");
        }

        // About 50 MB of Markdown (the case), with a repeated word near the start and one at the very end.
        private static string FiftyMegabyteArticle(out int lastLine)
        {
            const string paragraph = "The council met on Monday to discuss the budget for the coming year.\n\n";
            int copies = 50_000_000 / paragraph.Length;
            var text = new System.Text.StringBuilder(50_000_100);
            text.Append("He saw the the cat.\n\n");
            for (int i = 0; i < copies; i++) text.Append(paragraph);
            lastLine = 2 + (2 * copies);
            return text.Append("She met the the mayor.\n").ToString();
        }

        [Theory]
        [InlineData(false, "no rule across articles: the document is linted on its own")]
        [InlineData(true, "a rule across articles: the pass over every document lints it, once")]
        public async Task FiftyMegabyteDocument_IsLintedInTheBackgroundInSections_WhileTheServerKeepsAnswering(bool withCorpusRule, string because)
        {
            var rules = withCorpusRule
                ? new EditorialRule[] { new EditorialLint.Rules.Style.RepeatedWordRule(), new CrossArticleSpellingRule() }
                : new EditorialRule[] { new EditorialLint.Rules.Style.RepeatedWordRule() };
            var settings = new ServerSettings { DebounceMs = 0, CorpusDebounceMs = 0, MaxDocumentSize = 0, WorkspaceArticles = false };
            await using var client = await LspTestClient.StartInitializedAsync(rules, settings);
            var text = FiftyMegabyteArticle(out int lastLine);

            await client.OpenAsync(Uri, text);
            var reply = await client.RequestAsync("editorialLint/unknown", new JsonObject());
            ((int)reply["error"]!["code"]!).Should().Be(-32601, "the server answers while the document is linted");

            // Generous: this bounds the test, it does not time the server.
            var found = await client.WaitForDiagnosticsAsync(Uri, 1, timeout: TimeSpan.FromMinutes(3));
            found.Select(d => (string)d!["code"]!).Should().Equal(new[] { "EL3001", "EL3001" }, because);
            ((int)found[1]!["range"]!["start"]!["line"]!).Should().Be(lastLine, "a finding in the last section is placed in the whole document");
            ((int)found[1]!["range"]!["start"]!["character"]!).Should().Be(12);
            client.Notifications("textDocument/publishDiagnostics").Should().ContainSingle(because);
        }

        [Fact]
        public async Task ShutdownThenExit_EndsWithCodeZero_AndExitAlone_WithCodeOne()
        {
            await using (var client = await LspTestClient.StartInitializedAsync())
            {
                await client.ShutdownAsync();
                (await client.Server.WaitAsync(LspTestClient.Timeout)).Should().Be(0);
            }

            await using (var client = await LspTestClient.StartInitializedAsync())
            {
                await client.NotifyAsync("exit", null);
                (await client.Server.WaitAsync(LspTestClient.Timeout)).Should().Be(1);
            }
        }

        [Fact]
        public async Task DidChangeConfiguration_WithABadValue_KeepsTheOldOneAndSaysSo()
        {
            await using var client = await LspTestClient.StartInitializedAsync();
            await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
            {
                ["settings"] = new JsonObject { ["editorialLint"] = new JsonObject { ["debounceMs"] = "fast" } },
            });
            await client.OpenAsync(Uri, "He saw the the cat.\n");
            (await client.WaitForDiagnosticsAsync(Uri, 1)).Should().ContainSingle();

            client.Notifications("window/showMessage").Select(n => (string)n["params"]!["message"]!).Should().Contain(m => m.Contains("debounceMs", StringComparison.Ordinal));
        }

        [Fact]
        public async Task UntitledMarkdownBuffer_IsLintedAsMarkdown()
        {
            // Code is not prose in Markdown: the repeated word inside the code span is not reported.
            const string untitled = "untitled:Untitled-1";
            await using var client = await LspTestClient.StartInitializedAsync();
            await client.OpenAsync(untitled, "Run `the the` now. He saw the the cat.\n", languageId: "markdown");

            var diagnostics = await client.WaitForDiagnosticsAsync(untitled, 1);
            diagnostics.Should().ContainSingle();
        }
    }
}

using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer.Tests.Protocol
{
    public sealed class DocumentTextConverterTests
    {
        // Texts built from what a document's JSON escapes: quotes, backslashes, line breaks, control characters,
        // non-ASCII letters, a character outside the BMP (a surrogate pair), U+2028.
        private static readonly Gen<string> Texts = Gen.OneOf("a", "word ", "\"", "\\", "/", "\n", "\r\n", "\t", "\b", "\f", "\u0001", "\u00E9", "\u20AC", "\U0001F600", "\u2028")
            .Array[0, 40].Select(parts => string.Concat(parts));

        private static string ReadText(string json) =>
            JsonSerializer.Deserialize("{\"uri\":\"file:///a.md\",\"text\":" + json + "}", LspJsonContext.Default.TextDocumentItem)!.Text;

        [Fact]
        public void TextWrittenWithNonAsciiEscaped_ReadsBackAsTheSameString()
        {
            Texts.Sample(text => ReadText(JsonSerializer.Serialize(text)).Should().Be(text));
        }

        [Fact]
        public void TextWrittenWithNonAsciiAsUtf8_ReadsBackAsTheSameString()
        {
            // How an editor written in JavaScript sends it: only quotes, backslashes and control characters escaped.
            var relaxed = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            Texts.Sample(text => ReadText(JsonSerializer.Serialize(text, relaxed)).Should().Be(text));
        }

        [Fact]
        public void EveryEscapeForm_IsRead_IncludingUpperCaseHexAndAnEscapedSlash()
        {
            ReadText("\"a\\/b\\u00E9\\u00e9\\ud83d\\uDE00\\\"\\\\\\b\\f\\n\\r\\t\"").Should().Be("a/b\u00E9\u00E9\U0001F600\"\\\b\f\n\r\t");
        }

        [Fact]
        public void ChangeEventText_IsReadTheSameWay()
        {
            var change = JsonSerializer.Deserialize("{\"text\":\"one\\ntwo \\u00e9\"}", LspJsonContext.Default.TextDocumentContentChangeEvent)!;
            change.Text.Should().Be("one\ntwo \u00E9");
        }

        [Theory]
        [InlineData("\"\\ud83d\"", "a high surrogate alone")]
        [InlineData("\"\\ude00 x\"", "a low surrogate alone")]
        [InlineData("\"\\ud83d x\\ude00\"", "a pair split by other text")]
        public void LoneSurrogate_IsRefusedWithAJsonException(string json, string because)
        {
            var read = () => ReadText(json);
            read.Should().Throw<JsonException>(because).WithMessage("*lone surrogate*");
        }

        [Fact]
        public void InvalidUtf8_IsRefusedWithAJsonException()
        {
            var bytes = new List<byte>(Encoding.UTF8.GetBytes("{\"uri\":\"u\",\"text\":\"a\\nb"));
            bytes.Add(0xFF);
            bytes.AddRange(Encoding.UTF8.GetBytes("\"}"));
            var read = () => JsonSerializer.Deserialize(bytes.ToArray(), LspJsonContext.Default.TextDocumentItem);
            read.Should().Throw<JsonException>().WithMessage("*UTF-8*");
        }
    }
}

using System.Collections.Generic;
using CsCheck;
using EditorialLint.Text;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Tests.Tokens
{
    /// <summary>
    /// On generated text (ASCII and other letters, marks, digits, currency, punctuation, symbols, emoji, spaces),
    /// tokens are ordered, never overlap, cover every non-space character, and the ASCII fast path classifies
    /// as the general one does.
    /// </summary>
    public class TokenizerPropertyTests
    {
        private static readonly Gen<string> Text = Gen.OneOf(
            "a", "Z", "é", "ß", "Ж", "\u0301", "7", "0", "$", "€", "£", ".", ",", "'", "\u2019", "-", "&", "%", "(", ")",
            "\"", "“", "→", "+", "😀", " ", "\t", "\u00A0", "\n", "bn", "st", "U.S.", "e.g.", ProseView.Placeholder.ToString())
            .Array[0, 40].Select(parts => string.Concat(parts));

        [Fact]
        public void Tokens_AreOrderedDisjointAndCoverEveryNonSpaceCharacter()
        {
            Text.Sample(text =>
            {
                var tokens = Tokenizer.Tokenize(ProseView.ForPlainText(text));
                var covered = new bool[text.Length];
                int previousEnd = 0;
                foreach (var token in tokens)
                {
                    token.Length.Should().BePositive();
                    token.Start.Should().BeGreaterThanOrEqualTo(previousEnd, "in \"{0}\"", text);
                    for (int i = token.Start; i < token.End; i++) covered[i] = true;
                    previousEnd = token.End;
                }

                for (int i = 0; i < text.Length; i++)
                    if (!char.IsWhiteSpace(text[i])) covered[i].Should().BeTrue("'{0}' at {1} of \"{2}\"", text[i], i, text);
            }, iter: 3000);
        }

        [Fact]
        public void ListOverload_GivesTheSameTokensAsTheProseOverload()
        {
            Text.Sample(text =>
            {
                var prose = ProseView.ForPlainText(text);
                var viaList = new List<Token>();
                foreach (var block in prose.Blocks) Tokenizer.Tokenize(prose.Text, block, viaList);
                viaList.Should().Equal(Tokenizer.Tokenize(prose));
            }, iter: 1000);
        }

        [Theory]
        [InlineData("abc", TokenKind.Word)]
        [InlineData("a7", TokenKind.Word)]
        [InlineData("7a", TokenKind.Word)]
        [InlineData("7st", TokenKind.Number)]
        [InlineData(".", TokenKind.Punctuation)]
        [InlineData("!", TokenKind.Punctuation)]
        [InlineData("+", TokenKind.Symbol)]
        [InlineData("$", TokenKind.Symbol)]
        [InlineData("$5", TokenKind.Number)]
        [InlineData("^", TokenKind.Symbol)]
        [InlineData("_", TokenKind.Punctuation)]
        public void AsciiCharacters_AreClassifiedAsUnicodeSays(string text, TokenKind kind)
        {
            var tokens = Tokenizer.Tokenize(ProseView.ForPlainText(text));
            tokens.Should().ContainSingle().Which.Should().Be(new Token(0, text.Length, kind));
        }

        [Fact]
        public void LongDocuments_GrowTheBufferAndKeepEveryToken()
        {
            var text = string.Join(" ", System.Linq.Enumerable.Repeat("word, 12", 100_000));
            var tokens = Tokenizer.Tokenize(ProseView.ForPlainText(text));
            tokens.Length.Should().Be(300_000);
            tokens[tokens.Length - 1].Should().Be(new Token(text.Length - 2, 2, TokenKind.Number));
            Tokenizer.Tokenize(ProseView.ForPlainText("one two")).Should().HaveCount(2, "a reused buffer holds nothing of the last document");
        }

        [Fact]
        public void TokenSpans_MatchTextSpans()
        {
            var tokens = Tokenizer.Tokenize(ProseView.ForPlainText("It rose 5%."));
            tokens[2].Span.Should().Be(new TextSpan(8, 2));
        }
    }
}

using System;
using EditorialLint.Analysis;
using EditorialLint.Rules.Style.Spelling;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Text;

namespace EditorialLint.Rules.Tests.Style.Spelling
{
    public class SpellingLookupsTests
    {
        private static readonly string[] Words =
        {
            "colour", "Colour", "COLOUR", "color", "Polish", "polish", "recieve", "recieve", "don't", "don\u2019t", "Smith's",
            "paycuts", "qworbleflax", "the", "The", "the", "tweets", "zorbling", "Zorbling",
        };

        [Fact]
        public void EachWord_GetsTheAnswersOfTheDictionaryAndVocabulary_HoweverOftenAndInWhateverOrderAsked()
        {
            var dictionary = SpellingDictionary.Default;
            foreach (bool knownFirst in new[] { true, false })
            {
                var lookups = SpellingLookups.For(AnalyzedDocument.Create(new SourceDocument("a.md", "Some text.")));
                foreach (var word in Words)
                {
                    // Asked in both orders: IsKnown before Find must not spoil Find's answer, nor the other way round.
                    bool known = knownFirst ? lookups.IsKnown(word.AsSpan()) : false;
                    int offset = lookups.Find(word.AsSpan(), out byte flags);
                    if (!knownFirst) known = lookups.IsKnown(word.AsSpan());
                    offset.Should().Be(dictionary.Find(word.AsSpan(), out byte expectedFlags), word);
                    flags.Should().Be(expectedFlags, word);
                    known.Should().Be(SpellingVocabulary.IsKnown(dictionary, ContextModelData.Instance, word.AsSpan()), word);
                }
            }
        }

        [Fact]
        public void EachWordToken_IsCheckableAsTheCandidatesSay_AskedOnceOrAgain_AndHyphenatedPartsAreAskedAsBefore()
        {
            var document = AnalyzedDocument.Create(new SourceDocument("a.md",
                "Recieve the plans. The well-knwon Yersinia pestis and Y. pestis. Smith said \"Becuase\" (goog, +0.2%) iPhone NASA."));
            var lookups = SpellingLookups.For(document);
            int asked = 0;
            for (int round = 0; round < 2; round++)
            {
                foreach (var sentence in document.Sentences)
                {
                    var tokens = document.GetTokens(sentence);
                    for (int i = 0; i < tokens.Length; i++)
                    {
                        if (tokens[i].Kind != Tokens.TokenKind.Word) continue;
                        bool expected = SpellingCandidates.IsCheckable(document, tokens, i, tokens[i].Span, out bool expectedStart);
                        lookups.IsCheckable(document, tokens, sentence.FirstToken, i, tokens[i].Span, out bool starts).Should().Be(expected);
                        starts.Should().Be(expectedStart);
                        var firstPart = new Microsoft.CodeAnalysis.Text.TextSpan(tokens[i].Start, System.Math.Min(3, tokens[i].Length));
                        lookups.IsCheckable(document, tokens, sentence.FirstToken, i, firstPart, out _)
                            .Should().Be(SpellingCandidates.IsCheckable(document, tokens, i, firstPart, out _));
                        asked++;
                    }
                }
            }

            asked.Should().BeGreaterThan(20);
        }

        [Fact]
        public void ASentencesNewWordsPrefetched_GetTheAnswersTheyGetUnprefetched_AsDoTheWordsAskedBefore()
        {
            // The rule prefetches each sentence's words not yet asked about (hints for the dictionary's slots and forms):
            // the answers stay the dictionary's and the vocabulary's, for words asked before, new, misspelt or odd.
            var dictionary = SpellingDictionary.Default;
            var document = AnalyzedDocument.Create(new SourceDocument("a.md",
                "Colour the recieve qworbleflax don\u2019t Smith's. The colour of zorbling paycuts, COLOUR and the tweets."));
            var lookups = SpellingLookups.For(document);
            lookups.IsKnown("colour".AsSpan());
            foreach (var sentence in document.Sentences)
            {
                var tokens = document.GetTokens(sentence);
                lookups.PrefetchNewWords(document, tokens);
                foreach (var token in tokens)
                {
                    if (token.Kind != Tokens.TokenKind.Word) continue;
                    var word = document.GetText(token);
                    lookups.Find(word, out byte flags).Should().Be(dictionary.Find(word, out byte expectedFlags), word.ToString());
                    flags.Should().Be(expectedFlags);
                    lookups.IsKnown(word).Should().Be(SpellingVocabulary.IsKnown(dictionary, ContextModelData.Instance, word), word.ToString());
                }
            }

            foreach (var word in Words) dictionary.PrefetchForms(dictionary.PrefetchSlot(word.AsSpan()));
            foreach (var word in Words) lookups.Find(word.AsSpan(), out _).Should().Be(dictionary.Find(word.AsSpan(), out _), word);
        }

        [Fact]
        public void OneDocument_SharesItsLookups_AndAnotherHasItsOwn()
        {
            var first = AnalyzedDocument.Create(new SourceDocument("a.md", "Some text."));
            var second = AnalyzedDocument.Create(new SourceDocument("b.md", "Some text."));
            SpellingLookups.For(first).Should().BeSameAs(SpellingLookups.For(first));
            SpellingLookups.For(first).Should().NotBeSameAs(SpellingLookups.For(second));
        }
    }
}

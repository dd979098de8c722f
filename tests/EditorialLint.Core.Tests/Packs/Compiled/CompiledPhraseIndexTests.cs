using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Packs;
using EditorialLint.Packs.Compiled;
using EditorialLint.Analysis;
using EditorialLint.Text;

namespace EditorialLint.Core.Tests.Packs.Compiled
{
    /// <summary>The flat phrase index matches exactly what the trie it was written from matches.</summary>
    public class CompiledPhraseIndexTests
    {
        private static readonly string[] Phrases =
        {
            "legal motion", "legal motion picture", "legal", "counterfeit consciousness", "won’t budge", "can't stop",
            "café society", "Straße bahn", "10-fold cross", "a", "a b c d e",
        };

        private const string Text =
            "Legal motion picture here. LEGAL MOTION there, legal matters. Counterfeit Consciousness! It won't budge; " +
            "it WON’T BUDGE. We can’t stop. CAFÉ SOCIETY, Café Society, cafe society. Straße Bahn, STRASSE BAHN. " +
            "10-Fold cross. A b c d e f. a b c d.";

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void CompiledIndex_MatchesWhatTheTrieMatches(bool ignoreCase)
        {
            var matcher = new PhraseMatcher(ignoreCase);
            for (int i = 0; i < Phrases.Length; i++) matcher.Add(Phrases[i], i);
            var index = Compile(matcher);

            index.Count.Should().Be(matcher.Count);
            var expected = Matches(matcher);
            Matches(index).Should().Equal(expected);
            expected.Should().HaveCountGreaterThan(ignoreCase ? 10 : 3);
        }

        [Fact]
        public void ManyPhrases_SharingPrefixes_AllMatchWithTheirOwnPayload()
        {
            var matcher = new PhraseMatcher(ignoreCase: true);
            var phrases = Enumerable.Range(0, 3000).Select(i => "w" + (i % 50) + " x" + (i / 50) + (i % 7 == 0 ? "" : " y" + i)).ToList();
            for (int i = 0; i < phrases.Count; i++) matcher.Add(phrases[i], i);
            var index = Compile(matcher);

            var document = Analyze(string.Join(". ", phrases.Select(p => p.ToUpperInvariant())) + ".");
            Matches(index, document).Should().Equal(Matches(matcher, document));
            Matches(index, document).Select(m => m.Value).Distinct().Should().HaveCount(3000);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void OneTokenPhrases_AmongLongerOnes_MatchWhereAComparisonOfEveryTokenFindsThem(bool ignoreCase)
        {
            // A pack with one-token phrases rules out a token that starts no phrase by a filter of first tokens: the
            // matches must be those of comparing every phrase at every token.
            var phrases = new[] { "alot", "irregardless", "deep-seeded", "won’t", "Café", "legal motion", "legal", "x1 y2 z3" }
                .Concat(Enumerable.Range(0, 400).Select(i => "w" + i)).ToList();
            var matcher = new PhraseMatcher(ignoreCase);
            for (int i = 0; i < phrases.Count; i++) matcher.Add(phrases[i], i);
            var index = Compile(matcher);
            var words = Enumerable.Range(0, 600).Select(i => i % 5 == 0 ? "w" + (i * 7 % 500) : "v" + i).ToList();
            var document = Analyze(string.Join(" ", words) + ". Alot of IRREGARDLESS deep-seeded talk; it won't, CAFÉ café, legal motion x1 y2 z3 Legal.");

            var expected = Naive(phrases, document, ignoreCase);
            expected.Should().HaveCountGreaterThan(ignoreCase ? 100 : 90);
            Matches(matcher, document).Should().Equal(expected);
            Matches(index, document).Should().Equal(expected);
        }

        private static List<(int Start, int Value, int Length)> Naive(List<string> phrases, AnalyzedDocument document, bool ignoreCase)
        {
            var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var tokenized = phrases.Select(PhraseMatcher.TokenizePhrase).ToList();
            var found = new List<(int, int, int)>();
            foreach (var sentence in document.Sentences)
            {
                var tokens = document.GetTokens(sentence);
                for (int i = 0; i < tokens.Length; i++)
                {
                    int best = -1, bestLength = 0;
                    for (int p = 0; p < tokenized.Count; p++)
                    {
                        var phrase = tokenized[p];
                        if (phrase.Count <= bestLength || i + phrase.Count > tokens.Length) continue;
                        bool all = true;
                        for (int k = 0; k < phrase.Count && all; k++)
                            all = string.Equals(document.GetString(tokens[i + k].Span).Replace('\u2019', '\''), phrase[k], comparison);
                        if (all) (best, bestLength) = (p, phrase.Count);
                    }

                    if (best >= 0) found.Add((tokens[i].Start, best, bestLength));
                }
            }

            return found;
        }

        [Fact]
        public void AnIndexWhoseStoredFiltersAreCutShort_IsRejectedWhenRead_NotMisread()
        {
            var matcher = new PhraseMatcher(ignoreCase: true);
            matcher.Add("turn a blind eye", 0);
            matcher.Add("alot", 1);
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) CompiledPhraseIndex.Write(matcher, writer);
            var whole = stream.ToArray();
            CompiledPhraseIndex.Read(whole, 0).Count.Should().Be(2);
            FluentActions.Invoking(() => CompiledPhraseIndex.Read(whole.AsSpan(0, whole.Length - 8).ToArray(), 0))
                .Should().Throw<InvalidDataException>().WithMessage("*filter*");
        }

        [Fact]
        public void NonAsciiCharacters_NeverEqualAsciiOnes_IgnoringCase()
        {
            // The index hashes every non-ASCII character alike: sound only while no non-ASCII character equals an ASCII
            // one ignoring case, or "ſ" could be looked for where "s" was filed.
            var clashes = new List<string>();
            for (int c = 0x80; c <= 0xFFFF; c++)
            {
                if (c >= 0xD800 && c <= 0xDFFF) continue;
                for (int a = 0; a < 0x80; a++)
                    if (string.Equals(((char)c).ToString(), ((char)a).ToString(), StringComparison.OrdinalIgnoreCase)) clashes.Add(c.ToString("X4") + "=" + a.ToString("X2"));
            }

            clashes.Should().BeEmpty();
        }

        private static AnalyzedDocument Analyze(string text) => AnalyzedDocument.Create(new SourceDocument("a.txt", text));

        private static CompiledPhraseIndex Compile(PhraseMatcher matcher)
        {
            using var stream = new MemoryStream();
            stream.Write(new byte[] { 1, 2, 3, 4 }, 0, 4); // the index need not start its block
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) CompiledPhraseIndex.Write(matcher, writer);
            return CompiledPhraseIndex.Read(stream.ToArray(), 4);
        }

        private static List<(int Start, int Value, int Length)> Matches(PhraseIndex index) => Matches(index, Analyze(Text));

        private static List<(int Start, int Value, int Length)> Matches(PhraseIndex index, AnalyzedDocument document)
        {
            var found = new List<(int, int, int)>();
            var keys = index.KeysOf(document);
            foreach (var sentence in document.Sentences)
            {
                var tokens = document.GetTokens(sentence);
                int first = sentence.FirstToken;
                for (int i = 0; i < tokens.Length; i++)
                    if (index.TryMatch(document, keys, first + i, first + tokens.Length, out int value, out int length)) found.Add((tokens[i].Start, value, length));
            }

            return found;
        }
    }
}

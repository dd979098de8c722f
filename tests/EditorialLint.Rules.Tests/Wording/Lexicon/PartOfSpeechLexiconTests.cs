using System;
using System.IO;
using System.Security.Cryptography;
using EditorialLint.Rules.Wording.Lexicon;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Wording.Lexicon
{
    public class PartOfSpeechLexiconTests
    {
        private static readonly PartOfSpeechLexicon Lexicon = PartOfSpeechLexicon.Default;

        [Fact]
        public void EmbeddedTable_MatchesTheBuildersRecordedFingerprint()
        {
            var assembly = typeof(PartOfSpeechLexicon).Assembly;
            using var stream = assembly.GetManifestResourceStream(PartOfSpeechLexiconFormat.ResourceName);
            stream.Should().NotBeNull();
            var hash = Convert.ToHexString(SHA256.HashData(stream!)).ToLowerInvariant();

            var fingerprint = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot,
                "src", "EditorialLint.Rules", "Wording", "Data", "pos-lexicon.bin.sha256"));
            fingerprint.Should().Be(hash + "  pos-lexicon.bin\n");
        }

        [Fact]
        public void EveryWordForm_IsFoundThroughTheBuildersHashTable()
        {
            // The builder writes the hash table the reader probes in place: a key it filed elsewhere would be lost.
            var assembly = typeof(PartOfSpeechLexicon).Assembly;
            using var stream = assembly.GetManifestResourceStream(PartOfSpeechLexiconFormat.ResourceName)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var data = copy.ToArray();
            int count = BitConverter.ToInt32(data, 8);
            int keysAt = 20 + 4 * (count + 1) + 4 * count + count;
            int missing = 0;
            for (int i = 0; i < count; i++)
            {
                int start = BitConverter.ToInt32(data, 20 + 4 * i);
                int end = BitConverter.ToInt32(data, 20 + 4 * (i + 1));
                var key = System.Text.Encoding.ASCII.GetString(data, keysAt + start, end - start);
                if (!Lexicon.TryGetExact(key.AsSpan(), out var entry) || entry.Parts != (PartsOfSpeech)BitConverter.ToUInt32(data, 20 + 4 * (count + 1) + 4 * i))
                    missing++;
            }

            count.Should().Be(Lexicon.Count);
            missing.Should().Be(0);
        }

        [Fact]
        public void EmbeddedTable_LoadsWithBothSources() =>
            Lexicon.Count.Should().BeGreaterThan(150_000);

        [Fact]
        public void AdjectiveOnlyWords_HaveNoNounUseInNews()
        {
            Lexicon.TryGet("nice".AsSpan(), out var nice).Should().BeTrue();
            nice.Parts.Should().HaveFlag(PartsOfSpeech.Adjective).And.HaveFlag(PartsOfSpeech.InTaggedLexicon);
            nice.Has(PartsOfSpeech.AnyCommonNoun | PartsOfSpeech.WordNetNoun).Should().BeFalse();
            nice.Primary.Should().Be(PartsOfSpeech.Adjective);
        }

        [Fact]
        public void RareWordNetNoun_IsMarkedUnattested()
        {
            Lexicon.TryGet("rustic".AsSpan(), out var rustic).Should().BeTrue();
            rustic.Parts.Should().HaveFlag(PartsOfSpeech.WordNetNoun);
            rustic.Has(PartsOfSpeech.AnyCommonNoun | PartsOfSpeech.WordNetNounAttested).Should().BeFalse();

            Lexicon.TryGet("country".AsSpan(), out var country).Should().BeTrue();
            country.Parts.Should().HaveFlag(PartsOfSpeech.Noun).And.HaveFlag(PartsOfSpeech.WordNetNounAttested);
        }

        [Fact]
        public void CaseDecides_BetweenCityAndAdjective()
        {
            Lexicon.TryGetExact("Nice".AsSpan(), out var city).Should().BeTrue();
            city.Parts.Should().HaveFlag(PartsOfSpeech.WordNetNoun);
            Lexicon.TryGetExact("nice".AsSpan(), out var adjective).Should().BeTrue();
            adjective.Parts.Should().NotHaveFlag(PartsOfSpeech.WordNetNoun);
        }

        [Fact]
        public void CapitalisedForm_FallsBackToLowerCase()
        {
            Lexicon.TryGetExact("Quickly".AsSpan(), out _).Should().BeFalse();
            Lexicon.GetParts("Quickly".AsSpan()).Should().HaveFlag(PartsOfSpeech.Adverb);
        }

        [Fact]
        public void Inflections_OfWordNetLemmas_AreKnown()
        {
            Lexicon.GetParts("rustics".AsSpan()).Should().HaveFlag(PartsOfSpeech.WordNetNounPlural);
            Lexicon.GetParts("googles".AsSpan()).Should().HaveFlag(PartsOfSpeech.WordNetVerbForm);
            Lexicon.GetParts("children".AsSpan()).Should().HaveFlag(PartsOfSpeech.WordNetNounPlural);
        }

        [Fact]
        public void TypographicApostrophe_LooksUpLikeAStraightOne() =>
            Lexicon.GetParts("o\u2019clock".AsSpan()).Should().Be(Lexicon.GetParts("o'clock".AsSpan()));

        [Fact]
        public void UnknownWord_HasNoParts() =>
            Lexicon.GetParts("encryptionsecret".AsSpan()).Should().Be(PartsOfSpeech.None);

        [Fact]
        public void Lookups_AllocateNothing()
        {
            var text = "The Nice rustic country quickly said encryptionSecret";
            Lexicon.GetParts(text.AsSpan(0, 3)); // warm up
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                Lexicon.GetParts(text.AsSpan(0, 3));
                Lexicon.GetParts(text.AsSpan(4, 4));
                Lexicon.TryGetExact(text.AsSpan(9, 6), out _);
                Lexicon.TryGetLowerCase(text.AsSpan(37), out _);
            }

            (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        }

        [Fact]
        public void DamagedTable_IsRejectedWithAClearError()
        {
            var act = () => PartOfSpeechLexicon.Load(new byte[] { 1, 2, 3 });
            act.Should().Throw<InvalidDataException>();

            var truncated = new byte[64];
            PartOfSpeechLexiconFormat.Magic.CopyTo(truncated, 0);
            truncated[8] = 200;
            act = () => PartOfSpeechLexicon.Load(truncated);
            act.Should().Throw<InvalidDataException>().WithMessage("*sizes*");
        }
    }
}

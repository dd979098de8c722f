using System;
using System.IO;
using System.Security.Cryptography;
using EditorialLint.Rules.Style.Spelling;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Style.Spelling
{
    public class SpellingDictionaryTests
    {
        private static readonly SpellingDictionary Dictionary = SpellingDictionary.Default;

        private static byte[] EmbeddedBytes()
        {
            using var stream = typeof(SpellingDictionary).Assembly.GetManifestResourceStream(SpellingTableFormat.ResourceName)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        [Fact]
        public void EmbeddedTable_MatchesTheBuildersRecordedFingerprint()
        {
            var hash = Convert.ToHexString(SHA256.HashData(EmbeddedBytes())).ToLowerInvariant();
            var fingerprint = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot,
                "src", "EditorialLint.Rules", "Style", "Spelling", "Data", "spelling-words.bin.sha256"));
            fingerprint.Should().Be(hash + "  spelling-words.bin\n");
        }

        [Fact]
        public void EveryForm_IsFoundThroughTheBuildersHashTable()
        {
            // The builder files each form in the hash table the reader probes: a form filed elsewhere would be lost.
            var data = EmbeddedBytes();
            int count = BitConverter.ToInt32(data, 8);
            int blobBytes = BitConverter.ToInt32(data, 12);
            int found = 0, offset = 0;
            while (offset < blobBytes)
            {
                int length = data[SpellingTableFormat.HeaderSize + offset + 1];
                var form = Dictionary.FormAt(offset);
                if (Dictionary.Find(form.AsSpan(), out _) == offset) found++;
                offset += 2 + length;
            }

            found.Should().Be(count);
        }

        [Fact]
        public void BothVarieties_AreKnown_AndFlaggedAsSuch()
        {
            Dictionary.Find("colour".AsSpan(), out byte colour).Should().BeGreaterThanOrEqualTo(0);
            Dictionary.Find("color".AsSpan(), out byte color).Should().BeGreaterThanOrEqualTo(0);
            (colour & SpellingTableFormat.British).Should().NotBe(0);
            (colour & SpellingTableFormat.American).Should().Be(0);
            (color & SpellingTableFormat.American).Should().NotBe(0);
        }

        [Fact]
        public void Lookup_IgnoresCaseAndTypographicApostrophes()
        {
            Dictionary.Contains("RECEIVE".AsSpan()).Should().BeTrue();
            Dictionary.Contains("don\u2019t".AsSpan()).Should().BeTrue();
            Dictionary.Contains("recieve".AsSpan()).Should().BeFalse();
        }

        [Fact]
        public void VariantPairs_PointBothWays()
        {
            int colour = Dictionary.Find("colour".AsSpan(), out _);
            int color = Dictionary.VariantOf(colour);
            Dictionary.FormAt(color).Should().Be("color");
            Dictionary.VariantOf(color).Should().Be(colour);
            Dictionary.FormAt(Dictionary.VariantOf(Dictionary.Find("theatre".AsSpan(), out _))).Should().Be("theater");
        }

        [Fact]
        public void DamagedTable_IsRejectedWithAClearMessage()
        {
            var data = EmbeddedBytes();
            Array.Resize(ref data, data.Length - 4);
            var act = () => SpellingDictionary.Load(data);
            act.Should().Throw<InvalidDataException>().WithMessage("Spelling table*");
        }
    }
}

using System;
using System.Collections.Generic;
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
        public void TheHashesFold_LowersEveryCharacterAsTheInvariantCultureDoes_AndStraightensTheTypographicApostrophe()
        {
            // ASCII is lowered in place; the rest goes to char.ToLowerInvariant: the same character either way.
            for (int c = 0; c <= char.MaxValue; c++)
            {
                char expected = c == '\u2019' ? '\'' : char.ToLowerInvariant((char)c);
                if (SpellingTableFormat.Fold((char)c) != expected) SpellingTableFormat.Fold((char)c).Should().Be(expected, "U+{0:X4}", c);
            }
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
        public void FindUnlikely_AnswersAsFind_ForEveryFormAndItsEdits()
        {
            // The filter in front of FindUnlikely may only rule out strings that are no form, in any case.
            var data = EmbeddedBytes();
            int blobBytes = BitConverter.ToInt32(data, 12);
            int offset = 0, forms = 0, edits = 0;
            var differing = new List<string>();
            void Compare(string text)
            {
                int expected = Dictionary.Find(text.AsSpan(), out byte expectedFlags);
                if (Dictionary.FindUnlikely(text.AsSpan(), out byte flags) != expected || flags != expectedFlags) differing.Add(text);
            }

            while (offset < blobBytes)
            {
                var form = Dictionary.FormAt(offset);
                Compare(form);
                Compare(form.ToUpperInvariant());
                if (forms++ % 97 == 0)
                {
                    // Some of the form's edits, words and not.
                    for (int i = 0; i < form.Length; i++)
                    {
                        foreach (char c in "aeiostz'")
                        {
                            Compare(form.Substring(0, i) + c + form.Substring(i + 1));
                            edits++;
                        }
                    }
                }

                offset += 2 + data[SpellingTableFormat.HeaderSize + offset + 1];
            }

            forms.Should().Be(BitConverter.ToInt32(data, 8));
            edits.Should().BeGreaterThan(10_000);
            differing.Should().BeEmpty();
            Dictionary.FindUnlikely("recieve".AsSpan(), out _).Should().Be(-1);
            Dictionary.FindUnlikely("don\u2019t".AsSpan(), out _).Should().Be(Dictionary.Find("don't".AsSpan(), out _)).And.BeGreaterThanOrEqualTo(0);
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

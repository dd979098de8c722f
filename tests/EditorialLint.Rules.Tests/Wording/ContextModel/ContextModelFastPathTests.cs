using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    /// <summary>
    /// The context model's fast paths (vector search of a bucket, trees laid out for evaluation) give exactly what the
    /// plain definitions give.
    /// </summary>
    public class ContextModelFastPathTests
    {
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void CandidateWindowKeys_AreTheWindowsNgramKeys_WithTheSharedBigramsGiven(bool twoWordsAfter)
        {
            // [two words before, a candidate of two words, one or two words after]: the keys the scoring reads are the
            // window's own bigrams and trigrams, whether the bigrams it shares with the slot's other candidates are given.
            var window = twoWordsAfter ? new ulong[] { 11, 12, 21, 22, 31, 32 } : new ulong[] { 0, 12, 21, 22, ModelText.SentenceEnd };
            var bigrams = new ulong[window.Length];
            var trigrams = new ulong[window.Length];
            ulong? last = twoWordsAfter ? ModelText.Bigram(31, 32) : null;

            LanguageModel.ComputeKeys(window, bigrams, trigrams, ModelText.Bigram(window[0], window[1]), last);

            for (int k = 1; k < window.Length; k++) bigrams[k].Should().Be(ModelText.Bigram(window[k - 1], window[k]), "bigram {0}", k);
            for (int j = 2; j < window.Length; j++) trigrams[j].Should().Be(ModelText.Trigram(window[j - 2], window[j - 1], window[j]), "trigram {0}", j);
        }

        [Fact]
        public void CountTable_FindsEveryStoredKey_AndNoOther_WhateverTheBucketSize()
        {
            // 16 runs of layout 1 holding 0 to 45 keys, converted: lines from empty to full, and lines that spill.
            const int bucketBits = 4;
            var random = new Random(7);
            var stored = new Dictionary<ulong, byte>();
            var absent = new List<ulong>();
            for (int bucket = 0; bucket < 1 << bucketBits; bucket++)
            {
                int size = bucket * 3;
                var fingerprints = Enumerable.Range(0, 1 << 16).OrderBy(_ => random.Next()).Take(size + 5).ToArray();
                for (int i = 0; i < size + 5; i++)
                {
                    ulong key = KeyOf(bucket, (ushort)fingerprints[i], bucketBits, (ulong)random.Next());
                    if (i < size) stored[key] = (byte)random.Next(1, 256);
                    else absent.Add(key);
                }
            }

            var table = new HashedCountTable(EmbeddedTable.FromBytes(HashedCountTableWriter.FromVersion1(WriteTable(stored, bucketBits), "test.bin"), "test.bin"));

            foreach (var (key, level) in stored) table.GetLevel(key).Should().Be(level, "key {0:X16} is stored", key);
            foreach (var key in absent) table.GetLevel(key).Should().Be(0, "key {0:X16} is not stored", key);
        }

        [Fact]
        public void Thesaurus_FindsEveryKeyItHolds_AndNoNeighbouringValue()
        {
            var bytes = ContextModelData.OpenTable("thesaurus.bin")!.Bytes.ToArray();
            var thesaurus = new ThesaurusTable(EmbeddedTable.FromBytes(bytes, "thesaurus.bin"));
            // The keys' place in the file, as the layout documents it.
            int roots = thesaurus.RootCount;
            int stringBytes = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(20));
            int entrySizes = ThesaurusTable.HeaderSize + 8 * ThesaurusTable.MaxPhraseWords * roots;
            int stringStarts = (entrySizes + 2 * roots + 3) & ~3;
            int keysOffset = (stringStarts + 4 * (roots + 1) + stringBytes + 7) & ~7;
            var keys = Enumerable.Range(0, thesaurus.KeyCount).Select(k => BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(keysOffset + 8 * k))).ToList();

            keys.Should().BeInAscendingOrder();
            var held = keys.ToHashSet();
            foreach (var key in keys)
            {
                thesaurus.ContainsKey(key).Should().BeTrue();
                thesaurus.GetCandidates(key).IsEmpty.Should().BeFalse();
                if (!held.Contains(key + 1)) thesaurus.ContainsKey(key + 1).Should().BeFalse();
                if (!held.Contains(key - 1)) thesaurus.ContainsKey(key - 1).Should().BeFalse();
            }

            thesaurus.ContainsKey(0).Should().Be(held.Contains(0));
            thesaurus.ContainsKey(ulong.MaxValue).Should().Be(held.Contains(ulong.MaxValue));
        }

        [Fact]
        public void Thesaurus_PrefetchesAnyKey_HeldOrNot_AndItsLookupsGiveWhatTheyGaveBefore()
        {
            // A sentence's lookups are prefetched in three passes before its slots are scored: hints that read the table's
            // index for any key at all (the first and last runs included) and change no answer.
            var thesaurus = new ThesaurusTable(ContextModelData.OpenTable("thesaurus.bin")!);
            var random = new Random(11);
            var keys = new List<ulong> { 0, 1, ulong.MaxValue, ulong.MaxValue - 1, 1UL << 63 };
            for (int i = 0; i < 2000; i++) keys.Add((ulong)random.NextInt64() ^ ((ulong)random.Next() << 63));
            foreach (var word in new[] { "answerable", "motion", "identical", "rustic", "fine" }) keys.Add(ModelText.Phrase(ModelText.HashWord(word.AsSpan())));
            var before = keys.Select(k => thesaurus.GetCandidates(k).ToArray()).ToList();
            before.Count(links => links.Length > 0).Should().BeGreaterThanOrEqualTo(5, "the words are keys");

            foreach (var key in keys) thesaurus.PrefetchKeyRun(key);
            foreach (var key in keys) thesaurus.PrefetchKeys(key);
            var indices = keys.Select(thesaurus.PrefetchLinkRange).ToList();
            foreach (int index in indices) thesaurus.PrefetchLinks(index);
            foreach (int notAnIndex in new[] { -1, thesaurus.KeyCount, int.MaxValue }) thesaurus.PrefetchLinks(notAnIndex);

            for (int i = 0; i < keys.Count; i++) thesaurus.GetCandidates(keys[i]).ToArray().Should().Equal(before[i], "key {0:X16}", keys[i]);
            // The index the third pass gives reads the key's links and their relations as the key does.
            var byKey = new byte[thesaurus.MaxLinks];
            var byIndex = new byte[thesaurus.MaxLinks];
            for (int i = 0; i < keys.Count; i++)
            {
                (indices[i] >= 0).Should().Be(before[i].Length > 0, "key {0:X16}", keys[i]);
                var links = thesaurus.GetCandidates(keys[i], byKey).ToArray();
                thesaurus.GetCandidatesAt(indices[i], byIndex).ToArray().Should().Equal(links, "key {0:X16}", keys[i]);
                byIndex.AsSpan(0, links.Length).ToArray().Should().Equal(byKey.AsSpan(0, links.Length).ToArray(), "key {0:X16}", keys[i]);
            }
        }

        [Fact]
        public void Thesaurus_PrefetchesAnyRootsWordsAndEntrySize_AndTheyAreWhatTheyWereBefore()
        {
            // A slot's candidates have their words and entry sizes prefetched before they are read: hints for every root,
            // and for numbers that are no root, that change no answer.
            var thesaurus = new ThesaurusTable(ContextModelData.OpenTable("thesaurus.bin")!);
            var roots = Enumerable.Range(0, thesaurus.RootCount).ToList();
            var words = roots.Select(r => thesaurus.GetRootWords(r).ToArray()).ToList();
            var sizes = roots.Select(thesaurus.GetLogEntrySize).ToList();

            foreach (int root in roots) thesaurus.PrefetchRootWords(root);
            foreach (int notARoot in new[] { -1, thesaurus.RootCount, int.MaxValue, int.MinValue }) thesaurus.PrefetchRootWords(notARoot);

            foreach (int root in roots)
            {
                thesaurus.GetRootWords(root).ToArray().Should().Equal(words[root], "root {0}", root);
                thesaurus.GetLogEntrySize(root).Should().Be(sizes[root], "root {0}", root);
            }
        }

        [Fact]
        public void LanguageModel_PrefetchesAnyTermsLines_AndItsTermsAreWhatTheyWereBefore()
        {
            // A sentence's written windows have their terms' lines prefetched before its slots are scored: hints for any
            // words at all (seen, unseen, the sentence's ends, no word before) that change no term.
            var model = ContextModelData.Instance!.LanguageModel;
            var random = new Random(13);
            var words = new List<ulong> { 0, ModelText.SentenceStart, ModelText.SentenceEnd, ulong.MaxValue };
            foreach (var word in new[] { "the", "minister", "said", "answerable", "motion", "rustic" }) words.Add(ModelText.HashWord(word.AsSpan()));
            for (int i = 0; i < 20; i++) words.Add((ulong)random.NextInt64());
            var terms = new List<(ulong A, ulong B, ulong C)>();
            foreach (var a in words)
                foreach (var b in words.Skip(1))
                    terms.Add((a, b, words[random.Next(1, words.Count)]));
            var before = terms.Select(t => model.LogProbability(t.A, t.B, t.C)).ToList();

            foreach (var (a, b, c) in terms) model.PrefetchTerm(a, b, c);

            for (int i = 0; i < terms.Count; i++) model.LogProbability(terms[i].A, terms[i].B, terms[i].C).Should().Be(before[i], "term {0}", i);
        }

        [Fact]
        public void Thesaurus_GivesEveryKeyTheRelationsOfItsLinks_AsAScanOfWordNetsLinksDoes()
        {
            // The search for a key's first WordNet link starts from a block index; a scan of the whole list is the definition.
            var bytes = ContextModelData.OpenTable("thesaurus.bin")!.Bytes.ToArray();
            var thesaurus = new ThesaurusTable(EmbeddedTable.FromBytes(bytes, "thesaurus.bin"));
            int roots = thesaurus.RootCount, keyCount = thesaurus.KeyCount, linkCount = thesaurus.LinkCount;
            int stringBytes = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(20));
            int wordNetCount = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(24));
            int entrySizes = ThesaurusTable.HeaderSize + 8 * ThesaurusTable.MaxPhraseWords * roots;
            int stringStarts = (entrySizes + 2 * roots + 3) & ~3;
            int keysOffset = (stringStarts + 4 * (roots + 1) + stringBytes + 7) & ~7;
            int linkStarts = keysOffset + 8 * keyCount;
            int links = linkStarts + 4 * (keyCount + 1);
            int wordNetLinks = (links + 2 * linkCount + 3) & ~3;
            var relationOf = new Dictionary<int, byte>();
            for (int w = 0; w < wordNetCount; w++)
                relationOf[(int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(wordNetLinks + 4 * w))] = bytes[wordNetLinks + 4 * wordNetCount + w];

            wordNetCount.Should().BeGreaterThan(0);
            var relations = new byte[thesaurus.MaxLinks];
            int checkedWordNet = 0;
            for (int k = 0; k < keyCount; k++)
            {
                ulong key = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(keysOffset + 8 * k));
                int start = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(linkStarts + 4 * k));
                int end = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(linkStarts + 4 * k + 4));
                int count = thesaurus.GetCandidates(key, relations).Length;
                count.Should().Be(end - start);
                for (int l = 0; l < count; l++)
                {
                    byte expected = relationOf.TryGetValue(start + l, out var r) ? r : ThesaurusTable.FromMoby;
                    if (relations[l] != expected) relations[l].Should().Be(expected, "link {0} of key {1}", l, k);
                    if (expected != ThesaurusTable.FromMoby) checkedWordNet++;
                }
            }

            checkedWordNet.Should().Be(relationOf.Values.Count(r => r != ThesaurusTable.FromMoby));
        }

        [Fact]
        public void Classifier_GivesTheProbabilityOfItsTreesAsWritten()
        {
            var classifier = ContextModelData.Instance!.Classifier!;
            var (trees, baseScore) = ParseTrees(classifier.Format(Array.Empty<string>()));
            var random = new Random(11);
            for (int sample = 0; sample < 2000; sample++)
            {
                var features = new float[SwapFeatures.Count];
                for (int f = 0; f < features.Length; f++)
                    features[f] = random.Next(50) == 0 ? float.NaN : (float)(random.NextDouble() * 40 - 20);

                double z = baseScore;
                foreach (var tree in trees)
                {
                    int node = 0;
                    while (tree[node].Feature >= 0) node = features[tree[node].Feature] <= tree[node].Threshold ? tree[node].Left : tree[node].Right;
                    z += tree[node].Value;
                }

                classifier.PredictSlot(features).Should().Be((float)(1.0 / (1.0 + Math.Exp(-z))));
            }
        }

        // A key whose top bits pick `bucket` and whose next 16 bits are `fingerprint`, as layout 1 reads them.
        internal static ulong KeyOf(int bucket, ushort fingerprint, int bucketBits, ulong low) =>
            ((ulong)bucket << (64 - bucketBits)) | ((ulong)fingerprint << (48 - bucketBits)) | (low & ((1UL << (48 - bucketBits)) - 1));

        // Count-table layout 1 (HashedCountTableWriter.FromVersion1 documents it): header, bucket starts, sorted
        // fingerprints, levels.
        internal static byte[] WriteTable(Dictionary<ulong, byte> entries, int bucketBits)
        {
            var ordered = entries.OrderBy(e => e.Key >> (48 - bucketBits)).ToList();
            int buckets = 1 << bucketBits;
            const int headerSize = 32;
            var bytes = new byte[headerSize + 4 * (buckets + 1) + 3 * ordered.Count];
            BinaryPrimitives.WriteUInt32LittleEndian(bytes, HashedCountTable.Magic);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 1);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), bucketBits);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), ordered.Count);
            int startsOffset = headerSize;
            int fingerprintsOffset = startsOffset + 4 * (buckets + 1);
            int levelsOffset = fingerprintsOffset + 2 * ordered.Count;
            int index = 0;
            for (int bucket = 0; bucket <= buckets; bucket++)
            {
                while (index < ordered.Count && (int)(ordered[index].Key >> (64 - bucketBits)) < bucket) index++;
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(startsOffset + 4 * bucket), (uint)index);
            }

            for (int i = 0; i < ordered.Count; i++)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(fingerprintsOffset + 2 * i), (ushort)(ordered[i].Key >> (48 - bucketBits)));
                bytes[levelsOffset + i] = ordered[i].Value;
            }

            return bytes;
        }

        private sealed record Node(int Feature, float Threshold, int Left, int Right, float Value);

        // The weights file's trees, read with nothing but its documented format.
        private static (List<List<Node>> Trees, double Base) ParseTrees(string text)
        {
            var trees = new List<List<Node>>();
            double baseScore = 0;
            foreach (var line in text.Split('\n'))
            {
                var parts = line.Trim().Split(' ');
                switch (parts[0])
                {
                    case "tree":
                        trees.Add(new List<Node>());
                        break;
                    case "split":
                        trees[^1].Add(new Node(Array.IndexOf(SwapFeatures.Names, parts[1]), Number(parts[2]), int.Parse(parts[3], CultureInfo.InvariantCulture), int.Parse(parts[4], CultureInfo.InvariantCulture), 0));
                        break;
                    case "leaf":
                        trees[^1].Add(new Node(-1, 0, -1, -1, Number(parts[1])));
                        break;
                    case "base":
                        baseScore = Number(parts[1]);
                        break;
                }
            }

            trees.Should().NotBeEmpty();
            trees.SelectMany(t => t).Where(n => n.Left >= 0).Should().OnlyContain(n => n.Feature >= 0, "every split names a known feature");
            return (trees, baseScore);
        }

        private static float Number(string s) => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}

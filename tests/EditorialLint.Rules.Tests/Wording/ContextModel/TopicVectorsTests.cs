using System;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    /// <summary>
    /// The topic vectors (issue 12: a word whose neighbours in the article are its usual company is on topic): the table
    /// reads back what was written and refuses a damaged one; the embedded table puts a field's words together; and a slot's
    /// topic features say whether the written word and its candidate fit the article. The articles are our own sentences.
    /// </summary>
    public class TopicVectorsTests
    {
        private static TopicVectors Table(ulong[] keys, sbyte[] vectors, int dimensions) =>
            new TopicVectors(EmbeddedTable.FromBytes(TopicVectors.Serialize(keys, vectors, dimensions), TopicVectors.FileName));

        private static TopicVectors Embedded =>
            ContextModelData.Instance?.Topics ?? throw new InvalidOperationException("the topic vectors should be embedded: " + ContextModelData.LoadError);

        private static float Cosine(string a, string b)
        {
            var table = Embedded;
            int x = table.IndexOf(ModelText.HashWord(a.AsSpan())), y = table.IndexOf(ModelText.HashWord(b.AsSpan()));
            x.Should().BeGreaterThanOrEqualTo(0, a + " should have a vector");
            y.Should().BeGreaterThanOrEqualTo(0, b + " should have a vector");
            return table.Cosine(x, y);
        }

        [Fact]
        public void ATable_ReadsBackEachKeysVector_AndKnowsNoOtherKey()
        {
            var table = Table(new ulong[] { 3, 7, 20 }, new sbyte[] { 127, 0, 0, 127, -90, 90 }, 2);

            table.Count.Should().Be(3);
            table.IndexOf(7).Should().Be(1);
            table.Vector(2).ToArray().Should().Equal(-90, 90);
            table.IndexOf(8).Should().Be(-1);
            table.Cosine(0, 1).Should().BeApproximately(0f, 1e-6f);
            table.Cosine(1, 2).Should().BeApproximately((float)Math.Sqrt(0.5), 1e-3f);
        }

        [Fact]
        public void KeysOutOfOrder_AreRefusedWhenTheTableIsWritten()
        {
            var write = () => TopicVectors.Serialize(new ulong[] { 7, 3 }, new sbyte[4], 2);

            write.Should().Throw<ArgumentException>();
        }

        [Fact]
        public void ATruncatedTable_IsRefusedWithItsName()
        {
            var bytes = TopicVectors.Serialize(new ulong[] { 3, 7 }, new sbyte[] { 1, 2, 3, 4 }, 2);
            var open = () => new TopicVectors(EmbeddedTable.FromBytes(bytes, 0, bytes.Length - 1, TopicVectors.FileName));

            open.Should().Throw<InvalidDataException>().WithMessage("*topic-vectors.bin*");
        }

        [Fact]
        public void TheEmbeddedVectors_PutAFieldsWordsTogether()
        {
            Cosine("verdict", "jury").Should().BeGreaterThan(Cosine("verdict", "guitar") + 0.3f);
            Cosine("recipe", "soup").Should().BeGreaterThan(Cosine("recipe", "election") + 0.3f);
            Cosine("vaccine", "infection").Should().BeGreaterThan(Cosine("vaccine", "striker") + 0.3f);
        }

        [Fact]
        public void AWordOfTheArticlesField_FitsItsTopic_AndAWordOfAnotherFieldDoesNot()
        {
            const string Court = "The jury returned its verdict after two days. The judge thanked the jurors, and the defendant's lawyers "
                + "said they would appeal the conviction. Prosecutors told the court the evidence was clear.\n";
            var document = AnalyzedDocument.FromText("court.txt", Court);
            var topic = TopicEvidence.Of(document, ContextModelData.Instance!)!;

            Fit(document, topic, "verdict").Should().BeGreaterThan(Fit(document, topic, "days") + 0.1f);
        }

        [Fact]
        public void AShortNote_HasNoTopic()
        {
            var document = AnalyzedDocument.FromText("note.txt", "The verdict came quickly.\n");
            var topic = TopicEvidence.Of(document, ContextModelData.Instance!)!;

            Fit(document, topic, "verdict").Should().Be(TopicEvidence.Unknown);
        }

        [Fact]
        public void EveryScoredSlotOfAnArticle_CarriesItsTopicFeatures()
        {
            const string Match = "The striker scored twice before half-time, and the goalkeeper saved a penalty late in the match. "
                + "The manager praised the defence after the win, which lifts the club to third in the league table. "
                + "Fans sang throughout the second half as the home side held on.\n";
            var document = AnalyzedDocument.FromText("match.txt", Match);

            var model = ContextModelData.Instance!;
            var scored = SwapEvidence.Compute(document, model).Slots.Where(s => !s.Screened).ToList();
            var topic = TopicEvidence.Of(document, model)!;

            scored.Should().NotBeEmpty();
            foreach (var slot in scored)
            {
                // What the article's one pass gave the slot is what its topic gives it, read alone.
                var alone = new SwapSlot(slot.FirstToken, slot.TokenCount, slot.Span, slot.BestRoot, new float[SwapFeatures.Count]);
                topic.Fill(document, model.Thesaurus.GetRootText(slot.BestRoot).AsSpan(), alone);
                slot.Features[SwapFeatures.WrittenTopicFit].Should().Be(alone.Features[SwapFeatures.WrittenTopicFit]);
                slot.Features[SwapFeatures.TopicGain].Should().Be(alone.Features[SwapFeatures.TopicGain]);
                slot.Features[SwapFeatures.WrittenLocalFit].Should().Be(alone.Features[SwapFeatures.WrittenLocalFit]);
                slot.Features[SwapFeatures.LocalGain].Should().Be(alone.Features[SwapFeatures.LocalGain]);
            }

            scored.Should().Contain(s => s.Features[SwapFeatures.WrittenTopicFit] > 0.1f, "a match report's words fit a match report");
        }

        [Fact]
        public void ARootsTopicReading_IsWorkedOutOnceAModel_AndIsWhatItsTextGives()
        {
            const string Recipe = "Whisk the eggs with the sugar until pale, then fold in the flour and a pinch of salt. "
                + "Pour the batter into the tin and bake for forty minutes, until a skewer comes out clean. "
                + "Leave the cake to cool before you spread the icing over the top.\n";
            var model = ContextModelData.Instance!;
            var document = AnalyzedDocument.FromText("recipe.txt", Recipe);
            var scored = SwapEvidence.Compute(document, model).Slots.Where(s => !s.Screened).ToList();

            scored.Should().NotBeEmpty();
            var first = scored.ToDictionary(s => s.BestRoot, s => model.RootTopics[s.BestRoot]);
            foreach (var slot in scored)
            {
                var cached = model.RootTopics[slot.BestRoot]!;
                string text = model.Thesaurus.GetRootText(slot.BestRoot);
                cached.Rows.Should().Equal(TopicEvidence.RowsOf(model.Topics!, text.AsSpan()), "the rows of \"{0}\"", text);
                cached.IsWord.Should().Be(!text.Contains(' '));
            }

            SwapEvidence.Compute(document, model);
            foreach (var slot in scored) model.RootTopics[slot.BestRoot].Should().BeSameAs(first[slot.BestRoot], "a root is read once a model");
        }

        [Fact]
        public void AWordInItsUsualCompany_FitsItsNeighbourhood_AndTheSwapsOriginalFitsBetterThanTheSwap()
        {
            // Pairs of sentences of our own: one with the usual word, one with a thesaurus neighbour a spinner would write.
            // The neighbourhood is the sentence's content words around the slot, not the whole article's.
            const string Story = "The striker headed the ball into the net just before half-time.\n\n"
                + "The winger headed the orb into the net late in the second half.\n\n"
                + "Doctors at the clinic gave the vaccine to patients with the infection.\n\n"
                + "Nurses at the hospital gave the inoculation to patients with the disease.\n\n"
                + "The jury reached its verdict after the judge summed up the trial.\n\n"
                + "The jury reached its finding after the judge summed up the case.\n";
            var document = AnalyzedDocument.FromText("story.txt", Story);
            var topic = TopicEvidence.Of(document, ContextModelData.Instance!)!;

            // Each written word against its own sentence's neighbours; each swap's original fits them better than the swap.
            foreach (var (original, swap) in new[] { ("ball", "orb"), ("vaccine", "inoculation"), ("verdict", "finding") })
            {
                var written = LocalFeatures(document, topic, original, 0, original);
                var swapped = LocalFeatures(document, topic, swap, 0, original);
                written.Fit.Should().BeGreaterThan(swapped.Fit + 0.1f, original + " keeps its usual company; " + swap + " less so");
                swapped.Gain.Should().BeGreaterThan(0.1f, original + " fits the neighbours of " + swap + " better than " + swap + " does");
            }
        }

        [Fact]
        public void AWordWithoutNeighbours_HasNoLocalFit()
        {
            var document = AnalyzedDocument.FromText("note.txt", "Verdict: guilty.\n");
            var topic = TopicEvidence.Of(document, ContextModelData.Instance!)!;

            LocalFeatures(document, topic, "guilty", 0, "responsible").Fit.Should().Be(TopicEvidence.Unknown);
        }

        // The local fit and gain of the `nth` use of `word` as a one-word slot whose best candidate is `candidate`.
        private static (float Fit, float Gain) LocalFeatures(AnalyzedDocument document, TopicEvidence topic, string word, int nth, string candidate)
        {
            int index = Enumerable.Range(0, document.Tokens.Length).Where(i => document.GetText(document.GetToken(i)).ToString() == word).Skip(nth).First();
            var slot = new SwapSlot(index, 1, document.GetToken(index).Span, -1, new float[SwapFeatures.Count]);
            topic.Fill(document, candidate.AsSpan(), slot);
            return (slot.Features[SwapFeatures.WrittenLocalFit], slot.Features[SwapFeatures.LocalGain]);
        }

        // The written-topic fit of the first use of `word` in the document, as a one-word slot.
        private static float Fit(AnalyzedDocument document, TopicEvidence topic, string word)
        {
            int index = Enumerable.Range(0, document.Tokens.Length).First(i => document.GetText(document.GetToken(i)).ToString() == word);
            var slot = new SwapSlot(index, 1, document.GetToken(index).Span, -1, new float[SwapFeatures.Count]);
            topic.Fill(document, ReadOnlySpan<char>.Empty, slot);
            return slot.Features[SwapFeatures.WrittenTopicFit];
        }

        [Theory]
        [InlineData(64, 1)]
        [InlineData(64, -3)]
        [InlineData(20, 7)]
        [InlineData(5, 2)]
        public void Add_GivesEachComponentTimesTheFactor_PlusWhatTheSumHeld(int dimensions, int times)
        {
            // Extreme components too (-128, 127): the sum widens them to integers before it multiplies.
            var vectors = new sbyte[2 * dimensions];
            for (int i = 0; i < vectors.Length; i++) vectors[i] = (sbyte)(i % 3 == 0 ? -128 : i % 3 == 1 ? 127 : i - 60);
            var table = Table(new ulong[] { 3, 7 }, vectors, dimensions);
            var sum = new int[dimensions];
            for (int d = 0; d < dimensions; d++) sum[d] = 1000 * d - 5;

            table.Add(1, sum, times);

            for (int d = 0; d < dimensions; d++) sum[d].Should().Be(1000 * d - 5 + times * vectors[dimensions + d], "component {0}", d);
        }
    }
}

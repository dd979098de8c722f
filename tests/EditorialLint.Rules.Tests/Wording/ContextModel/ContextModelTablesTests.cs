using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    /// <summary>The committed tables of the context model: present, intact, fast to open and cheap to read.</summary>
    public class ContextModelTablesTests
    {
        private static readonly string DataFolder = Path.Combine(SharedData.RepositoryRoot, "src", "EditorialLint.Rules", "Wording", "Data");

        [Fact]
        public void EveryTable_IsEmbedded_AndMatchesTheBuildersFingerprint()
        {
            var manifest = File.ReadAllLines(Path.Combine(DataFolder, "tables.sha256"))
                .Where(l => l.Length > 0)
                .Select(l => l.Split("  "))
                .ToDictionary(p => p[1], p => p[0]);
            manifest.Keys.Should().BeEquivalentTo(ContextModelData.TableFiles);
            foreach (var (name, fingerprint) in manifest)
            {
                var table = ContextModelData.OpenTable(name);
                table.Should().NotBeNull(name + " should be embedded");
                Convert.ToHexString(SHA256.HashData(table!.Bytes)).ToLowerInvariant().Should().Be(fingerprint, name + " should be the table the builder recorded");
            }
        }

        [Fact]
        public void Tables_TakeAtMostSixtyMegabytes()
        {
            long total = ContextModelData.TableFiles.Sum(f => new FileInfo(Path.Combine(DataFolder, f)).Length);
            total.Should().BeLessThan(60L * 1024 * 1024);
        }

        [Fact]
        public void Model_LoadsWithItsClassifier()
        {
            ContextModelData.Instance.Should().NotBeNull(ContextModelData.LoadError);
            ContextModelData.Instance!.Classifier.Should().NotBeNull(ContextModelData.LoadError);
            ContextModelData.Instance.Classifier!.TreeCount.Should().BeGreaterThan(0);
        }

        [Fact]
        public void PreparingTheModel_OpensItInTheBackground_BeforeAnyRuleAsks()
        {
            // LintRunner calls Prepare before it reads the documents. A model of the test's own (the shared one opens once per
            // process, so other tests may already have opened it): nothing but Prepare asks for its value here.
            var model = new Lazy<ContextModelData?>(ContextModelData.LoadFresh);

            ContextModelData.Prepare(model);

            System.Threading.SpinWait.SpinUntil(() => model.IsValueCreated, TimeSpan.FromMinutes(2)).Should().BeTrue("Prepare opens the model on a pool thread");
            model.Value.Should().NotBeNull(ContextModelData.LoadError);
        }

        [Fact]
        public void OpeningTheTables_CopiesNothingIntoTheManagedHeap()
        {
            // A fresh open of every table (the lexicon is EL2002's and loads on its own). The tables are 35 MB, read where
            // the assembly maps them: an open that copied them into arrays would allocate at least 30 MB. (The count tables'
            // lines go to aligned native memory only once a run has scored enough text, below; start-up time itself is
            // measured by benchmarks/latency.py, not by a timed test.)
            long before = GC.GetAllocatedBytesForCurrentThread();
            var model = ContextModelData.LoadFresh();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            model.Should().NotBeNull();
            allocated.Should().BeLessThan(8L * 1024 * 1024);
        }

        [Fact]
        public void TheCountTables_AreCopiedIntoAlignedMemory_OnlyOnceARunHasScoredEnoughText()
        {
            // A one-article run reads them where the assembly maps them; a long run pays for the copy once, early.
            var model = ContextModelData.LoadFresh()!;
            var tables = new[] { model.Unigrams, model.Bigrams, model.Trigrams, model.BooksUnigrams, model.BooksBigrams };
            var atOpen = tables.Select(t => t.IsAligned).ToList();

            model.NoteScored((int)ContextModelData.AlignAfterCharacters - 1);
            tables.Select(t => t.IsAligned).Should().Equal(atOpen, "a short run reads the tables in place");
            model.NoteScored(1);

            tables.Should().OnlyContain(t => t.IsAligned);
        }

        [Fact]
        public void Lookups_AllocateNothing()
        {
            var model = ContextModelData.Instance!;
            ulong take = ModelText.HashWord("take".AsSpan()), legal = ModelText.HashWord("legal".AsSpan());
            ulong action = ModelText.HashWord("action".AsSpan()), nice = ModelText.HashWord("nice".AsSpan());
            float sink = 0;
            for (int warm = 0; warm < 2; warm++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < 1000; i++)
                {
                    sink += model.LanguageModel.LogProbability(take, legal, action);
                    sink += model.Trigrams.GetLevel(ModelText.Trigram(take, legal, action));
                    sink += model.Thesaurus.GetCandidates(ModelText.Phrase(nice)).Length;
                    sink += model.Thesaurus.GetRootKeyWithSuffix(1, "'s".AsSpan()) == 0 ? 0 : 1;
                }

                if (warm == 1) (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
            }

            sink.Should().NotBe(0);
        }

        [Theory]
        [InlineData("take legal", "action", "motion")]
        [InlineData("a maximum", "fine", "nice")]
        [InlineData("at the", "same", "identical")]
        public void TrigramModel_PrefersTheOriginalCollocation(string context, string original, string spun)
        {
            var lm = ContextModelData.Instance!.LanguageModel;
            var words = context.Split(' ').Select(w => ModelText.HashWord(w.AsSpan())).ToArray();
            lm.LogProbability(words[0], words[1], ModelText.HashWord(original.AsSpan()))
                .Should().BeGreaterThan(lm.LogProbability(words[0], words[1], ModelText.HashWord(spun.AsSpan())));
        }

        [Theory]
        [InlineData("nice", "fine")]
        [InlineData("rustic", "country")]
        [InlineData("motion", "action")]
        [InlineData("go away", "leave")]
        [InlineData("at all times", "always")]
        [InlineData("indisputable fact", "fact")]
        [InlineData("cash", "money")]
        public void InvertedThesaurus_ProposesTheOriginal(string spun, string original)
        {
            var thesaurus = ContextModelData.Instance!.Thesaurus;
            var key = ModelText.Phrase(spun.Split(' ').Select(w => ModelText.HashWord(w.AsSpan())).ToArray());
            var candidates = thesaurus.GetCandidates(key).ToArray().Select(link => thesaurus.GetRootText(link & ThesaurusTable.RootMask));
            candidates.Should().Contain(original);
        }

        [Theory]
        [InlineData("gross sales", "sales", true)]
        [InlineData("group meeting", "meeting", true)]
        [InlineData("managing director", "director", false)]
        [InlineData("political party", "party", false)]
        public void WordNetCompoundOfARoot_IsACandidateOnlyWhereTheCorpusRarelyWritesIt(string compound, string head, bool linked)
        {
            // `ModelBuilder --compounds`: a compound from the head's synset is kept where the corpus writes it under once
            // per 50 times it writes the head (a spinner's redundant modifier), not where it is a common name of its own.
            var thesaurus = ContextModelData.Instance!.Thesaurus;
            var relations = new byte[thesaurus.MaxLinks];
            var key = ModelText.Phrase(compound.Split(' ').Select(w => ModelText.HashWord(w.AsSpan())).ToArray());
            var links = thesaurus.GetCandidates(key, relations).ToArray();
            int index = Array.FindIndex(links, link => thesaurus.GetRootText(link & ThesaurusTable.RootMask) == head);
            bool fromWordNet = index >= 0 && (relations[index] & ThesaurusTable.FromWordNet) != 0;

            fromWordNet.Should().Be(linked);
        }

        [Fact]
        public void MobyOnlyThesaurus_MarksEveryLinkAsMobys()
        {
            var thesaurus = ContextModelData.Instance!.Thesaurus;
            var relations = new byte[thesaurus.MaxLinks];
            var links = thesaurus.GetCandidates(ModelText.Phrase(ModelText.HashWord("cash".AsSpan())), relations).ToArray();
            int money = Array.FindIndex(links, link => thesaurus.GetRootText(link & ThesaurusTable.RootMask) == "money");

            money.Should().BeGreaterThanOrEqualTo(0);
            (relations[money] & ThesaurusTable.FromMoby).Should().NotBe(0);
            relations.Take(links.Length).Should().OnlyContain(r => r != 0, "every link has a source");
        }

        [Fact]
        public void ThesaurusWithWordNetLinks_GivesEachLinkItsRelation()
        {
            // Two roots ("fine", "penalty"), one key ("nice") linked to both: Moby's alone, and WordNet's first pick.
            var thesaurus = new ThesaurusTable(EmbeddedTable.FromBytes(TwoRootTable(), "two-roots.bin"));
            var relations = new byte[thesaurus.MaxLinks];
            var links = thesaurus.GetCandidates(ModelText.Phrase(ModelText.HashWord("nice".AsSpan())), relations).ToArray();

            links.Select(link => thesaurus.GetRootText(link & ThesaurusTable.RootMask)).Should().Equal("fine", "penalty");
            relations.Should().Equal(ThesaurusTable.FromMoby, (byte)(ThesaurusTable.FromWordNet | ThesaurusTable.WordNetFirst));
            thesaurus.WordNetLinkCount.Should().Be(1);
            thesaurus.GetCandidates(ModelText.Phrase(ModelText.HashWord("nasty".AsSpan())), relations).IsEmpty.Should().BeTrue();
        }

        // A version-2 thesaurus laid out as ThesaurusTable documents it.
        private static byte[] TwoRootTable()
        {
            var output = new MemoryStream();
            var writer = new BinaryWriter(output);
            var strings = System.Text.Encoding.UTF8.GetBytes("finepenalty");
            writer.Write(ThesaurusTable.Magic);
            writer.Write(ThesaurusTable.Version);
            writer.Write(2); // roots
            writer.Write(1); // keys
            writer.Write(2); // links
            writer.Write(strings.Length);
            writer.Write(1); // WordNet links
            writer.Write(0);
            foreach (var word in new[] { "fine", "penalty" })
            {
                writer.Write(ModelText.HashWord(word.AsSpan()));
                writer.Write(0UL);
                writer.Write(0UL);
            }

            writer.Write((ushort)3);
            writer.Write((ushort)2);
            foreach (uint start in new uint[] { 0, 4, 11 }) writer.Write(start);
            writer.Write(strings);
            while (output.Length % 8 != 0) writer.Write((byte)0);
            writer.Write(ModelText.Phrase(ModelText.HashWord("nice".AsSpan())));
            writer.Write(0u);
            writer.Write(2u);
            writer.Write((ushort)0);
            writer.Write((ushort)1);
            writer.Write(1u); // the second link is WordNet's
            writer.Write((byte)(ThesaurusTable.FromWordNet | ThesaurusTable.WordNetFirst));
            writer.Flush();
            return output.ToArray();
        }

        [Fact]
        public void DamagedCountTable_IsRejected()
        {
            var bytes = new byte[64];
            Action open = () => _ = new HashedCountTable(EmbeddedTable.FromBytes(bytes, "damaged.bin"));
            open.Should().Throw<InvalidOperationException>().WithMessage("*damaged.bin*");
        }

        [Fact]
        public void TruncatedThesaurus_IsRejected()
        {
            var whole = ContextModelData.OpenTable("thesaurus.bin")!.Bytes.ToArray();
            Action open = () => _ = new ThesaurusTable(EmbeddedTable.FromBytes(whole.AsSpan(0, whole.Length / 2).ToArray(), "thesaurus.bin"));
            open.Should().Throw<InvalidOperationException>().WithMessage("*truncated*");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.Rules.Tests.Wording.ContextModel
{
    /// <summary>
    /// The trees' one walk (<see cref="TreeEnsemble"/>), shared by the slot's own probability and the first-stage screen:
    /// eight trees at once, a fixed number of steps, the leaves added in tree order, exactly as a plain walk adds them.
    /// </summary>
    public class TreeEnsembleTests
    {
        // A random tree in the weights file's order (a split's children after it), at most `depth` splits deep.
        private static List<(int Feature, float Threshold, int Left, int Right, float Value)> RandomTree(Random random, int depth)
        {
            var nodes = new List<(int, float, int, int, float)>();
            int Add(int level)
            {
                int index = nodes.Count;
                if (level >= depth || random.Next(4) == 0)
                {
                    nodes.Add((-1, 0f, -1, -1, (float)(random.NextDouble() * 2 - 1)));
                    return index;
                }

                nodes.Add(default);
                int left = Add(level + 1);
                int right = Add(level + 1);
                nodes[index] = (random.Next(SwapFeatures.Count), (float)random.NextDouble(), left, right, 0f);
                return index;
            }

            Add(0);
            return nodes;
        }

        private static double PlainWalk(IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> trees, float[] x, double start)
        {
            double z = start;
            foreach (var tree in trees)
            {
                int i = 0;
                while (tree[i].Feature >= 0) i = x[tree[i].Feature] <= tree[i].Threshold ? tree[i].Left : tree[i].Right;
                z += tree[i].Value;
            }

            return z;
        }

        [Fact]
        public void TheWalk_AddsTheSameLeavesInTheSameOrder_AsAPlainWalk_ForAnyNumberAndDepthOfTrees()
        {
            // Tree counts around the walk's groups of eight, depths from a lone leaf to eight splits, NaN features (go right).
            Gen.Select(Gen.Int[0, 20], Gen.Int[0, 8], Gen.Int, (count, depth, seed) => (count, depth, seed)).Sample(c =>
            {
                var random = new Random(c.seed);
                var trees = Enumerable.Range(0, c.count).Select(_ => (IReadOnlyList<(int, float, int, int, float)>)RandomTree(random, c.depth)).ToList();
                var ensemble = TreeEnsemble.Create(trees);
                for (int sample = 0; sample < 20; sample++)
                {
                    var x = Enumerable.Range(0, SwapFeatures.Count).Select(_ => random.Next(10) == 0 ? float.NaN : (float)random.NextDouble()).ToArray();

                    ensemble.Sum(x, 0.25).Should().Be(PlainWalk(trees, x, 0.25));
                }

                ensemble.TreeCount.Should().Be(c.count);
            }, iter: 300);
        }

        [Fact]
        public void ManyRowsWalkedTogether_GetEachTheSumOfItsOwnWalk_ToTheBit()
        {
            // The trees group by group for all rows: each row's leaves still added in tree order, the groups of eight and
            // the trees left over; one row, none, and trees too deep for the complete layout as well.
            Gen.Select(Gen.Int[0, 20], Gen.Int[0, 12], Gen.Int[0, 9], Gen.Int, (count, depth, rows, seed) => (count, depth, rows, seed)).Sample(c =>
            {
                var random = new Random(c.seed);
                var trees = Enumerable.Range(0, c.count).Select(_ => (IReadOnlyList<(int, float, int, int, float)>)RandomTree(random, c.depth)).ToList();
                var ensemble = TreeEnsemble.Create(trees);
                var x = Enumerable.Range(0, c.rows)
                    .Select(_ => Enumerable.Range(0, SwapFeatures.Count).Select(_ => random.Next(10) == 0 ? float.NaN : (float)random.NextDouble()).ToArray())
                    .ToList();
                var sums = new double[c.rows + 1];
                sums[c.rows] = 42;

                ensemble.SumMany(x, 0.25, sums);

                sums.Take(c.rows).Should().Equal(x.Select(row => ensemble.Sum(row, 0.25)));
                sums[c.rows].Should().Be(42, "only a sum for each row is written");
            }, iter: 200);
        }

        [Fact]
        public void TheSlotsOfADocument_GetTheProbabilitiesTheyGetOneByOne()
        {
            var model = ContextModelData.Instance!;
            var document = EditorialLint.Analysis.AnalyzedDocument.FromText("note.txt",
                "The council said the new clinic would improve the wellness of children in the poorest parts of the city. "
                + "The firm had at all times taken its duties seriously, and the regulators were answerable to nobody.");
            var slots = SwapEvidence.Compute(document, model).Slots.ToList();
            slots.Should().Contain(s => s.Screened).And.Contain(s => !s.Screened);
            var oneByOne = slots.Select(s => model.Classifier!.PredictSlot(s)).ToList();
            foreach (var slot in slots) slot.SlotProbability = -1;

            model.Classifier!.PredictSlots(slots, read: null);

            slots.Select(s => s.SlotProbability).Should().Equal(oneByOne);
        }

        [Fact]
        public void TreesTooDeepForTheCompleteLayout_AreWalkedNodeByNode_ToTheSameSum()
        {
            // Up to ten levels the trees are padded to complete trees (2^depth leaves each); deeper ones keep the node walk.
            Gen.Select(Gen.Int[0, 12], Gen.Int[11, 13], Gen.Int, (count, depth, seed) => (count, depth, seed)).Sample(c =>
            {
                var random = new Random(c.seed);
                var trees = Enumerable.Range(0, c.count).Select(_ => (IReadOnlyList<(int, float, int, int, float)>)RandomTree(random, c.depth)).ToList();
                var ensemble = TreeEnsemble.Create(trees);
                int deepest = trees.Count == 0 ? 0 : trees.Max(t => Depth(t, 0));
                ensemble.IsComplete.Should().Be(deepest <= 10);
                for (int sample = 0; sample < 20; sample++)
                {
                    var x = Enumerable.Range(0, SwapFeatures.Count).Select(_ => random.Next(10) == 0 ? float.NaN : (float)random.NextDouble()).ToArray();

                    ensemble.Sum(x, -0.5).Should().Be(PlainWalk(trees, x, -0.5));
                }
            }, iter: 60);
        }

        [Fact]
        public void TheShippedTrees_AreWalkedInTheCompleteLayout()
        {
            var classifier = ContextModelData.Instance!.Classifier!;
            classifier.Trees.IsComplete.Should().BeTrue();
            TreeEnsemble.Create(classifier.Screen!.Trees).IsComplete.Should().BeTrue();
        }

        private static int Depth(IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)> tree, int node) =>
            tree[node].Feature < 0 ? 0 : 1 + Math.Max(Depth(tree, tree[node].Left), Depth(tree, tree[node].Right));

        [Fact]
        public void ATreeWhoseChildComesBeforeItsSplit_IsRejected_ForItCouldLoop()
        {
            var looping = new List<(int, float, int, int, float)> { (0, 0.5f, 1, 2, 0f), (0, 0.5f, 0, 2, 0f), (-1, 0f, -1, -1, 1f) };

            Action create = () => TreeEnsemble.Create(new[] { looping });

            create.Should().Throw<ArgumentException>().WithMessage("a node points outside its tree");
        }

        [Fact]
        public void AnEmptyTree_OrAFeatureOutOfRange_IsRejected()
        {
            Action empty = () => TreeEnsemble.Create(new[] { new List<(int, float, int, int, float)>() });
            Action outOfRange = () => TreeEnsemble.Create(new[] { new List<(int, float, int, int, float)> { (SwapFeatures.Count, 0f, 1, 2, 0f), (-1, 0f, -1, -1, 0f), (-1, 0f, -1, -1, 0f) } });

            empty.Should().Throw<ArgumentException>().WithMessage("an empty tree");
            outOfRange.Should().Throw<ArgumentException>().WithMessage("feature out of range");
        }

        [Fact]
        public void AWeightsFileWithALoopingTree_IsRejected_NamingTheFile()
        {
            Action parse = () => SwapClassifier.Parse("tree\nsplit " + SwapFeatures.Names[0] + " 0.5 0 1\nleaf 1\nbase 0\ncontext 1 0 0\nreport-threshold 0.8\n");

            parse.Should().Throw<InvalidOperationException>().WithMessage(SwapClassifier.FileName + "*points outside its tree");
        }
    }
}

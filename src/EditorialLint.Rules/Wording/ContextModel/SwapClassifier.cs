using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// The calibrated score of a slot, in two stages, both trained on synthetic spins of the tuning half of the clean
    /// news by <c>tools/SpinEval train</c>:
    /// <list type="number">
    /// <item>boosted regression trees over <see cref="SwapFeatures"/> give the slot's own probability of a swap;</item>
    /// <item>a logistic correction weighs that against the rest of the document (spinners swap throughout an article,
    /// a rare but right word usually stands alone): z = a · logit(p) + b · ln(1 + d) + c, where d is the sum of the
    /// other slots' own probabilities per 1,000 words; with WordNet's candidates, plus a weight per candidate source
    /// (the best candidate from WordNet alone; the best candidate a free spinner's first pick), which the trees never see.</item>
    /// </list>
    /// The weights file is text: <c>tree</c> starts a tree, whose nodes follow in order as <c>split FEATURE THRESHOLD
    /// LEFT RIGHT</c> (x ≤ threshold goes left; children are node numbers within the tree) or <c>leaf VALUE</c>; then
    /// <c>base</c>, <c>context A B C</c>, optionally <c>context-source D E</c> (the source weights) and <c>context-density wordnet-synonyms</c>
    /// (<see cref="DensityOfWordNetSynonyms"/>), <c>report-threshold</c> (EL2010), <c>document-threshold</c> (EL2900) and, optionally,
    /// <c>local-threshold</c> (the slot probability reported without document density), <c>spun-report-threshold</c>,
    /// <c>spun-phrase-report-threshold</c> (phrase slots in documents called spun) and, with
    /// WordNet's candidates, <c>wordnet-report-threshold</c> (see <see cref="ReportThresholdFor(SwapSlot, bool)"/>) and
    /// <c>short-text-wordnet-report-threshold</c> (<see cref="ShortTextWordNetReportThreshold"/>); then EL2900's document model,
    /// a logistic regression over <see cref="SpinScoreFeatures"/>: <c>document-bias B</c> and one <c>document-weight NAME W</c>
    /// a feature (a feature without a line weighs nothing), for texts of <see cref="SwapEvidence.MinimumDensityWords"/> words
    /// or more; <c>short-document-bias</c> and <c>short-document-weight</c> the same for shorter texts, whose features are
    /// noisier (fitted apart, so that the one threshold holds for both). Optionally, the first stage's screen
    /// (<see cref="SlotScreen"/>): <c>screen-tree</c>, <c>screen-split</c> and <c>screen-leaf</c> lines as for the trees, and
    /// <c>screen BASE SKIP-BELOW STAND-IN</c>.
    /// </summary>
    internal sealed class SwapClassifier
    {
        /// <summary>The weights file's name among the embedded resources.</summary>
        public const string FileName = "context-model.weights";

        /// <summary>The WordNet view's weights among the embedded resources (optional; see <see cref="ContextModelData.WordNetClassifier"/>).</summary>
        public const string WordNetFileName = "context-model-wordnet.weights";

        private readonly TreeEnsemble _trees;

        private SwapClassifier(TreeEnsemble trees, float baseScore, float[] context, float reportThreshold, float documentThreshold)
        {
            _trees = trees;
            BaseScore = baseScore;
            ContextWeights = context;
            ReportThreshold = reportThreshold;
            DocumentThreshold = documentThreshold;
        }

        /// <summary>The trees' starting log-odds.</summary>
        public float BaseScore { get; }

        /// <summary>
        /// The second stage's weights: logit of the slot's own probability, document density, intercept and, with
        /// WordNet's candidates, the best candidate from WordNet alone and the best candidate a first pick.
        /// </summary>
        public float[] ContextWeights { get; }

        /// <summary>The probability at which EL2010 reports a slot.</summary>
        public float ReportThreshold { get; }

        /// <summary>The spin score (decibels of odds, <see cref="DocumentScore"/>) at which EL2900 reports a document.</summary>
        public float DocumentThreshold { get; }

        /// <summary>EL2900's document model: one weight per <see cref="SpinScoreFeatures"/> feature, or null without one.</summary>
        public float[]? DocumentWeights { get; private set; }

        /// <summary>EL2900's document model: the intercept, at even prior odds of a spun document.</summary>
        public float DocumentBias { get; private set; }

        /// <summary>EL2900's model for short texts (under <see cref="SwapEvidence.MinimumDensityWords"/> words): weights.</summary>
        public float[]? ShortDocumentWeights { get; private set; }

        /// <summary>EL2900's model for short texts: the intercept.</summary>
        public float ShortDocumentBias { get; private set; }

        /// <summary>
        /// The spin score of a document: the document model's odds that it was spun (at even prior odds), in decibels,
        /// 10 · log10 of the odds (10 is 10 to 1, 20 is 100 to 1, below 0 likelier clean than spun): the log-odds
        /// z = bias + weights · features times 10 / ln 10. A log scale, not a probability, so that it does not saturate:
        /// a heavily spun text still scores above a lightly spun one. 0 without a document model.
        /// </summary>
        public float DocumentScore(float[] features, int words)
        {
            bool shortText = words < SwapEvidence.MinimumDensityWords && ShortDocumentWeights is not null;
            var weights = shortText ? ShortDocumentWeights : DocumentWeights;
            if (weights is null) return 0;
            double z = shortText ? ShortDocumentBias : DocumentBias;
            for (int i = 0; i < weights.Length; i++) z += weights[i] * features[i];
            return (float)(z * DecibelsPerLogOdds);
        }

        // 10 / ln 10: natural log-odds to decibels.
        private const double DecibelsPerLogOdds = 4.3429448190325175;

        /// <summary>The same classifier with other document models (<paramref name="shortWeights"/> null: one for all lengths) and threshold.</summary>
        public SwapClassifier WithDocumentModel(float[] weights, float bias, float[]? shortWeights, float shortBias, float documentThreshold)
        {
            if (weights.Length != SpinScoreFeatures.Count || (shortWeights is not null && shortWeights.Length != SpinScoreFeatures.Count))
                throw new ArgumentException("one weight per document feature is needed");
            var copy = WithThresholds(ContextWeights, ReportThreshold, documentThreshold);
            copy.LocalThreshold = LocalThreshold;
            copy.DocumentWeights = (float[])weights.Clone();
            copy.DocumentBias = bias;
            copy.ShortDocumentWeights = (float[]?)shortWeights?.Clone();
            copy.ShortDocumentBias = shortBias;
            return copy;
        }

        /// <summary>Number of trees.</summary>
        public int TreeCount => _trees.TreeCount;

        /// <summary>The trees of the slot's own probability.</summary>
        internal TreeEnsemble Trees => _trees;

        /// <summary>
        /// The slot's own probability of a swap: the screen's stand-in for a slot it skipped (throws when this classifier
        /// has no screen), else the trees' (<see cref="PredictSlot(float[])"/>).
        /// </summary>
        public float PredictSlot(SwapSlot slot)
        {
            if (!slot.Screened) return PredictSlot(slot.Features);
            return (Screen ?? throw new InvalidOperationException("a screened slot, and no screen to give its stand-in")).StandIn;
        }

        /// <summary>The slot's own probability of a swap (first stage).</summary>
        public float PredictSlot(float[] features) => Sigmoid(_trees.Sum(features, BaseScore));

        /// <summary>
        /// Sets <see cref="SwapSlot.SlotProbability"/> of each slot that <paramref name="read"/> names (null: every slot) to
        /// <see cref="PredictSlot(SwapSlot)"/>, the same to the bit; the trees are walked for all the slots together
        /// (<see cref="TreeEnsemble.SumMany"/>).
        /// </summary>
        public void PredictSlots(List<SwapSlot> slots, bool[]? read)
        {
            var scored = new List<SwapSlot>(slots.Count);
            for (int i = 0; i < slots.Count; i++)
            {
                if (read is not null && !read[i]) continue;
                if (slots[i].Screened) slots[i].SlotProbability = PredictSlot(slots[i]);
                else scored.Add(slots[i]);
            }

            var sums = new double[scored.Count];
            _trees.SumMany(scored.ConvertAll(s => s.Features), BaseScore, sums);
            for (int i = 0; i < scored.Count; i++) scored[i].SlotProbability = Sigmoid(sums[i]);
        }

        /// <summary>
        /// The final probability, given the slot's own, the density of the rest of the document and the best candidate's
        /// source (from WordNet alone, a free spinner's first pick: 0 or 1; weighed only with WordNet's candidates).
        /// </summary>
        public float PredictInContext(float slotProbability, float otherSwapsPer1000Words, float wordNetOnly, float firstPick)
        {
            double p = Math.Min(Math.Max(slotProbability, 1e-6), 1 - 1e-6);
            double logit = Math.Log(p / (1 - p));
            double z = ContextWeights[0] * logit + ContextWeights[1] * Math.Log(1 + Math.Max(0, otherSwapsPer1000Words)) + ContextWeights[2];
            if (ContextWeights.Length == 5) z += ContextWeights[3] * wordNetOnly + ContextWeights[4] * firstPick;
            return Sigmoid(z);
        }

        /// <summary>The source indicators of a slot's best candidate, as the second stage reads them.</summary>
        public static (float WordNetOnly, float FirstPick) SourceOf(SwapSlot slot) =>
            (IsWordNetOnly(slot) ? 1f : 0f, slot.Features[SwapFeatures.CandidateIsWordNetFirst]);

        /// <summary>
        /// The slot's final probability: <see cref="PredictInContext(float, float, float, float)"/>, unless the text is short (fewer
        /// words than a density needs) and the slot's own evidence is overwhelming (its own probability at or above
        /// <see cref="LocalThreshold"/>, and a word the text does not use again): then it is reported without document
        /// density, so that a short text with one clear swap is not silent.
        /// </summary>
        public float PredictInContext(SwapSlot slot, float otherSwapsPer1000Words, bool shortText)
        {
            var (wordNetOnly, firstPick) = SourceOf(slot);
            float p = PredictInContext(slot.SlotProbability, otherSwapsPer1000Words, wordNetOnly, firstPick);
            if (!shortText || slot.SlotProbability < LocalThreshold || slot.Features[SwapFeatures.WrittenRepeats] > 0) return p;
            float local = ReportThreshold + (1 - ReportThreshold) * (slot.SlotProbability - LocalThreshold) / Math.Max(1e-6f, 1 - LocalThreshold);
            return Math.Max(p, local);
        }

        /// <summary>
        /// The probability at which EL2010 reports a slot in a document that EL2900's model calls spun (its score at or
        /// above <see cref="DocumentThreshold"/>): the document's verdict is the slots' prior, so a middling slot in a
        /// spun text is likelier a swap than the same slot in clean copy. Above 1: not set (<see cref="ReportThreshold"/>
        /// everywhere).
        /// </summary>
        public float SpunDocumentReportThreshold { get; private set; } = 2f;

        /// <summary>
        /// The probability at which EL2010 reports a slot of two or three written words (a phrase: "go away", "at all times")
        /// in a document that EL2900's model calls spun: a spinner that writes phrases for words leaves them throughout its
        /// text, so in a spun document a middling phrase slot is a better bet than a middling one-word slot. Fitted by
        /// <c>SpinEval train-spun phrases</c> on fold B. Above 1: not set (phrases at <see cref="SpunDocumentReportThreshold"/>).
        /// </summary>
        public float SpunPhraseReportThreshold { get; private set; } = 2f;

        /// <summary>The same classifier with a threshold for phrase slots in documents called spun.</summary>
        public SwapClassifier WithSpunPhraseReportThreshold(float threshold)
        {
            var copy = WithThresholds(ContextWeights, ReportThreshold, DocumentThreshold);
            copy.LocalThreshold = LocalThreshold;
            copy.SpunPhraseReportThreshold = threshold;
            return copy;
        }

        /// <summary>The threshold EL2010 applies: the spun-document one where the document is called spun and it is lower.</summary>
        public float ReportThresholdFor(bool spunDocument) =>
            spunDocument && SpunDocumentReportThreshold < ReportThreshold ? SpunDocumentReportThreshold : ReportThreshold;

        /// <summary>
        /// The probability at which EL2010 reports a slot whose best candidate comes from WordNet alone, in a document not
        /// called spun: stricter than <see cref="ReportThreshold"/>, because WordNet's extra candidates give clean copy a
        /// heavier tail of chance wins than the report threshold was fitted on (<c>SpinEval train-wordnet</c>, fold B).
        /// Above 1: not set (the Moby-only model: every slot at <see cref="ReportThreshold"/>).
        /// </summary>
        public float WordNetReportThreshold { get; private set; } = 2f;

        /// <summary>Whether the slot's best candidate comes from WordNet alone (never with the Moby-only thesaurus).</summary>
        public static bool IsWordNetOnly(SwapSlot slot) => slot.Features[SwapFeatures.CandidateInMoby] == 0;

        /// <summary>
        /// The threshold EL2010 applies to this slot, the one place where it is decided: <see cref="ReportThresholdFor(bool)"/>,
        /// raised to <see cref="WordNetReportThreshold"/> for a slot only WordNet proposes in a document not called spun
        /// (in a document called spun, the spun-document threshold, fitted with WordNet's slots among the others, holds).
        /// </summary>
        public float ReportThresholdFor(SwapSlot slot, bool spunDocument)
        {
            float threshold = ReportThresholdFor(spunDocument);
            if (spunDocument && slot.TokenCount > 1 && SpunPhraseReportThreshold < threshold) return SpunPhraseReportThreshold;
            if (spunDocument && threshold < ReportThreshold) return threshold;
            return WordNetReportThreshold <= 1f && IsWordNetOnly(slot) ? Math.Max(threshold, WordNetReportThreshold) : threshold;
        }

        /// <summary>Whether the slot's best candidate is a WordNet synonym of the written word (Moby may list it too).</summary>
        public static bool IsWordNetSynonym(SwapSlot slot) => slot.Features[SwapFeatures.CandidateInWordNet] != 0;

        /// <summary>
        /// The threshold at which a slot of the WordNet view (<see cref="ContextModelData.WordNetClassifier"/>, this
        /// classifier) is reported beside the Moby view's findings, the one place where it is decided: for a slot whose best
        /// candidate is a WordNet synonym, its <see cref="WordNetReportThreshold"/> (fitted by <c>SpinEval train-wordnet
        /// additions</c> so that fold B's clean copy gets no finding the Moby-only model does not make); in a short text
        /// (fewer than <see cref="SwapEvidence.MinimumDensityWords"/> words, <see cref="SwapEvidence.IsShortText"/>)
        /// <see cref="ShortTextWordNetReportThreshold"/> where it is lower; in a document EL2900's model calls spun, this view's
        /// own <see cref="SpunDocumentReportThreshold"/> (a <c>spun-report-threshold</c> line in the view's weights, fitted by
        /// <c>SpinEval train-spun wordnet</c>) where it is lower still: the document's verdict is the slots' prior here as in the
        /// Moby view. Each applies where its condition holds, and the lowest that applies is the slot's. Above 1 (never) for
        /// any other slot, whose candidates are Moby's and whose verdict is the Moby view's alone.
        /// </summary>
        public float AdditionThresholdFor(SwapSlot slot, bool spunDocument, bool shortText)
        {
            if (WordNetReportThreshold > 1f || !IsWordNetSynonym(slot)) return 2f;
            float threshold = WordNetReportThreshold;
            if (shortText && ShortTextWordNetReportThreshold < threshold) threshold = ShortTextWordNetReportThreshold;
            if (spunDocument && SpunDocumentReportThreshold < threshold) threshold = SpunDocumentReportThreshold;
            return threshold;
        }

        /// <summary>
        /// The threshold of the WordNet view's additions in a short text, where the view's probability comes from the local
        /// mapping (<see cref="PredictInContext(SwapSlot, float, bool)"/>) rather than from a density: the articles' bar
        /// (<see cref="WordNetReportThreshold"/>) asked a short text's synonym for an own probability of about 0.965. Fitted by
        /// <c>SpinEval train-wordnet short</c> on fold B's paragraphs and short articles (a
        /// <c>short-text-wordnet-report-threshold</c> line in the view's weights). Above 1: not set.
        /// </summary>
        public float ShortTextWordNetReportThreshold { get; private set; } = 2f;

        /// <summary>The same classifier with a threshold for the WordNet view's additions in short texts.</summary>
        public SwapClassifier WithShortTextWordNetReportThreshold(float threshold)
        {
            var copy = WithThresholds(ContextWeights, ReportThreshold, DocumentThreshold);
            copy.LocalThreshold = LocalThreshold;
            copy.ShortTextWordNetReportThreshold = threshold;
            return copy;
        }

        /// <summary>The same classifier with a threshold for slots only WordNet proposes.</summary>
        public SwapClassifier WithWordNetReportThreshold(float threshold)
        {
            var copy = WithThresholds(ContextWeights, ReportThreshold, DocumentThreshold);
            copy.LocalThreshold = LocalThreshold;
            copy.WordNetReportThreshold = threshold;
            return copy;
        }

        /// <summary>The same classifier with a threshold for slots in documents called spun.</summary>
        public SwapClassifier WithSpunDocumentReportThreshold(float threshold)
        {
            var copy = WithThresholds(ContextWeights, ReportThreshold, DocumentThreshold);
            copy.LocalThreshold = LocalThreshold;
            copy.SpunDocumentReportThreshold = threshold;
            return copy;
        }

        /// <summary>The slot probability at which a slot is reported whatever the rest of the document (above 1: never).</summary>
        public float LocalThreshold { get; private set; } = 2f;

        /// <summary>The same classifier with a local threshold.</summary>
        public SwapClassifier WithLocalThreshold(float localThreshold)
        {
            var copy = WithThresholds(ContextWeights, ReportThreshold, DocumentThreshold);
            copy.LocalThreshold = localThreshold;
            return copy;
        }

        /// <summary>A classifier from trained parts (the trainer builds it, then writes it with <see cref="Format"/>).</summary>
        public static SwapClassifier Create(IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> trees,
            float baseScore, float[] context, float reportThreshold, float documentThreshold)
        {
            if (context.Length != 3 && context.Length != 5) throw new ArgumentException("three context weights (five with source weights) are needed");
            return new SwapClassifier(TreeEnsemble.Create(trees), baseScore, context, reportThreshold, documentThreshold);
        }

        /// <summary>The same classifier with other thresholds.</summary>
        public SwapClassifier WithThresholds(float[] context, float reportThreshold, float documentThreshold) =>
            new SwapClassifier(_trees, BaseScore, context, reportThreshold, documentThreshold)
            {
                DocumentWeights = DocumentWeights, DocumentBias = DocumentBias, ShortDocumentWeights = ShortDocumentWeights, ShortDocumentBias = ShortDocumentBias,
                SpunDocumentReportThreshold = SpunDocumentReportThreshold, WordNetReportThreshold = WordNetReportThreshold, Screen = Screen,
                SpunPhraseReportThreshold = SpunPhraseReportThreshold, ShortTextWordNetReportThreshold = ShortTextWordNetReportThreshold,
                DensityOfWordNetSynonyms = DensityOfWordNetSynonyms,
            };

        /// <summary>The first stage's screen, or null: every slot is scored in full.</summary>
        public SlotScreen? Screen { get; private set; }

        /// <summary>The same classifier with another screen (null: none).</summary>
        public SwapClassifier WithScreen(SlotScreen? screen)
        {
            var copy = WithThresholds(ContextWeights, ReportThreshold, DocumentThreshold);
            copy.LocalThreshold = LocalThreshold;
            copy.Screen = screen;
            return copy;
        }

        /// <summary>
        /// Whether the second stage reads the density of the slots whose best candidate is a WordNet synonym
        /// (<see cref="SwapEvidence.OtherSlotDensities"/> over them) instead of every slot's: the WordNet view's weights
        /// (<c>context-density wordnet-synonyms</c>, fitted by <c>SpinEval train-wordnet additions</c>), so that a document
        /// spun from Moby's entries, dense with Moby's slots, does not lift a WordNet synonym the writer chose.
        /// </summary>
        public bool DensityOfWordNetSynonyms { get; private set; }

        /// <summary>The same classifier with other second-stage weights, read over the density of WordNet synonyms.</summary>
        public SwapClassifier WithWordNetSynonymDensity(float[] context)
        {
            var copy = WithThresholds(context, ReportThreshold, DocumentThreshold);
            copy.LocalThreshold = LocalThreshold;
            copy.DensityOfWordNetSynonyms = true;
            return copy;
        }

        /// <summary>The embedded weights, or null when they are not embedded; throws on a malformed file.</summary>
        public static unsafe SwapClassifier? LoadEmbedded(string fileName = FileName)
        {
            using var stream = typeof(SwapClassifier).GetTypeInfo().Assembly.GetManifestResourceStream(ContextModelData.ResourcePrefix + fileName);
            if (stream is null) return null;
            // Read where the resource lies when it is mapped memory (it is, in every build): decoding the file into a string
            // first allocated and touched about 1.7 MB per file, most of the parse's time in a one-article run.
            if (stream is UnmanagedMemoryStream mapped && mapped.Length <= int.MaxValue)
                return ParseUtf8(new ReadOnlySpan<byte>(mapped.PositionPointer, (int)(mapped.Length - mapped.Position)));
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return ParseUtf8(new ReadOnlySpan<byte>(copy.GetBuffer(), 0, (int)copy.Length));
        }

        /// <summary>Reads a weights file; throws <see cref="InvalidOperationException"/> naming the bad line.</summary>
        public static SwapClassifier Parse(string text) => ParseUtf8(Encoding.UTF8.GetBytes(text));

        /// <summary>Reads a weights file from its UTF-8 bytes; throws <see cref="InvalidOperationException"/> naming the bad line.</summary>
        public static SwapClassifier ParseUtf8(ReadOnlySpan<byte> text)
        {
            var trees = new List<List<(int, float, int, int, float)>>();
            var screenTrees = new List<List<(int, float, int, int, float)>>();
            float[]? screenLine = null;
            float baseScore = 0, report = 1, document = float.MaxValue, local = 2f, spun = 2f, spunPhrase = 2f, wordNet = 2f, shortWordNet = 2f;
            bool synonymDensity = false;
            float[]? context = null;
            float[]? documentWeights = null, shortWeights = null;
            float documentBias = 0, shortBias = 0;
            // Read with spans, not split into strings: this runs at every start of the tool (about 9,000 lines), and the
            // native build's one-article latency is a few tens of milliseconds.
            var rest = text;
            for (int n = 1; !rest.IsEmpty; n++)
            {
                int end = rest.IndexOf((byte)'\n');
                var line = Trim(end < 0 ? rest : rest.Slice(0, end));
                rest = end < 0 ? ReadOnlySpan<byte>.Empty : rest.Slice(end + 1);
                if (line.Length == 0 || line[0] == (byte)'#') continue;
                var key = NextField(ref line);
                try
                {
                    bool screenNode = key.StartsWith("screen-"u8);
                    var nodeKey = screenNode ? key.Slice("screen-"u8.Length) : key;
                    var nodeTrees = screenNode ? screenTrees : trees;
                    if (nodeKey.SequenceEqual("tree"u8))
                    {
                        // Room for a tree of depth 6 (the screen's are depth 3): growing a list a node at a time was a
                        // measurable share of the start-up's allocations.
                        nodeTrees.Add(new List<(int, float, int, int, float)>(screenNode ? 16 : 128));
                    }
                    else if (nodeKey.SequenceEqual("split"u8))
                    {
                        var name = NextField(ref line);
                        int feature = FeatureIndex(name);
                        if (feature < 0) throw new FormatException("unknown feature " + Text(name));
                        float threshold = Number(NextField(ref line));
                        int left = Integer(NextField(ref line));
                        Current(nodeTrees).Add((feature, threshold, left, Integer(NextField(ref line)), 0f));
                    }
                    else if (nodeKey.SequenceEqual("leaf"u8))
                    {
                        Current(nodeTrees).Add((-1, 0f, -1, -1, Number(NextField(ref line))));
                    }
                    else if (key.SequenceEqual("screen"u8))
                    {
                        float a = Number(NextField(ref line)), b = Number(NextField(ref line));
                        screenLine = new[] { a, b, Number(NextField(ref line)) };
                    }
                    else if (key.SequenceEqual("base"u8))
                    {
                        baseScore = Number(NextField(ref line));
                    }
                    else if (key.SequenceEqual("context"u8))
                    {
                        float a = Number(NextField(ref line)), b = Number(NextField(ref line));
                        context = new[] { a, b, Number(NextField(ref line)) };
                    }
                    else if (key.SequenceEqual("context-source"u8))
                    {
                        if (context is null) throw new InvalidOperationException(FileName + ": context-source before context");
                        float d = Number(NextField(ref line));
                        context = new[] { context[0], context[1], context[2], d, Number(NextField(ref line)) };
                    }
                    else if (key.SequenceEqual("context-density"u8))
                    {
                        var which = NextField(ref line);
                        if (!which.SequenceEqual("wordnet-synonyms"u8)) throw new FormatException("unknown context density " + Text(which));
                        synonymDensity = true;
                    }
                    else if (key.SequenceEqual("report-threshold"u8))
                    {
                        report = Number(NextField(ref line));
                    }
                    else if (key.SequenceEqual("local-threshold"u8))
                    {
                        local = Number(NextField(ref line));
                    }
                    else if (key.SequenceEqual("spun-report-threshold"u8))
                    {
                        spun = Number(NextField(ref line));
                    }
                    else if (key.SequenceEqual("spun-phrase-report-threshold"u8))
                    {
                        spunPhrase = Number(NextField(ref line));
                    }
                    else if (key.SequenceEqual("wordnet-report-threshold"u8))
                    {
                        wordNet = Number(NextField(ref line));
                    }
                    else if (key.SequenceEqual("short-text-wordnet-report-threshold"u8))
                    {
                        shortWordNet = Number(NextField(ref line));
                    }
                    else if (key.SequenceEqual("document-threshold"u8))
                    {
                        document = Number(NextField(ref line));
                    }
                    else if (key.SequenceEqual("document-bias"u8))
                    {
                        documentBias = Number(NextField(ref line));
                        documentWeights ??= new float[SpinScoreFeatures.Count];
                    }
                    else if (key.SequenceEqual("short-document-bias"u8))
                    {
                        shortBias = Number(NextField(ref line));
                        shortWeights ??= new float[SpinScoreFeatures.Count];
                    }
                    else if (key.SequenceEqual("document-weight"u8) || key.SequenceEqual("short-document-weight"u8))
                    {
                        bool isShort = key[0] == (byte)'s';
                        var name = NextField(ref line);
                        int feature = Array.IndexOf(SpinScoreFeatures.Names, Text(name));
                        if (feature < 0) throw new FormatException("unknown document feature " + Text(name));
                        var weights = isShort ? (shortWeights ??= new float[SpinScoreFeatures.Count]) : (documentWeights ??= new float[SpinScoreFeatures.Count]);
                        weights[feature] = Number(NextField(ref line));
                    }
                    else
                    {
                        throw new FormatException("unknown key " + Text(key));
                    }
                }
                catch (Exception e) when (e is FormatException || e is IndexOutOfRangeException || e is OverflowException)
                {
                    throw new InvalidOperationException(FileName + ":" + n + ": " + e.Message, e);
                }
            }

            if (context is null) throw new InvalidOperationException(FileName + ": no context weights");
            var converted = new List<IReadOnlyList<(int, float, int, int, float)>>();
            foreach (var tree in trees) converted.Add(tree);
            SwapClassifier classifier;
            try
            {
                // The trees' shape (children after their split, no empty tree) is checked where they are built: TreeEnsemble.
                classifier = Create(converted, baseScore, context, report, document);
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException(FileName + ": " + e.Message, e);
            }

            if (local <= 1f) classifier = classifier.WithLocalThreshold(local);
            if (spun <= 1f) classifier = classifier.WithSpunDocumentReportThreshold(spun);
            if (spunPhrase <= 1f) classifier = classifier.WithSpunPhraseReportThreshold(spunPhrase);
            if (wordNet <= 1f) classifier = classifier.WithWordNetReportThreshold(wordNet);
            if (shortWordNet <= 1f) classifier = classifier.WithShortTextWordNetReportThreshold(shortWordNet);
            if (synonymDensity) classifier = classifier.WithWordNetSynonymDensity(classifier.ContextWeights);
            if (screenTrees.Count > 0 || screenLine is not null)
            {
                if (screenTrees.Count == 0 || screenLine is null) throw new InvalidOperationException(FileName + ": a screen needs its trees and its 'screen' line");
                var screenList = new List<IReadOnlyList<(int, float, int, int, float)>>();
                foreach (var tree in screenTrees) screenList.Add(tree);
                try
                {
                    classifier = classifier.WithScreen(SlotScreen.Create(screenList, screenLine[0], screenLine[1], screenLine[2]));
                }
                catch (ArgumentException e)
                {
                    throw new InvalidOperationException(FileName + ": " + e.Message, e);
                }
            }

            if (documentWeights is null && shortWeights is not null) throw new InvalidOperationException(FileName + ": a short-document model without a document model");
            return documentWeights is null ? classifier : classifier.WithDocumentModel(documentWeights, documentBias, shortWeights, shortBias, document);
        }

        /// <summary>Writes the weights file (the trainer's output).</summary>
        public string Format(IEnumerable<string> headerComments)
        {
            var text = new StringBuilder();
            foreach (var comment in headerComments) text.Append("# ").Append(comment).Append('\n');
            AppendTrees(text, _trees.Trees, "");
            text.Append("base ").Append(FormatNumber(BaseScore)).Append('\n');
            text.Append("context ").Append(FormatNumber(ContextWeights[0])).Append(' ').Append(FormatNumber(ContextWeights[1])).Append(' ').Append(FormatNumber(ContextWeights[2])).Append('\n');
            if (ContextWeights.Length == 5)
                text.Append("context-source ").Append(FormatNumber(ContextWeights[3])).Append(' ').Append(FormatNumber(ContextWeights[4])).Append('\n');
            if (DensityOfWordNetSynonyms) text.Append("context-density wordnet-synonyms\n");
            text.Append("report-threshold ").Append(FormatNumber(ReportThreshold)).Append('\n');
            text.Append("document-threshold ").Append(FormatNumber(DocumentThreshold)).Append('\n');
            if (LocalThreshold <= 1f) text.Append("local-threshold ").Append(FormatNumber(LocalThreshold)).Append('\n');
            if (SpunDocumentReportThreshold <= 1f) text.Append("spun-report-threshold ").Append(FormatNumber(SpunDocumentReportThreshold)).Append('\n');
            if (SpunPhraseReportThreshold <= 1f) text.Append("spun-phrase-report-threshold ").Append(FormatNumber(SpunPhraseReportThreshold)).Append('\n');
            if (WordNetReportThreshold <= 1f) text.Append("wordnet-report-threshold ").Append(FormatNumber(WordNetReportThreshold)).Append('\n');
            if (ShortTextWordNetReportThreshold <= 1f) text.Append("short-text-wordnet-report-threshold ").Append(FormatNumber(ShortTextWordNetReportThreshold)).Append('\n');
            if (Screen is { } screen)
            {
                AppendTrees(text, screen.Trees, "screen-");
                text.Append("screen ").Append(FormatNumber(screen.BaseScore)).Append(' ').Append(FormatNumber(screen.SkipBelow)).Append(' ')
                    .Append(FormatNumber(screen.StandIn)).Append('\n');
            }

            if (DocumentWeights is { } weights)
            {
                text.Append("document-bias ").Append(FormatNumber(DocumentBias)).Append('\n');
                for (int i = 0; i < weights.Length; i++)
                    text.Append("document-weight ").Append(SpinScoreFeatures.Names[i]).Append(' ').Append(FormatNumber(weights[i])).Append('\n');
            }

            if (ShortDocumentWeights is { } shortWeights)
            {
                text.Append("short-document-bias ").Append(FormatNumber(ShortDocumentBias)).Append('\n');
                for (int i = 0; i < shortWeights.Length; i++)
                    text.Append("short-document-weight ").Append(SpinScoreFeatures.Names[i]).Append(' ').Append(FormatNumber(shortWeights[i])).Append('\n');
            }
            return text.ToString();
        }

        private static List<(int, float, int, int, float)> Current(List<List<(int, float, int, int, float)>> trees) =>
            trees.Count > 0 ? trees[trees.Count - 1] : throw new FormatException("a node before any 'tree'");

        // Writes trees as `tree`, `split` and `leaf` lines (with `prefix`: the screen's), children numbered within the tree.
        private static void AppendTrees(StringBuilder text, IReadOnlyList<IReadOnlyList<(int Feature, float Threshold, int Left, int Right, float Value)>> trees, string prefix)
        {
            foreach (var tree in trees)
            {
                text.Append(prefix).Append("tree\n");
                foreach (var node in tree)
                {
                    if (node.Feature >= 0)
                        text.Append(prefix).Append("split ").Append(SwapFeatures.Names[node.Feature]).Append(' ').Append(FormatNumber(node.Threshold)).Append(' ')
                            .Append(node.Left.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(node.Right.ToString(CultureInfo.InvariantCulture)).Append('\n');
                    else
                        text.Append(prefix).Append("leaf ").Append(FormatNumber(node.Value)).Append('\n');
                }
            }
        }

        private static float Sigmoid(double z) => (float)(1.0 / (1.0 + Math.Exp(-z)));

        // The next field of a line (fields are separated by spaces or tabs); empty at the end of the line.
        private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
        {
            int start = 0, end = line.Length;
            while (start < end && IsSpace(line[start])) start++;
            while (end > start && IsSpace(line[end - 1])) end--;
            return line.Slice(start, end - start);
        }

        private static bool IsSpace(byte b) => b == (byte)' ' || b == (byte)'\t' || b == (byte)'\r' || b == (byte)'\n' || b == (byte)'\v' || b == (byte)'\f';

        private static ReadOnlySpan<byte> NextField(ref ReadOnlySpan<byte> line)
        {
            int start = 0;
            while (start < line.Length && (line[start] == (byte)' ' || line[start] == (byte)'\t')) start++;
            int end = start;
            while (end < line.Length && line[end] != (byte)' ' && line[end] != (byte)'\t') end++;
            var field = line.Slice(start, end - start);
            line = line.Slice(end);
            return field;
        }

        private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8.ToArray());

        private static int FeatureIndex(ReadOnlySpan<byte> name)
        {
            for (int i = 0; i < SwapFeatures.Names.Length; i++)
                if (Ascii(name, SwapFeatures.Names[i])) return i;
            return -1;
        }

        private static bool Ascii(ReadOnlySpan<byte> utf8, string name)
        {
            if (utf8.Length != name.Length) return false;
            for (int i = 0; i < name.Length; i++)
                if (utf8[i] != name[i]) return false;
            return true;
        }

        private static float Number(ReadOnlySpan<byte> s)
        {
            if (s.IsEmpty) throw new FormatException("a number is missing");
#if NET
            return float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
#else
            return float.Parse(Text(s), NumberStyles.Float, CultureInfo.InvariantCulture);
#endif
        }

        private static int Integer(ReadOnlySpan<byte> s)
        {
            if (s.IsEmpty) throw new FormatException("a number is missing");
#if NET
            return int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
#else
            return int.Parse(Text(s), NumberStyles.Integer, CultureInfo.InvariantCulture);
#endif
        }

        private static string FormatNumber(float value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}

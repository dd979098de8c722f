using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Evaluation;
using EditorialLint.Rules.Wording;
using EditorialLint.Rules.Wording.ContextModel;
using Microsoft.CodeAnalysis;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// Fold B of the tuning halves (BBC news and clean-diverse): the articles the trees never saw, on which the
    /// second stage and every threshold are fitted, and the four spinner styles each is spun by.
    /// </summary>
    internal static class FoldB
    {
        /// <summary>Whether a tuning article is in fold B (else in fold A): one fixed hash for every trainer.</summary>
        public static bool Contains(Article article) => (EvaluationSplit.Seed(article.Id, 77) & 1) == 1;

        /// <summary>
        /// The tuning halves of both corpora (BBC news and the 20 genres of clean-diverse, so that no genre runs hot), split
        /// again: fold A grows the trees, fold B (unseen by them) fits the second stage and the thresholds.
        /// </summary>
        public static (List<Article> FoldA, List<Article> FoldB) TuningFolds(string data)
        {
            var tune = EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut)
                .Concat(EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Where(a => !a.IsHeldOut)).ToList();
            return (tune.Where(a => !Contains(a)).ToList(), tune.Where(Contains).ToList());
        }

        /// <summary>Fold B's articles with their corpus ("bbc" or "diverse").</summary>
        public static List<(string Corpus, Article Article)> Articles(string data) =>
            EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut).Select(a => (Corpus: "bbc", Article: a))
                .Concat(EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Where(a => !a.IsHeldOut).Select(a => (Corpus: "diverse", Article: a)))
                .Where(x => Contains(x.Article)).ToList();

        /// <summary>Fold B's paragraphs of 60–150 words (<see cref="Program.ParagraphsOf"/>), with their articles' corpus.</summary>
        public static List<(string Corpus, Article Paragraph)> Paragraphs(string data) =>
            Articles(data).SelectMany(x => Program.ParagraphsOf(x.Article).Select(p => (x.Corpus, Paragraph: p))).ToList();

        /// <summary>Every spinner style (moby, wordnet, frequent, light) by name.</summary>
        public static List<(string Name, Spinner Spinner)> Spinners(string data, double rate)
        {
            var baseSpinner = Spinner.Create(data, rate, 0.5);
            return SpinStyle.Fitted(rate).Select(s => (s.Name, Spinner: baseSpinner.WithStyle(s, data))).ToList();
        }

        /// <summary>
        /// Every article of fold B, clean and spun by each of <paramref name="spinners"/>, read as EL2010 reads it: whether
        /// EL2900 calls the version spun (with <paramref name="certainFindings"/>, the rules whose findings count as certain
        /// swaps), its words, and each slot at or above <paramref name="lowest"/> with the gold swap it lies on, as
        /// <paramref name="slotOf"/> keeps it. One place for the threshold trainers (`train-spun`, `train-wordnet`).
        /// </summary>
        public static List<Scored<TSlot>> Score<TSlot>(List<(string Corpus, Article Article)> articles, List<(string Name, Spinner Spinner)> spinners,
            float lowest, Func<AnalyzedDocument, IReadOnlyList<Diagnostic>> certainFindings, Func<SwapSlot, GoldSwap?, TSlot> slotOf) =>
            Score(articles, spinners, certainFindings, (_, evidence, spun, gold) =>
                evidence.Resolve(lowest).Select(slot => slotOf(slot, GoldOf(slot, gold))).ToList());

        /// <summary>
        /// The groups whose clean findings the threshold trainers bound: the corpus, and for clean-diverse also its genre (the
        /// reviews as one, "diverse/review").
        /// </summary>
        public static IEnumerable<string> CleanGroupsOf(string corpus, string genre)
        {
            yield return corpus;
            if (corpus == "diverse") yield return "diverse/" + (genre.StartsWith("review-", StringComparison.Ordinal) ? "review" : genre);
        }

        /// <summary>The gold swap a slot lies on, or null.</summary>
        public static GoldSwap? GoldOf(SwapSlot slot, IReadOnlyList<GoldSwap> gold) =>
            gold.FirstOrDefault(g => g.Start < slot.Span.End && slot.Span.Start < g.End);

        /// <summary>
        /// The same, each version's slots as <paramref name="slotsOf"/> picks them from its document and evidence, given
        /// EL2900's verdict and the gold swaps.
        /// </summary>
        public static List<Scored<TSlot>> Score<TSlot>(List<(string Corpus, Article Article)> articles, List<(string Name, Spinner Spinner)> spinners,
            Func<AnalyzedDocument, IReadOnlyList<Diagnostic>> certainFindings, Func<AnalyzedDocument, SwapEvidence, bool, IReadOnlyList<GoldSwap>, List<TSlot>> slotsOf)
        {
            var scored = new List<Scored<TSlot>>[articles.Count];
            Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var (corpus, article) = articles[i];
                var list = new List<Scored<TSlot>>();
                void Add(string version, string text, IReadOnlyList<GoldSwap> gold)
                {
                    var document = AnalyzedDocument.FromText(article.Id, text);
                    var findings = certainFindings(document);
                    var evidence = SwapEvidence.For(document);
                    if (evidence is null) return;
                    bool spun = DocumentSpinScoreRule.CallsSpun(document, findings.ToImmutableArray(), RuleOptions.Default);
                    var slots = slotsOf(document, evidence, spun, gold);
                    list.Add(new Scored<TSlot>(corpus, article.Genre, version, spun, evidence.WordCount, slots, gold.Count));
                }

                Add("clean", article.Text, Array.Empty<GoldSwap>());
                foreach (var (name, spinner) in spinners)
                {
                    var spunArticle = spinner.Spin(article, 2);
                    Add(name, spunArticle.Text, spunArticle.Gold);
                }

                scored[i] = list;
            });

            return scored.SelectMany(x => x).ToList();
        }

        /// <summary>One version of a fold-B article: clean, or spun by the spinner <see cref="Version"/> names.</summary>
        internal sealed record Scored<TSlot>(string Corpus, string Genre, string Version, bool CalledSpun, int Words, List<TSlot> Slots, int Gold);
    }
}

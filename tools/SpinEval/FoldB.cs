using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Evaluation;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// Fold B of the tuning halves (BBC news and clean-diverse): the articles the trees never saw, on which the
    /// second stage and every threshold are fitted, and the four spinner styles each is spun by.
    /// </summary>
    internal static class FoldB
    {
        /// <summary>Fold B's articles with their corpus ("bbc" or "diverse").</summary>
        public static List<(string Corpus, Article Article)> Articles(string data) =>
            EvaluationArticles.Load(Path.Combine(data, "clean-news", "bbc")).Where(a => !a.IsHeldOut).Select(a => (Corpus: "bbc", Article: a))
                .Concat(EvaluationArticles.LoadDiverse(Path.Combine(data, "clean-diverse")).Where(a => !a.IsHeldOut).Select(a => (Corpus: "diverse", Article: a)))
                .Where(x => (EvaluationSplit.Seed(x.Article.Id, 77) & 1) == 1).ToList();

        /// <summary>Every spinner style (moby, wordnet, frequent, light) by name.</summary>
        public static List<(string Name, Spinner Spinner)> Spinners(string data, double rate)
        {
            var baseSpinner = Spinner.Create(data, rate, 0.5);
            return new[] { SpinStyle.Moby(rate, 0.5), SpinStyle.WordNet, SpinStyle.Frequent, SpinStyle.Light }.Select(s => (s.Name, Spinner: baseSpinner.WithStyle(s, data))).ToList();
        }
    }
}

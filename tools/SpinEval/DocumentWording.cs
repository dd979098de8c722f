using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Tokens;

using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// How well the corpus attests a document's own wording, word by word, whether or not the thesaurus offers a
    /// candidate: a spinner's swaps break pairs and trigrams the corpus knows even where no slot can name the original
    /// (most of a WordNet spinner's swaps), and put rare words where the article had common ones. Counted over lower-case
    /// content words only (a spinner leaves names alone, and names are rare and unattested in clean copy too).
    /// </summary>
    internal readonly struct DocumentWording
    {
        // A word the corpus saw fewer than about 40 times (level 1 + 10·log2 count) is rare.
        private const int RareLevel = 54;

        private DocumentWording(int words, int unseenPairs, int unseenTrigrams, int rareOnce, double logProbability)
        {
            Words = words;
            UnseenPairs = unseenPairs;
            UnseenTrigrams = unseenTrigrams;
            RareOnce = rareOnce;
            LogProbability = logProbability;
        }

        /// <summary>Lower-case content words.</summary>
        public int Words { get; }

        /// <summary>Of those, words neither of whose pairs (with the token before, with the token after) the corpus or the books saw.</summary>
        public int UnseenPairs { get; }

        /// <summary>Of those, words whose trigram (token before, word, token after) the corpus never saw.</summary>
        public int UnseenTrigrams { get; }

        /// <summary>Of those, rare words (fewer than about 40 corpus uses) that the document uses once.</summary>
        public int RareOnce { get; }

        /// <summary>The sum of ln S(word | two tokens before) over those words.</summary>
        public double LogProbability { get; }

        /// <summary>Counts a document's wording against the model's tables.</summary>
        public static DocumentWording Compute(AnalyzedDocument document, ContextModelData model)
        {
            var uses = new Dictionary<ulong, int>();
            foreach (var token in document.Tokens)
            {
                if (token.Kind != TokenKind.Word) continue;
                ulong key = ModelText.HashToken(document, token);
                uses.TryGetValue(key, out int n);
                uses[key] = n + 1;
            }

            int words = 0, unseenPairs = 0, unseenTrigrams = 0, rareOnce = 0;
            double logProbability = 0;
            var sequence = new List<ulong>();
            foreach (var sentence in document.Sentences)
            {
                var tokens = document.GetTokens(sentence);
                sequence.Clear();
                sequence.Add(ModelText.SentenceStart);
                foreach (var token in tokens) sequence.Add(ModelText.HashToken(document, token));
                sequence.Add(ModelText.SentenceEnd);
                for (int i = 0; i < tokens.Length; i++)
                {
                    var token = tokens[i];
                    if (token.Kind != TokenKind.Word || char.IsUpper(document.Text[token.Start]) || !SwapScorer.IsContentWord(document, token)) continue;
                    ulong before = sequence[i], word = sequence[i + 1], after = sequence[i + 2];
                    words++;
                    bool left = model.Bigrams.GetLevel(ModelText.Bigram(before, word)) != 0 || model.BooksBigrams.GetLevel(ModelText.Bigram(before, word)) != 0;
                    bool right = model.Bigrams.GetLevel(ModelText.Bigram(word, after)) != 0 || model.BooksBigrams.GetLevel(ModelText.Bigram(word, after)) != 0;
                    if (!left && !right) unseenPairs++;
                    if (model.Trigrams.GetLevel(ModelText.Trigram(before, word, after)) == 0) unseenTrigrams++;
                    if (model.Unigrams.GetLevel(word) < RareLevel && uses.TryGetValue(word, out int n) && n == 1) rareOnce++;
                    logProbability += model.LanguageModel.LogProbability(i >= 1 ? sequence[i - 1] : 0, before, word);
                }
            }

            return new DocumentWording(words, unseenPairs, unseenTrigrams, rareOnce, logProbability);
        }
    }
}

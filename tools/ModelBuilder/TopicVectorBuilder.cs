using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.ModelBuilder
{
    /// <summary>
    /// Builds <c>topic-vectors.bin</c> (<see cref="TopicVectors"/>): a short vector per frequent content word, such that words
    /// used in the same paragraphs point the same way. Counts, for each of the <see cref="Words"/> most frequent content words
    /// of the book word list, how often each of the <see cref="Contexts"/> most frequent appears within
    /// <see cref="Window"/> content words of it in the same corpus paragraph; weighs the counts by positive PMI with smoothed
    /// context counts; and keeps the <see cref="Dimensions"/> strongest directions (a randomized SVD, fixed seed), each word's
    /// vector normalized and stored in signed bytes. Deterministic: the same corpus gives the same bytes.
    /// </summary>
    internal static class TopicVectorBuilder
    {
        public const int Words = 50_000;
        public const int Contexts = 4_000;
        public const int Window = 10;
        public const int Dimensions = 64;
        private const double ContextSmoothing = 0.75;
        private const int Oversampling = 16;
        private const int PowerIterations = 3;
        private const int Seed = 20261207;

        public static byte[] Build(string shared, long maxWords, Action<string> log)
        {
            var data = Path.Combine(shared, "data");
            var vocabulary = ReadVocabulary(Path.Combine(data, "unigrams", "frequency_dictionary_en_82_765.txt"));
            var index = new Dictionary<ulong, int>(vocabulary.Count);
            for (int i = 0; i < vocabulary.Count; i++) index[ModelText.HashWord(vocabulary[i].AsSpan())] = i;
            log($"topic vectors: {vocabulary.Count:N0} words, the first {Contexts:N0} as contexts");

            var counts = new float[(long)vocabulary.Count * Contexts];
            var corpus = Path.Combine(data, "corpus");
            long seen = 0;
            var paragraph = new List<int>();
            void Add(IEnumerable<string> paragraphs)
            {
                foreach (var text in paragraphs)
                {
                    if (seen >= maxWords) return;
                    paragraph.Clear();
                    seen += ContentWords(text, index, paragraph);
                    CountPairs(paragraph, counts);
                }
            }

            Add(CorpusReader.ReadWikinews(Path.Combine(corpus, "wikinews_filtered.txt.xz")));
            Add(CorpusReader.ReadWikipedia(Path.Combine(corpus, "enwiki2021.tar.xz")));
            Add(CorpusReader.ReadWikipedia(Path.Combine(corpus, "enwiki2014.tar.xz")));
            log($"topic vectors: {seen:N0} words read");

            WeighByPmi(counts, vocabulary.Count);
            var vectors = TopDirections(counts, vocabulary.Count, log);
            return Write(vocabulary, vectors);
        }

        /// <summary>The words that get a vector, most frequent first.</summary>
        public static List<string> Vocabulary(string shared) =>
            ReadVocabulary(Path.Combine(shared, "data", "unigrams", "frequency_dictionary_en_82_765.txt"));

        /// <summary>The most frequent content words of the book word list, most frequent first (one per key).</summary>
        private static List<string> ReadVocabulary(string path)
        {
            var words = new List<string>(Words);
            var keys = new HashSet<ulong>();
            foreach (var line in File.ReadLines(path))
            {
                int space = line.IndexOf(' ');
                if (space <= 0) continue;
                var word = line.Substring(0, space).Trim('\uFEFF');
                if (!IsWord(word) || !SwapScorer.IsContentWordText(word.AsSpan())) continue;
                if (!keys.Add(ModelText.HashWord(word.AsSpan()))) continue;
                words.Add(word);
                if (words.Count == Words) break;
            }

            return words;
        }

        private static bool IsWord(string word)
        {
            foreach (char c in word)
                if (!char.IsLetter(c) && c != '\'' && c != '-') return false;
            return word.Length > 0;
        }

        /// <summary>The paragraph's content words in the vocabulary, in order (indices into it); returns the words read.</summary>
        private static int ContentWords(string text, Dictionary<ulong, int> index, List<int> paragraph)
        {
            int words = 0;
            int i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetter(text[i])) { i++; continue; }
                int start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || ((text[i] == '\'' || text[i] == '\u2019' || text[i] == '-') && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                words++;
                var word = text.AsSpan(start, i - start);
                if (!SwapScorer.IsContentWordText(word)) continue;
                if (index.TryGetValue(ModelText.HashWord(word), out int w)) paragraph.Add(w);
            }

            return words;
        }

        // Each word of the paragraph with every context word within Window content words of it, both ways.
        private static void CountPairs(List<int> paragraph, float[] counts)
        {
            for (int i = 0; i < paragraph.Count; i++)
            {
                long row = (long)paragraph[i] * Contexts;
                int end = Math.Min(paragraph.Count, i + Window + 1);
                for (int j = Math.Max(0, i - Window); j < end; j++)
                {
                    if (j == i) continue;
                    int c = paragraph[j];
                    if (c < Contexts) counts[row + c]++;
                }
            }
        }

        // Positive PMI, the context distribution smoothed (counts to the power 0.75) so that rare contexts do not dominate.
        private static void WeighByPmi(float[] counts, int words)
        {
            var rows = new double[words];
            var columns = new double[Contexts];
            for (int w = 0; w < words; w++)
            {
                for (int c = 0; c < Contexts; c++)
                {
                    double n = counts[(long)w * Contexts + c];
                    rows[w] += n;
                    columns[c] += n;
                }
            }

            double smoothedTotal = columns.Sum(n => Math.Pow(n, ContextSmoothing));
            var contextShare = columns.Select(n => Math.Pow(n, ContextSmoothing) / smoothedTotal).ToArray();
            Parallel.For(0, words, w =>
            {
                for (int c = 0; c < Contexts; c++)
                {
                    long at = (long)w * Contexts + c;
                    double n = counts[at];
                    counts[at] = n == 0 ? 0 : (float)Math.Max(0, Math.Log(n / (rows[w] * contextShare[c])));
                }
            });
        }

        /// <summary>
        /// The rows of the words × contexts matrix projected on its <see cref="Dimensions"/> strongest directions (randomized
        /// range finder with power iterations, then the small problem solved exactly), each row scaled to unit length.
        /// </summary>
        private static float[][] TopDirections(float[] x, int words, Action<string> log)
        {
            int k = Dimensions + Oversampling;
            var random = new Random(Seed);
            // Ω: contexts × k, Gaussian.
            var omega = new double[Contexts][];
            for (int c = 0; c < Contexts; c++)
            {
                omega[c] = new double[k];
                for (int j = 0; j < k; j++) omega[c][j] = Gaussian(random);
            }

            var q = Multiply(x, words, omega, k);
            Orthonormalize(q, k);
            for (int p = 0; p < PowerIterations; p++)
            {
                var z = MultiplyTransposed(x, words, q, k);
                Orthonormalize(z, k);
                q = Multiply(x, words, z, k);
                Orthonormalize(q, k);
            }

            // B = Qᵀ X (k × contexts); B Bᵀ = U Σ² Uᵀ; the words' coordinates are Q U Σ^½ (the usual weighting for PMI vectors).
            var b = MultiplyTransposed(x, words, q, k); // contexts × k, i.e. Bᵀ
            var bbt = new double[k, k];
            for (int c = 0; c < Contexts; c++)
                for (int i = 0; i < k; i++)
                    for (int j = i; j < k; j++) bbt[i, j] += b[c][i] * b[c][j];
            for (int i = 0; i < k; i++)
                for (int j = 0; j < i; j++) bbt[i, j] = bbt[j, i];
            var (values, u) = SymmetricEigen(bbt, k);
            var order = Enumerable.Range(0, k).OrderByDescending(i => values[i]).Take(Dimensions).ToArray();
            log("topic vectors: singular values " + string.Join(" ", order.Take(8).Select(i => Math.Sqrt(Math.Max(0, values[i])).ToString("F1", CultureInfo.InvariantCulture))) + " ...");

            var vectors = new float[words][];
            Parallel.For(0, words, w =>
            {
                var v = new float[Dimensions];
                double norm = 0;
                for (int d = 0; d < Dimensions; d++)
                {
                    int e = order[d];
                    double s = Math.Pow(Math.Max(0, values[e]), 0.25); // Σ^½
                    double sum = 0;
                    for (int i = 0; i < k; i++) sum += q[w][i] * u[i, e];
                    v[d] = (float)(sum * s);
                    norm += v[d] * (double)v[d];
                }

                norm = Math.Sqrt(norm);
                if (norm > 0)
                    for (int d = 0; d < Dimensions; d++) v[d] = (float)(v[d] / norm);
                vectors[w] = v;
            });
            return vectors;
        }

        private static double Gaussian(Random random)
        {
            double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }

        // X (words × contexts) · M (contexts × k).
        private static double[][] Multiply(float[] x, int words, double[][] m, int k)
        {
            var result = new double[words][];
            Parallel.For(0, words, w =>
            {
                var row = new double[k];
                long at = (long)w * Contexts;
                for (int c = 0; c < Contexts; c++)
                {
                    float value = x[at + c];
                    if (value == 0) continue;
                    var mc = m[c];
                    for (int j = 0; j < k; j++) row[j] += value * mc[j];
                }

                result[w] = row;
            });
            return result;
        }

        // Xᵀ (contexts × words) · M (words × k), summed per thread over word blocks in a fixed order (deterministic).
        private static double[][] MultiplyTransposed(float[] x, int words, double[][] m, int k)
        {
            const int Block = 2048;
            int blocks = (words + Block - 1) / Block;
            var partial = new double[blocks][];
            Parallel.For(0, blocks, blk =>
            {
                var sum = new double[Contexts * k];
                for (int w = blk * Block; w < Math.Min(words, (blk + 1) * Block); w++)
                {
                    long at = (long)w * Contexts;
                    var mw = m[w];
                    for (int c = 0; c < Contexts; c++)
                    {
                        float value = x[at + c];
                        if (value == 0) continue;
                        int o = c * k;
                        for (int j = 0; j < k; j++) sum[o + j] += value * mw[j];
                    }
                }

                partial[blk] = sum;
            });
            var result = new double[Contexts][];
            for (int c = 0; c < Contexts; c++)
            {
                var row = new double[k];
                for (int blk = 0; blk < blocks; blk++)
                    for (int j = 0; j < k; j++) row[j] += partial[blk][c * k + j];
                result[c] = row;
            }

            return result;
        }

        // Modified Gram–Schmidt over the k columns of a tall matrix (rows of length k).
        private static void Orthonormalize(double[][] a, int k)
        {
            int n = a.Length;
            for (int j = 0; j < k; j++)
            {
                for (int i = 0; i < j; i++)
                {
                    double dot = 0;
                    for (int r = 0; r < n; r++) dot += a[r][i] * a[r][j];
                    for (int r = 0; r < n; r++) a[r][j] -= dot * a[r][i];
                }

                double norm = 0;
                for (int r = 0; r < n; r++) norm += a[r][j] * a[r][j];
                norm = Math.Sqrt(norm);
                if (norm == 0) norm = 1;
                for (int r = 0; r < n; r++) a[r][j] /= norm;
            }
        }

        // Cyclic Jacobi on a small symmetric matrix: its eigenvalues and eigenvectors (columns of the second value).
        private static (double[] Values, double[,] Vectors) SymmetricEigen(double[,] matrix, int n)
        {
            var a = (double[,])matrix.Clone();
            var v = new double[n, n];
            for (int i = 0; i < n; i++) v[i, i] = 1;
            for (int sweep = 0; sweep < 100; sweep++)
            {
                double off = 0;
                for (int p = 0; p < n; p++)
                    for (int q = p + 1; q < n; q++) off += a[p, q] * a[p, q];
                if (off < 1e-22) break;
                for (int p = 0; p < n; p++)
                {
                    for (int q = p + 1; q < n; q++)
                    {
                        if (Math.Abs(a[p, q]) < 1e-300) continue;
                        double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                        double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                        if (theta == 0) t = 1;
                        double cos = 1 / Math.Sqrt(t * t + 1), sin = t * cos;
                        for (int r = 0; r < n; r++)
                        {
                            double arp = a[r, p], arq = a[r, q];
                            a[r, p] = cos * arp - sin * arq;
                            a[r, q] = sin * arp + cos * arq;
                        }

                        for (int r = 0; r < n; r++)
                        {
                            double apr = a[p, r], aqr = a[q, r];
                            a[p, r] = cos * apr - sin * aqr;
                            a[q, r] = sin * apr + cos * aqr;
                        }

                        for (int r = 0; r < n; r++)
                        {
                            double vrp = v[r, p], vrq = v[r, q];
                            v[r, p] = cos * vrp - sin * vrq;
                            v[r, q] = sin * vrp + cos * vrq;
                        }
                    }
                }
            }

            var values = new double[n];
            for (int i = 0; i < n; i++) values[i] = a[i, i];
            return (values, v);
        }

        // The table: the words' keys in ascending order, then each one's vector (TopicVectors reads it).
        private static byte[] Write(List<string> vocabulary, float[][] vectors)
        {
            var order = Enumerable.Range(0, vocabulary.Count).OrderBy(i => ModelText.HashWord(vocabulary[i].AsSpan())).ToArray();
            var keys = order.Select(i => ModelText.HashWord(vocabulary[i].AsSpan())).ToArray();
            var quantized = new sbyte[vocabulary.Count * Dimensions];
            for (int r = 0; r < order.Length; r++)
            {
                var v = vectors[order[r]];
                for (int d = 0; d < Dimensions; d++)
                    quantized[r * Dimensions + d] = (sbyte)Math.Clamp(Math.Round(v[d] * TopicVectors.Scale), -127, 127);
            }

            return TopicVectors.Serialize(keys, quantized, Dimensions);
        }

        /// <summary>The nearest words of some probes (a sanity check printed by the build).</summary>
        public static IEnumerable<string> Neighbours(TopicVectors vectors, IEnumerable<string> words, IReadOnlyList<string> vocabulary, int count)
        {
            foreach (var word in words)
            {
                int i = vectors.IndexOf(ModelText.HashWord(word.AsSpan()));
                if (i < 0) { yield return word + ": not in the table"; continue; }
                var best = vocabulary
                    .Select(other => (Word: other, Index: vectors.IndexOf(ModelText.HashWord(other.AsSpan()))))
                    .Where(p => p.Index >= 0 && p.Index != i)
                    .Select(p => (p.Word, Cos: vectors.Cosine(i, p.Index)))
                    .OrderByDescending(p => p.Cos).Take(count);
                yield return word + ": " + string.Join(", ", best.Select(p => p.Word));
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace EditorialLint.Evaluation
{
    /// <summary>A clean article, the half of the split it belongs to, and its genre ("bbc" for the BBC news set).</summary>
    internal sealed record Article(string Id, string Text, bool IsHeldOut, string Genre = "bbc");

    /// <summary>
    /// The evaluation sets every tool reads: the BBC clean-news articles and the clean-diverse articles, each marked
    /// with its half of <see cref="EvaluationSplit"/>. Linked into each evaluation tool's project.
    /// </summary>
    internal static class EvaluationArticles
    {
        public static List<Article> Load(string bbcFolder)
        {
            var articles = new List<Article>();
            var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
            var topics = Directory.GetDirectories(bbcFolder);
            Array.Sort(topics, StringComparer.Ordinal);
            foreach (var topic in topics)
            {
                var files = Directory.GetFiles(topic, "*.txt");
                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files)
                {
                    string id = Path.GetFileName(topic) + "/" + Path.GetFileName(file);
                    string text;
                    try
                    {
                        text = strict.GetString(File.ReadAllBytes(file));
                    }
                    catch (DecoderFallbackException)
                    {
                        continue; // one article is Latin-1: bad input, not news
                    }

                    articles.Add(new Article(id, text.Replace("\r\n", "\n"), EvaluationSplit.IsHeldOut(id)));
                }
            }

            return articles;
        }

        /// <summary>
        /// The clean-diverse articles (../shared/data/clean-diverse), with the genre of their index.tsv row, split by the
        /// same hash of their file name ("news-001.txt") as the BBC articles are of their relative path.
        /// </summary>
        public static List<Article> LoadDiverse(string folder)
        {
            var articles = new List<Article>();
            var index = Path.Combine(folder, "index.tsv");
            if (!File.Exists(index)) return articles;
            bool header = true;
            foreach (var line in File.ReadLines(index))
            {
                if (header) { header = false; continue; }
                var fields = line.Split('\t');
                if (fields.Length < 2) continue;
                var path = Path.Combine(folder, fields[0]);
                if (!File.Exists(path)) continue;
                articles.Add(new Article(fields[0], File.ReadAllText(path).Replace("\r\n", "\n"), EvaluationSplit.IsHeldOut(fields[0]), fields[1]));
            }

            articles.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return articles;
        }
    }
}

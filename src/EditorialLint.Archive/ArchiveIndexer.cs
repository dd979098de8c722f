using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Numbers;
using EditorialLint.Rules.Numbers;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Archive
{
    /// <summary>
    /// Turns articles into archive entries: the figures and events the numbers rules compare
    /// (<see cref="ArchiveFacts"/>), the article's salient names, and from its front matter the URL, title and
    /// publication date (<see cref="ArticleYear"/>).
    /// </summary>
    public static class ArchiveIndexer
    {
        /// <summary>The identity of an article in the archive: its full path.</summary>
        public static string Identity(string path) => Path.GetFullPath(path);

        /// <summary>The entry for one analysed document, archived under <paramref name="archivePath"/>.</summary>
        public static ArchiveEntry Index(AnalyzedDocument document, string archivePath)
        {
            var content = document.Source.Content;
            var front = ArticleFrontMatter.Read(content);
            var published = ArticleYear.PublicationDate(content) ?? default;
            var article = new ArchivedArticle(Identity(archivePath), front.Url, front.Title, published, NumberMentions.Get(document).SalientNames, Hash(content));
            return new ArchiveEntry(article, ArchiveFacts.Extract(document));
        }

        /// <summary>
        /// Loads and indexes <paramref name="inputs"/> on <paramref name="jobs"/> threads (0: one per core), handing each
        /// entry to the caller as it is ready; a document that cannot be read or parsed goes to
        /// <paramref name="problems"/> (EL9xxx) and is not archived.
        /// </summary>
        public static IEnumerable<ArchiveEntry> IndexAll(IReadOnlyList<(DocumentInput Input, string FilePath)> inputs, int jobs, Action<Diagnostic> problems)
        {
            using var ready = new BlockingCollection<ArchiveEntry>(boundedCapacity: 256);
            using var stop = new CancellationTokenSource();
            var options = new ParallelOptions
            {
                MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount,
                CancellationToken = stop.Token,
            };
            var producer = Task.Run(() =>
            {
                try
                {
                    Parallel.ForEach(inputs, options, item =>
                    {
                        var entry = IndexOne(item.Input, item.FilePath, problems);
                        if (entry is not null) ready.Add(entry, stop.Token);
                    });
                }
                catch (OperationCanceledException)
                {
                }
                finally
                {
                    ready.CompleteAdding();
                }
            });
            try
            {
                foreach (var entry in ready.GetConsumingEnumerable()) yield return entry;
            }
            finally
            {
                // The consumer stopped early (a write failed): stop the producers too.
                stop.Cancel();
                try
                {
                    producer.Wait();
                }
                catch (AggregateException)
                {
                }
            }

            producer.GetAwaiter().GetResult();
        }

        private static ArchiveEntry? IndexOne(DocumentInput input, string filePath, Action<Diagnostic> problems)
        {
            var loaded = input.Load();
            foreach (var d in loaded.Diagnostics) problems(d);
            if (loaded.Document is null) return null;
            try
            {
                return Index(AnalyzedDocument.Create(loaded.Document), filePath);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                problems(DocumentFailure.Create(loaded.Document.Path, e, loaded.Document.Text));
                return null;
            }
        }

        private static string Hash(string content)
        {
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(content));
            return Convert.ToHexString(bytes, 0, 16);
        }
    }
}

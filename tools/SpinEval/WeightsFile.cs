using System;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// The one place the trainers rewrite a committed weights file: the classifier as refitted, under the file's header with
    /// the line that starts with the trainer's prefix replaced by a new one (the other trainers' lines kept).
    /// </summary>
    internal static class WeightsFile
    {
        /// <summary>
        /// Writes <paramref name="classifier"/> to <paramref name="fileName"/> in the repository's Data folder
        /// (<see cref="SwapClassifier.FileName"/> or <see cref="SwapClassifier.WordNetFileName"/>), its header line starting with
        /// <paramref name="headerPrefix"/> replaced by <paramref name="headerLine"/>; returns the path.
        /// </summary>
        public static string Write(string repo, string fileName, SwapClassifier classifier, string headerPrefix, string headerLine)
        {
            var path = Path.Combine(repo, "src", "EditorialLint.Rules", "Wording", "Data", fileName);
            var header = File.ReadLines(path).TakeWhile(l => l.StartsWith("#", StringComparison.Ordinal))
                .Select(l => l.Substring(Math.Min(2, l.Length))).Where(l => !l.StartsWith(headerPrefix, StringComparison.Ordinal)).ToList();
            header.Add(headerLine);
            File.WriteAllText(path, classifier.Format(header), new UTF8Encoding(false));
            return path;
        }
    }
}

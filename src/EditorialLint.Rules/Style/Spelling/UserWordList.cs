using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>
    /// A user's word list (<c>editorial_lint.spelling.words</c>): one word a line, accepted by the spelling rules;
    /// <c>!word</c> rejects a word the dictionaries know; blank lines and lines starting with <c>#</c> are skipped.
    /// Words compare ignoring case. Lists are read once per path and change of the file.
    /// </summary>
    internal sealed class UserWordList
    {
        private static readonly ConcurrentDictionary<string, (DateTime Written, UserWordList List)> Cache =
            new ConcurrentDictionary<string, (DateTime, UserWordList)>(StringComparer.Ordinal);

        private readonly HashSet<string> _accepted;
        private readonly HashSet<string> _rejected;

        private UserWordList(HashSet<string> accepted, HashSet<string> rejected)
        {
            _accepted = accepted;
            _rejected = rejected;
        }

        /// <summary>No words.</summary>
        public static UserWordList Empty { get; } = new UserWordList(
            new HashSet<string>(StringComparer.OrdinalIgnoreCase), new HashSet<string>(StringComparer.OrdinalIgnoreCase));

        /// <summary>Whether the list accepts the word.</summary>
        public bool Accepts(string word) => _accepted.Count > 0 && _accepted.Contains(Normalize(word));

        /// <summary>Whether the list rejects the word (<c>!word</c>).</summary>
        public bool Rejects(string word) => _rejected.Count > 0 && _rejected.Contains(Normalize(word));

        /// <summary><see cref="Accepts(string)"/> of a word in the text: no string is made while the list accepts nothing.</summary>
        public bool Accepts(ReadOnlySpan<char> word) => _accepted.Count > 0 && Accepts(word.ToString());

        /// <summary><see cref="Rejects(string)"/> of a word in the text: no string is made while the list rejects nothing.</summary>
        public bool Rejects(ReadOnlySpan<char> word) => _rejected.Count > 0 && Rejects(word.ToString());

        /// <summary>Parses the text of a list.</summary>
        public static UserWordList Parse(string text)
        {
            var accepted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var rejected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.Trim().TrimStart('\uFEFF');
                if (line.Length == 0 || line[0] == '#') continue;
                if (line[0] == '!')
                {
                    if (line.Length > 1) rejected.Add(Normalize(line.Substring(1).Trim()));
                }
                else
                {
                    accepted.Add(Normalize(line));
                }
            }

            return new UserWordList(accepted, rejected);
        }

        /// <summary>
        /// The list at <paramref name="path"/> (already resolved against its configuration file). A missing file is
        /// reported by configuration checking (EL9014); here it is an empty list, so that linting goes on.
        /// </summary>
        public static UserWordList Load(string path)
        {
            try
            {
                var written = File.GetLastWriteTimeUtc(path);
                if (Cache.TryGetValue(path, out var cached) && cached.Written == written) return cached.List;
                var list = Parse(File.ReadAllText(path));
                Cache[path] = (written, list);
                return list;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                return Empty;
            }
        }

        private static string Normalize(string word) => word.Replace('\u2019', '\'');
    }
}

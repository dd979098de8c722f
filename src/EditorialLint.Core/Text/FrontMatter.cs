using System;
using System.Collections.Generic;

namespace EditorialLint.Text
{
    /// <summary>
    /// The front matter block at the top of an article: YAML between <c>---</c> lines (closed by <c>---</c> or
    /// <c>...</c>) or TOML between <c>+++</c> lines. One reader for everyone who needs a field of it (the publication
    /// date, the archive's url and title). Only top-level <c>key: value</c> / <c>key = value</c> lines are read: an
    /// indented key belongs to something else (an event, an image). A block without its closing line is not front
    /// matter.
    /// </summary>
    public static class FrontMatter
    {
        /// <summary>
        /// Reads the block at the top of <paramref name="content"/> (after a byte order mark): its top-level fields in
        /// order, values unquoted and without a trailing comment, and <paramref name="end"/>, where the body starts.
        /// False, with <paramref name="end"/> at the start of the text, when there is no block.
        /// </summary>
        public static bool TryRead(string content, out IReadOnlyList<KeyValuePair<string, string>> fields, out int end)
        {
            if (content is null) throw new ArgumentNullException(nameof(content));
            int start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
            fields = Array.Empty<KeyValuePair<string, string>>();
            end = start;
            var fence = ReadLine(content, start, out int next).Trim();
            if (fence != "---" && fence != "+++") return false;
            var found = new List<KeyValuePair<string, string>>();
            while (next < content.Length)
            {
                var line = ReadLine(content, next, out next);
                var trimmed = line.Trim();
                if (trimmed == fence || (fence == "---" && trimmed == "..."))
                {
                    fields = found;
                    end = next;
                    return true;
                }

                if (line.Length == 0 || char.IsWhiteSpace(line[0])) continue;
                int separator = line.IndexOfAny(new[] { ':', '=' });
                if (separator <= 0) continue;
                var key = line.Substring(0, separator).Trim().Trim('"', '\'');
                found.Add(new KeyValuePair<string, string>(key, Unquote(line.Substring(separator + 1).Trim())));
            }

            return false;
        }

        /// <summary>One line from <paramref name="start"/>, without its line break; <paramref name="next"/> is the next line's start.</summary>
        public static string ReadLine(string content, int start, out int next)
        {
            int end = content.IndexOf('\n', start);
            if (end < 0)
            {
                next = content.Length;
                end = content.Length;
            }
            else
            {
                next = end + 1;
            }

            if (end > start && content[end - 1] == '\r') end--;
            return content.Substring(start, end - start);
        }

        // A quoted value is what the quotes hold; an unquoted one ends at a YAML comment ("2024-03-04 # first edition").
        private static string Unquote(string value)
        {
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\''))
            {
                int close = value.IndexOf(value[0], 1);
                if (close > 0) return value.Substring(1, close - 1).Trim();
            }

            int comment = value.IndexOf(" #", StringComparison.Ordinal);
            return comment >= 0 ? value.Substring(0, comment).Trim() : value;
        }
    }
}

using System;
using System.Text;
using System.Text.RegularExpressions;

namespace EditorialLint.Cli
{
    /// <summary>
    /// A file glob: <c>*</c> matches within a path segment, <c>**</c> across segments, <c>?</c> one character,
    /// <c>{a,b}</c> alternatives. Matched against paths with forward slashes, relative to the folder searched.
    /// A glob without a slash matches the file name anywhere (<c>*.md</c> is <c>**/*.md</c>). Matching takes time
    /// linear in the path's length for any pattern.
    /// </summary>
    public sealed class Glob
    {
        // Building a non-backtracking regex costs milliseconds, a visible share of a one-article run: the common
        // "*.md" is matched as a suffix, and any other pattern builds its regex when first matched.
        private readonly string? _suffix;
        private readonly Lazy<Regex>? _regex;

        private Glob(string pattern, string? suffix, Lazy<Regex>? regex)
        {
            Pattern = pattern;
            _suffix = suffix;
            _regex = regex;
        }

        /// <summary>The pattern as written.</summary>
        public string Pattern { get; }

        /// <summary>Parses a glob; a malformed one is a <see cref="UsageException"/>.</summary>
        public static Glob Parse(string pattern)
        {
            var p = pattern.Replace('\\', '/');
            if (p.StartsWith("./", StringComparison.Ordinal)) p = p.Substring(2);
            if (p.IndexOf('/') < 0) p = "**/" + p;
            if (p.StartsWith("**/*", StringComparison.Ordinal) && p.AsSpan(4).IndexOfAny("*?{},/") < 0)
                return new Glob(pattern, p.Substring(4), null);
            var regex = new StringBuilder("^");
            int braces = 0;
            for (int i = 0; i < p.Length; i++)
            {
                char c = p[i];
                switch (c)
                {
                    case '*':
                        if (i + 1 < p.Length && p[i + 1] == '*')
                        {
                            bool slashAfter = i + 2 < p.Length && p[i + 2] == '/';
                            regex.Append(slashAfter ? "(?:.*/)?" : ".*");
                            i += slashAfter ? 2 : 1;
                        }
                        else
                        {
                            regex.Append("[^/]*");
                        }

                        break;
                    case '?':
                        regex.Append("[^/]");
                        break;
                    case '{':
                        braces++;
                        regex.Append("(?:");
                        break;
                    case '}':
                        if (braces == 0) throw new UsageException($"glob '{pattern}' has a '}}' without its '{{'");
                        braces--;
                        regex.Append(')');
                        break;
                    case ',':
                        regex.Append(braces > 0 ? "|" : ",");
                        break;
                    default:
                        regex.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            if (braces != 0) throw new UsageException($"glob '{pattern}' has a '{{' that is never closed");
            regex.Append('$');
            // The non-backtracking engine matches in time linear in the path whatever the pattern ("*a*a*a*a*ab" once took
            // seconds per folder with the backtracking one).
            var expression = regex.ToString();
            return new Glob(pattern, null, new Lazy<Regex>(() =>
                new Regex(expression, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)));
        }

        /// <summary>Whether a relative path (either slash) matches.</summary>
        public bool IsMatch(string relativePath) =>
            _suffix is not null
                ? relativePath.EndsWith(_suffix, StringComparison.OrdinalIgnoreCase)
                : _regex!.Value.IsMatch(relativePath.Replace('\\', '/'));
    }
}

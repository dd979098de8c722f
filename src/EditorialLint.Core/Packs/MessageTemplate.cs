using System;
using System.Collections.Generic;
using System.Text;

namespace EditorialLint.Packs
{
    /// <summary>
    /// A rule pack message with <c>{name}</c> placeholders ("'{match}' looks like a spun form of '{suggestion}'"),
    /// checked when the pack loads so that a misspelt placeholder is an error, not a literal in every message.
    /// </summary>
    public sealed class MessageTemplate
    {
        private readonly string[] _literals;
        private readonly string[] _names;

        private MessageTemplate(string text, string[] literals, string[] names)
        {
            Text = text;
            _literals = literals;
            _names = names;
        }

        /// <summary>The template as written.</summary>
        public string Text { get; }

        /// <summary>Parses <paramref name="text"/>; a placeholder not in <paramref name="allowed"/> makes it fail.</summary>
        public static bool TryParse(string text, ICollection<string> allowed, out MessageTemplate? template, out string? error)
        {
            var literals = new List<string>();
            var names = new List<string>();
            var literal = new StringBuilder();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '{')
                {
                    int close = text.IndexOf('}', i + 1);
                    var name = close < 0 ? null : text.Substring(i + 1, close - i - 1);
                    if (name is not null && IsName(name))
                    {
                        if (!allowed.Contains(name))
                        {
                            template = null;
                            error = "unknown placeholder '{" + name + "}' (this rule type has: " + Join(allowed) + ")";
                            return false;
                        }

                        literals.Add(literal.ToString());
                        literal.Clear();
                        names.Add(name);
                        i = close + 1;
                        continue;
                    }
                }

                literal.Append(c);
                i++;
            }

            literals.Add(literal.ToString());
            template = new MessageTemplate(text, literals.ToArray(), names.ToArray());
            error = null;
            return true;
        }

        /// <summary>The message with each placeholder replaced by <paramref name="valueOf"/>'s answer.</summary>
        public string Format(Func<string, string> valueOf)
        {
            var builder = new StringBuilder(_literals[0]);
            for (int i = 0; i < _names.Length; i++)
            {
                builder.Append(valueOf(_names[i]));
                builder.Append(_literals[i + 1]);
            }

            return builder.ToString();
        }

        private static bool IsName(string s)
        {
            if (s.Length == 0) return false;
            foreach (char c in s)
                if (!(c >= 'a' && c <= 'z')) return false;
            return true;
        }

        private static string Join(ICollection<string> names)
        {
            var list = new List<string>();
            foreach (var n in names) list.Add("{" + n + "}");
            list.Sort(StringComparer.Ordinal);
            return string.Join(", ", list);
        }
    }
}

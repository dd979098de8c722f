using System;
using System.Linq;
using System.Text;
using EditorialLint.Packs;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Testing
{
    /// <summary>Rule pack definitions and their findings as text, to compare a compiled pack with the YAML it came from.</summary>
    public static class PackDefinitionText
    {
        /// <summary>Every field of a definition, entries, examples, locations and pattern options included.</summary>
        public static string Describe(PackRuleDefinition d)
        {
            var b = new StringBuilder();
            b.AppendLine(string.Join("|", d.Id, d.Type, d.Message.Text, d.Level, d.Link, d.Title, d.Description, d.IgnoreCase, d.Fix, d.Max, d.Scope, d.FilePath, d.PackRoot));
            b.AppendLine(string.Join("|", Pattern(d.When), Pattern(d.Unless), Pattern(d.First), Pattern(d.Second), string.Join(",", d.Patterns.Select(Pattern))));
            b.AppendLine(string.Join(",", d.Exceptions.OrderBy(e => e, StringComparer.Ordinal)) + " " + d.Exceptions.KeyComparer.Equals("nato", "NATO"));
            foreach (var e in d.Flag.Concat(d.Pass)) b.AppendLine("example " + e.Text + " @" + e.Location.GetLineSpan() + " " + e.Location.SourceSpan);
            foreach (var entry in d.Entries)
            {
                b.AppendLine(string.Join("|", entry.Match, string.Join(",", entry.Suggestions), Pattern(entry.When), Pattern(entry.Unless),
                    entry.Location.GetLineSpan(), entry.Location.SourceSpan));
                foreach (var e in entry.Flag.Concat(entry.Pass)) b.AppendLine("  example " + e.Text + " @" + e.Location.GetLineSpan() + " " + e.Location.SourceSpan);
            }

            return b.ToString();
        }

        /// <summary>A finding with its location, message and every property (fix, pack file, entry).</summary>
        public static string Show(Diagnostic d) =>
            d.ToString() + " " + string.Join(",", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));

        private static string? Pattern(PackPattern? pattern) => pattern is null ? null : pattern.Source + "/" + pattern.Regex.Options;
    }
}

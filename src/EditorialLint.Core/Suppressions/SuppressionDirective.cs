using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Suppressions
{
    /// <summary>What a directive does.</summary>
    public enum DirectiveKind
    {
        /// <summary><c>disable</c>: from here until a matching <c>enable</c> or the end of the file.</summary>
        Disable,
        /// <summary><c>enable</c>: ends a <c>disable</c>.</summary>
        Enable,
        /// <summary><c>disable-next-line</c>: the line after the comment.</summary>
        DisableNextLine,
        /// <summary><c>disable-line</c>: the line(s) the comment stands on.</summary>
        DisableLine,
        /// <summary><c>disable-file</c>: the whole file.</summary>
        DisableFile,
    }

    /// <summary>
    /// An inline directive: <c>&lt;!-- editorial-lint disable-next-line EL1001 -- reason --&gt;</c>. No ID means
    /// every rule.
    /// </summary>
    public sealed class SuppressionDirective
    {
        internal SuppressionDirective(DirectiveKind kind, ImmutableArray<string> ids, string? reason, string text, TextSpan span, int startLine, int endLine)
        {
            Kind = kind;
            Ids = ids;
            Reason = reason;
            Text = text;
            Span = span;
            StartLine = startLine;
            EndLine = endLine;
        }

        /// <summary>What the directive does.</summary>
        public DirectiveKind Kind { get; }

        /// <summary>The rule IDs it names; empty for all rules.</summary>
        public ImmutableArray<string> Ids { get; }

        /// <summary>The text after <c>--</c>, if any.</summary>
        public string? Reason { get; }

        /// <summary>The directive as written, without the comment markers and reason ("disable EL2010").</summary>
        public string Text { get; }

        /// <summary>The source span of the whole comment.</summary>
        public TextSpan Span { get; }

        /// <summary>0-based line where the comment starts.</summary>
        public int StartLine { get; }

        /// <summary>0-based line where the comment ends.</summary>
        public int EndLine { get; }

        /// <summary>The name of a directive kind as written.</summary>
        public static string KindName(DirectiveKind kind) => kind switch
        {
            DirectiveKind.Disable => "disable",
            DirectiveKind.Enable => "enable",
            DirectiveKind.DisableNextLine => "disable-next-line",
            DirectiveKind.DisableLine => "disable-line",
            _ => "disable-file",
        };
    }
}

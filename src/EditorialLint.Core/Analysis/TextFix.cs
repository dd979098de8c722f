using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Analysis
{
    /// <summary>A fix stated over the prose: replace <see cref="Span"/> with <see cref="Replacement"/>.</summary>
    public readonly struct ProseFix
    {
        /// <summary>Creates a fix.</summary>
        public ProseFix(TextSpan span, string replacement, bool isSafe, string title)
        {
            Span = span;
            Replacement = replacement;
            IsSafe = isSafe;
            Title = title;
        }

        /// <summary>The prose span to replace.</summary>
        public TextSpan Span { get; }

        /// <summary>The new text.</summary>
        public string Replacement { get; }

        /// <summary>Whether the fix may be applied unattended (<c>--fix</c>); otherwise only with <c>--fix-unsafe</c>.</summary>
        public bool IsSafe { get; }

        /// <summary>A short imperative title ("Remove the repeated word").</summary>
        public string Title { get; }
    }

    /// <summary>
    /// A fix over the source text, carried in the diagnostic's properties so that it survives every host (CLI,
    /// compiler, editor) without a type of our own in the Roslyn model.
    /// </summary>
    public readonly struct TextFix
    {
        private const string StartKey = "Fix.Start";
        private const string LengthKey = "Fix.Length";
        private const string ReplacementKey = "Fix.Replacement";
        private const string SafeKey = "Fix.Safe";
        private const string TitleKey = "Fix.Title";

        /// <summary>Creates a fix.</summary>
        public TextFix(TextSpan span, string replacement, bool isSafe, string title)
        {
            Span = span;
            Replacement = replacement;
            IsSafe = isSafe;
            Title = title;
        }

        /// <summary>The source span to replace.</summary>
        public TextSpan Span { get; }

        /// <summary>The new text.</summary>
        public string Replacement { get; }

        /// <summary>Whether the fix may be applied unattended.</summary>
        public bool IsSafe { get; }

        /// <summary>A short imperative title.</summary>
        public string Title { get; }

        /// <summary>The diagnostic properties that carry this fix.</summary>
        public ImmutableDictionary<string, string?> ToProperties() =>
            ImmutableDictionary<string, string?>.Empty
                .Add(StartKey, Span.Start.ToString(CultureInfo.InvariantCulture))
                .Add(LengthKey, Span.Length.ToString(CultureInfo.InvariantCulture))
                .Add(ReplacementKey, Replacement)
                .Add(SafeKey, IsSafe ? "true" : "false")
                .Add(TitleKey, Title);

        /// <summary>Diagnostic properties whose fix, if they carry one, starts <paramref name="offset"/> characters later.</summary>
        internal static ImmutableDictionary<string, string?> Moved(ImmutableDictionary<string, string?> properties, int offset)
        {
            if (!properties.TryGetValue(StartKey, out var start) || !int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out int s))
                return properties;
            return properties.SetItem(StartKey, (s + offset).ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>The fix a diagnostic carries, if any.</summary>
        public static TextFix? FromDiagnostic(Diagnostic diagnostic)
        {
            var p = diagnostic.Properties;
            if (!p.TryGetValue(StartKey, out var start) || !p.TryGetValue(LengthKey, out var length)
                || !p.TryGetValue(ReplacementKey, out var replacement)
                || !int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out int s)
                || !int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out int l))
            {
                return null;
            }

            p.TryGetValue(SafeKey, out var safe);
            p.TryGetValue(TitleKey, out var title);
            return new TextFix(new TextSpan(s, l), replacement ?? string.Empty, safe == "true", title ?? "Apply the suggestion");
        }
    }
}

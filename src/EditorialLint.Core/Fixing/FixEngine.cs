using System;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Fixing
{
    /// <summary>What fixing one document did.</summary>
    public sealed class FixResult
    {
        internal FixResult(SourceDocument original, SourceDocument @fixed, int applied, int passes, bool converged, ImmutableArray<Diagnostic> remaining)
        {
            Original = original;
            Fixed = @fixed;
            AppliedCount = applied;
            Passes = passes;
            Converged = converged;
            Remaining = remaining;
        }

        /// <summary>The document before.</summary>
        public SourceDocument Original { get; }

        /// <summary>The document after (the same object when nothing changed).</summary>
        public SourceDocument Fixed { get; }

        /// <summary>Whether the text changed.</summary>
        public bool Changed => !ReferenceEquals(Original, Fixed) && !string.Equals(Original.Content, Fixed.Content, StringComparison.Ordinal);

        /// <summary>How many fixes were applied over all passes.</summary>
        public int AppliedCount { get; }

        /// <summary>How many lint passes ran.</summary>
        public int Passes { get; }

        /// <summary>Whether the last pass found nothing more to fix (a fixed point).</summary>
        public bool Converged { get; }

        /// <summary>What the last lint of the fixed text reported.</summary>
        public ImmutableArray<Diagnostic> Remaining { get; }
    }

    /// <summary>
    /// Applies fixes to a fixed point: lint, apply the fixes that do not overlap, lint the new text, repeat, at
    /// most <see cref="MaxPasses"/> times. Running it on its own output changes nothing.
    /// </summary>
    public static class FixEngine
    {
        /// <summary>The most lint-and-fix passes over one document.</summary>
        public const int MaxPasses = 10;

        /// <summary>
        /// Fixes <paramref name="document"/>; <paramref name="lint"/> gives the findings of a version of it (with
        /// severities, suppressions and any baseline already applied, so only reported findings are fixed).
        /// </summary>
        public static FixResult Fix(SourceDocument document, Func<SourceDocument, ImmutableArray<Diagnostic>> lint, bool includeUnsafe, int maxPasses = MaxPasses)
        {
            var current = document;
            int applied = 0;
            for (int pass = 1; pass <= maxPasses; pass++)
            {
                var found = lint(current);
                // No fix rewrites a quotation (what someone said); the finding is still reported.
                var fixes = QuotedText.OutsideQuotations(current.Content, FixApplier.SelectNonOverlapping(found, includeUnsafe, current.Content.Length));
                if (fixes.Count == 0) return new FixResult(document, current, applied, pass, converged: true, found);

                var text = FixApplier.Apply(current.Content, fixes, current.LineEnding);
                if (string.Equals(text, current.Content, StringComparison.Ordinal))
                    return new FixResult(document, current, applied, pass, converged: true, found);
                applied += fixes.Count;
                current = new SourceDocument(current.Path, text, current.Kind, current.Encoding, current.HasByteOrderMark);
            }

            var last = lint(current);
            bool settled = QuotedText.OutsideQuotations(current.Content, FixApplier.SelectNonOverlapping(last, includeUnsafe, current.Content.Length)).Count == 0;
            return new FixResult(document, current, applied, maxPasses + 1, settled, last);
        }
    }
}

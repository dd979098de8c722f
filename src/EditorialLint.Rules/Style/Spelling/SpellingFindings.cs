using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>What the spelling rules share when they word and place a finding.</summary>
    internal static class SpellingFindings
    {
        /// <summary>A suggestion in the case the writer used: "Recieve" → "Receive"; "Paris" keeps its own capital.</summary>
        public static string MatchCase(string written, string suggestion)
        {
            if (written.Length > 0 && char.IsUpper(written[0]) && suggestion.Length > 0 && char.IsLower(suggestion[0]))
                return char.ToUpperInvariant(suggestion[0]) + suggestion.Substring(1);
            return suggestion;
        }

        /// <summary>
        /// The source positions where findings already start (of <paramref name="id"/> only, or of any rule), so that a
        /// word is not reported twice; null when there are none.
        /// </summary>
        public static HashSet<int>? StartsOf(ImmutableArray<Diagnostic> diagnostics, string? id = null)
        {
            HashSet<int>? starts = null;
            foreach (var diagnostic in diagnostics)
                if (id is null || diagnostic.Id == id) (starts ??= new HashSet<int>()).Add(diagnostic.Location.SourceSpan.Start);
            return starts;
        }
    }
}

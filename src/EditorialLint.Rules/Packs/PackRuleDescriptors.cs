using System;
using System.Collections.Immutable;
using EditorialLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Rules.Packs
{
    /// <summary>
    /// Descriptors of the IDs that only built-in rule packs (<c>rules/</c>) report. Declaring them here gives each its
    /// title, category, default severity and help link, and a row in release tracking; the packs' own messages are
    /// used as they are (the pack loader keeps only the descriptor's metadata). Add a field here with each new pack ID.
    /// </summary>
    public static class PackRuleDescriptors
    {
        /// <summary>
        /// EL2001: known spinner and tortured phrases, from <c>rules/wording/spinner-phrases.yaml</c> (our curation) and
        /// <c>rules/wording/tortured-phrases.yaml</c> (derived from the Problematic Paper Screener).
        /// </summary>
        public static readonly DiagnosticDescriptor KnownSpinnerPhrase = RuleDescriptors.Create(
            BuiltInRuleIds.KnownSpinnerPhrase,
            "Known spinner phrase",
            "{0}",
            RuleCategories.Wording,
            DiagnosticSeverity.Warning,
            "A phrase that article spinners and paraphrasing tools produce in place of the usual wording ('legal motion' for 'legal action').");

        /// <summary>EL3050: misheard set phrases ("eggcorns") and common slips, from <c>rules/style/eggcorns.yml</c>.</summary>
        public static readonly DiagnosticDescriptor Eggcorn = RuleDescriptors.Create(
            BuiltInRuleIds.Eggcorn,
            "Misheard phrase",
            "{0}",
            RuleCategories.Style,
            DiagnosticSeverity.Warning,
            "A set phrase written the way it sounds ('baited breath', 'could of'), not the way it is.");

        /// <summary>EL3051: British and American spellings mixed in one article, from <c>rules/style/spelling-consistency.yml</c>.</summary>
        public static readonly DiagnosticDescriptor MixedSpelling = RuleDescriptors.Create(
            BuiltInRuleIds.MixedSpelling,
            "Mixed British and American spelling",
            "{0}",
            RuleCategories.Style,
            DiagnosticSeverity.Info,
            "The same word spelt the British way and the American way in one article.");

        /// <summary>Every descriptor declared here.</summary>
        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(KnownSpinnerPhrase, Eggcorn, MixedSpelling);

        /// <summary>The descriptor of a pack ID, or null.</summary>
        public static DiagnosticDescriptor? Find(string id)
        {
            foreach (var d in All)
                if (string.Equals(d.Id, id, StringComparison.Ordinal)) return d;
            return null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Packs
{
    /// <summary>
    /// The base of the rules a YAML rule file declares. One subclass per rule type, all reading the same
    /// <see cref="PackRuleDefinition"/>; every file of the same ID reports the same descriptor, each at its own level.
    /// </summary>
    public abstract class PackRule : EditorialRule
    {
        /// <summary>The diagnostic property naming the rule file that reported.</summary>
        public const string FileProperty = "Pack.File";

        /// <summary>The diagnostic property holding the index of the entry that matched, where one did.</summary>
        public const string EntryProperty = "Pack.Entry";

        private static readonly object TimedOutKey = new object();

        /// <summary>Creates the rule of <paramref name="definition"/>, reporting <paramref name="descriptor"/>.</summary>
        protected PackRule(PackRuleDefinition definition, DiagnosticDescriptor descriptor)
        {
            Definition = definition;
            Descriptor = descriptor;
        }

        /// <summary>The rule file's settings.</summary>
        public PackRuleDefinition Definition { get; }

        /// <summary>What the rule reports.</summary>
        public DiagnosticDescriptor Descriptor { get; }

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override string Name => Definition.Id + " (" + Definition.FilePath + ")";

        /// <summary>The rule for a validated definition.</summary>
        public static PackRule Create(PackRuleDefinition definition, DiagnosticDescriptor descriptor) => definition.Type switch
        {
            PackRuleType.Substitution => new SubstitutionRule(definition, descriptor),
            PackRuleType.Existence => new ExistenceRule(definition, descriptor),
            PackRuleType.Consistency => new ConsistencyRule(definition, descriptor),
            PackRuleType.Occurrence => new OccurrenceRule(definition, descriptor),
            PackRuleType.Conditional => new ConditionalRule(definition, descriptor),
            _ => throw new ArgumentOutOfRangeException(nameof(definition)),
        };

        /// <summary>The phrase index of a definition's entries: the compiled one it was read with, or one built now.</summary>
        internal static PhraseIndex IndexEntries(PackRuleDefinition definition) => definition.CompiledIndex ?? BuildMatcher(definition);

        /// <summary>Builds a phrase matcher over entries; the payload of each phrase is its entry index.</summary>
        internal static PhraseMatcher BuildMatcher(PackRuleDefinition definition)
        {
            var matcher = new PhraseMatcher(definition.IgnoreCase);
            for (int i = 0; i < definition.Entries.Length; i++) matcher.Add(definition.Entries[i].Match, i);
            return matcher;
        }

        /// <summary>
        /// Reports at a prose span with the file's level; <paramref name="replacement"/>, when given and the rule offers
        /// fixes, becomes the fix (dropped where markup sits inside the span).
        /// </summary>
        protected void Report(DocumentAnalysisContext context, TextSpan proseSpan, int entry, string message, string? replacement)
        {
            var document = context.Document;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FileProperty, Definition.FilePath);
            if (entry >= 0) properties = properties.Add(EntryProperty, entry.ToString(CultureInfo.InvariantCulture));
            if (replacement is not null && Definition.Fix != PackFixMode.None && document.Prose.IsVerbatim(proseSpan, document.Source.Content))
            {
                var fix = new TextFix(document.Prose.ToSourceSpan(proseSpan), replacement, Definition.Fix == PackFixMode.Safe, "Replace with '" + replacement + "'");
                properties = properties.AddRange(fix.ToProperties());
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptor, document.GetLocation(proseSpan), Definition.Level, null, properties, message));
        }

        /// <summary>Whether the <c>when</c>/<c>unless</c> conditions of the rule and of <paramref name="entry"/> let a match in a sentence stand.</summary>
        protected bool ContextAllows(DocumentAnalysisContext context, TextSpan sentence, PackEntry? entry)
        {
            return Holds(context, Definition.When, sentence, expected: true)
                && Holds(context, Definition.Unless, sentence, expected: false)
                && Holds(context, entry?.When, sentence, expected: true)
                && Holds(context, entry?.Unless, sentence, expected: false);
        }

        /// <summary>
        /// The matches of <paramref name="pattern"/> in a prose span, non-empty ones only. A match that runs past
        /// its time limit ends the search, is reported once per document (EL9024) and the pattern is skipped there.
        /// </summary>
        protected List<Match> Matches(DocumentAnalysisContext context, PackPattern pattern, TextSpan span)
        {
            var found = new List<Match>();
            if (IsTimedOut(context, pattern)) return found;
            try
            {
                for (var m = pattern.Regex.Match(context.Document.Text, span.Start, span.Length); m.Success; m = m.NextMatch())
                {
                    if (m.Length > 0) found.Add(m);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                TimedOut(context, pattern);
            }

            return found;
        }

        /// <summary>The suggestion written in the case of the matched text ("Nice" → "Fine", "NICE" → "FINE"); one with capitals of its own is kept.</summary>
        public static string MatchCase(string matched, string suggestion)
        {
            if (suggestion.Length == 0 || matched.Length == 0) return suggestion;
            int letters = 0, upper = 0;
            foreach (char c in matched)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (char.IsUpper(c)) upper++;
            }

            if (letters > 1 && upper == letters) return suggestion.ToUpperInvariant();
            // A suggestion with capitals of its own ("iPhone", "Brexit") is written as the pack gives it.
            foreach (char c in suggestion)
                if (char.IsUpper(c)) return suggestion;
            if (char.IsUpper(matched[0]) && char.IsLower(suggestion[0]))
                return char.ToUpperInvariant(suggestion[0]) + suggestion.Substring(1);
            return suggestion;
        }

        private bool Holds(DocumentAnalysisContext context, PackPattern? pattern, TextSpan sentence, bool expected)
        {
            if (pattern is null) return true;
            if (IsTimedOut(context, pattern)) return false;
            try
            {
#if NET
                // Whether it matches, not where: the non-backtracking engine then makes one pass and no Match object. The
                // span is the input, as it is for Match(text, start, length).
                return pattern.Regex.IsMatch(context.Document.Text.AsSpan(sentence.Start, sentence.Length)) == expected;
#else
                return pattern.Regex.Match(context.Document.Text, sentence.Start, sentence.Length).Success == expected;
#endif
            }
            catch (RegexMatchTimeoutException)
            {
                TimedOut(context, pattern);
                return false;
            }
        }

        private static bool IsTimedOut(DocumentAnalysisContext context, PackPattern pattern) =>
            context.Document.GetShared(TimedOutKey, _ => new HashSet<PackPattern>()).Contains(pattern);

        private void TimedOut(DocumentAnalysisContext context, PackPattern pattern)
        {
            context.Document.GetShared(TimedOutKey, _ => new HashSet<PackPattern>()).Add(pattern);
            var location = Location.Create(context.Document.Path, default, default);
            context.ReportDiagnostic(Diagnostic.Create(ConfigurationDiagnostics.PatternTimeout, location, Definition.Id, pattern.Source));
        }
    }
}

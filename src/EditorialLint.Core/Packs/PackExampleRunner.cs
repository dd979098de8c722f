using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Engine;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Packs
{
    /// <summary>What running the examples of rule files found.</summary>
    public sealed class PackExampleResult
    {
        internal PackExampleResult(int rules, int examples, ImmutableArray<Diagnostic> failures)
        {
            RuleCount = rules;
            ExampleCount = examples;
            Failures = failures;
        }

        /// <summary>How many rules were tested.</summary>
        public int RuleCount { get; }

        /// <summary>How many examples ran.</summary>
        public int ExampleCount { get; }

        /// <summary>One EL9025 per failing example, at the example in its rule file.</summary>
        public ImmutableArray<Diagnostic> Failures { get; }
    }

    /// <summary>
    /// Runs the examples of rule files, as <c>editorial-lint test-rules</c> and the test suite do: each rule-level
    /// <c>flag</c> text must draw at least one finding from the rule and each <c>pass</c> text none; an entry's own
    /// <c>flag</c> text must draw a finding from that entry and its <c>pass</c> text none from it.
    /// </summary>
    public static class PackExampleRunner
    {
        /// <summary>Runs the examples of every rule.</summary>
        public static PackExampleResult Run(IEnumerable<PackRule> rules)
        {
            var failures = ImmutableArray.CreateBuilder<Diagnostic>();
            int ruleCount = 0, exampleCount = 0;
            foreach (var rule in rules)
            {
                ruleCount++;
                var engine = new LintEngine(new EditorialRule[] { rule });
                var definition = rule.Definition;

                foreach (var example in definition.Flag)
                {
                    exampleCount++;
                    if (Findings(engine, rule, example.Text, entry: null).Count == 0)
                        Fail(failures, rule, example, "this 'flag' example is not flagged: \"" + example.Text + "\"");
                }

                foreach (var example in definition.Pass)
                {
                    exampleCount++;
                    var found = Findings(engine, rule, example.Text, entry: null);
                    if (found.Count > 0) Fail(failures, rule, example, "this 'pass' example is flagged: " + Describe(found[0]));
                }

                for (int i = 0; i < definition.Entries.Length; i++)
                {
                    var entry = definition.Entries[i];
                    foreach (var example in entry.Flag)
                    {
                        exampleCount++;
                        if (Findings(engine, rule, example.Text, i).Count == 0)
                            Fail(failures, rule, example, "the entry '" + entry.Match + "' does not flag its example \"" + example.Text + "\"");
                    }

                    foreach (var example in entry.Pass)
                    {
                        exampleCount++;
                        var found = Findings(engine, rule, example.Text, i);
                        if (found.Count > 0) Fail(failures, rule, example, "the entry '" + entry.Match + "' flags its 'pass' example: " + Describe(found[0]));
                    }
                }
            }

            return new PackExampleResult(ruleCount, exampleCount, failures.ToImmutable());
        }

        private static List<Diagnostic> Findings(LintEngine engine, PackRule rule, string text, int? entry)
        {
            var found = new List<Diagnostic>();
            var document = AnalyzedDocument.FromText("example.txt", text);
            var wanted = entry?.ToString(CultureInfo.InvariantCulture);
            foreach (var d in engine.AnalyzeDocument(document))
            {
                if (d.Id != rule.Descriptor.Id) continue;
                if (wanted is not null && (!d.Properties.TryGetValue(PackRule.EntryProperty, out var e) || e != wanted)) continue;
                found.Add(d);
            }

            return found;
        }

        private static string Describe(Diagnostic d)
        {
            var start = d.Location.GetLineSpan().StartLinePosition;
            return "\"" + d.GetMessage(CultureInfo.InvariantCulture) + "\" at column " + (start.Character + 1).ToString(CultureInfo.InvariantCulture);
        }

        private static void Fail(ImmutableArray<Diagnostic>.Builder failures, PackRule rule, PackExample example, string message) =>
            failures.Add(Diagnostic.Create(ConfigurationDiagnostics.ExampleFailed, example.Location, rule.Definition.Id, message));
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Collections.Concurrent;
using EditorialLint.Analysis;
using EditorialLint.Baselines;
using EditorialLint.Diagnostics;
using EditorialLint.Suppressions;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Engine
{
    /// <summary>What a run found.</summary>
    public sealed class LintResult
    {
        private readonly IReadOnlyDictionary<Diagnostic, string> _fingerprints;

        internal LintResult(ImmutableArray<Diagnostic> diagnostics, int documentCount, IReadOnlyDictionary<Diagnostic, string>? fingerprints = null)
        {
            Diagnostics = diagnostics;
            DocumentCount = documentCount;
            _fingerprints = fingerprints ?? new Dictionary<Diagnostic, string>();
        }

        /// <summary>Every diagnostic, sorted by path, line, column and ID.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>How many documents were linted.</summary>
        public int DocumentCount { get; }

        /// <summary>
        /// The fingerprint of one of <see cref="Diagnostics"/> (see <see cref="DiagnosticFingerprint"/>): what
        /// baselines match on and SARIF output carries as <c>partialFingerprints</c>; null for a diagnostic not of this run.
        /// </summary>
        public string? GetFingerprint(Diagnostic diagnostic) => _fingerprints.TryGetValue(diagnostic, out var f) ? f : null;
    }

    /// <summary>
    /// Runs rules over documents: documents in parallel (at most <c>jobs</c> at once), the rules of one document on
    /// one thread, then the corpus-end actions. The result is in a deterministic order whatever the parallelism.
    /// </summary>
    public sealed class LintEngine
    {
        private readonly ImmutableArray<RegisteredRule> _rules;
        private readonly RuleOptionsProvider _options;
        private readonly HashSet<string> _knownIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Creates an engine over <paramref name="rules"/>; <paramref name="options"/> gives severities and options per document.</summary>
        public LintEngine(IEnumerable<EditorialRule> rules, RuleOptionsProvider? options = null)
        {
            _options = options ?? RuleOptionsProvider.Default;
            var registered = ImmutableArray.CreateBuilder<RegisteredRule>();
            foreach (var rule in rules)
            {
                var context = new RuleInitializationContext();
                rule.Initialize(context);
                registered.Add(new RegisteredRule(rule, context));
                foreach (var descriptor in rule.SupportedDiagnostics) _knownIds.Add(descriptor.Id);
            }

            _rules = registered.ToImmutable();
            foreach (var id in ToolIds) _knownIds.Add(id);
        }

        /// <summary>
        /// Whether inline directives (<c>&lt;!-- editorial-lint disable … --&gt;</c>) suppress findings and unnecessary
        /// ones are reported (EL9040–EL9042). On by default.
        /// </summary>
        public bool ApplyInlineDirectives { get; set; } = true;

        private static IEnumerable<string> ToolIds
        {
            get
            {
                foreach (var type in new[] { typeof(ToolDiagnostics), typeof(ConfigurationDiagnostics), typeof(WorkflowDiagnostics) })
                    foreach (var member in type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
                        if (member.GetValue(null) is DiagnosticDescriptor d) yield return d.Id;
            }
        }

        /// <summary>The rules this engine runs.</summary>
        public IEnumerable<EditorialRule> Rules => _rules.Select(r => r.Rule);

        /// <summary>Lints every input, then runs the corpus-end actions.</summary>
        public LintResult Run(IReadOnlyList<DocumentInput> inputs, int jobs = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
        {
            var all = new List<Diagnostic>();
            var gate = new object();

            // Corpus state is created once per run, before any document.
            var corpusContexts = new List<(RegisteredRule Rule, CorpusStartAnalysisContext Context)>();
            foreach (var rule in _rules)
            {
                foreach (var start in rule.Context.CorpusStartActions)
                {
                    var context = new CorpusStartAnalysisContext(_options);
                    if (Guard(rule.Rule, inputs.Count > 0 ? inputs[0].Path : string.Empty, all, () => start(context)))
                        corpusContexts.Add((rule, context));
                }
            }

            var maps = new ConcurrentDictionary<string, (SuppressionMap Map, RuleOptions Options)>(StringComparer.Ordinal);
            var fingerprints = new ConcurrentDictionary<Diagnostic, string>(ReferenceComparer.Instance);
            int done = 0;
            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount,
                CancellationToken = cancellationToken,
            };
            Parallel.ForEach(inputs, parallel, input =>
            {
                var found = AnalyzeInput(input, corpusContexts, maps, fingerprints, cancellationToken);
                lock (gate) all.AddRange(found);
                progress?.Report(Interlocked.Increment(ref done));
            });

            var paths = inputs.Select(i => i.Path).OrderBy(p => p, StringComparer.Ordinal).ToArray();
            var corpusFound = new List<Diagnostic>();
            foreach (var (rule, context) in corpusContexts)
            {
                foreach (var end in context.CorpusEndActions)
                {
                    var options = _options;
                    var endContext = new CorpusAnalysisContext(options, paths, d =>
                    {
                        var filtered = ApplySeverity(d, options.GetOptions(d.Location.GetLineSpan().Path ?? string.Empty));
                        if (filtered is not null) corpusFound.Add(filtered);
                    }, cancellationToken);
                    Guard(rule.Rule, paths.Length > 0 ? paths[0] : string.Empty, corpusFound, () => end(endContext));
                }
            }

            // Findings across documents go through the directives of the document they land in.
            foreach (var d in corpusFound)
            {
                var path = d.Location.GetLineSpan().Path ?? string.Empty;
                if (maps.TryGetValue(path, out var entry) && entry.Map.IsSuppressed(d)) continue;
                all.Add(d);
            }

            foreach (var pair in maps.OrderBy(p => p.Key, StringComparer.Ordinal))
                all.AddRange(UnusedDirectives(pair.Value.Map, pair.Value.Options));

            FingerprintCorpusFindings(inputs, all, fingerprints);
            return new LintResult(Sort(all), inputs.Count, fingerprints);
        }

        /// <summary>Lints one analysed document on its own (no corpus actions); editors and tests use it.</summary>
        public ImmutableArray<Diagnostic> AnalyzeDocument(AnalyzedDocument document, CancellationToken cancellationToken = default)
        {
            var found = new List<Diagnostic>();
            var options = _options.GetOptions(document.Path);
            RunRules(document, options, Array.Empty<(RegisteredRule, CorpusStartAnalysisContext)>(), found, cancellationToken);
            var map = ApplyDirectives(document.Source, options, found);
            if (map is not null) found.AddRange(UnusedDirectives(map, options));
            return Sort(found);
        }

        private List<Diagnostic> AnalyzeInput(
            DocumentInput input,
            List<(RegisteredRule Rule, CorpusStartAnalysisContext Context)> corpus,
            ConcurrentDictionary<string, (SuppressionMap Map, RuleOptions Options)> maps,
            ConcurrentDictionary<Diagnostic, string> fingerprints,
            CancellationToken cancellationToken)
        {
            var found = new List<Diagnostic>();
            var options = _options.GetOptions(input.Path);
            var loaded = input.Load();
            foreach (var d in loaded.Diagnostics)
            {
                var filtered = ApplySeverity(d, options);
                if (filtered is not null) found.Add(filtered);
            }

            if (loaded.Document is null)
            {
                foreach (var d in found) fingerprints[d] = DiagnosticFingerprint.Compute(d, null);
                return found;
            }

            var document = AnalyzedDocument.Create(loaded.Document);
            RunRules(document, options, corpus, found, cancellationToken);
            var map = ApplyDirectives(loaded.Document, options, found);
            if (map is not null) maps[input.Path] = (map, options);
            foreach (var d in found) fingerprints[d] = DiagnosticFingerprint.Compute(d, loaded.Document.Text);
            return found;
        }

        // Drops what the document's directives suppress and adds findings about malformed directives.
        private SuppressionMap? ApplyDirectives(SourceDocument source, RuleOptions options, List<Diagnostic> found)
        {
            if (!ApplyInlineDirectives) return null;
            var map = SuppressionMap.Create(source);
            if (map is null) return null;
            found.RemoveAll(map.IsSuppressed);
            foreach (var d in map.Malformed)
            {
                var filtered = ApplySeverity(d, options);
                if (filtered is not null) found.Add(filtered);
            }

            return map;
        }

        private IEnumerable<Diagnostic> UnusedDirectives(SuppressionMap map, RuleOptions options)
        {
            foreach (var d in map.Unused(_knownIds.Contains))
            {
                var filtered = ApplySeverity(d, options);
                if (filtered is not null) yield return filtered;
            }
        }

        // Findings across documents were made without the text at hand: read the documents they land in again.
        private static void FingerprintCorpusFindings(IReadOnlyList<DocumentInput> inputs, List<Diagnostic> all, ConcurrentDictionary<Diagnostic, string> fingerprints)
        {
            Dictionary<string, List<Diagnostic>>? pending = null;
            foreach (var d in all)
            {
                if (fingerprints.ContainsKey(d)) continue;
                var path = d.Location.GetLineSpan().Path ?? string.Empty;
                pending ??= new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
                if (!pending.TryGetValue(path, out var list)) pending[path] = list = new List<Diagnostic>();
                list.Add(d);
            }

            if (pending is null) return;
            foreach (var input in inputs)
            {
                if (!pending.TryGetValue(input.Path, out var list)) continue;
                var text = input.Load().Document?.Text;
                foreach (var d in list) fingerprints[d] = DiagnosticFingerprint.Compute(d, text);
                pending.Remove(input.Path);
            }

            foreach (var list in pending.Values)
                foreach (var d in list) fingerprints[d] = DiagnosticFingerprint.Compute(d, null);
        }

        private void RunRules(
            AnalyzedDocument document,
            RuleOptions options,
            IReadOnlyList<(RegisteredRule Rule, CorpusStartAnalysisContext Context)> corpus,
            List<Diagnostic> found,
            CancellationToken cancellationToken)
        {
            void Report(Diagnostic d)
            {
                var filtered = ApplySeverity(d, options);
                if (filtered is not null) found.Add(filtered);
            }

            foreach (var rule in _rules)
            {
                if (!rule.IsEnabled(options)) continue;
                var registration = rule.Context;
                Guard(rule.Rule, document.Path, found, () =>
                {
                    if (registration.SentenceActions.Count > 0)
                    {
                        var sentenceContext = new SentenceAnalysisContext(document, options, Report, cancellationToken);
                        foreach (var sentence in document.Sentences)
                        {
                            sentenceContext.Sentence = sentence;
                            foreach (var action in registration.SentenceActions) action(sentenceContext);
                        }
                    }

                    if (registration.DocumentActions.Count > 0)
                    {
                        var documentContext = new DocumentAnalysisContext(document, options, Report, cancellationToken);
                        foreach (var action in registration.DocumentActions) action(documentContext);
                    }
                });
            }

            foreach (var (rule, context) in corpus)
            {
                if (!rule.IsEnabled(options)) continue;
                var documentContext = new DocumentAnalysisContext(document, options, Report, cancellationToken);
                Guard(rule.Rule, document.Path, found, () =>
                {
                    foreach (var action in context.DocumentActions) action(documentContext);
                });
            }
        }

        // A failing rule never takes the run down: it is reported (EL9004) and the other rules go on.
        private static bool Guard(EditorialRule rule, string path, List<Diagnostic> found, Action action)
        {
            try
            {
                action();
                return true;
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                var location = Location.Create(path, default, default);
                lock (found) found.Add(Diagnostic.Create(ToolDiagnostics.RuleFailure, location, rule.Name, e.GetType().Name + ": " + e.Message));
                return false;
            }
        }

        private static Diagnostic? ApplySeverity(Diagnostic diagnostic, RuleOptions options)
        {
            var configured = options.GetSeverity(diagnostic.Descriptor);
            switch (configured)
            {
                case ReportDiagnostic.Suppress:
                    return null;
                case ReportDiagnostic.Error:
                    return DiagnosticFactory.WithSeverity(diagnostic, DiagnosticSeverity.Error);
                case ReportDiagnostic.Warn:
                    return DiagnosticFactory.WithSeverity(diagnostic, DiagnosticSeverity.Warning);
                case ReportDiagnostic.Info:
                    return DiagnosticFactory.WithSeverity(diagnostic, DiagnosticSeverity.Info);
                case ReportDiagnostic.Hidden:
                    return DiagnosticFactory.WithSeverity(diagnostic, DiagnosticSeverity.Hidden);
                default:
                    return diagnostic;
            }
        }

        /// <summary>Sorts diagnostics by path, line, column, ID and message (ordinal, culture-free).</summary>
        public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics
                .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
                .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
                .ToImmutableArray();

        private sealed class ReferenceComparer : IEqualityComparer<Diagnostic>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public bool Equals(Diagnostic? x, Diagnostic? y) => ReferenceEquals(x, y);

            public int GetHashCode(Diagnostic obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        private sealed class RegisteredRule
        {
            public RegisteredRule(EditorialRule rule, RuleInitializationContext context)
            {
                Rule = rule;
                Context = context;
            }

            public EditorialRule Rule { get; }

            public RuleInitializationContext Context { get; }

            // A rule whose every diagnostic is turned off for a document does not run on it.
            public bool IsEnabled(RuleOptions options)
            {
                foreach (var descriptor in Rule.SupportedDiagnostics)
                {
                    var severity = options.GetSeverity(descriptor);
                    if (severity == ReportDiagnostic.Default ? descriptor.IsEnabledByDefault : severity != ReportDiagnostic.Suppress)
                        return true;
                }

                return false;
            }
        }
    }
}

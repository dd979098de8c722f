using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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
        private readonly bool _hasDocumentEndActions;

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
                if (context.CorpusStartActions.Count > 0) HasCorpusRules = true;
                if (context.DocumentEndActions.Count > 0) _hasDocumentEndActions = true;
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

        /// <summary>Findings kept per document (0: no limit); past it they are counted and reported once (EL9008).</summary>
        public int MaxFindingsPerDocument { get; set; } = Input.InputLimits.DefaultMaxFindingsPerDocument;

        private static IEnumerable<string> ToolIds
        {
            get
            {
                foreach (var d in ToolDescriptors.All()) yield return d.Id;
            }
        }

        /// <summary>
        /// Whether some rule checks across documents (registers a corpus-start action): a host that lints one document
        /// at a time (an editor) must then also run the documents together to get every finding.
        /// </summary>
        public bool HasCorpusRules { get; }

        /// <summary>The rules this engine runs.</summary>
        public IEnumerable<EditorialRule> Rules => _rules.Select(r => r.Rule);

        /// <summary>Lints every input, then runs the corpus-end actions.</summary>
        public LintResult Run(IReadOnlyList<DocumentInput> inputs, int jobs = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
        {
            var session = StartSession(inputs.Count > 0 ? inputs[0].Path : string.Empty, cancellationToken);
            var all = new List<Diagnostic>(session.StartDiagnostics);
            var gate = new object();

            int done = 0;
            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount,
                CancellationToken = cancellationToken,
            };
            Parallel.ForEach(inputs, parallel, input =>
            {
                List<Diagnostic> found;
                try
                {
                    found = session.Analyze(input.Load());
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    // One bad file never stops a run (and is not read again to fingerprint its finding).
                    var failure = DocumentFailure.Create(input.Path, e);
                    session.Fingerprints[failure] = DiagnosticFingerprint.Compute(failure, null);
                    found = new List<Diagnostic> { failure };
                }

                lock (gate) all.AddRange(found);
                progress?.Report(Interlocked.Increment(ref done));
            });

            all.AddRange(session.Complete(inputs.Select(i => i.Path)));
            FingerprintCorpusFindings(inputs, all, session.Fingerprints);
            return new LintResult(Sort(all), inputs.Count, session.Fingerprints);
        }

        /// <summary>
        /// Starts a run whose documents arrive one at a time (the Roslyn host, editors): runs the corpus-start
        /// actions now; <see cref="LintSession.Analyze(LoadResult)"/> lints each document (from any thread);
        /// <see cref="LintSession.Complete"/> runs the corpus-end actions.
        /// </summary>
        public LintSession StartSession(string firstPath = "", CancellationToken cancellationToken = default)
        {
            var startDiagnostics = new List<Diagnostic>();
            var corpusContexts = new List<(RegisteredRule Rule, CorpusStartAnalysisContext Context)>();
            foreach (var rule in _rules)
            {
                foreach (var start in rule.Context.CorpusStartActions)
                {
                    var context = new CorpusStartAnalysisContext(_options);
                    if (Guard(rule.Rule, firstPath, startDiagnostics, () => start(context)))
                        corpusContexts.Add((rule, context));
                }
            }

            return new LintSession(this, corpusContexts, startDiagnostics, cancellationToken);
        }

        /// <summary>One run of the engine over documents that arrive one at a time.</summary>
        public sealed class LintSession
        {
            private readonly LintEngine _engine;
            private readonly List<(RegisteredRule Rule, CorpusStartAnalysisContext Context)> _corpus;
            private readonly CancellationToken _cancellationToken;
            private readonly ConcurrentDictionary<string, (SuppressionMap Map, RuleOptions Options)> _maps =
                new ConcurrentDictionary<string, (SuppressionMap, RuleOptions)>(StringComparer.Ordinal);

            internal LintSession(LintEngine engine, List<(RegisteredRule Rule, CorpusStartAnalysisContext Context)> corpus, List<Diagnostic> startDiagnostics, CancellationToken cancellationToken)
            {
                _engine = engine;
                _corpus = corpus;
                StartDiagnostics = startDiagnostics;
                _cancellationToken = cancellationToken;
            }

            /// <summary>Failures of corpus-start actions (EL9004), if any.</summary>
            public IReadOnlyList<Diagnostic> StartDiagnostics { get; }

            /// <summary>The fingerprint of each diagnostic returned so far, by reference.</summary>
            internal ConcurrentDictionary<Diagnostic, string> Fingerprints { get; } = new ConcurrentDictionary<Diagnostic, string>(ReferenceComparer.Instance);

            /// <summary>The fingerprint of a diagnostic this session returned (see <see cref="DiagnosticFingerprint"/>), or null.</summary>
            public string? GetFingerprint(Diagnostic diagnostic) => Fingerprints.TryGetValue(diagnostic, out var f) ? f : null;

            /// <summary>Lints one loaded document (its EL9xxx load findings included); safe to call from several threads.</summary>
            public List<Diagnostic> Analyze(LoadResult loaded)
            {
                var path = loaded.Document?.Path ?? (loaded.Diagnostics.Length > 0 ? loaded.Diagnostics[0].Location.GetLineSpan().Path : string.Empty);
                var options = _engine._options.GetOptions(path ?? string.Empty);
                var found = new List<Diagnostic>();
                foreach (var d in loaded.Diagnostics)
                {
                    var filtered = ApplySeverity(d, options);
                    if (filtered is not null) found.Add(filtered);
                }

                if (loaded.Document is null)
                {
                    foreach (var d in found) Fingerprints[d] = DiagnosticFingerprint.Compute(d, null);
                    return found;
                }

                AnalyzedDocument analyzed;
                try
                {
                    analyzed = AnalyzedDocument.Create(loaded.Document);
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    var failure = ApplySeverity(DocumentFailure.Create(loaded.Document.Path, e, loaded.Document.Text), options);
                    if (failure is not null) found.Add(failure);
                    foreach (var d in found) Fingerprints[d] = DiagnosticFingerprint.Compute(d, null);
                    return found;
                }

                Finish(analyzed, options, found);
                return found;
            }

            /// <summary>Lints one analysed document; safe to call from several threads.</summary>
            public List<Diagnostic> Analyze(AnalyzedDocument document)
            {
                var found = new List<Diagnostic>();
                var options = _engine._options.GetOptions(document.Path);
                Finish(document, options, found);
                return found;
            }

            // Runs the rules, keeps the document's directives for findings across documents, and fingerprints what is left.
            private void Finish(AnalyzedDocument document, RuleOptions options, List<Diagnostic> found)
            {
                var source = document.Source;
                var map = _engine.LintDocument(document, options, _corpus, found, _cancellationToken);
                if (map is not null) _maps[source.Path] = (map, options);
                foreach (var d in found) Fingerprints[d] = DiagnosticFingerprint.Compute(d, source.Text);
            }

            /// <summary>Runs the corpus-end actions once every document has been analysed.</summary>
            public List<Diagnostic> Complete(IEnumerable<string> documentPaths)
            {
                var all = new List<Diagnostic>();
                var paths = documentPaths.OrderBy(p => p, StringComparer.Ordinal).ToArray();
                var options = _engine._options;
                foreach (var (rule, context) in _corpus)
                {
                    foreach (var end in context.CorpusEndActions)
                    {
                        var endContext = new CorpusAnalysisContext(options, paths, d =>
                        {
                            var filtered = ApplySeverity(d, options.GetOptions(d.Location.GetLineSpan().Path ?? string.Empty));
                            if (filtered is not null) all.Add(filtered);
                        }, _cancellationToken);
                        Guard(rule.Rule, paths.Length > 0 ? paths[0] : string.Empty, all, () => end(endContext));
                    }
                }

                // Findings across documents go through the directives of the document they land in; then every
                // directive has had its chance to suppress something.
                all.RemoveAll(d => _maps.TryGetValue(d.Location.GetLineSpan().Path ?? string.Empty, out var entry) && entry.Map.IsSuppressed(d));
                foreach (var pair in _maps.OrderBy(p => p.Key, StringComparer.Ordinal))
                    all.AddRange(_engine.UnusedDirectives(pair.Value.Map, pair.Value.Options));
                return all;
            }
        }

        /// <summary>Lints one analysed document on its own (no corpus actions); editors and tests use it.</summary>
        public ImmutableArray<Diagnostic> AnalyzeDocument(AnalyzedDocument document, CancellationToken cancellationToken = default)
        {
            var found = new List<Diagnostic>();
            var options = _options.GetOptions(document.Path);
            var map = LintDocument(document, options, Array.Empty<(RegisteredRule, CorpusStartAnalysisContext)>(), found, cancellationToken);
            if (map is not null) found.AddRange(UnusedDirectives(map, options));
            return Sort(found);
        }

        // Runs the rules on one document and drops what its directives suppress; then the document-end actions see what
        // is left (so that they weigh the findings as configured), and their own findings go through the directives too.
        // Last, findings about malformed directives.
        private SuppressionMap? LintDocument(
            AnalyzedDocument document,
            RuleOptions options,
            IReadOnlyList<(RegisteredRule Rule, CorpusStartAnalysisContext Context)> corpus,
            List<Diagnostic> found,
            CancellationToken cancellationToken)
        {
            var limit = new FindingLimit(MaxFindingsPerDocument);
            RunRules(document, options, corpus, found, limit, cancellationToken);
            var map = ApplyInlineDirectives ? SuppressionMap.Create(document.Source) : null;
            if (map is not null) found.RemoveAll(map.IsSuppressed);

            if (_hasDocumentEndActions)
            {
                int before = found.Count;
                RunDocumentEndActions(document, options, found, limit, cancellationToken);
                if (map is not null)
                    for (int i = found.Count - 1; i >= before; i--)
                        if (map.IsSuppressed(found[i])) found.RemoveAt(i);
            }

            if (limit.DroppedFinding(document.Path) is { } dropped && ApplySeverity(dropped, options) is { } shown) found.Add(shown);
            if (map is null) return null;
            foreach (var d in map.Malformed)
            {
                var filtered = ApplySeverity(d, options);
                if (filtered is not null) found.Add(filtered);
            }

            return map;
        }

        // Every document-end action sees the same findings (those of the other actions), whatever the order of the rules.
        private void RunDocumentEndActions(AnalyzedDocument document, RuleOptions options, List<Diagnostic> found, FindingLimit limit, CancellationToken cancellationToken)
        {
            var diagnostics = found.ToImmutableArray();
            void Report(Diagnostic d)
            {
                var filtered = ApplySeverity(d, options);
                if (filtered is not null && limit.Admit(found)) found.Add(filtered);
            }

            foreach (var rule in _rules)
            {
                var actions = rule.Context.DocumentEndActions;
                if (actions.Count == 0 || !rule.IsEnabled(options)) continue;
                var context = new DocumentEndAnalysisContext(document, options, Report, diagnostics, cancellationToken);
                Guard(rule.Rule, document.Path, found, () =>
                {
                    foreach (var action in actions) action(context);
                });
            }
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
            FindingLimit limit,
            CancellationToken cancellationToken)
        {
            void Report(Diagnostic d)
            {
                var filtered = ApplySeverity(d, options);
                if (filtered is not null && limit.Admit(found)) found.Add(filtered);
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

        internal sealed class RegisteredRule
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

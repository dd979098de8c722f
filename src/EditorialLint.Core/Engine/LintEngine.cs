using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Suppressions;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Engine
{
    /// <summary>
    /// Runs rules over documents: documents in parallel (at most <c>jobs</c> at once), the rules of one document on
    /// one thread, then the corpus-end actions. The result is in a deterministic order whatever the parallelism.
    /// Severities and inline directives are applied to every finding in one place (<see cref="DocumentFindings"/>).
    /// </summary>
    public sealed class LintEngine
    {
        private readonly ImmutableArray<RegisteredRule> _rules;
        private readonly HashSet<string> _knownIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly bool _hasDocumentEndActions;

        /// <summary>Creates an engine over <paramref name="rules"/>; <paramref name="options"/> gives severities and options per document.</summary>
        public LintEngine(IEnumerable<EditorialRule> rules, RuleOptionsProvider? options = null)
        {
            Options = options ?? RuleOptionsProvider.Default;
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
            foreach (var d in ToolDescriptors.All()) _knownIds.Add(d.Id);
        }

        /// <summary>
        /// Whether inline directives (<c>&lt;!-- editorial-lint disable … --&gt;</c>) suppress findings and unnecessary
        /// ones are reported (EL9040–EL9042). On by default.
        /// </summary>
        public bool ApplyInlineDirectives { get; set; } = true;

        /// <summary>
        /// The archive of published articles that rules across articles (EL1002, EL1005) compare the run with, or null.
        /// The host opens it (<c>EditorialLint.Archive</c>); a store that cannot be read throws
        /// <see cref="Archive.ArchiveException"/> out of the run instead of becoming a rule failure.
        /// </summary>
        public Archive.IFactArchive? Archive { get; set; }

        /// <summary>Findings kept per document (0: no limit); past it they are counted and reported once (EL9008).</summary>
        public int MaxFindingsPerDocument { get; set; } = Input.InputLimits.DefaultMaxFindingsPerDocument;

        /// <summary>
        /// Whether some rule checks across documents (registers a corpus-start action): a host that lints one document
        /// at a time (an editor) must then also run the documents together to get every finding.
        /// </summary>
        public bool HasCorpusRules { get; }

        /// <summary>The rules this engine runs.</summary>
        public IEnumerable<EditorialRule> Rules => _rules.Select(r => r.Rule);

        internal RuleOptionsProvider Options { get; }

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
                    found = new List<Diagnostic> { DocumentFailure.Create(input.Path, e) };
                }

                lock (gate) all.AddRange(found);
                progress?.Report(Interlocked.Increment(ref done));
            });

            all.AddRange(session.Complete(inputs.Select(i => i.Path)));
            return new LintResult(Sort(all), inputs.Count);
        }

        /// <summary>
        /// Starts a run whose documents arrive one at a time (the Roslyn host, editors): runs the corpus-start
        /// actions now; <see cref="LintSession.Analyze(Text.LoadResult)"/> lints each document (from any thread);
        /// <see cref="LintSession.Complete"/> runs the corpus-end actions.
        /// </summary>
        public LintSession StartSession(string firstPath = "", CancellationToken cancellationToken = default)
        {
            var startDiagnostics = new List<Diagnostic>();
            var corpusContexts = new List<(RegisteredRule Rule, CorpusStartAnalysisContext Context)>();
            // The run reads its first documents' keys ahead, while the rest is linted.
            var archive = Archive is null ? null : new Archive.ArchiveLookahead(Archive);
            foreach (var rule in _rules)
            {
                foreach (var start in rule.Context.CorpusStartActions)
                {
                    var context = new CorpusStartAnalysisContext(Options, archive);
                    if (Guard(rule.Rule, firstPath, startDiagnostics, () => start(context)))
                        corpusContexts.Add((rule, context));
                }
            }

            return new LintSession(this, corpusContexts, startDiagnostics, archive, cancellationToken);
        }

        /// <summary>Lints one analysed document on its own (no corpus actions); editors and tests use it.</summary>
        public ImmutableArray<Diagnostic> AnalyzeDocument(AnalyzedDocument document, CancellationToken cancellationToken = default)
        {
            var findings = new DocumentFindings(Options.GetOptions(document.Path), MaxFindingsPerDocument);
            LintDocument(document, findings, Array.Empty<(RegisteredRule, CorpusStartAnalysisContext)>(), cancellationToken);
            findings.Items.AddRange(findings.UnusedDirectives(IsKnownId));
            return Sort(findings.Items);
        }

        /// <summary>
        /// Lints one document as read on its own (no corpus actions): analysed whole, or section by section when it is
        /// longer than <see cref="DocumentSections.Threshold"/> characters. A document that cannot be parsed gets a finding
        /// on itself (EL9005, EL9006). Editors and <c>--fix</c> use it.
        /// </summary>
        public ImmutableArray<Diagnostic> LintSource(SourceDocument source, CancellationToken cancellationToken = default)
        {
            var findings = new DocumentFindings(Options.GetOptions(source.Path), MaxFindingsPerDocument);
            LintSource(source, findings, Array.Empty<(RegisteredRule, CorpusStartAnalysisContext)>(), cancellationToken);
            findings.Items.AddRange(findings.UnusedDirectives(IsKnownId));
            return Sort(findings.Items);
        }

        // Where a document is linted from its source, in every host: whole, or in sections whose findings are placed in
        // the whole document. A sectioned document's directives act within their section and are settled there, so
        // findings reports across documents later are not suppressed by them (findings.Directives stays null).
        internal void LintSource(
            SourceDocument source,
            DocumentFindings findings,
            IReadOnlyList<(RegisteredRule Rule, CorpusStartAnalysisContext Context)> corpus,
            CancellationToken cancellationToken)
        {
            var sections = DocumentSections.Split(source.Content, source.Kind, SectionThreshold, SectionLength);
            if (sections.Count == 1)
            {
                if (Analyze(source, findings) is { } analyzed) LintDocument(analyzed, findings, corpus, cancellationToken);
                return;
            }

            foreach (var section in sections)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var part = new SourceDocument(source.Path, source.Content.Substring(section.Start, section.Length), source.Kind, source.Encoding, source.HasByteOrderMark);
                var partFindings = new DocumentFindings(findings.Options);
                if (Analyze(part, partFindings) is { } analyzed)
                {
                    LintDocument(analyzed, partFindings, corpus, cancellationToken);
                    partFindings.Items.AddRange(partFindings.UnusedDirectives(IsKnownId));
                }

                foreach (var d in partFindings.Items) findings.Report(DocumentSections.ToWhole(d, section, source.Text, source.Path));
                // The section's analyses are garbage now. Collected at once, they do not pile up beside the whole text,
                // which the collector would otherwise let them do in proportion to it (449 -> see docs/benchmarks.md).
                GC.Collect();
            }

            findings.ReportDropped(source.Path);
        }

        /// <summary>Whether a document of <paramref name="length"/> characters is linted section by section.</summary>
        public bool IsLintedInSections(int length) => length > SectionThreshold;

        /// <summary>Documents longer than this many characters are linted in sections (tests lower it).</summary>
        internal int SectionThreshold { get; set; } = DocumentSections.Threshold;

        /// <summary>The length a section aims at.</summary>
        internal int SectionLength { get; set; } = DocumentSections.SectionLength;

        // A document that cannot be parsed is reported on itself (EL9005, EL9006 with its line); the run goes on.
        private static AnalyzedDocument? Analyze(SourceDocument source, DocumentFindings findings)
        {
            try
            {
                return AnalyzedDocument.Create(source);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                findings.Report(DocumentFailure.Create(source.Path, e, source.Text));
                return null;
            }
        }

        /// <summary>Whether some rule of this engine, or the tool itself, reports <paramref name="id"/>.</summary>
        internal bool IsKnownId(string id) => _knownIds.Contains(id);

        // Runs the rules on one document, then reads its directives (dropping what they suppress); then the document-end
        // actions see what is left (so that they weigh the findings as configured), and their own findings go through
        // the directives too. Last, findings about malformed directives.
        internal void LintDocument(
            AnalyzedDocument document,
            DocumentFindings findings,
            IReadOnlyList<(RegisteredRule Rule, CorpusStartAnalysisContext Context)> corpus,
            CancellationToken cancellationToken)
        {
            RunRules(document, findings, corpus, cancellationToken);
            var map = ApplyInlineDirectives ? SuppressionMap.Create(document.Source) : null;
            if (map is not null) findings.ApplyDirectives(map);
            if (_hasDocumentEndActions) RunDocumentEndActions(document, findings, cancellationToken);
            findings.ReportDropped(document.Path);
            findings.ReportMalformedDirectives();
        }

        // Every document-end action sees the same findings (those of the other actions), whatever the order of the rules.
        private void RunDocumentEndActions(AnalyzedDocument document, DocumentFindings findings, CancellationToken cancellationToken)
        {
            var diagnostics = findings.Items.ToImmutableArray();
            foreach (var rule in _rules)
            {
                var actions = rule.Context.DocumentEndActions;
                if (actions.Count == 0 || !rule.IsEnabled(findings.Options)) continue;
                var context = new DocumentEndAnalysisContext(document, findings.Options, findings.Report, diagnostics, cancellationToken);
                Guard(rule.Rule, document.Path, findings.ReportFailure, () =>
                {
                    foreach (var action in actions) action(context);
                });
            }
        }

        private void RunRules(
            AnalyzedDocument document,
            DocumentFindings findings,
            IReadOnlyList<(RegisteredRule Rule, CorpusStartAnalysisContext Context)> corpus,
            CancellationToken cancellationToken)
        {
            var options = findings.Options;
            Action<Diagnostic> report = findings.Report;
            foreach (var rule in _rules)
            {
                if (!rule.IsEnabled(options)) continue;
                cancellationToken.ThrowIfCancellationRequested();
                var registration = rule.Context;
                Guard(rule.Rule, document.Path, findings.ReportFailure, () =>
                {
                    if (registration.SentenceActions.Count > 0)
                    {
                        var sentenceContext = new SentenceAnalysisContext(document, options, report, cancellationToken);
                        foreach (var sentence in document.Sentences)
                        {
                            sentenceContext.Sentence = sentence;
                            foreach (var action in registration.SentenceActions) action(sentenceContext);
                        }
                    }

                    if (registration.DocumentActions.Count > 0)
                    {
                        var documentContext = new DocumentAnalysisContext(document, options, report, cancellationToken);
                        foreach (var action in registration.DocumentActions) action(documentContext);
                    }
                });
            }

            foreach (var (rule, context) in corpus)
            {
                if (!rule.IsEnabled(options)) continue;
                var documentContext = new DocumentAnalysisContext(document, options, report, cancellationToken);
                Guard(rule.Rule, document.Path, findings.ReportFailure, () =>
                {
                    foreach (var action in context.DocumentActions) action(documentContext);
                });
            }
        }

        internal static bool Guard(EditorialRule rule, string path, List<Diagnostic> found, Action action) =>
            Guard(rule, path, d => { lock (found) found.Add(d); }, action);

        // A failing rule never takes the run down: it is reported (EL9004) and the other rules go on.
        private static bool Guard(EditorialRule rule, string path, Action<Diagnostic> reportFailure, Action action)
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
            catch (Archive.ArchiveException)
            {
                // An unreadable archive is the run's failure (exit code 2), not the rule's.
                throw;
            }
            catch (Exception e)
            {
                var location = Location.Create(path, default, default);
                reportFailure(Diagnostic.Create(ToolDiagnostics.RuleFailure, location, rule.Name, e.GetType().Name + ": " + e.Message));
                return false;
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

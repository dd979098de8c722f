using System;
using System.Collections.Generic;

namespace EditorialLint.Analysis
{
    /// <summary>What a rule registers in <see cref="EditorialRule.Initialize"/>.</summary>
    public sealed class RuleInitializationContext
    {
        internal List<Action<SentenceAnalysisContext>> SentenceActions { get; } = new List<Action<SentenceAnalysisContext>>();

        internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = new List<Action<DocumentAnalysisContext>>();

        internal List<Action<CorpusStartAnalysisContext>> CorpusStartActions { get; } = new List<Action<CorpusStartAnalysisContext>>();

        internal List<Action<DocumentEndAnalysisContext>> DocumentEndActions { get; } = new List<Action<DocumentEndAnalysisContext>>();

        /// <summary>Runs <paramref name="action"/> on every sentence of every document.</summary>
        public void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => SentenceActions.Add(action);

        /// <summary>Runs <paramref name="action"/> once per document, after its sentence actions.</summary>
        public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => DocumentActions.Add(action);

        /// <summary>
        /// Runs <paramref name="action"/> once per document, after every sentence and document action of every rule on
        /// it and after its inline directives were applied: <see cref="DocumentEndAnalysisContext.Diagnostics"/> holds
        /// what those actions reported, as configured (severities, rules turned off, directives). For a rule that weighs
        /// the other rules' findings (the counterpart of textlint's document-exit hook); it sees no other document-end
        /// action's findings.
        /// </summary>
        public void RegisterDocumentEndAction(Action<DocumentEndAnalysisContext> action) => DocumentEndActions.Add(action);

        /// <summary>
        /// Runs <paramref name="action"/> once per run, before any document; it can create state for the run and
        /// register document actions that fill it and a corpus-end action that reports from it (the counterpart of
        /// Roslyn's compilation-start action). Document actions may run on several threads at once.
        /// </summary>
        public void RegisterCorpusStartAction(Action<CorpusStartAnalysisContext> action) => CorpusStartActions.Add(action);
    }

    /// <summary>The context of a corpus-start action.</summary>
    public sealed class CorpusStartAnalysisContext
    {
        internal CorpusStartAnalysisContext(RuleOptionsProvider options, Archive.IFactArchive? archive = null)
        {
            Options = options;
            Archive = archive;
        }

        /// <summary>
        /// The archive the run compares with, or null. Document actions call <see cref="Archive.IFactArchive.Prepare"/>
        /// on it with the keys they will look up (the run may start reading them at once); the lookup itself belongs in
        /// the corpus-end action.
        /// </summary>
        public Archive.IFactArchive? Archive { get; }

        internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = new List<Action<DocumentAnalysisContext>>();

        internal List<Action<CorpusAnalysisContext>> CorpusEndActions { get; } = new List<Action<CorpusAnalysisContext>>();

        /// <summary>Options of the run.</summary>
        public RuleOptionsProvider Options { get; }

        /// <summary>Runs <paramref name="action"/> on every document of this run; it may run on several threads at once.</summary>
        public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => DocumentActions.Add(action);

        /// <summary>Runs <paramref name="action"/> once, after every document of the run.</summary>
        public void RegisterCorpusEndAction(Action<CorpusAnalysisContext> action) => CorpusEndActions.Add(action);
    }
}

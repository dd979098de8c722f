using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Analysis
{
    /// <summary>
    /// A rule that runs only on documents whose options make it active: a rule pack or plugin named in one folder's
    /// <c>.editorconfig</c> applies to the files under that folder and nowhere else.
    /// </summary>
    public sealed class ScopedRule : EditorialRule
    {
        private readonly Func<RuleOptions, bool> _isActive;

        /// <summary>Wraps <paramref name="inner"/>; it runs where <paramref name="isActive"/> says so.</summary>
        public ScopedRule(EditorialRule inner, Func<RuleOptions, bool> isActive)
        {
            Inner = inner;
            _isActive = isActive;
        }

        /// <summary>The wrapped rule.</summary>
        public EditorialRule Inner { get; }

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Inner.SupportedDiagnostics;

        /// <inheritdoc />
        public override ImmutableArray<RuleOptionDescriptor> SupportedOptions => Inner.SupportedOptions;

        /// <inheritdoc />
        public override string Name => Inner.Name;

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context)
        {
            var inner = new RuleInitializationContext();
            Inner.Initialize(inner);
            foreach (var action in inner.SentenceActions)
                context.RegisterSentenceAction(c => { if (_isActive(c.Options)) action(c); });
            foreach (var action in inner.DocumentActions)
                context.RegisterDocumentAction(c => { if (_isActive(c.Options)) action(c); });
            foreach (var action in inner.DocumentEndActions)
                context.RegisterDocumentEndAction(c => { if (_isActive(c.Options)) action(c); });
            foreach (var start in inner.CorpusStartActions)
            {
                context.RegisterCorpusStartAction(outer =>
                {
                    var innerStart = new CorpusStartAnalysisContext(outer.Options, outer.Archive);
                    start(innerStart);
                    foreach (var action in innerStart.DocumentActions)
                        outer.RegisterDocumentAction(c => { if (_isActive(c.Options)) action(c); });
                    foreach (var end in innerStart.CorpusEndActions)
                    {
                        outer.RegisterCorpusEndAction(c => end(new CorpusAnalysisContext(c.Options, c.DocumentPaths, d =>
                        {
                            // A finding across documents is kept only for a document where the rule is active.
                            var path = d.Location.GetLineSpan().Path ?? string.Empty;
                            if (_isActive(c.Options.GetOptions(path))) c.ReportDiagnostic(d);
                        }, c.CancellationToken, c.Archive)));
                    }
                });
            }
        }
    }
}

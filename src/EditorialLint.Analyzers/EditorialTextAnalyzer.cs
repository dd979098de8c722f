using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Text;
using EditorialLint.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EditorialLint.Analyzers
{
    /// <summary>
    /// Runs the EditorialLint rules over the <c>.md</c>, <c>.markdown</c> and <c>.txt</c> AdditionalFiles of a
    /// compilation: per-document rules as each file is analysed, cross-article rules at compilation end. Severities
    /// and options come from <c>editorial_lint.*</c> keys in <c>.editorconfig</c> (the <c>dotnet_diagnostic.*</c>
    /// keys do not reach diagnostics on additional files).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
    public sealed class EditorialTextAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<EditorialRule> Rules = BuiltInRules.CreateAll();

        // Every ID the engine can report, EL9xxx included: the compiler rejects (AD0001) a diagnostic whose ID is not here.
        private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = LintWorkspace.FromRules(Rules).Descriptors;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors;

        /// <summary>Whether an additional file is prose this analyzer lints.</summary>
        public static bool IsProse(AdditionalText file) => ProseFiles.IsProseFile(file.Path);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(StartCompilation);
        }

        private static void StartCompilation(CompilationStartAnalysisContext start)
        {
            var files = start.Options.AdditionalFiles.Where(IsProse).ToImmutableArray();
            if (files.IsEmpty) return;

            var options = new AnalyzerConfigRuleOptionsProvider(start.Options.AnalyzerConfigOptionsProvider, files);
            var session = LintWorkspace.FromRules(Rules, options).Engine.StartSession(files[0].Path, start.CancellationToken);
            var analysed = new ConcurrentBag<string>();

            start.RegisterAdditionalFileAction(fileContext =>
            {
                var file = fileContext.AdditionalFile;
                if (!IsProse(file)) return;
                var text = file.GetText(fileContext.CancellationToken);
                if (text is null) return;

                AnalyzedDocument document;
                try
                {
                    document = AnalyzedDocument.Create(new SourceDocument(file.Path, text.ToString()));
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    // One bad file (Markdown nested too deeply, say) is reported on itself; the build goes on.
                    fileContext.ReportDiagnostic(DocumentFailure.Create(file.Path, e, text));
                    return;
                }

                analysed.Add(file.Path);
                foreach (var diagnostic in session.Analyze(document)) fileContext.ReportDiagnostic(diagnostic);
            });

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var diagnostic in session.StartDiagnostics.Concat(session.Complete(analysed))) end.ReportDiagnostic(diagnostic);
            });
        }
    }
}

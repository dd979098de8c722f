using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.LanguageServer.Tests
{
    /// <summary>A rule that always throws, to prove that one failing rule neither stops the others nor the server.</summary>
    internal sealed class ThrowingRule : EditorialRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "ELT900", "Throws", "Throws", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override void Initialize(RuleInitializationContext context) =>
            context.RegisterDocumentAction(_ => throw new InvalidOperationException("deliberate failure"));
    }

    /// <summary>
    /// A rule that holds its document until released (or a minute passes), to prove that the server stops while
    /// linting. It ignores cancellation on purpose: a slow rule may not look at the token.
    /// </summary>
    internal sealed class BlockingRule : EditorialRule, IDisposable
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "ELT902", "Blocks", "Blocks", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private readonly System.Threading.ManualResetEventSlim _release = new System.Threading.ManualResetEventSlim();

        public System.Threading.ManualResetEventSlim Started { get; } = new System.Threading.ManualResetEventSlim();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override void Initialize(RuleInitializationContext context) =>
            context.RegisterDocumentAction(_ =>
            {
                Started.Set();
                _release.Wait(TimeSpan.FromMinutes(1));
            });

        public void Dispose() => _release.Set();
    }

    /// <summary>
    /// A rule across articles: a place name ("Zanzibar") spelled in one article and "Zanzibarr" in another is reported
    /// in each, with the other spelling as a further location (the shape of a conflicting-figures rule).
    /// </summary>
    internal sealed class CrossArticleSpellingRule : EditorialRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "ELT901", "Spelled two ways across articles", "'{0}' is spelled '{1}' elsewhere", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override void Initialize(RuleInitializationContext context)
        {
            context.RegisterCorpusStartAction(start =>
            {
                var mentions = new ConcurrentBag<(string Word, Location Location)>();
                start.RegisterDocumentAction(ctx =>
                {
                    var doc = ctx.Document;
                    for (int i = 0; i < doc.TokenCount; i++)
                    {
                        var token = doc.GetToken(i);
                        var word = doc.GetString(token);
                        if (word == "Zanzibar" || word == "Zanzibarr")
                            mentions.Add((word, doc.GetLocation(new TextSpan(token.Start, token.Length))));
                    }
                });
                start.RegisterCorpusEndAction(end =>
                {
                    var all = mentions.ToList();
                    foreach (var (word, location) in all)
                    {
                        var other = all.FirstOrDefault(m => m.Word != word && m.Location.GetLineSpan().Path != location.GetLineSpan().Path);
                        if (other.Word is null) continue;
                        end.ReportDiagnostic(Diagnostic.Create(Descriptor, location, new List<Location> { other.Location }, word, other.Word));
                    }
                });
            });
        }
    }
}

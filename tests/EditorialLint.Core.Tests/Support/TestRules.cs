using System;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Tests.Support
{
    /// <summary>Test rule: the word "colour" with a safe fix to "color"; declares an option to exercise validation.</summary>
    public sealed class ColourRule : EditorialRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "EL3901", "Colour", "'{0}' is spelt the British way", "Style", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override ImmutableArray<RuleOptionDescriptor> SupportedOptions => ImmutableArray.Create(
            RuleOptionDescriptor.Choice("EL3901", "style", "Which spelling to keep", "us", "uk"),
            RuleOptionDescriptor.Integer("EL3901", "max", "How many to allow", 0, 10));

        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(c =>
        {
            foreach (var token in c.Tokens)
            {
                if (token.Kind != TokenKind.Word) continue;
                var text = c.Document.GetText(token);
                if (!text.Equals("colour".AsSpan(), StringComparison.OrdinalIgnoreCase)) continue;
                var replacement = char.IsUpper(text[0]) ? "Color" : "color";
                c.Report(Descriptor, token.Span, new ProseFix(token.Span, replacement, isSafe: true, "Use color"), text.ToString());
            }
        });
    }

    /// <summary>Test rule: "utilise" with an unsafe fix to "use".</summary>
    public sealed class UtiliseRule : EditorialRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "EL1901", "Utilise", "'utilise' is a long way to say 'use'", "Numbers", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(c =>
        {
            foreach (var token in c.Tokens)
            {
                if (!c.Document.GetText(token).Equals("utilise".AsSpan(), StringComparison.Ordinal)) continue;
                c.Report(Descriptor, token.Span, new ProseFix(token.Span, "use", isSafe: false, "Use 'use'"));
            }
        });
    }

    /// <summary>Test rule with overlapping fixes: "aaa" → "aa" (safe) reported at every 'a' run of 3 or more, twice overlapping.</summary>
    public sealed class ShrinkRunRule : EditorialRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            "EL3902", "Shrink", "Run of letters", "Style", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(c =>
        {
            var text = c.Document.Text;
            foreach (var token in c.Tokens)
            {
                // Every "xxx" window inside a word is a fix: windows overlap, so one pass cannot take them all.
                for (int i = token.Start; i + 3 <= token.End; i++)
                {
                    if (text[i] == 'x' && text[i + 1] == 'x' && text[i + 2] == 'x')
                        c.Report(Descriptor, new TextSpan(i, 3), new ProseFix(new TextSpan(i, 3), "xx", isSafe: true, "Shrink"));
                }
            }
        });
    }
}

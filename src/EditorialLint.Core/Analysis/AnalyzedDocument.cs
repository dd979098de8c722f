using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Text;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Analysis
{
    /// <summary>
    /// A document ready for rules: its source, prose view, tokens and sentences, computed once and shared by every
    /// rule. Rules read it and never change it. Other shared analyses (number mentions, part-of-speech tags) hang
    /// off <see cref="GetShared{T}"/> so that they too are computed once per document.
    /// </summary>
    public sealed class AnalyzedDocument
    {
        private readonly Token[] _tokens;
        private readonly Sentence[] _sentences;
        private Dictionary<object, object>? _shared;

        private AnalyzedDocument(SourceDocument source, ProseView prose, Token[] tokens, Sentence[] sentences)
        {
            Source = source;
            Prose = prose;
            _tokens = tokens;
            _sentences = sentences;
        }

        /// <summary>Analyses a source document: prose view, tokens, sentences.</summary>
        public static AnalyzedDocument Create(SourceDocument source)
        {
            var prose = source.Kind == DocumentKind.Markdown
                ? MarkdownProseExtractor.Extract(source.Content)
                : ProseView.ForPlainText(source.Content);
            var tokens = Tokenizer.Tokenize(prose);
            var sentences = SentenceSplitter.Split(prose.Text, tokens, prose);
            return new AnalyzedDocument(source, prose, tokens, sentences);
        }

        /// <summary>Shorthand for tests and editors: analyses text held in memory.</summary>
        public static AnalyzedDocument FromText(string path, string text) => Create(new SourceDocument(path, text));

        /// <summary>The document as read.</summary>
        public SourceDocument Source { get; }

        /// <summary>The path diagnostics are reported against.</summary>
        public string Path => Source.Path;

        /// <summary>The prose view.</summary>
        public ProseView Prose { get; }

        /// <summary>The prose text (same as <c>Prose.Text</c>).</summary>
        public string Text => Prose.Text;

        /// <summary>All tokens, in order.</summary>
        public ReadOnlySpan<Token> Tokens => _tokens;

        /// <summary>All sentences, in order.</summary>
        public ReadOnlySpan<Sentence> Sentences => _sentences;

        /// <summary>Number of tokens.</summary>
        public int TokenCount => _tokens.Length;

        /// <summary>The token at <paramref name="index"/>.</summary>
        public Token GetToken(int index) => _tokens[index];

        /// <summary>The tokens of one sentence.</summary>
        public ReadOnlySpan<Token> GetTokens(Sentence sentence) => new ReadOnlySpan<Token>(_tokens, sentence.FirstToken, sentence.TokenCount);

        /// <summary>The text of a token, without allocating.</summary>
        public ReadOnlySpan<char> GetText(Token token) => Prose.Text.AsSpan(token.Start, token.Length);

        /// <summary>The text of a token as a string.</summary>
        public string GetString(Token token) => Prose.Text.Substring(token.Start, token.Length);

        /// <summary>The prose text of a span.</summary>
        public string GetString(TextSpan proseSpan) => Prose.Text.Substring(proseSpan.Start, proseSpan.Length);

        /// <summary>Index of the first token that ends after <paramref name="proseOffset"/>, or <see cref="TokenCount"/>.</summary>
        public int TokenIndexAt(int proseOffset)
        {
            int lo = 0, hi = _tokens.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (_tokens[mid].End <= proseOffset) lo = mid + 1;
                else hi = mid - 1;
            }

            return lo;
        }

        /// <summary>
        /// Index of the first token whose source span ends after <paramref name="sourceOffset"/>, or <see cref="TokenCount"/>:
        /// a binary search (tokens are in source order), for rules that map findings over the source back to tokens
        /// without walking every token for each finding.
        /// </summary>
        public int TokenIndexAtSource(int sourceOffset)
        {
            if (Prose.IsIdentity) return TokenIndexAt(sourceOffset);
            int lo = 0, hi = _tokens.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (Prose.ToSourceSpan(_tokens[mid].Span).End <= sourceOffset) lo = mid + 1;
                else hi = mid - 1;
            }

            return lo;
        }

        /// <summary>Whether only whitespace stands between two prose offsets.</summary>
        public bool IsOnlyWhitespaceBetween(int start, int end)
        {
            for (int i = start; i < end; i++)
                if (!char.IsWhiteSpace(Prose.Text[i])) return false;
            return true;
        }

        /// <summary>The source location of a prose span.</summary>
        public Location GetLocation(TextSpan proseSpan)
        {
            var sourceSpan = Prose.ToSourceSpan(proseSpan);
            return Location.Create(Path, sourceSpan, Source.Text.Lines.GetLinePositionSpan(sourceSpan));
        }

        /// <summary>
        /// Creates a diagnostic at a prose span, with an optional fix and further locations (such as the other
        /// mention of a conflicting figure). A fix whose span holds markup is dropped: it could not be applied
        /// without breaking the Markdown.
        /// </summary>
        public Diagnostic CreateDiagnostic(
            DiagnosticDescriptor descriptor,
            TextSpan proseSpan,
            ProseFix? fix = null,
            IEnumerable<Location>? additionalLocations = null,
            params object?[] messageArgs)
        {
            ImmutableDictionary<string, string?>? properties = null;
            if (fix is { } f && Prose.IsVerbatim(f.Span, Source.Content))
            {
                properties = new TextFix(Prose.ToSourceSpan(f.Span), f.Replacement, f.IsSafe, f.Title).ToProperties();
            }

            return Diagnostic.Create(descriptor, GetLocation(proseSpan), additionalLocations, properties, messageArgs);
        }

        /// <summary>
        /// A per-document analysis shared by every rule, computed on first use. Rules of one document run on one
        /// thread, so no locking is needed.
        /// </summary>
        public T GetShared<T>(object key, Func<AnalyzedDocument, T> factory)
            where T : class
        {
            _shared ??= new Dictionary<object, object>();
            if (_shared.TryGetValue(key, out var value)) return (T)value;
            var created = factory(this);
            _shared[key] = created;
            return created;
        }
    }
}

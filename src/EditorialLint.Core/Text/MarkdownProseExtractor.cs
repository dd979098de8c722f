using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EditorialLint.Text
{
    /// <summary>
    /// Finds the prose of a Markdown document with Markdig: headings, paragraphs, list items, quotes, table cells,
    /// link and image text, emphasis. Code, HTML, URLs, link reference definitions and front matter are not prose.
    /// </summary>
    public static class MarkdownProseExtractor
    {
        // A pipeline is immutable once built and safe to share between threads.
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseAutoLinks()
            .Build();

        // The same without bare-URL detection, for documents that hold no URL: the autolink parser wakes at every
        // word starting with h, f, m or w and cuts literals there, which cost a tenth of the parse on news copy.
        private static readonly MarkdownPipeline PipelineWithoutAutoLinks = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .Build();

        /// <summary>
        /// Parses <paramref name="source"/> as the extractor does (precise source locations, front matter, pipe tables,
        /// bare URLs), for hosts that render a document and must place findings at the same spans.
        /// </summary>
        public static MarkdownDocument Parse(string source) => Markdown.Parse(source, Pipeline);

        /// <summary>Extracts the prose view of <paramref name="source"/>.</summary>
        public static ProseView Extract(string source) => Extract(source, MayHoldBareUrl(source));

        /// <summary>Extracts the prose view with or without bare-URL detection (tests compare the two).</summary>
        internal static ProseView Extract(string source, bool detectBareUrls)
        {
            // Markdig throws, without a position, past its own depth limit: measure first and say where.
            MarkdownNesting.EnsureWithinLimit(source);
            var document = Markdown.Parse(source, detectBareUrls ? Pipeline : PipelineWithoutAutoLinks);
            var builder = new ProseBuilder(source.Length);
            foreach (var block in document.Descendants<LeafBlock>())
            {
                if (block is CodeBlock || block is HtmlBlock || block is YamlFrontMatterBlock) continue;
                if (block.Inline is null) continue;

                builder.BeginBlock();
                AppendInlines(builder, block.Inline, source);
                builder.EndBlock();
            }

            return builder.ToProseView();
        }

        /// <summary>
        /// Whether Markdig's autolink extension could find anything: every bare URL it knows starts "http://",
        /// "https://", "ftp://", "mailto:", "tel:" or "www." (any case), so a text with none of "://", "mailto:",
        /// "tel:" and "www." has none.
        /// </summary>
        internal static bool MayHoldBareUrl(string source) =>
#if NET
            // One vectorised pass for all four markers (string.IndexOf with OrdinalIgnoreCase is a slow scalar loop
            // under invariant globalization, as the CLI runs).
            System.MemoryExtensions.IndexOfAny(System.MemoryExtensions.AsSpan(source), UrlMarkers) >= 0;
#else
            source.IndexOf("://", System.StringComparison.Ordinal) >= 0
            || source.IndexOf("www.", System.StringComparison.OrdinalIgnoreCase) >= 0
            || source.IndexOf("mailto:", System.StringComparison.OrdinalIgnoreCase) >= 0
            || source.IndexOf("tel:", System.StringComparison.OrdinalIgnoreCase) >= 0;
#endif

#if NET
        private static readonly System.Buffers.SearchValues<string> UrlMarkers =
            System.Buffers.SearchValues.Create(new[] { "://", "www.", "mailto:", "tel:" }, System.StringComparison.OrdinalIgnoreCase);
#endif

        private static void AppendInlines(ProseBuilder builder, ContainerInline container, string source)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        AppendLiteral(builder, literal, source);
                        break;
                    case CodeInline code:
                        builder.Append(ProseView.Placeholder, code.Span.Start);
                        break;
                    case AutolinkInline autolink:
                        builder.Append(ProseView.Placeholder, autolink.Span.Start);
                        break;
                    case LinkInline link when link.IsAutoLink:
                        builder.Append(ProseView.Placeholder, link.Span.Start);
                        break;
                    case LineBreakInline lineBreak:
                        // A line break inside a paragraph reads as a space; it maps to the break itself.
                        builder.Append(' ', lineBreak.Span.Start);
                        break;
                    case HtmlEntityInline entity:
                        var transcoded = entity.Transcoded.ToString();
                        foreach (char c in transcoded) builder.Append(c, entity.Span.Start);
                        break;
                    case HtmlInline html:
                        // <br> and similar read as a space; comments and tags otherwise add nothing.
                        if (html.Tag.StartsWith("<br", System.StringComparison.OrdinalIgnoreCase)) builder.Append(' ', html.Span.Start);
                        break;
                    case ContainerInline child:
                        // Emphasis, links (their text, not their URL), images (their alt text).
                        AppendInlines(builder, child, source);
                        break;
                }
            }
        }

        // Source characters a literal's character may be ahead of its place in the content: an escape's backslash.
        private const int MaxSkippedSourceCharacters = 8;

        private static void AppendLiteral(ProseBuilder builder, LiteralInline literal, string source)
        {
            var content = literal.Content;
            int length = content.Length;
            if (length <= 0) return;

            int start = literal.Span.Start;
            int spanLength = literal.Span.Length;
            if (spanLength == length && start >= 0 && start + length <= source.Length
                && string.CompareOrdinal(source, start, content.Text, content.Start, length) == 0)
            {
                builder.AppendSource(source, start, length);
                return;
            }

            // Escapes ("\*") and the like: walk the source alongside the content and map each character to its
            // own source character, or to the last matched one when the source spells it differently. A NUL is
            // U+FFFD in the content (CommonMark) and matches its NUL. The search ahead stops after a few characters (an
            // escape is one): searching to the end of the literal for each character the source spells differently
            // made a paragraph of them quadratic (100,000 NULs took 6 s; found by the fuzz test of linear cost).
            int s = start;
            int end = start + System.Math.Max(spanLength, length);
            for (int i = 0; i < length; i++)
            {
                char c = content[content.Start + i];
                int k = s;
                int stop = System.Math.Min(System.Math.Min(end, source.Length), s + MaxSkippedSourceCharacters + 1);
                while (k < stop && source[k] != c && !(c == '\uFFFD' && source[k] == '\0')) k++;
                if (k < stop)
                {
                    builder.Append(c, k);
                    s = k + 1;
                }
                else
                {
                    builder.Append(c, System.Math.Max(start, s - 1));
                }
            }
        }
    }
}

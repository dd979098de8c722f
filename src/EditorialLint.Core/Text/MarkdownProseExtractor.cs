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

        /// <summary>Extracts the prose view of <paramref name="source"/>.</summary>
        public static ProseView Extract(string source)
        {
            var document = Markdown.Parse(source, Pipeline);
            var builder = new ProseBuilder();
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
            // own source character, or to the last matched one when the source spells it differently.
            int s = start;
            int end = start + System.Math.Max(spanLength, length);
            for (int i = 0; i < length; i++)
            {
                char c = content[content.Start + i];
                int k = s;
                while (k < end && k < source.Length && source[k] != c) k++;
                if (k < end && k < source.Length)
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

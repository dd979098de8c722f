using System;
using System.Collections.Generic;
using System.Text;
using EditorialLint.Text;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EditorialLint.Cli.Output.Html
{
    /// <summary>
    /// Renders one article's text as HTML for the report: Markdown through Markdig (headings, paragraphs, lists, quotes,
    /// tables; code and raw HTML shown as code, links as plain text), plain text as paragraphs, with one
    /// <c>&lt;mark&gt;</c> per finding at its source span. Every character of the article is HTML-escaped; the only
    /// markup in the result is the renderer's own.
    /// </summary>
    internal static class ArticleRenderer
    {
        /// <summary>A finding to highlight: its index in the article's list and its source span.</summary>
        internal readonly record struct Highlight(int Index, int Start, int Length, string RuleId, string Family, string Severity);

        // A piece of a leaf block: source text [Start, End) shown as it is, or (Atomic) a unit shown as Html that a
        // highlight covers whole or not at all (inline code, an escape, a line break).
        private readonly record struct Segment(int Start, int End, string? Html);

        private sealed class Leaf
        {
            public Leaf(string open, string close)
            {
                Open = open;
                Close = close;
            }

            public string Open { get; }
            public string Close { get; }
            public List<Segment> Segments { get; } = new List<Segment>();
            public List<Highlight> Highlights { get; } = new List<Highlight>();
            public int Start => Segments.Count == 0 ? -1 : Segments[0].Start;
            public int End => Segments.Count == 0 ? -1 : Segments[Segments.Count - 1].End;
        }

        /// <summary>
        /// Renders <paramref name="text"/>; highlights that fall in no rendered block (front matter, a whole-file
        /// finding) are returned in <paramref name="outside"/> for the caller to list.
        /// </summary>
        public static string Render(string text, DocumentKind kind, string articleId, IReadOnlyList<Highlight> highlights, List<Highlight> outside)
        {
            // The document as a list of container tags and leaf blocks, in order.
            var items = new List<object>();
            if (kind == DocumentKind.Markdown) WalkMarkdown(MarkdownProseExtractor.Parse(text), text, items);
            else WalkPlainText(text, items);

            var leaves = new List<Leaf>();
            foreach (var item in items)
                if (item is Leaf leaf && leaf.Segments.Count > 0) leaves.Add(leaf);
            foreach (var h in highlights)
            {
                var leaf = LeafFor(leaves, h);
                if (leaf is null) outside.Add(h);
                else leaf.Highlights.Add(h);
            }

            var html = new StringBuilder(text.Length * 5 / 4 + 256);
            foreach (var item in items)
            {
                if (item is string tag) html.Append(tag);
                else RenderLeaf(html, (Leaf)item, text, articleId);
            }

            return html.ToString();
        }

        /// <summary>The HTML of a highlight's opening tag.</summary>
        internal static string OpenMark(Highlight h, string articleId, bool point) =>
            "<mark id=\"" + articleId + "-f" + h.Index + "\" class=\"fam-" + h.Family + " sev-" + h.Severity + (point ? " point" : string.Empty)
            + "\" data-rule=\"" + Escape(h.RuleId) + "\" data-f=\"" + h.Index + "\" tabindex=\"0\">";

        // The leaf whose text holds the highlight's start, or else the first one that starts inside the highlight.
        private static Leaf? LeafFor(List<Leaf> leaves, Highlight h)
        {
            int end = h.Start + h.Length;
            foreach (var leaf in leaves)
                if (h.Start >= leaf.Start && (h.Start < leaf.End || (h.Length == 0 && h.Start == leaf.End))) return leaf;
            foreach (var leaf in leaves)
                if (leaf.Start >= h.Start && leaf.Start < end) return leaf;
            return null;
        }

        private static void WalkPlainText(string text, List<object> items)
        {
            foreach (var block in ProseView.ForPlainText(text).Blocks)
            {
                var leaf = new Leaf("<p class=\"plain\">", "</p>\n");
                leaf.Segments.Add(new Segment(block.Start, block.End, null));
                items.Add(leaf);
            }
        }

        private static void WalkMarkdown(ContainerBlock container, string text, List<object> items)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case YamlFrontMatterBlock:
                    case LinkReferenceDefinitionGroup:
                    case LinkReferenceDefinition:
                        break;
                    case ThematicBreakBlock:
                        items.Add("<hr>\n");
                        break;
                    case HeadingBlock heading:
                        items.Add(InlineLeaf(heading, "<h" + Math.Clamp(heading.Level + 2, 3, 6) + ">", "</h" + Math.Clamp(heading.Level + 2, 3, 6) + ">\n", text));
                        break;
                    case CodeBlock code:
                        items.Add(LinesLeaf(code, "<pre><code>", "</code></pre>\n"));
                        break;
                    case HtmlBlock { Type: HtmlBlockType.Comment }:
                        // Notes to the desk and lint directives: neither prose nor code, left out of the reading view.
                        break;
                    case HtmlBlock raw:
                        items.Add(LinesLeaf(raw, "<pre class=\"raw-html\"><code>", "</code></pre>\n"));
                        break;
                    case LeafBlock leaf when leaf.Inline is not null:
                        items.Add(InlineLeaf(leaf, "<p>", "</p>\n", text));
                        break;
                    case ContainerBlock inner:
                        var (open, close) = TagsOf(inner);
                        items.Add(open);
                        WalkMarkdown(inner, text, items);
                        items.Add(close);
                        break;
                }
            }
        }

        // The element a container block becomes; other containers add none of their own.
        private static (string Open, string Close) TagsOf(ContainerBlock block) => block switch
        {
            ListBlock { IsOrdered: true } => ("<ol>\n", "</ol>\n"),
            ListBlock => ("<ul>\n", "</ul>\n"),
            ListItemBlock => ("<li>", "</li>\n"),
            QuoteBlock => ("<blockquote>\n", "</blockquote>\n"),
            Table => ("<table>\n", "</table>\n"),
            TableRow => ("<tr>", "</tr>\n"),
            TableCell => ("<td>", "</td>"),
            _ => (string.Empty, string.Empty),
        };

        private static Leaf LinesLeaf(LeafBlock block, string open, string close)
        {
            var leaf = new Leaf(open, close);
            var lines = block.Lines;
            for (int i = 0; i < lines.Count; i++)
            {
                var slice = lines.Lines[i].Slice;
                if (i > 0) leaf.Segments.Add(new Segment(slice.Start, slice.Start, "\n"));
                if (slice.Length > 0) leaf.Segments.Add(new Segment(slice.Start, slice.End + 1, null));
            }

            return leaf;
        }

        private static Leaf InlineLeaf(LeafBlock block, string open, string close, string text)
        {
            var leaf = new Leaf(open, close);
            if (block.Inline is not null) AddInlines(leaf, block.Inline, text);
            return leaf;
        }

        private static void AddInlines(Leaf leaf, ContainerInline container, string text)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                int start = inline.Span.Start, end = inline.Span.Start + Math.Max(0, inline.Span.Length);
                switch (inline)
                {
                    case LiteralInline literal:
                        var content = literal.Content;
                        if (content.Length <= 0) break;
                        if (literal.Span.Length == content.Length && start >= 0 && end <= text.Length
                            && string.CompareOrdinal(text, start, content.Text, content.Start, content.Length) == 0)
                            leaf.Segments.Add(new Segment(start, end, null));
                        else
                            leaf.Segments.Add(new Segment(start, end, Escape(content.ToString())));
                        break;
                    case CodeInline code:
                        leaf.Segments.Add(new Segment(start, end, "<code>" + Escape(code.Content) + "</code>"));
                        break;
                    case AutolinkInline autolink:
                        leaf.Segments.Add(new Segment(start, end, "<span class=\"url\">" + Escape(autolink.Url) + "</span>"));
                        break;
                    case LinkInline link when link.IsAutoLink:
                        leaf.Segments.Add(new Segment(start, end, "<span class=\"url\">" + Escape(link.Url ?? string.Empty) + "</span>"));
                        break;
                    case LineBreakInline lineBreak:
                        leaf.Segments.Add(new Segment(start, end, lineBreak.IsHard ? "<br>" : "\n"));
                        break;
                    case HtmlEntityInline entity:
                        leaf.Segments.Add(new Segment(start, end, Escape(entity.Transcoded.ToString())));
                        break;
                    case HtmlInline raw:
                        leaf.Segments.Add(new Segment(start, end, "<code class=\"raw-html\">" + Escape(raw.Tag) + "</code>"));
                        break;
                    case ContainerInline child:
                        // Emphasis, link text (never its address: links are not followed from a report), image alt text.
                        AddInlines(leaf, child, text);
                        break;
                }
            }
        }

        private readonly record struct Placed(Highlight Highlight, int Start, int End);

        private static void RenderLeaf(StringBuilder html, Leaf leaf, string text, string articleId)
        {
            html.Append(leaf.Open);
            var segments = leaf.Segments;
            if (segments.Count == 0)
            {
                html.Append(leaf.Close);
                return;
            }

            // Snap each highlight to where the rendered text can show it: into the text, around whole atomic units.
            var placed = new List<Placed>(leaf.Highlights.Count);
            foreach (var h in leaf.Highlights)
            {
                int s = Math.Clamp(h.Start, leaf.Start, leaf.End);
                int e = Math.Clamp(h.Start + h.Length, s, leaf.End);
                s = SnapStart(segments, s);
                e = Math.Max(s, SnapEnd(segments, e, h.Length == 0 ? s : -1));
                placed.Add(new Placed(h, s, e));
            }

            // Outer before inner; a highlight that starts inside another and ends after it is cut at the other's end,
            // so that every highlight stays one element (its exact span is in the finding's data).
            placed.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? b.End.CompareTo(a.End) : a.Highlight.Index.CompareTo(b.Highlight.Index));
            var stack = new List<int>();
            for (int i = 0; i < placed.Count; i++)
            {
                if (placed[i].End == placed[i].Start) continue;
                while (stack.Count > 0 && placed[stack[stack.Count - 1]].End <= placed[i].Start) stack.RemoveAt(stack.Count - 1);
                if (stack.Count > 0 && placed[i].End > placed[stack[stack.Count - 1]].End)
                    placed[i] = placed[i] with { End = placed[stack[stack.Count - 1]].End };
                stack.Add(i);
            }

            // Events by position: closes (inner first), then empty highlights, then opens (outer first).
            var events = new List<(int Position, int Order, int Rank, string Html)>(placed.Count * 2);
            for (int i = 0; i < placed.Count; i++)
            {
                var p = placed[i];
                if (p.End == p.Start)
                {
                    events.Add((p.Start, 1, i, OpenMark(p.Highlight, articleId, point: true) + "</mark>"));
                    continue;
                }

                events.Add((p.Start, 2, i, OpenMark(p.Highlight, articleId, point: false)));
                events.Add((p.End, 0, -i, "</mark>"));
            }

            events.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Rank.CompareTo(b.Rank));

            int next = 0;
            foreach (var segment in segments)
            {
                if (segment.Html is not null)
                {
                    while (next < events.Count && events[next].Position <= segment.Start) html.Append(events[next++].Html);
                    html.Append(segment.Html);
                    continue;
                }

                int at = segment.Start;
                while (next < events.Count && events[next].Position < segment.End)
                {
                    int position = Math.Max(events[next].Position, at);
                    AppendEscaped(html, text, at, position - at);
                    at = position;
                    html.Append(events[next++].Html);
                }

                AppendEscaped(html, text, at, segment.End - at);
            }

            while (next < events.Count) html.Append(events[next++].Html);
            html.Append(leaf.Close);
        }

        // A start in markup between segments moves to the next segment; inside an atomic unit, to its start.
        private static int SnapStart(List<Segment> segments, int position)
        {
            foreach (var segment in segments)
            {
                if (position < segment.Start) return segment.Start;
                if (position < segment.End) return segment.Html is null ? position : segment.Start;
            }

            return segments[segments.Count - 1].End;
        }

        // An end in markup moves back to the previous segment's end; inside an atomic unit, to its end.
        private static int SnapEnd(List<Segment> segments, int position, int point)
        {
            if (point >= 0) return point;
            int snapped = segments[0].Start;
            foreach (var segment in segments)
            {
                if (position <= segment.Start) return snapped;
                if (position <= segment.End) return segment.Html is null ? position : segment.End;
                snapped = segment.End;
            }

            return snapped;
        }

        /// <summary>Escapes text for HTML element content and double-quoted attribute values.</summary>
        internal static string Escape(string value)
        {
            var builder = new StringBuilder(value.Length + 16);
            AppendEscaped(builder, value, 0, value.Length);
            return builder.ToString();
        }

        internal static void AppendEscaped(StringBuilder builder, string text, int start, int length)
        {
            int end = start + length;
            int run = start;
            for (int i = start; i < end; i++)
            {
                string? entity = text[i] switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    '\0' => "\uFFFD",
                    _ => null,
                };
                if (entity is null) continue;
                builder.Append(text, run, i - run).Append(entity);
                run = i + 1;
            }

            builder.Append(text, run, end - run);
        }
    }
}

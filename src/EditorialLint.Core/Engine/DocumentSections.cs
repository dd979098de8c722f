using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Engine
{
    /// <summary>
    /// Cuts a very long document into sections that are linted one after the other, so that one huge file costs memory
    /// in proportion to a section, not to the file (the prose view, tokens, sentences and shared analyses of 50 MB held
    /// at once came to about 65 MB of memory per MB of text). A document of <see cref="Threshold"/> characters or fewer is
    /// one section. Longer ones are cut after about <see cref="SectionLength"/> characters at a top-level block boundary:
    /// a blank line followed by a line that starts in the first column, outside a fenced code block (any blank line in
    /// plain text); failing that within twice the length, at a line start, then after a space, then anywhere but inside
    /// a surrogate pair or a CRLF. Rules that read the whole document (document actions, document-end actions, inline
    /// directives) see one section at a time in such a document.
    /// </summary>
    internal static class DocumentSections
    {
        /// <summary>Documents longer than this (in UTF-16 characters, about 2 MB of text) are linted in sections.</summary>
        public const int Threshold = 2_000_000;

        /// <summary>The length a section aims at.</summary>
        public const int SectionLength = 1_000_000;

        /// <summary>The sections of <paramref name="text"/>, in order, covering it exactly.</summary>
        public static List<TextSpan> Split(string text, DocumentKind kind, int threshold = Threshold, int sectionLength = SectionLength)
        {
            var sections = new List<TextSpan>();
            if (text.Length <= threshold || sectionLength <= 0)
            {
                sections.Add(new TextSpan(0, text.Length));
                return sections;
            }

            int start = 0;
            while (text.Length - start > sectionLength * 2)
            {
                int cut = FindCut(text, start, sectionLength, kind == DocumentKind.Markdown);
                sections.Add(TextSpan.FromBounds(start, cut));
                start = cut;
            }

            if (text.Length - start > sectionLength)
            {
                // The rest into two near halves rather than a full section and a sliver.
                int cut = FindCut(text, start, (text.Length - start) / 2, kind == DocumentKind.Markdown);
                sections.Add(TextSpan.FromBounds(start, cut));
                start = cut;
            }

            sections.Add(TextSpan.FromBounds(start, text.Length));
            return sections;
        }

        // Walks the lines from start (tracking fences) and returns the first good cut at or after start + length, never
        // past start + 2 · length.
        private static int FindCut(string text, int start, int length, bool markdown)
        {
            int earliest = start + length;
            int latest = Math.Min(text.Length - 1, start + (2 * length));
            char fence = '\0';
            int fenceLength = 0;
            bool previousBlank = false;
            int firstLineStart = -1;
            int line = start;
            while (line <= latest)
            {
                int end = LineEnd(text, line);
                bool blank = IsBlank(text, line, end);
                if (line >= earliest && line > start)
                {
                    if (firstLineStart < 0) firstLineStart = line;
                    if (previousBlank && !blank && fence == '\0' && (!markdown || !char.IsWhiteSpace(text[line]))) return line;
                }

                if (markdown) TrackFence(text, line, end, ref fence, ref fenceLength);
                previousBlank = blank;
                line = NextLineStart(text, end);
            }

            if (firstLineStart >= 0) return firstLineStart;
            for (int i = latest; i > earliest; i--)
                if (text[i - 1] == ' ' || text[i - 1] == '\t') return i;
            int at = earliest;
            if (char.IsLowSurrogate(text[at]) || (text[at] == '\n' && text[at - 1] == '\r')) at++;
            return at;
        }

        private static int LineEnd(string text, int from)
        {
            int k = text.IndexOfAny(LineBreaks, from);
            return k < 0 ? text.Length : k;
        }

        private static int NextLineStart(string text, int lineEnd)
        {
            if (lineEnd >= text.Length) return text.Length + 1;
            return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
        }

        private static readonly char[] LineBreaks = { '\n', '\r' };

        private static bool IsBlank(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
                if (text[i] != ' ' && text[i] != '\t') return false;
            return true;
        }

        // A line of three or more backticks or tildes (after up to three spaces) opens a fence; the same character, at
        // least as many, and nothing else closes it.
        private static void TrackFence(string text, int start, int end, ref char fence, ref int fenceLength)
        {
            int i = start;
            while (i < end && i - start < 3 && text[i] == ' ') i++;
            if (i >= end || (text[i] != '`' && text[i] != '~')) return;
            char c = text[i];
            int run = 0;
            while (i < end && text[i] == c) { i++; run++; }
            if (run < 3) return;
            if (fence == '\0')
            {
                fence = c;
                fenceLength = run;
            }
            else if (c == fence && run >= fenceLength && IsBlank(text, i, end))
            {
                fence = '\0';
                fenceLength = 0;
            }
        }

        /// <summary>
        /// A finding on a section, placed in the whole document: its location and further locations in the document
        /// moved by the section's start (lines counted from the line where it starts), and its fix likewise.
        /// </summary>
        public static Diagnostic ToWhole(Diagnostic diagnostic, TextSpan section, SourceText whole, string path)
        {
            if (section.Start == 0) return diagnostic;
            var origin = whole.Lines.GetLinePosition(section.Start);
            var location = Move(diagnostic.Location, section.Start, origin, path);
            List<Location>? additional = null;
            foreach (var other in diagnostic.AdditionalLocations) (additional ??= new List<Location>()).Add(Move(other, section.Start, origin, path));
            var properties = TextFix.Moved(diagnostic.Properties, section.Start);
            return DiagnosticFactory.WithLocations(diagnostic, location, additional, properties);
        }

        // A location with no span and no line (a finding on the file as a whole) stays where it is.
        private static Location Move(Location location, int offset, LinePosition origin, string path)
        {
            var lineSpan = location.GetLineSpan();
            if (lineSpan.Path != path || (location.SourceSpan == default && lineSpan.Span == default)) return location;
            var span = new TextSpan(location.SourceSpan.Start + offset, location.SourceSpan.Length);
            return Location.Create(path, span, new LinePositionSpan(Move(lineSpan.StartLinePosition, origin), Move(lineSpan.EndLinePosition, origin)));
        }

        private static LinePosition Move(LinePosition position, LinePosition origin) =>
            position.Line == 0 ? new LinePosition(origin.Line, origin.Character + position.Character) : new LinePosition(origin.Line + position.Line, position.Character);
    }
}

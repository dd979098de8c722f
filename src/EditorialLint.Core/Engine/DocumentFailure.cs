using System;
using EditorialLint.Diagnostics;
using EditorialLint.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Engine
{
    /// <summary>
    /// Turns a failure on one document into a finding on that document, so that one bad file never stops a run:
    /// Markdown nested too deeply becomes EL9006 at the line where it passes the limit, anything else EL9005.
    /// </summary>
    public static class DocumentFailure
    {
        /// <summary>The finding for <paramref name="exception"/> raised while loading, parsing or linting <paramref name="path"/>.</summary>
        public static Diagnostic Create(string path, Exception exception, SourceText? text = null)
        {
            if (exception is AggregateException aggregate && aggregate.InnerExceptions.Count == 1)
                exception = aggregate.InnerExceptions[0];

            if (exception is MarkdownTooDeepException deep)
            {
                var location = Location.Create(path, LineSpan(text, deep.Line), new LinePositionSpan(new LinePosition(deep.Line, 0), new LinePosition(deep.Line, 0)));
                return Diagnostic.Create(ToolDiagnostics.MarkdownTooDeep, location, deep.Depth, deep.Limit);
            }

            return Diagnostic.Create(ToolDiagnostics.DocumentNotLinted, Location.Create(path, default, default), exception.GetType().Name + ": " + exception.Message);
        }

        private static TextSpan LineSpan(SourceText? text, int line) =>
            text is not null && line < text.Lines.Count ? new TextSpan(text.Lines[line].Start, 0) : default;
    }
}

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
                // Placed by offset, through the text's line index as every other finding is (Markdown's own line count
                // ignores U+2028, U+2029 and U+0085, which the index counts); without the text, Markdown's line is all there is.
                var location = text is not null && deep.LineStart <= text.Length
                    ? Location.Create(path, new TextSpan(deep.LineStart, 0), text.Lines.GetLinePositionSpan(new TextSpan(deep.LineStart, 0)))
                    : Location.Create(path, default, new LinePositionSpan(new LinePosition(deep.Line, 0), new LinePosition(deep.Line, 0)));
                return Diagnostic.Create(ToolDiagnostics.MarkdownTooDeep, location, deep.Description, deep.Limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            }

            return Diagnostic.Create(ToolDiagnostics.DocumentNotLinted, Location.Create(path, default, default), exception.GetType().Name + ": " + exception.Message);
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EditorialLint.Cli.Output
{
    /// <summary>
    /// A JSON document: <c>{ "version", "documents", "findings": [ { id, severity, message, path, line, column,
    /// endLine, endColumn, offset, length, helpUri, fix, additionalLocations } ] }</c>. Lines and columns are
    /// 1-based; offsets are 0-based UTF-16 over the text as read.
    /// </summary>
    public static class JsonFormatter
    {
        /// <summary>Writes the document.</summary>
        public static void Write(TextWriter writer, IReadOnlyList<Finding> findings, int documentCount, string version)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("version", version);
                json.WriteNumber("documents", documentCount);
                json.WriteStartArray("findings");
                foreach (var f in findings)
                {
                    json.WriteStartObject();
                    json.WriteString("id", f.Id);
                    json.WriteString("severity", f.SeverityWord);
                    json.WriteString("message", f.Message);
                    json.WriteString("title", f.Title);
                    WriteLocation(json, f.Location);
                    if (f.HelpUri is not null) json.WriteString("helpUri", f.HelpUri);
                    if (f.Fix is { } fix)
                    {
                        json.WriteStartObject("fix");
                        json.WriteString("title", fix.Title);
                        json.WriteNumber("offset", fix.Span.Start);
                        json.WriteNumber("length", fix.Span.Length);
                        json.WriteString("replacement", fix.Replacement);
                        json.WriteBoolean("safe", fix.IsSafe);
                        json.WriteEndObject();
                    }

                    if (f.AdditionalLocations.Length > 0)
                    {
                        json.WriteStartArray("additionalLocations");
                        foreach (var l in f.AdditionalLocations)
                        {
                            json.WriteStartObject();
                            WriteLocation(json, l);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            writer.WriteLine(OutputEscaping.InJson(Encoding.UTF8.GetString(stream.ToArray())));
        }

        private static void WriteLocation(Utf8JsonWriter json, FindingLocation l)
        {
            json.WriteString("path", l.Path);
            json.WriteNumber("line", l.Line);
            json.WriteNumber("column", l.Column);
            json.WriteNumber("endLine", l.EndLine);
            json.WriteNumber("endColumn", l.EndColumn);
            json.WriteNumber("offset", l.Offset);
            json.WriteNumber("length", l.Length);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Cli.Output
{
    /// <summary>
    /// SARIF 2.1.0: one run whose driver lists every rule (id, name, descriptions, help URI, default level) and whose
    /// results carry regions with 1-based lines and columns and 0-based UTF-16 <c>charOffset</c>/<c>charLength</c>
    /// over the file text as read, related locations, and <c>fixes</c> where a rule offers one.
    /// </summary>
    public static class SarifFormatter
    {
        /// <summary>Writes the SARIF log.</summary>
        public static void Write(TextWriter writer, IReadOnlyList<Finding> findings, IReadOnlyList<DiagnosticDescriptor> rules, string version)
        {
            var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < rules.Count; i++) ruleIndex[rules[i].Id] = i;

            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();

                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", "EditorialLint");
                json.WriteString("semanticVersion", version);
                json.WriteString("informationUri", "https://github.com/editorial-lint/editorial-lint");
                json.WriteStartArray("rules");
                foreach (var rule in rules) WriteRule(json, rule);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();

                json.WriteString("columnKind", "utf16CodeUnits");
                json.WriteStartArray("results");
                foreach (var f in findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", f.Id);
                    if (ruleIndex.TryGetValue(f.Id, out int index)) json.WriteNumber("ruleIndex", index);
                    json.WriteString("level", SeverityWords.Sarif(f.Severity));
                    json.WriteStartObject("message");
                    json.WriteString("text", f.Message);
                    json.WriteEndObject();

                    json.WriteStartArray("locations");
                    WriteLocation(json, f.Location, id: null);
                    json.WriteEndArray();

                    if (f.Fingerprint is not null)
                    {
                        // Matching survives edits elsewhere in the file: code scanning and baselines key on this, not on lines.
                        json.WriteStartObject("partialFingerprints");
                        json.WriteString(Baselines.DiagnosticFingerprint.SarifKey, f.Fingerprint);
                        json.WriteEndObject();
                    }

                    if (f.AdditionalLocations.Length > 0)
                    {
                        json.WriteStartArray("relatedLocations");
                        for (int i = 0; i < f.AdditionalLocations.Length; i++) WriteLocation(json, f.AdditionalLocations[i], id: i + 1);
                        json.WriteEndArray();
                    }

                    if (f.Fix is { } fix)
                    {
                        json.WriteStartArray("fixes");
                        json.WriteStartObject();
                        json.WriteStartObject("description");
                        json.WriteString("text", fix.Title);
                        json.WriteEndObject();
                        json.WriteStartArray("artifactChanges");
                        json.WriteStartObject();
                        WriteArtifact(json, f.Location.Path);
                        json.WriteStartArray("replacements");
                        json.WriteStartObject();
                        json.WriteStartObject("deletedRegion");
                        json.WriteNumber("charOffset", fix.Span.Start);
                        json.WriteNumber("charLength", fix.Span.Length);
                        json.WriteEndObject();
                        json.WriteStartObject("insertedContent");
                        json.WriteString("text", fix.Replacement);
                        json.WriteEndObject();
                        json.WriteEndObject();
                        json.WriteEndArray();
                        json.WriteEndObject();
                        json.WriteEndArray();
                        json.WriteEndObject();
                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            writer.WriteLine(OutputEscaping.InJson(Encoding.UTF8.GetString(stream.ToArray())));
        }

        private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", PascalName(rule.Title.ToString(CultureInfo.InvariantCulture)));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            var description = rule.Description.ToString(CultureInfo.InvariantCulture);
            if (description.Length > 0)
            {
                json.WriteStartObject("fullDescription");
                json.WriteString("text", description);
                json.WriteEndObject();
            }

            if (!string.IsNullOrEmpty(rule.HelpLinkUri)) json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", SeverityWords.Sarif(rule.DefaultSeverity));
            json.WriteBoolean("enabled", rule.IsEnabledByDefault);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteLocation(Utf8JsonWriter json, FindingLocation l, int? id)
        {
            json.WriteStartObject();
            if (id is int i) json.WriteNumber("id", i);
            json.WriteStartObject("physicalLocation");
            WriteArtifact(json, l.Path);
            json.WriteStartObject("region");
            json.WriteNumber("startLine", l.Line);
            json.WriteNumber("startColumn", l.Column);
            json.WriteNumber("endLine", l.EndLine);
            json.WriteNumber("endColumn", l.EndColumn);
            json.WriteNumber("charOffset", l.Offset);
            json.WriteNumber("charLength", l.Length);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteArtifact(Utf8JsonWriter json, string path)
        {
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ToUri(path));
            json.WriteEndObject();
        }

        /// <summary>A relative path as a relative URI reference (forward slashes, each segment escaped); a rooted one as a file URI.</summary>
        public static string ToUri(string path)
        {
            if (Path.IsPathRooted(path)) return new Uri(path).AbsoluteUri;
            return string.Join("/", path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
        }

        private static string PascalName(string title)
        {
            var sb = new StringBuilder();
            bool upper = true;
            foreach (char c in title)
            {
                if (!char.IsLetterOrDigit(c)) { upper = true; continue; }
                sb.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return sb.ToString();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using EditorialLint.Configuration;
using EditorialLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Baselines
{
    /// <summary>
    /// Findings recorded at one point (<c>editorial-lint baseline write FILE</c>) so that later runs
    /// (<c>--baseline FILE</c>) report only new ones. Matching is by fingerprint, as a multiset: a finding recorded
    /// twice hides two identical findings, not more. The file is text, one finding per line, sorted, so that it
    /// diffs well in review; only the first field is read back.
    /// </summary>
    public sealed class Baseline
    {
        /// <summary>The first line of every baseline file.</summary>
        public const string Header = "# editorial-lint baseline v1 (fingerprint, rule, path, line:column, message; only the fingerprint is matched)";

        private readonly Dictionary<string, int> _counts;

        private Baseline(Dictionary<string, int> counts)
        {
            _counts = counts;
        }

        /// <summary>How many findings the baseline holds.</summary>
        public int Count
        {
            get
            {
                int n = 0;
                foreach (var c in _counts.Values) n += c;
                return n;
            }
        }

        /// <summary>A baseline holding <paramref name="fingerprints"/>.</summary>
        public static Baseline FromFingerprints(IEnumerable<string> fingerprints)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var f in fingerprints) counts[f] = counts.TryGetValue(f, out int n) ? n + 1 : 1;
            return new Baseline(counts);
        }

        /// <summary>Reads a baseline file; on failure the diagnostic (EL9045) says where and why.</summary>
        public static Baseline? Read(string path, out Diagnostic? error)
        {
            string text;
            try
            {
                var kind = Input.FileKinds.Of(path);
                if (kind != Input.FileKind.RegularFile && kind != Input.FileKind.Missing)
                {
                    error = Diagnostic.Create(WorkflowDiagnostics.InvalidBaseline, ConfigurationDiagnostics.InFile(path), "it is " + Input.FileKinds.Describe(kind) + ", not a regular file");
                    return null;
                }

                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                error = Diagnostic.Create(WorkflowDiagnostics.InvalidBaseline, ConfigurationDiagnostics.InFile(path), e.Message);
                return null;
            }

            var lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
                if (lines[i].EndsWith("\r", StringComparison.Ordinal)) lines[i] = lines[i].Substring(0, lines[i].Length - 1);

            // Every line the tool writes ends with a line break: a last line without one was cut off.
            if (text.Length > 0 && text[text.Length - 1] != '\n')
            {
                int last = lines.Length - 1;
                error = Diagnostic.Create(WorkflowDiagnostics.InvalidBaseline, ConfigurationDiagnostics.At(path, last, 0, lines[last].Length),
                    "line " + (last + 1).ToString(CultureInfo.InvariantCulture) + " does not end with a line break: the file looks truncated; write it again with 'editorial-lint baseline write'");
                return null;
            }

            return Parse(path, lines, out error);
        }

        /// <summary>
        /// Parses the lines of a baseline file: the header first, then one finding a line of five tab-separated fields
        /// (fingerprint, rule, path, line:column, message). Anything else is an error naming the line.
        /// </summary>
        public static Baseline? Parse(string path, IReadOnlyList<string> lines, out Diagnostic? error)
        {
            if (lines.Count == 0 || !lines[0].StartsWith(HeaderStart, StringComparison.Ordinal))
            {
                error = Diagnostic.Create(WorkflowDiagnostics.InvalidBaseline, ConfigurationDiagnostics.At(path, 0, 0, lines.Count == 0 ? 0 : lines[0].Length),
                    lines.Count == 0 || (lines.Count == 1 && lines[0].Length == 0)
                        ? "the file is empty; a baseline starts with the line '" + HeaderStart + "…'"
                        : "line 1 is not a baseline header ('" + HeaderStart + "…'); is this a baseline file?");
                return null;
            }

            var fingerprints = new List<string>();
            for (int i = 1; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Length == 0 || line[0] == '#') continue;
                int tab = line.IndexOf('\t');
                var fingerprint = tab < 0 ? line : line.Substring(0, tab);
                if (!IsFingerprint(fingerprint))
                {
                    return Fail(path, i, fingerprint.Length, "does not start with a fingerprint (32 hexadecimal digits)", out error);
                }

                var fields = line.Split('\t');
                if (fields.Length < 5 || !IsPosition(fields[3]))
                    return Fail(path, i, line.Length, "is incomplete (a fingerprint, a rule, a path, line:column and a message, separated by tabs); the file may be truncated", out error);

                fingerprints.Add(fingerprint);
            }

            error = null;
            return FromFingerprints(fingerprints);
        }

        private const string HeaderStart = "# editorial-lint baseline v1";

        private static Baseline? Fail(string path, int line, int length, string why, out Diagnostic? error)
        {
            error = Diagnostic.Create(WorkflowDiagnostics.InvalidBaseline, ConfigurationDiagnostics.At(path, line, 0, length),
                "line " + (line + 1).ToString(CultureInfo.InvariantCulture) + " " + why);
            return null;
        }

        private static bool IsPosition(string s)
        {
            int colon = s.IndexOf(':');
            return colon > 0 && colon < s.Length - 1
                && int.TryParse(s.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                && int.TryParse(s.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _);
        }

        /// <summary>
        /// The baseline file text for findings with their fingerprints: a header, then one sorted line each.
        /// </summary>
        public static string Write(IEnumerable<(Diagnostic Diagnostic, string Fingerprint)> findings)
        {
            var lines = new List<string>();
            foreach (var (d, fingerprint) in findings)
            {
                var span = d.Location.GetLineSpan();
                var position = (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + ":" +
                               (span.StartLinePosition.Character + 1).ToString(CultureInfo.InvariantCulture);
                lines.Add(fingerprint + "\t" + d.Id + "\t" + Clean(PathDisplay.Normalize(span.Path ?? string.Empty)) + "\t" + position + "\t" + Clean(d.GetMessage(CultureInfo.InvariantCulture)));
            }

            lines.Sort(StringComparer.Ordinal);
            var builder = new StringBuilder();
            builder.Append(Header).Append('\n');
            foreach (var line in lines) builder.Append(line).Append('\n');
            return builder.ToString();
        }

        /// <summary>
        /// The findings that are not in the baseline. Each baseline entry hides at most one finding with its
        /// fingerprint, so a second copy of a recorded slip is still new.
        /// </summary>
        public ImmutableArray<Diagnostic> NewFindings(IEnumerable<Diagnostic> diagnostics, Func<Diagnostic, string?> fingerprintOf)
        {
            var remaining = new Dictionary<string, int>(_counts, StringComparer.Ordinal);
            var kept = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var d in diagnostics)
            {
                var fingerprint = fingerprintOf(d);
                if (fingerprint is not null && remaining.TryGetValue(fingerprint, out int n) && n > 0)
                {
                    remaining[fingerprint] = n - 1;
                    continue;
                }

                kept.Add(d);
            }

            return kept.ToImmutable();
        }

        private static bool IsFingerprint(string s)
        {
            if (s.Length != 32) return false;
            foreach (char c in s)
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
            return true;
        }

        private static string Clean(string s) => s.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
    }
}

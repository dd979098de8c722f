using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EditorialLint.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Baselines
{
    /// <summary>
    /// A finding's identity that survives edits elsewhere in the file: a hash of the rule ID, the path, the flagged
    /// text and a little of the text on either side of it on its line, not of line numbers. It is what a baseline
    /// matches on and what SARIF output carries as <c>partialFingerprints</c>.
    /// </summary>
    public static class DiagnosticFingerprint
    {
        /// <summary>The key under which SARIF output carries the fingerprint in <c>partialFingerprints</c>.</summary>
        public const string SarifKey = "editorialLint/v1";

        /// <summary>How many characters on each side of the flagged text, within its line, belong to the context.</summary>
        public const int ContextLength = 32;

        /// <summary>
        /// The fingerprint of <paramref name="diagnostic"/> over <paramref name="text"/>, the text of its file (when the
        /// text is not at hand, the message stands in for the flagged text).
        /// </summary>
        public static string Compute(Diagnostic diagnostic, SourceText? text)
        {
            var location = diagnostic.Location;
            var path = PathDisplay.Normalize(location.GetLineSpan().Path ?? string.Empty);
            string flagged, before = string.Empty, after = string.Empty;
            var span = location.SourceSpan;
            if (text is not null && span.End <= text.Length)
            {
                flagged = Collapse(text.ToString(span));
                var line = text.Lines.GetLineFromPosition(span.Start);
                int beforeStart = Math.Max(line.Start, span.Start - ContextLength);
                before = Collapse(text.ToString(TextSpan.FromBounds(beforeStart, span.Start)));
                var endLine = text.Lines.GetLineFromPosition(span.End);
                int afterEnd = Math.Min(endLine.End, span.End + ContextLength);
                if (afterEnd > span.End) after = Collapse(text.ToString(TextSpan.FromBounds(span.End, afterEnd)));
            }
            else
            {
                flagged = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            }

            return Hash(diagnostic.Id + "\n" + path + "\n" + flagged + "\n" + before + "\n" + after);
        }

        private static string Hash(string value)
        {
#if NET
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(value));
#else
            using var sha = SHA256.Create();
            var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(value));
#endif
            var builder = new StringBuilder(32);
            for (int i = 0; i < 16; i++) builder.Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
            return builder.ToString();
        }

        // Re-wrapping a paragraph changes only whitespace: it must not change the fingerprint.
        private static string Collapse(string s)
        {
            var builder = new StringBuilder(s.Length);
            bool space = false;
            foreach (char c in s)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = builder.Length > 0;
                    continue;
                }

                if (space) builder.Append(' ');
                space = false;
                builder.Append(c);
            }

            return builder.ToString();
        }
    }
}

using System.Text;

namespace EditorialLint.Cli.Output
{
    /// <summary>
    /// Keeps file names and messages (which hold text from the files linted) from changing the shape of a report:
    /// control characters become visible escapes (<c>\n</c>, <c>\u001B</c>), so a file name with a line break cannot
    /// add lines (a fake <c>error</c> line), and the pipeline commands CI runners act on in any output line are
    /// defused: Azure Pipelines' <c>##vso[</c> anywhere in a line, and at the start of a line GitHub Actions'
    /// <c>::</c> and Azure's <c>##[</c>. Every output format goes through here.
    /// </summary>
    public static class OutputEscaping
    {
        private const string AzureCommand = "##vso[";

        /// <summary>Text written inside a line: control characters escaped, <c>##vso[</c> defused.</summary>
        public static string InLine(string text)
        {
            if (!NeedsEscaping(text)) return text;
            var builder = new StringBuilder(text.Length + 8);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                        else builder.Append(c);
                        break;
                }
            }

            return DefuseAzureCommands(builder.ToString());
        }

        /// <summary>Text that starts a line (a path in MSBuild lines): as <see cref="InLine"/>, and a leading <c>::</c> or <c>##</c> escaped.</summary>
        public static string AtLineStart(string text)
        {
            var escaped = InLine(text);
            if (escaped.StartsWith("::", System.StringComparison.Ordinal)) return "\\u003A" + escaped.Substring(1);
            if (escaped.StartsWith("##", System.StringComparison.Ordinal)) return "\\u0023" + escaped.Substring(1);
            return escaped;
        }

        /// <summary>
        /// JSON text (JSON and SARIF reports): <c>##vso[</c> can only occur inside a string there, where <c>\u005B</c>
        /// is the same character to a JSON reader and no command to Azure Pipelines.
        /// </summary>
        public static string InJson(string json) => json.Replace(AzureCommand, "##vso\\u005B");

        private static string DefuseAzureCommands(string text) =>
            text.IndexOf(AzureCommand, System.StringComparison.OrdinalIgnoreCase) < 0 ? text : ReplaceIgnoringCase(text, AzureCommand, "##vso\\u005B");

        private static bool NeedsEscaping(string text)
        {
            foreach (char c in text)
                if (IsControl(c)) return true;
            return text.IndexOf(AzureCommand, System.StringComparison.OrdinalIgnoreCase) >= 0;
        }

        // C0, DEL, C1, and the Unicode line and paragraph separators (editors and some runners break lines there).
        private static bool IsControl(char c) => c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';

        private static string ReplaceIgnoringCase(string text, string find, string replacement)
        {
            var builder = new StringBuilder(text.Length + 8);
            int start = 0;
            int at;
            while ((at = text.IndexOf(find, start, System.StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                builder.Append(text, start, at - start).Append(replacement);
                start = at + find.Length;
            }

            return builder.Append(text, start, text.Length - start).ToString();
        }
    }
}

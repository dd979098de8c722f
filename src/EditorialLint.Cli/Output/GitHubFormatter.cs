using System.Collections.Generic;
using System.IO;
using System.Text;

namespace EditorialLint.Cli.Output
{
    /// <summary>GitHub Actions workflow commands: <c>::warning file=…,line=…,col=…,endColumn=…,title=EL3001::message</c>.</summary>
    public static class GitHubFormatter
    {
        /// <summary>Writes one workflow command per finding.</summary>
        public static void Write(TextWriter writer, IReadOnlyList<Finding> findings)
        {
            foreach (var f in findings)
            {
                var l = f.Location;
                var line = new StringBuilder();
                line.Append("::").Append(SeverityWords.GitHub(f.Severity)).Append(' ');
                line.Append("file=").Append(EscapeProperty(l.Path.Replace('\\', '/')));
                line.Append(",line=").Append(l.Line);
                line.Append(",col=").Append(l.Column);
                line.Append(",endLine=").Append(l.EndLine);
                line.Append(",endColumn=").Append(l.EndColumn);
                line.Append(",title=").Append(EscapeProperty(f.Id + " " + f.Title));
                line.Append("::").Append(EscapeData(f.Message));
                writer.WriteLine(line.ToString());
            }
        }

        // The escaping GitHub's toolkit applies (actions/toolkit, command.ts).
        // Other control characters are made visible, and Azure's ##vso[ defused, as in every format (OutputEscaping).
        private static string EscapeData(string s) => OutputEscaping.InLine(s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A"));

        private static string EscapeProperty(string s) => EscapeData(s).Replace(":", "%3A").Replace(",", "%2C");
    }
}

namespace EditorialLint.Cli.Output
{
    /// <summary>The output formats of <c>--format</c>.</summary>
    public enum OutputFormat
    {
        /// <summary>MSBuild canonical lines: <c>path(line,col): warning EL3001: message</c>.</summary>
        Text,

        /// <summary>A JSON document with every finding, its range, offsets and fix.</summary>
        Json,

        /// <summary>SARIF 2.1.0, for GitHub code scanning and other viewers.</summary>
        Sarif,

        /// <summary>GitHub Actions workflow commands (annotations).</summary>
        GitHub,

        /// <summary>A self-contained HTML page for editors: summary, filters, each article with its findings highlighted.</summary>
        Html,
    }
}

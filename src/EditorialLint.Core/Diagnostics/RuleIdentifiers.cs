namespace EditorialLint.Diagnostics
{
    /// <summary>
    /// The tool's own IDs (EL9xxx) and the help links of every rule. The built-in rules' IDs (EL1xxx–EL3xxx) are
    /// declared beside the rules, in <c>EditorialLint.Rules.BuiltInRuleIds</c>. One range per category (see
    /// docs/rule-ids.md); an ID is never reused.
    /// </summary>
    public static class RuleIdentifiers
    {
        // EL9xxx: the tool itself.
        /// <summary>The file is not valid UTF-8; it was decoded with replacement characters.</summary>
        public const string InvalidUtf8 = "EL9001";
        /// <summary>The file holds NUL bytes and was skipped as binary.</summary>
        public const string BinaryFile = "EL9002";
        /// <summary>The file could not be read.</summary>
        public const string UnreadableFile = "EL9003";
        /// <summary>A rule threw while analysing a document; the other rules still ran.</summary>
        public const string RuleFailure = "EL9004";
        /// <summary>A document that could not be parsed or linted at all (the other documents still are).</summary>
        public const string DocumentNotLinted = "EL9005";
        /// <summary>Markdown nested deeper (quotes and lists) than the parser handles; the document is not linted.</summary>
        public const string MarkdownTooDeep = "EL9006";
        /// <summary>A file larger than the size limit (<c>--max-file-size</c>); it is not linted.</summary>
        public const string FileTooLarge = "EL9007";
        /// <summary>More findings in one document than the limit; the rest are counted, not shown.</summary>
        public const string TooManyFindings = "EL9008";
        /// <summary>A path that is not a regular file or folder (a FIFO, socket or device), or a folder that cannot be listed.</summary>
        public const string NotARegularFile = "EL9009";

        // EL9010–EL9039: configuration, rule packs and plugins.
        /// <summary>An <c>editorial_lint.*</c> key that names no known setting, rule or option.</summary>
        public const string UnknownConfigurationKey = "EL9010";
        /// <summary>A configuration value that the key does not accept.</summary>
        public const string InvalidConfigurationValue = "EL9011";
        /// <summary>A configuration line that is never applied (outside any section, or not a key/value line).</summary>
        public const string IgnoredConfigurationLine = "EL9012";
        /// <summary>A configuration file that could not be read.</summary>
        public const string UnreadableConfiguration = "EL9013";
        /// <summary>A rule pack or plugin path that does not exist.</summary>
        public const string MissingExtensionPath = "EL9014";
        /// <summary>A rule pack file that is not well-formed YAML.</summary>
        public const string InvalidPackYaml = "EL9020";
        /// <summary>A key that the rule pack schema does not know.</summary>
        public const string UnknownPackKey = "EL9021";
        /// <summary>A rule pack value of the wrong type or out of range, or a required key missing.</summary>
        public const string InvalidPackValue = "EL9022";
        /// <summary>A rule pack pattern that is not a valid regular expression.</summary>
        public const string InvalidPackPattern = "EL9023";
        /// <summary>A pattern that ran past its time limit on a document and was skipped there.</summary>
        public const string PatternTimeout = "EL9024";
        /// <summary>A rule pack example that does not behave as it says (a flag example not flagged, a pass example flagged).</summary>
        public const string PackExampleFailed = "EL9025";
        /// <summary>A C# rule file that does not compile.</summary>
        public const string PluginCompilationError = "EL9030";
        /// <summary>A plugin assembly or rule class that could not be loaded.</summary>
        public const string PluginLoadError = "EL9031";
        /// <summary>A C# plugin that was not loaded because running code was not allowed (<c>--allow-plugins</c>).</summary>
        public const string PluginNotAllowed = "EL9032";
        /// <summary>A rule pack or plugin path in a repository's configuration that points outside the repository.</summary>
        public const string ExtensionPathOutsideRepository = "EL9033";

        // EL9040–EL9049: suppressions, baselines and fixes.
        /// <summary>An <c>editorial-lint</c> comment that is not a known directive.</summary>
        public const string MalformedDirective = "EL9040";
        /// <summary>A suppression directive that suppresses nothing.</summary>
        public const string UnnecessarySuppression = "EL9041";
        /// <summary>A directive naming a rule ID that no loaded rule reports.</summary>
        public const string UnknownRuleInDirective = "EL9042";
        /// <summary>A baseline file that could not be read or parsed.</summary>
        public const string InvalidBaseline = "EL9045";
        /// <summary>Fixes that could not be written back to a file.</summary>
        public const string FixNotWritten = "EL9046";
        /// <summary>Fixes that kept producing new fixes and were stopped after the pass limit.</summary>
        public const string FixDidNotConverge = "EL9047";

        /// <summary>Base address of the rule pages; a rule's page is <c>{HelpLinkBase}/{id}.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/editorial-lint/editorial-lint/blob/main/docs/rules";

        /// <summary>The help link of a rule ID.</summary>
        public static string GetHelpLink(string id) => HelpLinkBase + "/" + id + ".md";
    }

    /// <summary>The rule categories; each owns one ID range.</summary>
    public static class RuleCategories
    {
        /// <summary>EL1xxx.</summary>
        public const string Numbers = "Numbers";
        /// <summary>EL2xxx.</summary>
        public const string Wording = "Wording";
        /// <summary>EL3xxx.</summary>
        public const string Style = "Style";
        /// <summary>EL9xxx.</summary>
        public const string Tool = "Tool";

        /// <summary>The category whose range holds <paramref name="id"/>, or null for an ID outside every range.</summary>
        public static string? ForId(string id)
        {
            if (id.Length != 6 || !id.StartsWith("EL", System.StringComparison.Ordinal)) return null;
            switch (id[2])
            {
                case '1': return Numbers;
                case '2': return Wording;
                case '3': return Style;
                case '9': return Tool;
                default: return null;
            }
        }
    }
}

using System;

namespace EditorialLint.Configuration
{
    /// <summary>What an <c>editorial_lint.*</c> key sets.</summary>
    public enum ConfigurationKeyKind
    {
        /// <summary>Not an <c>editorial_lint.*</c> key: another tool's, left alone.</summary>
        Foreign,
        /// <summary><c>editorial_lint.rule_packs</c>.</summary>
        RulePacks,
        /// <summary><c>editorial_lint.plugins</c>.</summary>
        Plugins,
        /// <summary><c>editorial_lint.archive</c>: the archive of published articles a run compares with.</summary>
        Archive,
        /// <summary><c>editorial_lint.category.{category}.severity</c>.</summary>
        CategorySeverity,
        /// <summary><c>editorial_lint.{id}.severity</c>.</summary>
        RuleSeverity,
        /// <summary><c>editorial_lint.{id}.{option}</c>.</summary>
        RuleOption,
        /// <summary>An <c>editorial_lint.*</c> key of no known shape.</summary>
        Malformed,
    }

    /// <summary>
    /// The grammar of EditorialLint's <c>.editorconfig</c> keys. Rule IDs may hold dots (<c>House.Slang</c>), so the
    /// option name is the last part of the key and the ID is everything between the prefix and it.
    /// </summary>
    public readonly struct ConfigurationKey
    {
        /// <summary>The prefix of every EditorialLint key.</summary>
        public const string Prefix = "editorial_lint.";

        /// <summary>The key listing rule pack folders.</summary>
        public const string RulePacksKey = "editorial_lint.rule_packs";

        /// <summary>The key listing plugin assemblies and C# rule files.</summary>
        public const string PluginsKey = "editorial_lint.plugins";

        /// <summary>
        /// The key naming the spelling rules' word list: a path, so it is resolved against the file that sets it, as pack
        /// and plugin paths are.
        /// </summary>
        public const string SpellingWordsKey = "editorial_lint.spelling.words";

        /// <summary>
        /// The key naming the archive of published articles that EL1002 and EL1005 compare with: a SQLite file relative
        /// to the file that sets it, or a server address (<see cref="EditorialLint.Archive.ArchiveLocation"/>).
        /// </summary>
        public const string ArchiveKey = "editorial_lint.archive";

        private const string CategoryPrefix = "category.";
        private const string SeveritySuffix = "severity";

        private ConfigurationKey(ConfigurationKeyKind kind, string? target, string? option)
        {
            Kind = kind;
            Target = target;
            Option = option;
        }

        /// <summary>What the key sets.</summary>
        public ConfigurationKeyKind Kind { get; }

        /// <summary>The rule ID or category the key is about, as written.</summary>
        public string? Target { get; }

        /// <summary>The option name (<c>severity</c> for severities).</summary>
        public string? Option { get; }

        /// <summary>Reads a key (any case: Roslyn lowercases keys).</summary>
        public static ConfigurationKey Parse(string key)
        {
            if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
                return new ConfigurationKey(ConfigurationKeyKind.Foreign, null, null);
            if (string.Equals(key, RulePacksKey, StringComparison.OrdinalIgnoreCase))
                return new ConfigurationKey(ConfigurationKeyKind.RulePacks, null, null);
            if (string.Equals(key, PluginsKey, StringComparison.OrdinalIgnoreCase))
                return new ConfigurationKey(ConfigurationKeyKind.Plugins, null, null);
            if (string.Equals(key, ArchiveKey, StringComparison.OrdinalIgnoreCase))
                return new ConfigurationKey(ConfigurationKeyKind.Archive, null, null);

            var rest = key.Substring(Prefix.Length);
            int lastDot = rest.LastIndexOf('.');
            if (lastDot <= 0 || lastDot == rest.Length - 1)
                return new ConfigurationKey(ConfigurationKeyKind.Malformed, null, null);

            var target = rest.Substring(0, lastDot);
            var option = rest.Substring(lastDot + 1);
            if (target.StartsWith(CategoryPrefix, StringComparison.OrdinalIgnoreCase))
            {
                var category = target.Substring(CategoryPrefix.Length);
                if (category.Length == 0 || category.IndexOf('.') >= 0 || !string.Equals(option, SeveritySuffix, StringComparison.OrdinalIgnoreCase))
                    return new ConfigurationKey(ConfigurationKeyKind.Malformed, null, null);
                return new ConfigurationKey(ConfigurationKeyKind.CategorySeverity, category, SeveritySuffix);
            }

            return string.Equals(option, SeveritySuffix, StringComparison.OrdinalIgnoreCase)
                ? new ConfigurationKey(ConfigurationKeyKind.RuleSeverity, target, SeveritySuffix)
                : new ConfigurationKey(ConfigurationKeyKind.RuleOption, target, option);
        }

        /// <summary>Whether the key's value is one path relative to the configuration file that sets it.</summary>
        public static bool IsPathOption(string key) =>
            string.Equals(key, SpellingWordsKey, StringComparison.OrdinalIgnoreCase) || string.Equals(key, ArchiveKey, StringComparison.OrdinalIgnoreCase);
    }
}

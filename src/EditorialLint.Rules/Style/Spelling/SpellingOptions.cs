using System;
using System.Collections.Immutable;
using EditorialLint.Analysis;

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>Which variety of English an article is held to.</summary>
    internal enum SpellingLocale
    {
        /// <summary>Not configured: either spelling is accepted, but not both in one article.</summary>
        Unset,

        /// <summary>American spelling (<c>en-US</c>).</summary>
        American,

        /// <summary>British spelling (<c>en-GB</c>).</summary>
        British,
    }

    /// <summary>
    /// The spelling options the spelling rules share: <c>editorial_lint.spelling.locale = en-US | en-GB</c> and
    /// <c>editorial_lint.spelling.words = words.txt</c> (a word list relative to the configuration file that names it).
    /// </summary>
    internal static class SpellingOptions
    {
        /// <summary>The option group: keys are <c>editorial_lint.spelling.*</c>.</summary>
        public const string Group = "spelling";

        /// <summary>The locale option's name.</summary>
        public const string LocaleOption = "locale";

        /// <summary>The word list option's name.</summary>
        public const string WordsOption = "words";

        /// <summary>What the spelling rules read from configuration.</summary>
        public static ImmutableArray<RuleOptionDescriptor> Descriptors { get; } = ImmutableArray.Create(
            RuleOptionDescriptor.Choice(Group, LocaleOption,
                "en-US or en-GB: words of the other variety are reported (EL3011); unset: either, but not both in one article", "en-US", "en-GB"),
            RuleOptionDescriptor.Text(Group, WordsOption,
                "a file of extra words, one a line, relative to the .editorconfig that names it; '!word' rejects a word"));

        /// <summary>The locale in force.</summary>
        public static SpellingLocale GetLocale(RuleOptions options)
        {
            var value = options.GetRuleOption(Group, LocaleOption)?.Trim();
            if (string.Equals(value, "en-US", StringComparison.OrdinalIgnoreCase)) return SpellingLocale.American;
            if (string.Equals(value, "en-GB", StringComparison.OrdinalIgnoreCase)) return SpellingLocale.British;
            return SpellingLocale.Unset;
        }

        /// <summary>The user's word list in force (empty when none is configured or it cannot be read).</summary>
        public static UserWordList GetWords(RuleOptions options)
        {
            var path = GetWordListPath(options);
            return path is null ? UserWordList.Empty : UserWordList.Load(path);
        }

        /// <summary>The path of the word list in force (resolved against its configuration file), or null.</summary>
        public static string? GetWordListPath(RuleOptions options)
        {
            var path = options.GetRuleOption(Group, WordsOption)?.Trim();
            return string.IsNullOrEmpty(path) ? null : path;
        }
    }
}

namespace EditorialLint.Diagnostics
{
    /// <summary>
    /// Every rule ID in one place. One range per category (see docs/rule-ids.md); an ID is never reused.
    /// </summary>
    public static class RuleIdentifiers
    {
        // EL1xxx: numbers and facts.
        /// <summary>The same thing counted with incompatible values in one article ("950 million users" / "9.5 billion users").</summary>
        public const string QuantityConflict = "EL1001";
        /// <summary>The same thing counted with incompatible values in different articles of one run.</summary>
        public const string CrossArticleQuantityConflict = "EL1002";
        /// <summary>A figure that cannot be true: more users than people on Earth, a share above 100%, an age above 125, February 30.</summary>
        public const string ImplausibleQuantity = "EL1003";
        /// <summary>Two conversions between the same currencies or units that disagree, or a fixed-factor conversion that is wrong.</summary>
        public const string ConversionMismatch = "EL1004";
        /// <summary>One event given two dates, or a weekday that does not match its date.</summary>
        public const string DateConflict = "EL1005";
        /// <summary>The same kind of small number written both in digits and in words in one article.</summary>
        public const string NumberStyle = "EL1006";

        // EL2xxx: wording, spun and mangled text.
        /// <summary>A symbol such as an arrow or a bullet standing in the middle of running prose.</summary>
        public const string StraySymbol = "EL2007";
        /// <summary>A word its context makes unlikely where a thesaurus neighbour fits far better (a spinner's swap).</summary>
        public const string UnlikelyWordInContext = "EL2010";
        /// <summary>The whole document reads as machine-spun: the density of unlikely word choices is high.</summary>
        public const string DocumentSpinScore = "EL2900";

        // EL3xxx: general editorial style.
        /// <summary>The same word twice in a row ("the the").</summary>
        public const string RepeatedWord = "EL3001";
        /// <summary>"a" before a vowel sound or "an" before a consonant sound.</summary>
        public const string IndefiniteArticle = "EL3002";
        /// <summary>A quote mark or bracket that is opened and never closed, or closed and never opened.</summary>
        public const string UnbalancedPair = "EL3003";
        /// <summary>A space before a comma, full stop, colon, semicolon, question or exclamation mark.</summary>
        public const string SpaceBeforePunctuation = "EL3004";
        /// <summary>The same punctuation mark twice (",," or "!!").</summary>
        public const string DoubledPunctuation = "EL3005";

        // EL9xxx: the tool itself.
        /// <summary>The file is not valid UTF-8; it was decoded with replacement characters.</summary>
        public const string InvalidUtf8 = "EL9001";
        /// <summary>The file holds NUL bytes and was skipped as binary.</summary>
        public const string BinaryFile = "EL9002";
        /// <summary>The file could not be read.</summary>
        public const string UnreadableFile = "EL9003";
        /// <summary>A rule threw while analysing a document; the other rules still ran.</summary>
        public const string RuleFailure = "EL9004";

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

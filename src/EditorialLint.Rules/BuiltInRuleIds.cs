namespace EditorialLint.Rules
{
    /// <summary>
    /// The IDs of the built-in rules, beside them: one range per category (see docs/rule-ids.md), an ID never reused.
    /// The tool's own IDs (EL9xxx) are in <see cref="Diagnostics.RuleIdentifiers"/>.
    /// </summary>
    public static class BuiltInRuleIds
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
        /// <summary>One person given two ages in one article ("Okafor, 31," / "the 13-year-old Okafor").</summary>
        public const string AgeConflict = "EL1007";
        /// <summary>Shares of one whole in one sentence that add up to well over 100% ("55% yes, 38% no, 17% abstained").</summary>
        public const string SharesAboveWhole = "EL1008";

        // EL2xxx: wording, spun and mangled text.
        /// <summary>A phrase known from article spinners or tortured-phrase lists ("legal motion" for "legal action"); rule pack content.</summary>
        public const string KnownSpinnerPhrase = "EL2001";
        /// <summary>A word in a slot its parts of speech cannot fill ("a nice of", "a rustic is").</summary>
        public const string WordClassMismatch = "EL2002";
        /// <summary>A contraction English does not have ("will't", "is'nt").</summary>
        public const string BrokenContraction = "EL2003";
        /// <summary>Subject and verb that disagree where a modal was swapped ("authorities is perhaps" for "might be").</summary>
        public const string BrokenModalAgreement = "EL2004";
        /// <summary>A country name where its adjective belongs ("France citizen" for "French citizen").</summary>
        public const string CountryNameForAdjective = "EL2005";
        /// <summary>Two words glued together in prose ("encryptionSecret").</summary>
        public const string GluedWords = "EL2006";
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
        /// <summary>A word no shipped dictionary knows, with suggestions ("recieve").</summary>
        public const string Spelling = "EL3010";
        /// <summary>A word spelt in the other variety of English than the configured locale, or than the rest of the article.</summary>
        public const string SpellingVariety = "EL3011";
        /// <summary>A misheard set phrase ("baited breath", "could of"); from the rule pack <c>rules/style/eggcorns.yml</c>.</summary>
        public const string Eggcorn = "EL3050";
        /// <summary>British and American spellings mixed in one article; from <c>rules/style/spelling-consistency.yml</c>.</summary>
        public const string MixedSpelling = "EL3051";
    }
}

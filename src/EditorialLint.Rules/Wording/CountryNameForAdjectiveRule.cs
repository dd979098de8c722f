using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using EditorialLint.Rules.Wording.Lexicon;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Wording
{
    /// <summary>
    /// EL2005: a country name where its adjective belongs. Machine translation renders "French citizen" as "France
    /// citizen" and "the French authorities" as "the France authorities". English uses a country name before a noun
    /// freely ("France coach", "the UK government"), so the rule fires only before nouns that take the adjective in
    /// news English (citizen, authorities, consulate, embassy, ...) and only for countries whose adjective differs.
    /// </summary>
    public sealed class CountryNameForAdjectiveRule : EditorialRule
    {
        /// <summary>EL2005.</summary>
        public static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
            BuiltInRuleIds.CountryNameForAdjective,
            "Country name where the adjective belongs",
            "Use the adjective: '{0} {1}' should be '{2} {1}'",
            RuleCategories.Wording,
            DiagnosticSeverity.Warning,
            "A country's name stands before a noun that takes the country's adjective, as machine translation leaves it.");

        // Our own table: country name → the adjective English uses before "citizen" or "authorities". Countries whose
        // name is its own adjective ("Luxembourg", "New Zealand") or that are written as abbreviations ("UK") are left out.
        private static readonly WordTable<string> Adjectives = WordTable.Create(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Afghanistan"] = "Afghan", ["Albania"] = "Albanian", ["Algeria"] = "Algerian", ["America"] = "American",
            ["Angola"] = "Angolan", ["Argentina"] = "Argentine", ["Armenia"] = "Armenian", ["Australia"] = "Australian",
            ["Austria"] = "Austrian", ["Azerbaijan"] = "Azerbaijani", ["Bahrain"] = "Bahraini", ["Bangladesh"] = "Bangladeshi",
            ["Belarus"] = "Belarusian", ["Belgium"] = "Belgian", ["Bolivia"] = "Bolivian", ["Brazil"] = "Brazilian",
            ["Britain"] = "British", ["Bulgaria"] = "Bulgarian", ["Cambodia"] = "Cambodian", ["Cameroon"] = "Cameroonian",
            ["Canada"] = "Canadian", ["Chile"] = "Chilean", ["China"] = "Chinese", ["Colombia"] = "Colombian",
            ["Croatia"] = "Croatian", ["Cuba"] = "Cuban", ["Cyprus"] = "Cypriot", ["Czechia"] = "Czech",
            ["Denmark"] = "Danish", ["Ecuador"] = "Ecuadorian", ["Egypt"] = "Egyptian", ["England"] = "English",
            ["Estonia"] = "Estonian", ["Ethiopia"] = "Ethiopian", ["Finland"] = "Finnish", ["France"] = "French",
            ["Germany"] = "German", ["Ghana"] = "Ghanaian", ["Greece"] = "Greek", ["Guatemala"] = "Guatemalan",
            ["Haiti"] = "Haitian", ["Honduras"] = "Honduran", ["Hungary"] = "Hungarian", ["Iceland"] = "Icelandic",
            ["India"] = "Indian", ["Indonesia"] = "Indonesian", ["Iran"] = "Iranian", ["Iraq"] = "Iraqi",
            ["Ireland"] = "Irish", ["Israel"] = "Israeli", ["Italy"] = "Italian", ["Jamaica"] = "Jamaican",
            ["Japan"] = "Japanese", ["Kazakhstan"] = "Kazakh", ["Kenya"] = "Kenyan", ["Korea"] = "Korean",
            ["Kuwait"] = "Kuwaiti", ["Latvia"] = "Latvian", ["Lebanon"] = "Lebanese", ["Libya"] = "Libyan",
            ["Lithuania"] = "Lithuanian", ["Malaysia"] = "Malaysian", ["Malta"] = "Maltese", ["Mexico"] = "Mexican",
            ["Mongolia"] = "Mongolian", ["Morocco"] = "Moroccan", ["Mozambique"] = "Mozambican", ["Nepal"] = "Nepalese",
            ["Netherlands"] = "Dutch", ["Nicaragua"] = "Nicaraguan", ["Nigeria"] = "Nigerian", ["Norway"] = "Norwegian",
            ["Oman"] = "Omani", ["Pakistan"] = "Pakistani", ["Palestine"] = "Palestinian", ["Panama"] = "Panamanian",
            ["Paraguay"] = "Paraguayan", ["Peru"] = "Peruvian", ["Philippines"] = "Philippine", ["Poland"] = "Polish",
            ["Portugal"] = "Portuguese", ["Qatar"] = "Qatari", ["Romania"] = "Romanian", ["Russia"] = "Russian",
            ["Scotland"] = "Scottish", ["Senegal"] = "Senegalese", ["Serbia"] = "Serbian", ["Singapore"] = "Singaporean",
            ["Slovakia"] = "Slovak", ["Slovenia"] = "Slovenian", ["Somalia"] = "Somali", ["Spain"] = "Spanish",
            ["Sudan"] = "Sudanese", ["Sweden"] = "Swedish", ["Switzerland"] = "Swiss", ["Syria"] = "Syrian",
            ["Taiwan"] = "Taiwanese", ["Tanzania"] = "Tanzanian", ["Thailand"] = "Thai", ["Tibet"] = "Tibetan",
            ["Tunisia"] = "Tunisian", ["Turkey"] = "Turkish", ["Uganda"] = "Ugandan", ["Ukraine"] = "Ukrainian",
            ["Uruguay"] = "Uruguayan", ["Uzbekistan"] = "Uzbek", ["Venezuela"] = "Venezuelan", ["Vietnam"] = "Vietnamese",
            ["Wales"] = "Welsh", ["Yemen"] = "Yemeni", ["Zambia"] = "Zambian", ["Zimbabwe"] = "Zimbabwean",
        }, ignoreCase: false);

        // Nouns that take the country's adjective, not its name, in news English. Sports roles ("France coach",
        // "England captain") and institutions named after the country ("Wales Office") are not here on purpose.
        private static readonly WordTable<bool> AdjectiveHeads = WordTable.CreateSet(new[]
        {
            "citizen", "citizens", "citizenship", "national", "nationals", "nationality", "authorities", "consulate",
            "embassy", "ambassador", "passport", "passports", "people", "troops", "soldiers", "language",
            "diplomat", "diplomats", "envoy", "residents", "civilians", "journalist",
            "journalists", "courts", "judiciary", "prosecutors", "lawmakers", "counterpart", "counterparts",
        }, ignoreCase: true);

        private static readonly string[] Articles = { "a", "an", "the" };

        // "Every", "Each", "Our" at the start of a sentence are capitalised but open a noun phrase, not a name.
        private static bool IsFunctionWord(ReadOnlySpan<char> word)
        {
            const PartsOfSpeech Function = PartsOfSpeech.Determiner | PartsOfSpeech.Pronoun | PartsOfSpeech.Preposition | PartsOfSpeech.Conjunction;
            return PartOfSpeechLexicon.Default.TryGetLowerCase(word, out var entry) && (entry.Primary & Function) != 0;
        }

        private static bool IsNationalHead(ReadOnlySpan<char> head) =>
            head.Equals("national".AsSpan(), StringComparison.OrdinalIgnoreCase) || head.Equals("nationals".AsSpan(), StringComparison.OrdinalIgnoreCase);

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

        /// <inheritdoc />
        public override void Initialize(RuleInitializationContext context) => context.RegisterSentenceAction(AnalyzeSentence);

        private static void AnalyzeSentence(SentenceAnalysisContext context)
        {
            var document = context.Document;
            var tokens = context.Tokens;
            for (int i = 0; i + 1 < tokens.Length; i++)
            {
                var country = tokens[i];
                var head = tokens[i + 1];
                if (country.Kind != TokenKind.Word || head.Kind != TokenKind.Word) continue;
                if (!WordingText.StartsUpper(document.GetText(country))) continue;
                if (!Adjectives.TryGetValue(document.GetText(country), out var adjective)) continue;
                if (!AdjectiveHeads.Contains(document.GetText(head))) continue;
                if (!WordingText.OnlySpacesBetween(document, country.End, head.Start)) continue;

                // "Air France officials", "Team GB ... ": a capitalised word before the country makes it part of a name.
                // "Dungog, Australia residents": residents of a town in that country.
                if (i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && document.Text[tokens[i - 1].Start] == ',') continue;
                bool afterArticle = i > 0 && WordingText.IsAnyWord(document, tokens[i - 1], Articles);
                if (i > 0 && !afterArticle && tokens[i - 1].Kind == TokenKind.Word && WordingText.StartsUpper(document.GetText(tokens[i - 1]))
                    && !IsFunctionWord(document.GetText(tokens[i - 1]))) continue;

                // "China National Petroleum", "Wales national coach": the noun is part of a longer name or compound.
                if (i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Word && WordingText.OnlySpacesBetween(document, head.End, tokens[i + 2].Start))
                {
                    var next = document.GetText(tokens[i + 2]);
                    if (WordingText.StartsUpper(next) && WordingText.StartsUpper(document.GetText(head))) continue;
                    if (IsNationalHead(document.GetText(head)) && (PartOfSpeechLexicon.Default.GetParts(next) & PartsOfSpeech.AnyCommonNoun) != 0) continue;
                }

                var name = document.GetString(country);
                var fix = new ProseFix(country.Span, adjective, isSafe: afterArticle, "Replace with '" + adjective + "'");
                context.Report(Descriptor, country.Span, fix, name, document.GetString(head), adjective);
            }
        }
    }
}

using System;

namespace EditorialLint.Rules.Wording.Lexicon
{
    /// <summary>
    /// The parts of speech a word form can take. The low bits come from the Brill tagger lexicon (Penn Treebank tags
    /// seen for the form in tagged newswire); the high bits from WordNet 3.0 (the form is a lemma, or a regular or
    /// irregular inflection of a lemma, of that part of speech). The two sources disagree often enough that rules
    /// say which they trust: Brill tells how a form is used in news, WordNet what it can mean at all.
    /// </summary>
    [Flags]
    public enum PartsOfSpeech : uint
    {
        /// <summary>Unknown word, or no part of speech.</summary>
        None = 0,

        /// <summary>Singular or mass common noun (NN).</summary>
        Noun = 1u << 0,

        /// <summary>Plural common noun (NNS).</summary>
        PluralNoun = 1u << 1,

        /// <summary>Proper noun, singular or plural (NNP, NNPS).</summary>
        ProperNoun = 1u << 2,

        /// <summary>Verb, base form (VB).</summary>
        Verb = 1u << 3,

        /// <summary>Verb, past tense (VBD).</summary>
        VerbPast = 1u << 4,

        /// <summary>Verb, past participle (VBN).</summary>
        VerbPastParticiple = 1u << 5,

        /// <summary>Verb, gerund or present participle (VBG).</summary>
        VerbGerund = 1u << 6,

        /// <summary>Verb, third person singular present (VBZ).</summary>
        VerbThirdPersonSingular = 1u << 7,

        /// <summary>Verb, present tense other than third person singular (VBP).</summary>
        VerbPresent = 1u << 8,

        /// <summary>Adjective (JJ).</summary>
        Adjective = 1u << 9,

        /// <summary>Comparative adjective or adverb (JJR, RBR).</summary>
        Comparative = 1u << 10,

        /// <summary>Superlative adjective or adverb (JJS, RBS).</summary>
        Superlative = 1u << 11,

        /// <summary>Adverb (RB, RBR, RBS, WRB).</summary>
        Adverb = 1u << 12,

        /// <summary>Determiner (DT, PDT, WDT).</summary>
        Determiner = 1u << 13,

        /// <summary>Preposition or subordinating conjunction (IN, TO).</summary>
        Preposition = 1u << 14,

        /// <summary>Pronoun, personal, possessive or wh- (PRP, PRP$, WP, WP$, EX).</summary>
        Pronoun = 1u << 15,

        /// <summary>Modal verb (MD).</summary>
        Modal = 1u << 16,

        /// <summary>Coordinating conjunction (CC).</summary>
        Conjunction = 1u << 17,

        /// <summary>Particle (RP).</summary>
        Particle = 1u << 18,

        /// <summary>Cardinal number (CD).</summary>
        Numeral = 1u << 19,

        /// <summary>Interjection (UH).</summary>
        Interjection = 1u << 20,

        /// <summary>Possessive ending (POS).</summary>
        Possessive = 1u << 21,

        /// <summary>Foreign word, symbol, list marker or punctuation (FW, SYM, LS, ...).</summary>
        Other = 1u << 22,

        /// <summary>The form is in the Brill lexicon (so a missing tag there is evidence, not ignorance).</summary>
        InTaggedLexicon = 1u << 23,

        /// <summary>WordNet has the form as a noun lemma.</summary>
        WordNetNoun = 1u << 24,

        /// <summary>The form is a plural (regular or irregular) of a WordNet noun lemma.</summary>
        WordNetNounPlural = 1u << 25,

        /// <summary>WordNet has the form as a verb lemma.</summary>
        WordNetVerb = 1u << 26,

        /// <summary>The form is an inflection (-s, -ed, -ing or irregular) of a WordNet verb lemma.</summary>
        WordNetVerbForm = 1u << 27,

        /// <summary>WordNet has the form as an adjective lemma (or an irregular comparative of one).</summary>
        WordNetAdjective = 1u << 28,

        /// <summary>WordNet has the form as an adverb lemma.</summary>
        WordNetAdverb = 1u << 29,

        /// <summary>At least one noun sense of the lemma is attested in WordNet's sense-tagged corpus.</summary>
        WordNetNounAttested = 1u << 30,

        /// <summary>At least one verb sense of the lemma is attested in WordNet's sense-tagged corpus.</summary>
        WordNetVerbAttested = 1u << 31,

        /// <summary>Any common-noun use in news (NN, NNS).</summary>
        AnyCommonNoun = Noun | PluralNoun,

        /// <summary>Any verb use in news, modals included.</summary>
        AnyVerb = Verb | VerbPast | VerbPastParticiple | VerbGerund | VerbThirdPersonSingular | VerbPresent | Modal,

        /// <summary>Any adjective use in news.</summary>
        AnyAdjective = Adjective | Comparative | Superlative,

        /// <summary>Every bit that comes from the Brill lexicon.</summary>
        TaggedLexiconParts = (1u << 23) - 1,

        /// <summary>Every bit that comes from WordNet.</summary>
        WordNetParts = 0xFF000000u,
    }
}

using System;
using System.Collections.Generic;

namespace EditorialLint.Numbers
{
    /// <summary>
    /// The word lists the number parser reads: hedges, currencies, units, months and weekdays, the verbs that link a
    /// subject to its figure, and the qualifiers that keep two figures apart. Small, hand-written, compiled in.
    /// </summary>
    public static class QuantityLexicon
    {
        /// <summary>Whether a capitalised word names a country, region, city or nationality ("France", "French").</summary>
        public static bool IsPlace(string word) => Places.Contains(word);

        /// <summary>Whether a capitalised word is a month name or abbreviation ("August", "Aug").</summary>
        public static bool IsMonth(string word) => Months.ContainsKey(word);

        /// <summary>Whether <paramref name="word"/> is a month or a weekday as written ("March", "Mon"), without a string made of it.</summary>
#if NET
        internal static bool IsMonthOrWeekday(ReadOnlySpan<char> word) =>
            Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word) || Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);
#else
        internal static bool IsMonthOrWeekday(ReadOnlySpan<char> word) => Months.ContainsKey(word.ToString()) || Weekdays.ContainsKey(word.ToString());
#endif

        /// <summary>Whether a capitalised word is a weekday name or abbreviation ("Saturday", "Sat").</summary>
        public static bool IsWeekday(string word) => Weekdays.ContainsKey(word);

        /// <summary>Whether a subject key counts people ("user", "person", "customer").</summary>
        public static bool IsPeopleSubject(string subject) => PeopleSubjects.Contains(subject);

        /// <summary>Whether a noun names a whole a share cannot exceed ("voters", "population", "market").</summary>
        public static bool IsWholeOfPeople(string word) => WholeOfPeople.Contains(word);

        /// <summary>Whether a noun names a person ("man", "billionaire", "striker").</summary>
        public static bool IsPersonNoun(string word) => PersonNouns.Contains(word);

        /// <summary>Whether a noun after a percentage makes it a share ("stake", "turnout").</summary>
        public static bool IsShareNoun(string word) => ShareNouns.Contains(word);

        private static HashSet<string> Set(params string[] words) => new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);

        /// <summary>One-word hedges and what they do.</summary>
        internal static readonly Dictionary<string, HedgeKind> OneWordHedges = new Dictionary<string, HedgeKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["around"] = HedgeKind.Approximately, ["about"] = HedgeKind.Approximately, ["roughly"] = HedgeKind.Approximately,
            ["approximately"] = HedgeKind.Approximately, ["some"] = HedgeKind.Approximately, ["circa"] = HedgeKind.Approximately,
            ["approx"] = HedgeKind.Approximately, ["nearly"] = HedgeKind.AtMost, ["almost"] = HedgeKind.AtMost,
            ["over"] = HedgeKind.AtLeast, ["above"] = HedgeKind.AtLeast, ["under"] = HedgeKind.AtMost, ["below"] = HedgeKind.AtMost,
            ["upwards"] = HedgeKind.AtLeast, ["estimated"] = HedgeKind.Approximately,
        };

        /// <summary>Two- and three-word hedges, as lower-case word sequences.</summary>
        internal static readonly (string[] Words, HedgeKind Kind)[] PhraseHedges =
        {
            (new[] { "more", "than" }, HedgeKind.AtLeast),
            (new[] { "at", "least" }, HedgeKind.AtLeast),
            (new[] { "in", "excess", "of" }, HedgeKind.AtLeast),
            (new[] { "upwards", "of" }, HedgeKind.AtLeast),
            (new[] { "just", "over" }, HedgeKind.AtLeast),
            (new[] { "well", "over" }, HedgeKind.AtLeast),
            (new[] { "as", "many", "as" }, HedgeKind.AtMost),
            (new[] { "as", "much", "as" }, HedgeKind.AtMost),
            (new[] { "up", "to" }, HedgeKind.AtMost),
            (new[] { "less", "than" }, HedgeKind.AtMost),
            (new[] { "fewer", "than" }, HedgeKind.AtMost),
            (new[] { "just", "under" }, HedgeKind.AtMost),
            (new[] { "close", "to" }, HedgeKind.AtMost),
            (new[] { "an", "estimated" }, HedgeKind.Approximately),
            (new[] { "in", "the", "region", "of" }, HedgeKind.Approximately),
            (new[] { "something", "like" }, HedgeKind.Approximately),
        };

        /// <summary>Currency symbols and the code they stand for ("$" is taken as US dollars unless prefixed).</summary>
        internal static string? CurrencyOfSymbol(char c)
        {
            switch (c)
            {
                case '$': return "USD";
                case '€': return "EUR";
                case '£': return "GBP";
                case '¥': return "JPY";
                case '₹': return "INR";
                case '₽': return "RUB";
                case '₩': return "KRW";
                case '₺': return "TRY";
                case '₦': return "NGN";
                case '₴': return "UAH";
                case '₪': return "ILS";
                default: return null;
            }
        }

        /// <summary>Prefixes that make "$" another dollar ("A$", "HK$").</summary>
        internal static readonly Dictionary<string, string> DollarPrefixes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["US"] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD", ["HK"] = "HKD", ["NZ"] = "NZD", ["S"] = "SGD", ["NT"] = "TWD",
        };

        /// <summary>
        /// Currency words after a number, and the ISO code they stand for; words that several currencies share
        /// ("rupees": Indian, Sri Lankan, Pakistani) keep a lower-case name of their own and are never compared across
        /// articles.
        /// </summary>
        internal static readonly Dictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["euro"] = "EUR", ["euros"] = "EUR", ["dollar"] = "USD", ["dollars"] = "USD", ["pound"] = "GBP", ["pounds"] = "GBP",
            ["sterling"] = "GBP", ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rupee"] = "rupee", ["rupees"] = "rupee",
            ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB", ["won"] = "KRW", ["francs"] = "franc",
            ["franc"] = "franc", ["lira"] = "TRY", ["naira"] = "NGN", ["rand"] = "ZAR", ["pesos"] = "peso", ["hryvnia"] = "UAH",
            ["shekels"] = "ILS", ["dirhams"] = "AED", ["krona"] = "krona", ["kronor"] = "krona", ["kroner"] = "krone", ["zloty"] = "PLN",
        };

        /// <summary>ISO codes written before or after a number ("USD 5m", "5m EUR").</summary>
        internal static readonly HashSet<string> CurrencyCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "RUB", "CHF", "AUD", "CAD", "HKD", "NZD", "SGD", "KRW", "TRY",
            "NGN", "UAH", "ILS", "AED", "SEK", "NOK", "DKK", "PLN", "ZAR", "MXN", "BRL",
        };

        /// <summary>Time units, singular and plural, and their key.</summary>
        internal static readonly Dictionary<string, string> TimeUnits = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["second"] = "second", ["seconds"] = "second", ["minute"] = "minute", ["minutes"] = "minute", ["hour"] = "hour",
            ["hours"] = "hour", ["day"] = "day", ["days"] = "day", ["week"] = "week", ["weeks"] = "week",
            ["fortnight"] = "fortnight", ["fortnights"] = "fortnight", ["month"] = "month", ["months"] = "month",
            ["year"] = "year", ["years"] = "year", ["decade"] = "decade", ["decades"] = "decade", ["century"] = "century",
            ["centuries"] = "century",
        };

        /// <summary>Measure units (words and abbreviations) and their key.</summary>
        internal static readonly Dictionary<string, string> MeasureUnits = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["km"] = "km", ["kms"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km",
            ["mile"] = "mi", ["miles"] = "mi", ["kg"] = "kg", ["kgs"] = "kg", ["kilogram"] = "kg", ["kilograms"] = "kg",
            ["kilo"] = "kg", ["kilos"] = "kg", ["lb"] = "lb", ["lbs"] = "lb", ["metre"] = "m", ["metres"] = "m", ["meter"] = "m",
            ["meters"] = "m", ["feet"] = "ft", ["foot"] = "ft", ["ft"] = "ft", ["cm"] = "cm", ["centimetres"] = "cm",
            ["centimeters"] = "cm", ["inch"] = "in", ["inches"] = "in", ["mph"] = "mph", ["kph"] = "kmh", ["km/h"] = "kmh",
            ["litre"] = "l", ["litres"] = "l", ["liter"] = "l", ["liters"] = "l", ["gallon"] = "gal", ["gallons"] = "gal",
            ["tonne"] = "t", ["tonnes"] = "t", ["acre"] = "acre", ["acres"] = "acre", ["hectare"] = "ha", ["hectares"] = "ha",
            ["mm"] = "mm", ["millimetres"] = "mm", ["ounces"] = "oz", ["oz"] = "oz", ["grams"] = "g",
        };

        /// <summary>Units glued to digits ("10km", "5kg", "30C", "50p"); "p" is pence.</summary>
        internal static readonly Dictionary<string, string> GluedUnits = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["km"] = "km", ["kg"] = "kg", ["lb"] = "lb", ["lbs"] = "lb", ["mph"] = "mph", ["ft"] = "ft", ["cm"] = "cm",
            ["mm"] = "mm", ["kph"] = "kmh", ["kmh"] = "kmh", ["C"] = "C", ["F"] = "F", ["p"] = "p", ["pc"] = "pc", ["mi"] = "mi",
            ["ha"] = "ha", ["oz"] = "oz", ["g"] = "g", ["l"] = "l",
        };

        /// <summary>Athletics words after "100m" that make it metres, not millions.</summary>
        internal static readonly HashSet<string> MetreContexts = Set(
            "sprint", "race", "hurdles", "freestyle", "butterfly", "backstroke", "breaststroke", "medley", "relay", "final",
            "finals", "title", "record", "champion", "dash", "heat", "heats", "event", "indoor", "outdoor", "world", "gold", "silver",
            "bronze", "swim", "run", "runner", "runners", "specialist", "individual", "metres");

        /// <summary>Month names and abbreviations (capitalised in text) and their number.</summary>
        internal static readonly Dictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["January"] = 1, ["February"] = 2, ["March"] = 3, ["April"] = 4, ["May"] = 5, ["June"] = 6, ["July"] = 7,
            ["August"] = 8, ["September"] = 9, ["October"] = 10, ["November"] = 11, ["December"] = 12, ["Jan"] = 1,
            ["Feb"] = 2, ["Mar"] = 3, ["Apr"] = 4, ["Jun"] = 6, ["Jul"] = 7, ["Aug"] = 8, ["Sep"] = 9, ["Sept"] = 9,
            ["Oct"] = 10, ["Nov"] = 11, ["Dec"] = 12,
        };

        /// <summary>Weekday names and abbreviations (capitalised).</summary>
        internal static readonly Dictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
        {
            ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday,
            ["Thursday"] = DayOfWeek.Thursday, ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday,
            ["Sunday"] = DayOfWeek.Sunday, ["Mon"] = DayOfWeek.Monday, ["Tue"] = DayOfWeek.Tuesday, ["Tues"] = DayOfWeek.Tuesday,
            ["Wed"] = DayOfWeek.Wednesday, ["Thu"] = DayOfWeek.Thursday, ["Thur"] = DayOfWeek.Thursday, ["Thurs"] = DayOfWeek.Thursday,
            ["Fri"] = DayOfWeek.Friday, ["Sat"] = DayOfWeek.Saturday, ["Sun"] = DayOfWeek.Sunday,
        };

        /// <summary>Words before a bare four-digit number that make it a year ("in 2013").</summary>
        internal static readonly HashSet<string> YearPrepositions = Set(
            "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "early", "late", "mid", "through",
            "between", "and", "to", "the", "for", "spring", "summer", "autumn", "winter", "fall", "season", "year", "fiscal", "financial");

        /// <summary>Plural nouns that follow a year without making it a count ("2004 results").</summary>
        internal static readonly HashSet<string> YearModifiedNouns = Set(
            "results", "figures", "accounts", "elections", "games", "olympics", "levels", "prices", "sales", "profits", "earnings",
            "losses", "forecasts", "rates", "awards", "nominations", "finals", "championships", "budgets", "targets", "plans",
            "season", "estimates", "numbers", "rules", "standards", "models", "editions", "grammys", "oscars", "baftas", "brits");

        /// <summary>Verbs and auxiliaries between a subject and its figure ("user base reaches 950 million").</summary>
        internal static readonly HashSet<string> LinkingVerbs = Set(
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "may", "might",
            "reach", "reaches", "reached", "reaching", "hit", "hits", "hitting", "total", "totals", "totalled", "totaled",
            "totalling", "stand", "stands", "stood", "standing", "rise", "rises", "rose", "risen", "rising", "fall", "falls",
            "fell", "fallen", "falling", "grow", "grows", "grew", "grown", "growing", "jump", "jumps", "jumped", "surge",
            "surges", "surged", "soar", "soars", "soared", "climb", "climbs", "climbed", "drop", "drops", "dropped", "slump",
            "slumps", "slumped", "increase", "increases", "increased", "decrease", "decreased", "decline", "declined",
            "top", "tops", "topped", "exceed", "exceeds", "exceeded", "number", "numbers", "numbered", "amount", "amounts",
            "amounted", "come", "comes", "came", "put", "puts", "estimated", "valued", "worth", "now", "currently",
            "already", "just", "still", "some", "nearly", "almost", "to", "at", "around", "about", "of", "which", "that",
            "expanded", "swelled", "ballooned", "doubled", "tripled", "plunged", "tumbled", "sank", "dipped", "edged",
            "crossed", "passed", "surpassed", "neared", "approached");

        /// <summary>Verbs that make the figure right after them a change ("rose 76% to"), with "by" or without.</summary>
        internal static readonly HashSet<string> ChangeVerbs = Set(
            "rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling", "grow", "grows", "grew",
            "grown", "growing", "jump", "jumps", "jumped", "surge", "surges", "surged", "soar", "soars", "soared", "climb",
            "climbs", "climbed", "drop", "drops", "dropped", "slump", "slumps", "slumped", "increase", "increases", "increased",
            "decrease", "decreased", "decline", "declines", "declined", "plunged", "tumbled", "sank", "dipped", "edged", "gained",
            "lost", "shed", "added", "up", "down", "cut", "slid", "slipped", "rebounded", "advanced", "eased", "fell", "boosted",
            "raised", "lowered", "reduced", "trimmed", "expanded", "shrank", "contracted");

        /// <summary>Words that never head a subject noun phrase.</summary>
        internal static readonly HashSet<string> StopWords = Set(
            "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "of", "in",
            "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "than", "which", "who", "whom", "whose",
            "what", "when", "where", "while", "if", "it", "he", "she", "they", "we", "you", "i", "me", "him", "them", "us",
            "there", "here", "be", "is", "are", "was", "were", "been", "has", "have", "had", "do", "does", "did", "will",
            "would", "could", "should", "may", "might", "must", "can", "not", "no", "so", "also", "only", "just", "about",
            "around", "some", "all", "each", "every", "more", "most", "less", "least", "over", "under", "up", "down", "out",
            "into", "onto", "per", "cent", "percent", "after", "before", "since", "until", "during", "between", "against",
            "among", "including", "within", "without", "through", "across", "behind", "such", "other", "another", "any",
            "both", "either", "neither", "nearly", "almost", "roughly", "approximately", "another", "whether", "because",
            "then", "now", "yet", "already", "still", "even", "ago", "later", "earlier", "last", "next", "first", "say",
            "says", "said", "according", "like", "worth", "valued", "away", "off", "again", "back", "being", "having",
            "one", "ones", "times", "time", "way", "lot", "lots", "total", "number", "amount", "sum", "figure", "level",
            "today", "yesterday", "tomorrow", "tonight", "apiece", "overall", "annually", "alone", "instead", "too", "either",
            "last", "this", "next", "each", "year", "month", "week", "day", "a", "per");

        /// <summary>Nouns of a whole ("number of users", "total of 500 people"): the subject is what follows "of".</summary>
        internal static readonly HashSet<string> WholeNouns = Set("number", "total", "count", "tally", "figure", "amount", "sum", "level", "numbers");

        /// <summary>Modifiers that do not change what is counted ("growing user base").</summary>
        internal static readonly HashSet<string> NeutralModifiers = Set(
            "growing", "rapid", "current", "existing", "whole", "entire", "huge", "large", "massive", "big", "small", "vast",
            "sudden", "abrupt", "strong", "steady", "impressive", "staggering", "reported", "official", "estimated", "global",
            "worldwide", "loyal", "massive", "expanding", "booming", "swelling", "healthy", "fast", "quick", "meteoric", "explosive",
            "so-called", "reported", "claimed", "stated", "some");

        /// <summary>Words of time, place, segment and scope that keep two figures of one subject apart.</summary>
        internal static readonly HashSet<string> Qualifiers = Union(TimeFrames(), Scopes());

        /// <summary>The time-frame qualifiers (the archive stores them as a figure's period).</summary>
        internal static readonly HashSet<string> TimeFrameQualifiers = TimeFrames();

        private static HashSet<string> Union(HashSet<string> a, HashSet<string> b)
        {
            a.UnionWith(b);
            return a;
        }

        private static HashSet<string> TimeFrames() => Set(
            "quarter", "quarterly", "annual", "annually", "yearly", "full-year", "monthly", "weekly", "daily", "half-year",
            "half-yearly", "interim", "year-earlier", "year-on-year", "previous", "previously", "last", "next", "earlier",
            "ago", "former", "formerly", "initially", "originally", "later", "eventually", "target", "targets", "forecast",
            "forecasts", "expected", "expects", "expect", "estimate", "estimates", "predicted", "projected", "plans", "planned",
            "plan", "aims", "aim", "could", "would", "might", "should", "record", "peak", "average", "per", "each", "every",
            "season", "since", "until", "once", "before", "after", "first", "second", "third", "fourth", "final",
            "h1", "h2", "q1", "q2", "q3", "q4", "today", "yesterday", "tomorrow", "week", "month", "year", "years", "months",
            "weeks", "days", "decade", "spring", "summer", "autumn", "winter", "christmas", "ytd", "hoped", "hopes", "wants",
            "proposed", "offered", "offer", "bid", "demanded", "sought", "asked", "claimed", "claims", "alleged", "if",
            "when", "budget", "budgeted", "pledged", "promised", "cost", "costs");

        private static HashSet<string> Scopes() => Set(
            "division", "unit", "arm", "segment", "subsidiary", "branch", "operations", "total", "overall", "combined",
            "alone", "only", "extra", "additional", "another", "further", "new", "more", "other", "remaining", "rest",
            "men", "women", "male", "female", "adults", "children", "boys", "girls", "under", "over", "aged", "among",
            "active", "paying", "registered", "monthly", "daily", "unique", "individual", "net", "gross", "pre-tax",
            "operating", "underlying", "adjusted", "core", "like-for-like", "online", "mobile", "broadband", "digital",
            "maximum", "minimum", "market", "shares", "share", "stake", "world", "worldwide", "global", "globally",
            "international", "domestic", "national", "local", "abroad", "overseas", "home", "away", "regional", "nationwide");

        /// <summary>Country, region and city names and demonyms that act as place qualifiers (capitalised in text).</summary>
        internal static readonly HashSet<string> Places = new HashSet<string>(StringComparer.Ordinal)
        {
            "UK", "US", "USA", "U.S.", "U.K.", "Britain", "British", "England", "English", "Scotland", "Scottish", "Wales",
            "Welsh", "Ireland", "Irish", "Northern", "France", "French", "Germany", "German", "Italy", "Italian", "Spain",
            "Spanish", "Portugal", "Portuguese", "Netherlands", "Dutch", "Belgium", "Belgian", "Switzerland", "Swiss",
            "Austria", "Austrian", "Sweden", "Swedish", "Norway", "Norwegian", "Denmark", "Danish", "Finland", "Finnish",
            "Poland", "Polish", "Russia", "Russian", "Ukraine", "Ukrainian", "Greece", "Greek", "Turkey", "Turkish",
            "Europe", "European", "EU", "America", "American", "Americas", "Canada", "Canadian", "Mexico", "Mexican",
            "Brazil", "Brazilian", "Argentina", "Argentine", "Chile", "Colombia", "Peru", "Venezuela", "Asia", "Asian",
            "China", "Chinese", "Japan", "Japanese", "Korea", "Korean", "India", "Indian", "Pakistan", "Pakistani",
            "Bangladesh", "Indonesia", "Indonesian", "Thailand", "Thai", "Vietnam", "Malaysia", "Singapore", "Philippines",
            "Australia", "Australian", "Zealand", "Africa", "African", "Nigeria", "Nigerian", "Egypt", "Egyptian", "Kenya",
            "Israel", "Israeli", "Iran", "Iranian", "Iraq", "Iraqi", "Saudi", "Arabia", "Emirates", "UAE", "Dubai", "Syria",
            "Afghanistan", "London", "Paris", "Berlin", "Moscow", "Tokyo", "Beijing", "Washington", "York", "Brussels",
            "Scandinavia", "Scandinavian", "Western", "Eastern", "Southern", "Middle", "East", "West", "North", "South",
            "Latin", "Gulf", "Caribbean", "Baltic", "Atlantic", "Pacific", "Hong", "Kong", "Taiwan", "Azerbaijan", "Baku",
            "Czech", "Hungary", "Hungarian", "Romania", "Romanian", "Bulgaria", "Serbia", "Croatia", "Iceland", "Luxembourg",
            "Ghana", "Zimbabwe", "Sudan", "Ethiopia", "Morocco", "Algeria", "Libya", "Lebanon", "Jordan", "Qatar", "Kuwait",
        };

        /// <summary>Nouns for people: counts of them cannot exceed the world's population.</summary>
        internal static readonly HashSet<string> PeopleSubjects = Set(
            "user", "person", "customer", "subscriber", "member", "resident", "citizen", "inhabitant", "voter",
            "employee", "worker", "viewer", "listener", "reader", "follower", "fan", "visitor", "patient", "student",
            "adult", "child", "man", "woman", "player", "population", "spectator", "passenger", "consumer", "shopper",
            "subscriber", "investor", "taxpayer", "pensioner", "household");

        /// <summary>Nouns for people, used to decide that an "N-year-old" is a person.</summary>
        internal static readonly HashSet<string> PersonNouns = Set(
            "man", "woman", "boy", "girl", "person", "child", "baby", "billionaire", "millionaire", "father", "mother",
            "son", "daughter", "grandmother", "grandfather", "husband", "wife", "widow", "pensioner", "veteran", "victim",
            "suspect", "teenager", "youngster", "student", "pupil", "patient", "resident", "citizen", "founder", "boss",
            "chief", "executive", "president", "minister", "leader", "politician", "mp", "candidate", "star", "actor",
            "actress", "singer", "rapper", "musician", "striker", "midfielder", "defender", "goalkeeper", "keeper",
            "player", "captain", "coach", "manager", "athlete", "runner", "sprinter", "champion", "winger", "forward",
            "batsman", "bowler", "fly-half", "lock", "prop", "hooker", "centre", "scrum-half", "full-back", "driver", "rider",
            "jockey", "boxer", "golfer", "skier", "swimmer", "cyclist", "model", "writer", "author", "director", "producer",
            "designer", "artist", "entrepreneur", "businessman", "businesswoman", "tycoon", "heiress", "heir", "prince",
            "princess", "king", "queen", "monarch", "dad", "mum", "mom", "grandmother", "grandma", "grandpa", "great-grandmother",
            "nun", "priest", "monk", "soldier", "officer", "worker", "farmer", "doctor", "nurse", "teacher", "lawyer",
            "comedian", "presenter", "dj", "journalist", "photographer", "survivor", "centenarian", "supercentenarian",
            "frenchman", "englishman", "american", "briton", "scot", "man's", "woman's");

        /// <summary>Nouns of a whole that a share cannot exceed ("110% of voters").</summary>
        internal static readonly HashSet<string> WholeOfPeople = Set(
            "people", "voters", "vote", "votes", "population", "respondents", "adults", "children", "households", "users",
            "customers", "members", "residents", "citizens", "employees", "staff", "workforce", "workers", "students",
            "pupils", "patients", "viewers", "shares", "market", "company", "firm", "electorate", "public", "men", "women",
            "audience", "participants", "those", "homes", "families", "businesses", "firms", "companies", "teenagers");

        /// <summary>Things counted in compound adjectives and in what a building or vessel holds ("a 3,400-seat arena").</summary>
        internal static readonly HashSet<string> CountedUnits = Set(
            "seat", "bed", "room", "storey", "story", "floor", "berth", "screen", "lane", "cabin", "pitch", "gate", "stall");

        /// <summary>Nouns after "N%" that make it a share of a whole ("a 120% stake").</summary>
        internal static readonly HashSet<string> ShareNouns = Set("stake", "share", "turnout", "majority", "ownership", "holding");
    }
}

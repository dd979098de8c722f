using System;
using System.Collections.Generic;
using System.Globalization;

namespace EditorialLint.Rules.Tests.Numbers.Bed
{
    /// <summary>
    /// Writes short invented articles, each with one planted numbers problem and a clean twin that differs only in the
    /// planted figure, from templates in fourteen categories (the numbers rules' own and those an outside test found
    /// missing). Deterministic: one seed gives the same cases on every machine. Names, companies, things counted, units,
    /// values and sentence shapes are drawn at random, and every article carries filler sentences of its own kind, so
    /// that no rule can pass by knowing one sentence.
    /// </summary>
    public static class NumberBedGenerator
    {
        /// <summary>Cases per category.</summary>
        public const int PerCategory = 25;

        private static readonly string[] Companies =
        {
            "Kestrel Pay", "Ondara", "Vantrel", "Brightmoor", "Lumora", "Quillon", "Tessaly", "Pellucid", "Marrowind",
            "Corvane", "Sablewick", "Orinth", "Halvard", "Nimbra", "Tollbridge", "Eskervale", "Fenwright", "Wyndmere",
            "Calloway Group", "Rivenholt",
        };

        private static readonly string[] FirstNames =
        {
            "Ada", "Tomas", "Priya", "Kwame", "Elena", "Marcus", "Ines", "Jonah", "Leila", "Dmitri", "Farah", "Oskar",
            "Nadia", "Felix", "Amara", "Rosa", "Hugo", "Yara", "Bram", "Sunita",
        };

        private static readonly string[] Surnames =
        {
            "Okafor", "Lindqvist", "Marchetti", "Adeyemi", "Novak", "Haddad", "Castellanos", "Brennan", "Takahashi",
            "Oyelaran", "Petrov", "Duarte", "Whitcombe", "Kowalczyk", "Abernethy", "Moreau", "Szabo", "Rahimi", "Vasquez",
            "Eklund",
        };

        private static readonly string[] Towns = { "Harrowby", "Port Senna", "Millbrook", "Westerhaven", "Calder Vale", "Ashcombe", "Dunmere" };

        private static readonly string[] Months =
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        };

        private static readonly string[] BusinessFiller =
        {
            "Analysts said the market remained crowded.", "The company did not respond to a request for comment.",
            "Critics have questioned the strategy.", "Rivals have struggled to keep pace.", "Its shares were little changed.",
            "The firm has faced questions from regulators.", "Investors have watched the expansion closely.",
            "A spokeswoman declined to give further details.", "Executives say the outlook is encouraging.",
        };

        private static readonly string[] NewsFiller =
        {
            "Officials declined to comment further.", "Neighbours described the scene as chaotic.", "The hearing was adjourned.",
            "Local people have called for an inquiry.", "Police appealed for witnesses.", "The council said it would review the case.",
            "Campaigners welcomed the decision.", "Lawyers for the family said they would appeal.",
        };

        /// <summary>The categories, in report order, with the rule each expects.</summary>
        public static readonly (string Category, string RuleId)[] Categories =
        {
            ("same count, one name", "EL1001"),
            ("same count, other names", "EL1001"),
            ("measure as compound adjective", "EL1001"),
            ("age of one person", "EL1007"),
            ("conversion restated", "EL1004"),
            ("shares of one whole above 100%", "EL1008"),
            ("event dated twice (verb and noun)", "EL1005"),
            ("implausible count, other nouns", "EL1003"),
            ("share above 100%", "EL1003"),
            ("date that does not exist", "EL1003"),
            ("weekday that does not match", "EL1005"),
            ("unit conversion", "EL1004"),
            ("temperature difference", "EL1004"),
            ("age above any lifespan", "EL1003"),
        };

        /// <summary>Every case, category by category.</summary>
        public static List<BedCase> Generate(int seed = 13)
        {
            var all = new List<BedCase>();
            for (int c = 0; c < Categories.Length; c++)
            {
                var random = new Random(seed * 1000 + c);
                for (int i = 0; i < PerCategory; i++)
                {
                    _fillerSeed = random.Next();
                    var (planted, clean) = Make(c, random);
                    all.Add(new BedCase(Categories[c].Category, Categories[c].RuleId, i, planted, clean));
                }
            }

            return all;
        }

        private static (string Planted, string Clean) Make(int category, Random r) => category switch
        {
            0 => SameCountOneName(r),
            1 => SameCountOtherNames(r),
            2 => CompoundMeasure(r),
            3 => PersonAge(r),
            4 => ConversionRestated(r),
            5 => SharesAbove100(r),
            6 => EventDatedTwice(r),
            7 => ImplausibleCount(r),
            8 => ShareAbove100(r),
            9 => DateThatDoesNotExist(r),
            10 => WrongWeekday(r),
            11 => UnitConversion(r),
            12 => TemperatureDifference(r),
            _ => AgeAboveLifespan(r),
        };

        /// <summary>
        /// Articles with no problem at all in the shapes real copy raised false alarms on: market round-ups (each
        /// paragraph another company, with its own prices, ranges and volumes) and figures of one thing that differ by
        /// period, place or segment. No EL1 finding is allowed on any of them.
        /// </summary>
        public static List<(string Kind, string Text)> GenerateFalseAlarmKinds(int seed = 13, int perKind = PerCategory)
        {
            var all = new List<(string, string)>();
            var r = new Random(seed * 7919);
            for (int i = 0; i < perKind; i++)
            {
                _fillerSeed = r.Next();
                all.Add(("market round-up", MarketRoundUp(r)));
                _fillerSeed = r.Next();
                all.Add(("period, place or segment", PeriodPlaceSegment(r)));
            }

            return all;
        }

        private static string MarketRoundUp(Random r)
        {
            var paragraphs = new List<string>();
            var used = new HashSet<string>();
            int count = 3 + r.Next(3);
            for (int n = 0; n < count; n++)
            {
                string company;
                do company = Pick(r, Companies); while (!used.Add(company));
                double price = Math.Round(5 + r.NextDouble() * 400, 2);
                double volume = Pick(r, Counts) / (1 + r.Next(5));
                int staff = 20 + r.Next(90_000);
                paragraphs.Add(r.Next(4) switch
                {
                    0 => $"{company} shares rose 3% to ${price.ToString("0.00", CultureInfo.InvariantCulture)}, with {Format(volume, 2)} shares traded.",
                    1 => $"{company} has {staff.ToString("#,0", CultureInfo.InvariantCulture)} employees, it said, and its shares ranged from ${Trim(price)} to ${Trim(price * 1.2)}.",
                    2 => $"{company}'s user base reached {Format(volume, r.Next(2))}. Its shares closed at ${Trim(price)}.",
                    _ => $"Elsewhere, {company} said its workforce stands at {staff.ToString("#,0", CultureInfo.InvariantCulture)} after the merger.",
                });
            }

            return Article(r, BusinessFiller, paragraphs.ToArray());
        }

        private static string PeriodPlaceSegment(Random r)
        {
            var company = Pick(r, Companies);
            double a = Pick(r, new double[] { 1.1e9, 240e6, 18e6, 3.5e9 });
            double b = a * (3 + r.Next(6));
            int staffHome = 500 + r.Next(5000);
            return r.Next(4) switch
            {
                0 => Article(r, BusinessFiller, $"Quarterly profits at {company} reached ${Format(a, 1)}.", $"For the full year, profits at {company} reached ${Format(b, 1)}."),
                1 => Article(r, BusinessFiller, $"In France, {company}'s workforce stands at {staffHome.ToString("#,0", CultureInfo.InvariantCulture)}.",
                    $"Worldwide, {company}'s workforce stands at {(staffHome * 12).ToString("#,0", CultureInfo.InvariantCulture)}."),
                2 => Article(r, BusinessFiller, $"{company}'s film division made profits of ${Format(a, 1)}.", $"Group profits at {company} reached ${Format(b, 1)}, it said."),
                _ => Article(r, BusinessFiller, $"{company} had {Format(a / 100, 0)} users in 2019.", $"{company} now has {Format(b / 100, 0)} users, it said."),
            };
        }

        // ---- helpers -------------------------------------------------------------------------------------------

        private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

        private static string P(string figure) => "\u27e6" + figure + "\u27e7";

        // The filler of a case is drawn from its own seed, so that the planted article and its twin get the same.
        [ThreadStatic]
        private static int _fillerSeed;

        private static string Article(Random unused, string[] filler, params string[] paragraphs)
        {
            _ = unused;
            var r = new Random(_fillerSeed);
            var parts = new List<string>();
            foreach (var p in paragraphs)
            {
                parts.Add(p);
                if (r.Next(2) == 0) parts.Add(Pick(r, filler));
            }

            return string.Join("\n\n", parts) + "\n";
        }

        private static string Format(double value, int style)
        {
            // style 0: "30 million", 1: "30m", 2: "30,000,000" (below a million always digits).
            if (value >= 1e9 && style != 2) return Trim(value / 1e9) + (style == 0 ? " billion" : "bn");
            if (value >= 1e6 && style != 2) return Trim(value / 1e6) + (style == 0 ? " million" : "m");
            return value.ToString("#,0.##", CultureInfo.InvariantCulture);
        }

        private static string Trim(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

        // A value that is wrong: a power-of-ten slip or a plain different figure.
        private static double Wrong(Random r, double value, bool powerOfTenOnly = false)
        {
            int k = powerOfTenOnly ? r.Next(2) : r.Next(4);
            return k switch
            {
                0 => value * 10,
                1 => value / 10,
                2 => value * 3,
                _ => Math.Round(value * 0.4, 2),
            };
        }

        private static readonly double[] Counts = { 950e6, 30e6, 4.2e6, 120_000, 18_500, 2.5e6, 640_000, 75e6, 12e6, 3_400 };

        // ---- categories ----------------------------------------------------------------------------------------

        private static readonly string[] CountNouns = { "users", "customers", "subscribers", "members", "listeners", "players" };

        private static (string, string) SameCountOneName(Random r)
        {
            var company = Pick(r, Companies);
            var noun = Pick(r, CountNouns);
            var singular = noun.Substring(0, noun.Length - 1);
            double value = Pick(r, Counts);
            int style = r.Next(3);
            string first = r.Next(4) switch
            {
                0 => $"{company}'s {singular} base reached {Format(value, style)}, the company said.",
                1 => $"{company} has {Format(value, style)} {noun}, according to its latest filing.",
                2 => $"The number of {company} {noun} has climbed to {Format(value, style)}, the firm said on its website.",
                _ => $"{company} now counts {Format(value, style)} {noun} across its services.",
            };
            Func<string, string> second = r.Next(4) switch
            {
                0 => v => $"In a statement, {company} said it has {v} {noun}.",
                1 => v => $"The {singular} base of {company} reached {v}, a spokesman added.",
                2 => v => $"{company}, which has {v} {noun}, plans to hire more engineers.",
                _ => v => $"The number of {company} {noun} stands at {v}, executives told investors.",
            };
            double wrong = Wrong(r, value);
            return (Article(r, BusinessFiller, first, second(P(Format(wrong, style)))),
                Article(r, BusinessFiller, first, second(P(Format(value, style)))));
        }

        private static (string, string) SameCountOtherNames(Random r)
        {
            var company = Pick(r, Companies);
            double value = Pick(r, Counts);
            int style = r.Next(3);
            var forms = Pick(r, new (Func<string, string> First, Func<string, string> Second, bool Loose)[]
            {
                (v => $"Its subscriber base climbed to {v}, {company} said.", v => $"{company} says it has {v} subscribers.", false),
                (v => $"{company}'s subscriber count stood at {v}.", v => $"The {v} members {company} now reports make it the largest service of its kind.", true),
                (v => $"{company} has {v} weekly active listeners, the company said.", v => $"Its listener base has grown to {v}, executives said.", true),
                (v => $"{company} has {v} users, the company said.", v => $"{company} says it has {v} accounts.", true),
                (v => $"{company}'s user base reached {v}, it said.", v => $"{company} now has {v} users, analysts noted.", false),
                (v => $"{company}'s customer base reached {v}.", v => $"{company} says it serves {v} customers.", false),
                (v => $"{company}'s subscriber base reached {v}.", v => $"{company} has {v} subscribers, its chief executive said.", false),
                (v => $"{company} claims {v} monthly active listeners.", v => $"The listener count of {company} reached {v}, it said.", true),
            });
            double wrong = Wrong(r, value, powerOfTenOnly: forms.Loose);
            var a = forms.First(Format(value, style));
            return (Article(r, BusinessFiller, a, forms.Second(P(Format(wrong, style)))),
                Article(r, BusinessFiller, a, forms.Second(P(Format(value, style)))));
        }

        private static (string, string) CompoundMeasure(Random r)
        {
            var town = Pick(r, Towns);
            var shape = r.Next(6);
            double value;
            Func<string, string> first, second;
            switch (shape)
            {
                case 0:
                    value = Pick(r, new double[] { 8000, 12500, 2400, 56000 });
                    first = v => $"The {v}-tonne ship docked at {town} on Tuesday.";
                    second = v => $"The ship weighs {v} tonnes and carries a crew of dozens.";
                    break;
                case 1:
                    value = Pick(r, new double[] { 3400, 12000, 850, 21500 });
                    first = v => $"The council approved a {v}-seat arena for {town}.";
                    second = v => $"The arena will have {v} seats, the planning documents show.";
                    break;
                case 2:
                    value = Pick(r, new double[] { 96, 42, 310, 18 });
                    first = v => $"Work has begun on a {v}-kilometre pipeline near {town}.";
                    second = v => $"The pipeline will run for {v} kilometres across farmland.";
                    break;
                case 3:
                    value = Pick(r, new double[] { 240, 1200, 96, 450 });
                    first = v => $"The {v}-bed hospital opened in {town} last year.";
                    second = v => $"The hospital has {v} beds, according to the trust.";
                    break;
                case 4:
                    value = Pick(r, new double[] { 65, 120, 30, 210 });
                    first = v => $"A {v}-metre tower will dominate the skyline of {town}.";
                    second = v => $"The tower will stand {v} metres tall, the developer said.";
                    break;
                default:
                    value = Pick(r, new double[] { 400, 1500, 80, 2600 });
                    first = v => $"The {v}-hectare estate outside {town} was sold this week.";
                    second = v => $"The estate covers {v} hectares of woodland and pasture.";
                    break;
            }

            double wrong = Wrong(r, value);
            string F(double v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);
            var swap = r.Next(3) == 0;
            if (swap)
            {
                // The compound form second: the figure in prose first, then the adjective.
                return (Article(r, NewsFiller, second(F(value)), first(P(F(wrong)))),
                    Article(r, NewsFiller, second(F(value)), first(P(F(value)))));
            }

            return (Article(r, NewsFiller, first(F(value)), second(P(F(wrong)))),
                Article(r, NewsFiller, first(F(value)), second(P(F(value)))));
        }

        private static (string, string) PersonAge(Random r)
        {
            // One case in three states the age through a year of birth, in an article whose front matter dates it.
            if (r.Next(3) == 0) return PersonAgeThroughBirthYear(r);
            var firstName = Pick(r, FirstNames);
            var surname = Pick(r, Surnames);
            int age = 18 + r.Next(60);
            int wrong = r.Next(2) == 0 ? (age % 10) * 10 + age / 10 : age + 10 + r.Next(20);
            if (Math.Abs(wrong - age) < 2) wrong = age + 13;
            var town = Pick(r, Towns);
            string intro = r.Next(4) switch
            {
                0 => $"{firstName} {surname}, {{0}}, opened a bakery in {town} last spring.",
                1 => $"The {{0}}-year-old {firstName} {surname} has run the shop in {town} for years.",
                2 => $"{firstName} {surname}, aged {{0}}, was named chair of the {town} trust.",
                _ => $"Local builder {firstName} {surname}, {{0}}, won the contract in {town}.",
            };
            string later = r.Next(4) switch
            {
                0 => $"{surname}, {{0}}, said the work had only just begun.",
                1 => $"The {{0}}-year-old {surname} said she had no plans to stop.",
                2 => $"{surname}, now aged {{0}}, said the support had been overwhelming.",
                _ => $"\"It has been a long road,\" said {surname}, {{0}}.",
            };
            string A(int v) => string.Format(CultureInfo.InvariantCulture, intro, v);
            string B(string v) => string.Format(CultureInfo.InvariantCulture, later, v);
            return (Article(r, NewsFiller, A(age), B(P(wrong.ToString(CultureInfo.InvariantCulture)))),
                Article(r, NewsFiller, A(age), B(P(age.ToString(CultureInfo.InvariantCulture)))));
        }

        // The age conflict planted through a birth year: "born in 1990" in an article dated 2024 against a later age, or an
        // age against a later birth year. The twin's figures fit (the birthday may not have come yet).
        private static (string, string) PersonAgeThroughBirthYear(Random r)
        {
            var firstName = Pick(r, FirstNames);
            var surname = Pick(r, Surnames);
            var town = Pick(r, Towns);
            int year = 2016 + r.Next(9);
            int age = 18 + r.Next(60);
            int born = year - age - r.Next(2);
            var inv = CultureInfo.InvariantCulture;
            int month = 1 + r.Next(12);
            int day = 1 + r.Next(28);
            string date = r.Next(2) == 0
                ? year.ToString(inv) + "-" + month.ToString("00", inv) + "-" + day.ToString("00", inv)
                : day.ToString(inv) + " " + Months[month - 1] + " " + year.ToString(inv);
            string key = Pick(r, new[] { "date", "published", "pubDate", "publishDate", "publication_date" });
            string frontMatter = "---\ntitle: News from " + town + "\n" + key + ": " + date + "\n---\n\n";

            if (r.Next(2) == 0)
            {
                // The birth year first, the planted age later.
                string birth = r.Next(5) switch
                {
                    0 => $"{firstName} {surname} was born in {born} and opened a bakery in {town} last spring.",
                    1 => $"{firstName} {surname} (b. {born}) has run the shop in {town} for years.",
                    2 => $"Born in {born}, {firstName} {surname} grew up in {town} and now chairs its trust.",
                    3 => $"{firstName} {surname}, who was born in {born}, was named chair of the {town} trust.",
                    _ => $"{firstName} {surname}, born {1 + r.Next(28)} {Pick(r, Months)} {born}, won the contract in {town}.",
                };
                int wrong = r.Next(2) == 0 && (age % 10) * 10 + age / 10 is int swapped && Math.Abs(swapped - age) >= 3 ? swapped : age + 10 + r.Next(20);
                string later = r.Next(4) switch
                {
                    0 => $"{surname}, {{0}}, said the work had only just begun.",
                    1 => $"The {{0}}-year-old {surname} said she had no plans to stop.",
                    2 => $"{surname}, now aged {{0}}, said the support had been overwhelming.",
                    _ => $"\"It has been a long road,\" said {surname}, {{0}}.",
                };
                string B(string v) => string.Format(inv, later, v);
                return (frontMatter + Article(r, NewsFiller, birth, B(P(wrong.ToString(inv)))),
                    frontMatter + Article(r, NewsFiller, birth, B(P(age.ToString(inv)))));
            }

            // The age first, the planted birth year later.
            string intro = r.Next(3) switch
            {
                0 => $"{firstName} {surname}, {age}, opened a bakery in {town} last spring.",
                1 => $"The {age}-year-old {firstName} {surname} has run the shop in {town} for years.",
                _ => $"{firstName} {surname}, aged {age}, was named chair of the {town} trust.",
            };
            int wrongBorn = born - 10 - r.Next(20);
            string end = r.Next(3) switch
            {
                0 => $"{surname}, who was born in {{0}}, said the work had only just begun.",
                1 => $"{surname} was born in {{0}}, her family said.",
                _ => $"{surname} (b. {{0}}) said the support had been overwhelming.",
            };
            string E(string v) => string.Format(inv, end, v);
            return (frontMatter + Article(r, NewsFiller, intro, E(P(wrongBorn.ToString(inv)))),
                frontMatter + Article(r, NewsFiller, intro, E(P(born.ToString(inv)))));
        }

        private static (string, string) ConversionRestated(Random r)
        {
            var company = Pick(r, Companies);
            var pair = Pick(r, new (string From, string To, double Rate)[]
            {
                ("€", "$", 1.087), ("£", "$", 1.27), ("€", "£", 0.86), ("$", "£", 0.79),
            });
            double amount = Pick(r, new double[] { 15e6, 4.5e6, 120e6, 2.2e9, 800_000 });
            double converted = amount * pair.Rate;
            double wrongRate = pair.Rate * (r.Next(2) == 0 ? 1.3 : 0.75);
            int style = r.Next(2);
            string M(string cur, double v) => cur + Format(v, style);
            string first = r.Next(3) switch
            {
                0 => $"{company} agreed to pay {M(pair.From, amount)} ({M(pair.To, converted)}) to settle the claim.",
                1 => $"The fine of {M(pair.From, amount)} ({M(pair.To, converted)}) was the largest of its kind.",
                _ => $"{company} was valued at {M(pair.From, amount)} ({M(pair.To, converted)}) in the deal.",
            };
            Func<string, string> later = r.Next(3) switch
            {
                0 => v => $"The {M(pair.From, amount)} payment, roughly {v}, will be made next year.",
                1 => v => $"Lawyers said the {M(pair.From, amount)} ({v}) figure was fair.",
                _ => v => $"At {M(pair.From, amount)}, or about {v}, the sum dwarfs earlier cases.",
            };
            return (Article(r, BusinessFiller, first, later(P(M(pair.To, amount * wrongRate)))),
                Article(r, BusinessFiller, first, later(P(M(pair.To, converted)))));
        }

        private static (string, string) SharesAbove100(Random r)
        {
            var town = Pick(r, Towns);
            int a = 30 + r.Next(30), b = 10 + r.Next(100 - a - 15);
            int c = 100 - a - b - r.Next(4);
            int wrongC = c + 12 + r.Next(15);
            string shape = r.Next(5) switch
            {
                0 => $"In the {town} referendum, {a}% voted yes, {b}% no and {{0}}% abstained.",
                1 => $"Of those surveyed in {town}, {a}% backed the plan, {b}% opposed it and {{0}}% were undecided.",
                2 => $"The poll found {a}% support for the bypass, {b}% against and {{0}}% with no view.",
                3 => $"Among residents of {town}, {a}% said they felt safe, {b}% said they did not and {{0}}% did not know.",
                _ => $"The vote split {a}% for the merger, {b}% against it and {{0}}% abstaining.",
            };
            string S(string v) => string.Format(CultureInfo.InvariantCulture, shape, v);
            return (Article(r, NewsFiller, $"Residents of {town} have given their verdict on the plan.", S(P(wrongC.ToString(CultureInfo.InvariantCulture)))),
                Article(r, NewsFiller, $"Residents of {town} have given their verdict on the plan.", S(P(c.ToString(CultureInfo.InvariantCulture)))));
        }

        private static (string, string) EventDatedTwice(Random r)
        {
            var company = Pick(r, Companies);
            var person = Pick(r, FirstNames) + " " + Pick(r, Surnames);
            var surname = person.Substring(person.IndexOf(' ') + 1);
            int day = 1 + r.Next(17);
            int wrongDay = day + 10;
            var month = Pick(r, Months);
            bool dayFirst = r.Next(2) == 0;
            string D(int d) => dayFirst ? d.ToString(CultureInfo.InvariantCulture) + " " + month : month + " " + d.ToString(CultureInfo.InvariantCulture);
            var shape = r.Next(5);
            string first;
            Func<string, string> later;
            switch (shape)
            {
                case 0:
                    first = $"{company} launched the service on {D(day)} after two years of work.";
                    later = v => $"Since its launch on {v}, the {company} service has drawn steady interest.";
                    break;
                case 1:
                    first = $"{person} was charged on {D(day)} with fraud.";
                    later = v => $"{surname} was indicted on {v}, court records show.";
                    break;
                case 2:
                    first = $"{person} was arrested on {D(day)} at an address in the city.";
                    later = v => $"After the arrest of {surname} on {v}, officers searched the premises.";
                    break;
                case 3:
                    first = $"{company} opened the new plant on {D(day)}, creating jobs.";
                    later = v => $"The opening of the {company} plant on {v} drew a small crowd.";
                    break;
                default:
                    first = $"{person} resigned on {D(day)} after a review.";
                    later = v => $"The resignation of {surname} on {v} surprised colleagues.";
                    break;
            }

            return (Article(r, NewsFiller, first, later(P(D(wrongDay)))), Article(r, NewsFiller, first, later(P(D(day)))));
        }

        private static (string, string) ImplausibleCount(Random r)
        {
            var company = Pick(r, Companies);
            var noun = Pick(r, new[] { "weekly listeners", "members", "subscribers", "monthly active users", "registered voters", "viewers", "readers", "fans" });
            double value = Pick(r, new double[] { 20, 11, 35, 9.5, 14 });
            string scaleWord = r.Next(2) == 0 ? " billion" : "bn";
            string clean = r.Next(2) == 0 ? " million" : "m";
            var shape = r.Next(3);
            string S(string v) => shape switch
            {
                0 => $"{company} says it now has {v} {noun}.",
                1 => $"With {v} {noun}, {company} is the market leader.",
                _ => $"{company} reached {v} {noun} this year, it said.",
            };
            string v0 = Trim(value);
            return (Article(r, BusinessFiller, S(P(v0 + scaleWord))), Article(r, BusinessFiller, S(P(v0 + clean))));
        }

        private static (string, string) ShareAbove100(Random r)
        {
            var company = Pick(r, Companies);
            int value = 60 + r.Next(35);
            int wrong = value + 40 + r.Next(40);
            var shape = r.Next(3);
            string S(string v) => shape switch
            {
                0 => $"The measure was backed by {v} of voters in the ballot.",
                1 => $"{company} bought a {v} stake in the start-up.",
                _ => $"Turnout reached {v} of the electorate, officials said.",
            };
            var pc = r.Next(2) == 0;
            string Q(int v) => v.ToString(CultureInfo.InvariantCulture) + (pc ? "%" : " per cent");
            return (Article(r, NewsFiller, S(P(Q(wrong)))), Article(r, NewsFiller, S(P(Q(value)))));
        }

        private static (string, string) DateThatDoesNotExist(Random r)
        {
            var person = Pick(r, FirstNames) + " " + Pick(r, Surnames);
            var bad = Pick(r, new (string Bad, string Good)[]
            {
                ("February 30", "February 20"), ("30 February", "20 February"), ("April 31", "April 30"), ("31 June", "30 June"),
                ("September 31", "September 30"), ("29 February 2023", "28 February 2023"), ("November 31", "November 3"),
            });
            var shape = r.Next(3);
            string S(string v) => shape switch
            {
                0 => $"The hearing involving {person} is set for {v}.",
                1 => $"{person} will step down on {v}, the board said.",
                _ => $"Tickets go on sale on {v}, organisers said.",
            };
            return (Article(r, NewsFiller, S(P(bad.Bad))), Article(r, NewsFiller, S(P(bad.Good))));
        }

        private static (string, string) WrongWeekday(Random r)
        {
            int year = 2019 + r.Next(7);
            int month = 1 + r.Next(12);
            int day = 1 + r.Next(28);
            var date = new DateTime(year, month, day);
            var right = date.DayOfWeek;
            var wrong = (DayOfWeek)(((int)right + 1 + r.Next(5)) % 7);
            var person = Pick(r, FirstNames) + " " + Pick(r, Surnames);
            bool us = r.Next(2) == 0;
            string D(DayOfWeek wd) => us
                ? $"{wd}, {Months[month - 1]} {day}, {year}"
                : $"{wd} {day} {Months[month - 1]} {year}";
            var shape = r.Next(3);
            string S(string v) => shape switch
            {
                0 => $"{person} will appear in court on {v}.",
                1 => $"The festival opens on {v}, organisers said.",
                _ => $"On {v}, {person} announced the decision.",
            };
            return (Article(r, NewsFiller, S(P(D(wrong)))), Article(r, NewsFiller, S(P(D(right)))));
        }

        private static (string, string) UnitConversion(Random r)
        {
            var town = Pick(r, Towns);
            var shape = r.Next(4);
            double a;
            string Unit1, Unit2;
            double factor;
            switch (shape)
            {
                case 0: a = Pick(r, new double[] { 10, 42, 160, 5 }); Unit1 = "km"; Unit2 = " miles"; factor = 0.621371; break;
                case 1: a = Pick(r, new double[] { 20, 150, 3, 75 }); Unit1 = "kg"; Unit2 = "lb"; factor = 2.20462; break;
                case 2: a = Pick(r, new double[] { 100, 26, 8 }); Unit1 = " miles"; Unit2 = "km"; factor = 1.609344; break;
                default: a = Pick(r, new double[] { 30, 12, 38, 5 }); Unit1 = "C"; Unit2 = "F"; factor = double.NaN; break;
            }

            double right = double.IsNaN(factor) ? a * 9 / 5 + 32 : a * factor;
            double wrong = double.IsNaN(factor) ? right + 14 + r.Next(10) : right * (r.Next(2) == 0 ? 1.6 : 0.6);
            string V(double v) => Math.Round(v, v < 20 ? 1 : 0).ToString("#,0.#", CultureInfo.InvariantCulture);
            string S(string v) => shape switch
            {
                0 => $"The new trail near {town} runs {V(a)}{Unit1} ({v}{Unit2}) through the hills.",
                1 => $"The parcel, which weighed {V(a)}{Unit1} ({v}{Unit2}), was seized at {town}.",
                2 => $"Runners will cover {V(a)}{Unit1} ({v}{Unit2}) on the {town} route.",
                _ => $"Temperatures in {town} reached {V(a)}{Unit1} ({v}{Unit2}) on Sunday.",
            };
            return (Article(r, NewsFiller, S(P(V(wrong)))), Article(r, NewsFiller, S(P(V(right)))));
        }

        private static (string, string) TemperatureDifference(Random r)
        {
            var town = Pick(r, Towns);
            double delta = Pick(r, new double[] { 2, 1.2, 3, 0.8, 1.5, 4 });
            double right = delta * 1.8;
            // The usual slip: the change converted as a reading, with the 32-degree offset.
            double wrong = r.Next(3) == 0 ? right * 1.5 : delta * 1.8 + 32;
            string V(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);
            var shape = r.Next(4);
            string S(string v) => shape switch
            {
                0 => $"Average temperatures in {town} rose by {V(delta)}C ({v}F) over the century.",
                1 => $"The sea off {town} has warmed by {V(delta)}C ({v}F) since records began.",
                2 => $"Night-time lows fell by {V(delta)} degrees Celsius ({v} degrees Fahrenheit) after the storm.",
                _ => $"The lake was {V(delta)}C ({v}F) warmer than the long-term average.",
            };
            return (Article(r, NewsFiller, S(P(V(wrong)))), Article(r, NewsFiller, S(P(V(right)))));
        }

        private static (string, string) AgeAboveLifespan(Random r)
        {
            var town = Pick(r, Towns);
            var surname = Pick(r, Surnames);
            int age = 40 + r.Next(60);
            int wrong = 130 + r.Next(60);
            var shape = r.Next(3);
            string S(string v) => shape switch
            {
                0 => $"A {v}-year-old man from {town} has been honoured for his charity work.",
                1 => $"{surname}, aged {v}, still walks to the {town} market every day.",
                _ => $"The {v}-year-old woman was rescued from the flooded house in {town}.",
            };
            return (Article(r, NewsFiller, S(P(wrong.ToString(CultureInfo.InvariantCulture)))),
                Article(r, NewsFiller, S(P(age.ToString(CultureInfo.InvariantCulture)))));
        }
    }
}

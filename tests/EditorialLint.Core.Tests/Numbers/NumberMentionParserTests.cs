using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Numbers;

namespace EditorialLint.Core.Tests.Numbers
{
    /// <summary>
    /// Table-driven tests of the number parser: each row marks one mention in a sentence and states what the parser
    /// must make of it (only the keys given are checked; see <see cref="MentionExpectation"/>).
    /// </summary>
    public class NumberMentionParserTests
    {
        public static TheoryData<string, string> Digits => new TheoryData<string, string>
        {
            { "The firm lost [|464,000|] subscribers.", "kind=Count value=464000 form=Digits subject=subscriber" },
            { "It sold [|500,000|] copies.", "value=500000 res=5000" },
            { "Shares rose to [|1.13|] yesterday.", "value=1.13 res=0.005" },
            { "The rate is [|15.5|] now.", "value=15.5" },
            { "There were [|7|] of them.", "value=7 form=Digits res=0.5" },
            { "A total of [|1,234,567|] votes were cast.", "value=1234567 res=0.5" },
            { "The index closed at [|0.0001|] points.", "value=0.0001" },
            { "They counted [|12|] boats.", "value=12 subject=boat" },
            { "[|About 3,000|] jobs went.", "value=3000 hedge=Approximately low=2550 high=3450" },
            { "It holds [|999,999,999,999,999,999,999|] bytes.", "value=999999999999999999999" },
            { "It weighs [|0.000000001|] grams? No: [|0.000000001|]", "value=0.000000001" },
            { "Turnover hit [|42.09|] in the end.", "value=42.09 res=0.005" },
            { "He scored [|100|] runs.", "value=100 res=5 subject=run" },
            { "The deal covers [|2,000|] homes.", "value=2000 res=50 subject=home" },
            { "The count was [|10|].", "value=10 res=0.5" },
        };

        public static TheoryData<string, string> Scales => new TheoryData<string, string>
        {
            { "It has [|950 million|] users.", "kind=Count value=950000000 form=Mixed res=5000000 subject=user" },
            { "It has [|9.5 billion|] users.", "value=9500000000 res=50000000" },
            { "It raised [|9.5bn|] last year.", "value=9500000000 form=Digits" },
            { "It has [|950M|] users.", "value=950000000" },
            { "It has [|950m|] users.", "value=950000000" },
            { "It has [|3 mln|] users.", "value=3000000 form=Mixed" },
            { "It has [|3mln|] users.", "value=3000000" },
            { "It has [|3mn|] users.", "value=3000000" },
            { "It has [|2.5 trillion|] cells.", "value=2500000000000" },
            { "It has [|2tn|] cells.", "value=2000000000000" },
            { "It has [|30k|] followers.", "value=30000" },
            { "It has [|4 thousand|] followers.", "value=4000" },
            { "They earned [|1.5 million euros|].", "kind=Money value=1500000 unit=EUR" },
            { "It has [|5 billion|] stars.", "value=5000000000 res=500000000" },
            { "It has [|12 hundred|] staff.", "value=1200" },
            { "The debt is [|900,000,000,000,000 trillion pounds|].", "value=9E26" },
            { "It cost [|5b dollars|].", "value=5000000000 unit=USD" },
        };

        public static TheoryData<string, string> Words => new TheoryData<string, string>
        {
            { "She has [|four|] children.", "kind=Count value=4 form=Words subject=child" },
            { "He won [|twelve|] medals.", "value=12 form=Words" },
            { "There are [|twenty-one|] guns.", "value=21" },
            { "There are [|twenty one|] guns.", "value=21" },
            { "It has [|nine hundred fifty million|] users.", "value=950000000 form=Words res=5000000" },
            { "It has [|nine hundred and fifty million|] users.", "value=950000000" },
            { "It has [|one hundred and twenty|] rooms.", "value=120" },
            { "It has [|a hundred|] rooms.", "value=100" },
            { "It has [|a million|] fans.", "value=1000000" },
            { "It has [|half a million|] fans.", "value=500000" },
            { "It has [|A Million|] fans.", "value=1000000" },
            { "It has [|Half a billion|] fans.", "value=500000000" },
            { "There are [|TWENTY-ONE|] guns.", "value=21" },
            { "It paid [|an estimated £5m|] for it.", "kind=Money hedge=Approximately value=5000000" },
            { "It took [|two and a half hours|] to end.", "value=2.5 kind=Duration" },
            { "It has [|one and a half million|] fans.", "value=1500000" },
            { "It has [|a dozen|] rooms.", "value=12" },
            { "It has [|two dozen|] rooms.", "value=24" },
            { "It has [|three thousand five hundred|] staff.", "value=3500" },
            { "It has [|two million three hundred thousand|] viewers.", "value=2300000" },
            { "It has [|seven billion|] people.", "value=7000000000" },
            { "It has [|ninety-nine|] problems.", "value=99" },
            { "It has [|forty thousand|] seats.", "value=40000" },
            { "It has [|nine hundred billion|] grains.", "value=900000000000" },
            { "It has [|three trillion|] cells.", "value=3000000000000" },
            { "It has [|zero|] debt.", "value=0" },
            { "[|Eighteen|] firms pulled out.", "value=18 form=Words" },
            { "She saw [|eleven|] ships.", "value=11" },
            { "They ran [|five miles|].", "kind=Measure unit=mi value=5" },
        };

        public static TheoryData<string, string> Vague => new TheoryData<string, string>
        {
            { "We remove [|tens of millions of|] posts.", "hedge=Vague low=10000000 high=100000000 subject=post" },
            { "We remove [|millions of|] posts.", "hedge=Vague low=1000000 high=10000000" },
            { "They lost [|hundreds of|] jobs.", "hedge=Vague low=100 high=1000 subject=job" },
            { "They lost [|thousands of|] jobs.", "hedge=Vague low=1000 high=10000" },
            { "They lost [|hundreds of thousands of|] jobs.", "hedge=Vague low=100000 high=1000000" },
            { "They lost [|dozens of|] jobs.", "hedge=Vague low=24 high=108" },
            { "They lost [|billions of dollars|].", "hedge=Vague low=1000000000" },
            { "They spent [|tens of thousands of pounds|].", "low=10000 high=100000" },
        };

        public static TheoryData<string, string> Ordinals => new TheoryData<string, string>
        {
            { "He is the [|121st|] richest person.", "kind=Ordinal value=121 form=Digits" },
            { "It is the [|twenty-first|] edition.", "kind=Ordinal value=21 form=Words" },
            { "It was his [|fourth|] title.", "kind=Ordinal value=4" },
            { "She came [|2nd|] again.", "kind=Ordinal value=2" },
            { "She came [|3rd|] again.", "kind=Ordinal value=3" },
            { "It is the [|hundredth|] show.", "kind=Ordinal value=100" },
            { "It is the [|twelfth|] show.", "kind=Ordinal value=12" },
            { "They finished [|1st|] overall.", "kind=Ordinal value=1" },
            { "It was the [|ninety-ninth|] day.", "kind=Ordinal value=99" },
        };

        public static TheoryData<string, string> Percentages => new TheoryData<string, string>
        {
            { "Profits jumped [|76%|] to $1bn.", "kind=Percent value=76 unit=% role=Change" },
            { "Turnout was [|76 percent|] this time.", "kind=Percent value=76 unit=%" },
            { "Turnout was [|76 per cent|] this time.", "kind=Percent value=76" },
            { "Turnout was [|seventy-six per cent|] this time.", "kind=Percent value=76 form=Words" },
            { "Rates rose by [|0.25 percentage points|] today.", "kind=Percent unit=pp role=Change" },
            { "It owns [|8%|] of Google.", "kind=Percent value=8 role=Level" },
            { "It won [|52.3%|] of the vote.", "value=52.3 subject=vote" },
            { "Sales fell [|5pc|] in May.", "kind=Percent value=5" },
            { "Costs fell by [|12%|] this year.", "role=Change" },
            { "It was a [|5%|] rise.", "role=Change" },
            { "Unemployment is at [|5.2%|] now.", "value=5.2 role=Level" },
            { "It rose to [|110%|] of forecast.", "value=110" },
        };

        public static TheoryData<string, string> Ranges => new TheoryData<string, string>
        {
            { "It takes [|5-10 years|].", "range=true low=5 high=10 kind=Duration unit=year" },
            { "It costs [|$5-10m|] to make.", "range=true low=5000000 high=10000000 unit=USD" },
            { "It took [|between five and ten days|].", "range=true low=5 high=10 kind=Duration" },
            { "It took [|three or four days|].", "range=true low=3 high=4 kind=Duration" },
            { "They want [|20–30%|] more.", "range=true low=20 high=30 kind=Percent" },
            { "It took [|between 2 and 4 hours|].", "range=true low=2 high=4" },
            { "They hope for [|between £5m and £7m|] this year.", "range=true low=5000000 high=7000000 unit=GBP" },
            { "The 2004-05 season? The [|2004-05|] season.", "kind=Year range=true" },
            { "They won a [|2-1|] victory.", "kind=Score" },
            { "It was [|3-0|] at half time.", "kind=Score" },
        };

        public static TheoryData<string, string> Money => new TheoryData<string, string>
        {
            { "They were fined [|€500|] each.", "kind=Money value=500 unit=EUR" },
            { "They paid [|$600m|] for it.", "kind=Money value=600000000 unit=USD form=Digits" },
            { "They paid [|£5.7bn|] for it.", "kind=Money value=5700000000 unit=GBP" },
            { "A fine of [|500,000 euros|] was set.", "kind=Money value=500000 unit=EUR subject=fine source=NounPhraseBefore" },
            { "He paid bail of [|5 million euros|] in cash.", "value=5000000 unit=EUR subject=bail form=Mixed" },
            { "It cost [|20 dollars|] only.", "unit=USD value=20" },
            { "It cost [|20 pounds|] only.", "unit=GBP" },
            { "It cost [|USD 5m|] in all.", "unit=USD value=5000000" },
            { "It cost [|5m EUR|] in all.", "unit=EUR value=5000000" },
            { "It cost [|US$5m|] in all.", "unit=USD value=5000000" },
            { "It cost [|A$20|] in all.", "unit=AUD value=20" },
            { "It cost [|HK$20|] in all.", "unit=HKD" },
            { "It cost [|¥300bn|] in all.", "unit=JPY value=300000000000" },
            { "It cost [|684bn yen|] in all.", "unit=JPY value=684000000000" },
            { "It cost [|50p|] each.", "unit=GBP value=0.5" },
            { "It cost [|50 pence|] each.", "unit=GBP value=0.5" },
            { "It is worth [|25bn rupees|] now.", "unit=rupee" },
            { "He has a net worth of [|around $15.5 billion|] today.", "kind=Money hedge=Approximately value=15500000000 subject=net_worth unit=USD" },
            { "The firm made a profit of [|$3.36bn|] last year.", "subject=profit source=NounPhraseBefore" },
            { "They agreed a [|$300m|] settlement yesterday.", "subject=settlement source=NounAfter" },
            { "It cost [|₹500|] in all.", "unit=INR" },
            { "It cost [|5,000 yuan|] in all.", "unit=CNY" },
            { "It cost [|40 Swiss francs|]? No, [|40 francs|].", "unit=franc" },
        };

        public static TheoryData<string, string> Conversions => new TheoryData<string, string>
        {
            { "A fine of 500,000 euros ([|$555,833|]) applies.", "kind=Money unit=USD conv=true value=555833" },
            { "A fine of [|500,000 euros|] ($555,833) applies.", "conv=false unit=EUR" },
            { "It paid £5.7bn ([|$10.7bn|]; 8.2bn euros) for it.", "unit=USD conv=true" },
            { "It paid £5.7bn ($10.7bn; [|8.2bn euros|]) for it.", "unit=EUR conv=true" },
            { "Profits hit $1.13bn ([|£600m|]) in the quarter.", "unit=GBP conv=true value=600000000" },
            { "The route is 10km ([|6.2 miles|]) long.", "kind=Measure unit=mi conv=true value=6.2" },
            { "The route is [|10km|] (6.2 miles) long.", "kind=Measure unit=km value=10" },
            { "It weighs 2kg ([|4.4 pounds|]) only.", "kind=Measure unit=lb conv=true" },
            { "It was 30C ([|86F|]) in the shade.", "kind=Measure unit=F conv=true value=86" },
            { "It sells for $99 ([|£69|] in the UK).", "conv=false" },
            { "It cost $5m ([|about £3m|]) to build.", "conv=true hedge=Approximately" },
        };

        public static TheoryData<string, string> DurationsAndAges => new TheoryData<string, string>
        {
            { "He was held for [|4 days|] in Paris.", "kind=Duration value=4 unit=day form=Digits" },
            { "He was held for [|four days|] in Paris.", "kind=Duration value=4 unit=day form=Words" },
            { "It lasted [|two weeks|] in all.", "kind=Duration unit=week value=2" },
            { "He faces [|ten years|] in prison.", "kind=Duration unit=year value=10" },
            { "It was a [|four-day|] visit.", "kind=Duration unit=day value=4 form=Words" },
            { "It was a [|24-hour|] strike.", "kind=Duration unit=hour value=24" },
            { "The [|39-year-old|] Russian-born billionaire spoke.", "kind=Age value=39 unit=year" },
            { "The [|ten-year-old|] boy spoke.", "kind=Age value=10" },
            { "The [|twenty-one-year-old|] striker scored.", "kind=Age value=21" },
            { "He died aged [|92|] at home.", "kind=Age value=92" },
            { "He is [|39 years old|] now.", "kind=Age value=39" },
            { "He retired at the age of [|65|] last year.", "kind=Age value=65" },
            { "It took [|nearly two weeks|] to end.", "kind=Duration hedge=AtMost low=1.34 high=2" },
            { "It took [|30 minutes|] in all.", "kind=Duration unit=minute" },
            { "He served [|three months|] in jail.", "kind=Duration unit=month" },
            { "It lasted [|a decade|]? No: [|two decades|].", "kind=Duration unit=decade value=2" },
            { "It lasted [|90 seconds|] at most.", "kind=Duration unit=second" },
            { "It lasted [|a fortnight|]? [|One fortnight|].", "kind=Duration unit=fortnight value=1" },
        };

        public static TheoryData<string, string> Measures => new TheoryData<string, string>
        {
            { "They walked [|10km|] in all.", "kind=Measure unit=km value=10 form=Digits" },
            { "They walked [|10 km|] in all.", "kind=Measure unit=km" },
            { "They walked [|6 miles|] in all.", "kind=Measure unit=mi" },
            { "It weighs [|5kg|] in all.", "kind=Measure unit=kg" },
            { "It weighs [|11lb|] in all.", "kind=Measure unit=lb" },
            { "It was [|30C|] outside.", "kind=Measure unit=C value=30" },
            { "It was [|30 degrees Celsius|] outside.", "kind=Measure unit=C" },
            { "It was [|86 degrees Fahrenheit|] outside.", "kind=Measure unit=F" },
            { "It was [|30°C|] outside.", "kind=Measure unit=C" },
            { "He won the [|100m|] sprint.", "kind=Measure unit=m value=100" },
            { "It flew at [|500mph|] today.", "kind=Measure unit=mph" },
            { "It holds [|20 litres|] of water.", "kind=Measure unit=l" },
            { "It covers [|200 hectares|] of land.", "kind=Measure unit=ha" },
        };

        public static TheoryData<string, string> Dates => new TheoryData<string, string>
        {
            { "He was arrested on [|August 24|] in Paris.", "kind=Date date=---08-24" },
            { "He was arrested on [|Aug. 24|] in Paris.", "kind=Date date=---08-24" },
            { "He was arrested on [|Aug 24|] in Paris.", "kind=Date date=---08-24" },
            { "He was arrested on [|24 August 2024|] in Paris.", "kind=Date date=2024-08-24" },
            { "On [|August 25th|], he was detained.", "kind=Date date=---08-25" },
            { "It happened on [|Saturday, March 2, 2024|] at noon.", "kind=Date date=2024-03-02 weekday=Saturday" },
            { "It happened on [|Monday 3 January 2005|] at noon.", "kind=Date date=2005-01-03 weekday=Monday" },
            { "It happened on [|March 2, 2024|] at noon.", "kind=Date date=2024-03-02 weekday=none" },
            { "It happened in [|August 2024|] at last.", "kind=Date date=2024-08--" },
            { "It happened on [|the 24th of August|]? No: on the [|24th of August|].", "kind=Date date=---08-24" },
            { "It is due on [|February 30|] next year.", "kind=Date date=---02-30 exists=false" },
            { "It was on [|February 29, 2023|] they met.", "kind=Date exists=false" },
            { "It was on [|February 29, 2024|] they met.", "kind=Date exists=true" },
            { "It is due on [|April 31|] next year.", "exists=false" },
            { "It is due on [|Sept. 5|] next year.", "date=---09-05" },
            { "It was on [|5 May|] that it began.", "date=---05-05" },
            { "It was on [|May 5|] that it began.", "date=---05-05" },
            { "It was on [|December 31, 1999|] that it ended.", "date=1999-12-31" },
            { "We met on [|Thursday|] again.", "kind=Weekday weekday=Thursday" },
            { "He founded it in [|2013|] with his brother.", "kind=Year date=2013----" },
            { "Since [|1998|] the rules have changed.", "kind=Year" },
            { "Music of the [|1990s|] is back.", "kind=Year range=true" },
            { "The [|2004|] results were restated.", "kind=Year" },
            { "Exports rose on [|Oct. 3, 2004|] too.", "date=2004-10-03" },
        };

        public static TheoryData<string, string> Hedges => new TheoryData<string, string>
        {
            { "It has [|around 950 million|] users.", "hedge=Approximately low=807500000 high=1092500000" },
            { "It has [|about 950 million|] users.", "hedge=Approximately" },
            { "It has [|roughly 950 million|] users.", "hedge=Approximately" },
            { "It has [|some 950 million|] users.", "hedge=Approximately" },
            { "It has [|nearly 950 million|] users.", "hedge=AtMost high=950000000" },
            { "It has [|almost 950 million|] users.", "hedge=AtMost" },
            { "It has [|more than 950 million|] users.", "hedge=AtLeast low=950000000" },
            { "It has [|at least 950 million|] users.", "hedge=AtLeast" },
            { "It has [|over 950 million|] users.", "hedge=AtLeast" },
            { "It has [|up to 950 million|] users.", "hedge=AtMost" },
            { "It has [|less than 5%|] of it.", "hedge=AtMost kind=Percent" },
            { "It has [|fewer than 50|] staff.", "hedge=AtMost" },
            { "It has [|approximately 50|] staff.", "hedge=Approximately" },
            { "It has [|an estimated 50|] staff.", "hedge=Approximately" },
            { "It has [|just over 50|] staff.", "hedge=AtLeast" },
            { "It has [|in excess of 50|] staff.", "hedge=AtLeast" },
            { "It has [|close to 50|] staff.", "hedge=AtMost" },
            { "It has [|as many as 50|] staff.", "hedge=AtMost" },
            { "It has [|upwards of 50|] staff.", "hedge=AtLeast" },
            { "It has [|under 50|] staff.", "hedge=AtMost" },
        };

        public static TheoryData<string, string> Subjects => new TheoryData<string, string>
        {
            { "The platform's growing user base, which now reaches [|950 million|], grew.", "subject=user source=NounPhraseBefore role=Level" },
            { "The increase in Telegram's user base to [|950 million|] caused issues.", "subject=user owner=telegram" },
            { "The abrupt increase in user count to [|950M|] caused pains.", "subject=user" },
            { "The company's rapid user growth, now at [|950 million|], helped.", "subject=user" },
            { "The number of Telegram users has surged to [|9.5 billion|] in all.", "subject=user owner=telegram source=NounPhraseBefore" },
            { "The growth to [|950 million|] users has led to problems.", "subject=user source=NounAfter" },
            { "Telegram has [|950 million|] users.", "subject=user owner=telegram" },
            { "Telegram, which now has [|950 million|] users, grew.", "owner=telegram" },
            { "It has [|950 million Telegram|] users? [|950 million|] Telegram users.", "subject=user owner=telegram" },
            { "Telegram's [|950 million|] users rejoiced.", "owner=telegram subject=user" },
            { "The firm employs [|5,000|] staff.", "subject=employee" },
            { "The firm has [|5,000|] employees.", "subject=employee" },
            { "The firm's workforce stands at [|5,000|] now.", "subject=employee" },
            { "It has a market value of [|$5bn|] now.", "subject=market_value" },
            { "The death toll rose to [|150|] on Sunday.", "subject=death" },
            { "Profits rose [|27%|] to $284m.", "role=Change" },
            { "Profits rose 27% to [|$284m|] in all.", "role=Level subject=profit" },
            { "Revenue was up from [|$10.9bn|] in 2003.", "role=Previous" },
            { "It compares with [|$639m|] a year earlier.", "role=Previous" },
            { "He gave [|500|] more to them.", "role=Change" },
            { "They hired [|300|] active users.", "subject=user" },
            { "The firm's quarterly revenue reached [|$5bn|] then.", "subject=revenue q=quarterly" },
            { "In France, staff numbers reached [|5,000|] this year.", "subject=employee q=france" },
            { "Revenues in 2004 reached [|$5bn|] at last.", "q=year:2004" },
            { "Annual sales hit [|$3bn|] in the end.", "subject=sales q=annual" },
            { "The deal was worth [|£5m|] in total.", "subject=deal" },
            { "It had [|4|] of the players.", "subject=none" },
        };

        public static TheoryData<string, string> Layout => new TheoryData<string, string>
        {
            { "Users:\r\nIt has [|950 million|] users.\r\nEnd.", "value=950000000 subject=user" },
            { "Line one.\r\n\r\nIt was [|August 24|]\r\nthen.", "date=---08-24" },
            { "It has [|950\r\nmillion|] users.", "value=950000000" },
            { "It has [|9.5 billion|]\tusers.", "value=9500000000" },
        };

        public static TheoryData<string, string> MarkdownCases => new TheoryData<string, string>
        {
            { "It has **[|950** million|] users.\n", "value=950000000 subject=user" },
            { "It has [|950 *million|]* users.\n", "value=950000000" },
            { "It has _[|nine hundred_ fifty million|] users.\n", "value=950000000 form=Words" },
            { "# Users\n\nIt has [|9.5 billion|] users.\n", "value=9500000000" },
            { "- It has [|4 days|] left.\n", "kind=Duration" },
            { "It has [|~~950~~ 960 million|]? No: ~~950~~ [|960 million|] users.\n", "value=960000000" },
            { "> It has [|950 million|] users.\n", "value=950000000" },
            { "| a | b |\n|---|---|\n| It has [|950 million|] users | x |\n", "value=950000000" },
        };

        // DigitParser: digits, separators, decimals, suffixes, scale words and ordinals.
        [Theory]
        [MemberData(nameof(Digits))]
        [MemberData(nameof(Scales))]
        [MemberData(nameof(Ordinals))]
        public void DigitsScalesAndOrdinals_AreReadByDigitParserAsSpecified(string marked, string spec) =>
            MentionExpectation.Check(LastMarked(marked), spec);

        // NumberWordParser: numbers in words and vague amounts.
        [Theory]
        [MemberData(nameof(Words))]
        [MemberData(nameof(Vague))]
        public void NumberWordsAndVagueAmounts_AreReadByNumberWordParserAsSpecified(string marked, string spec) =>
            MentionExpectation.Check(LastMarked(marked), spec);

        // UnitParser: percentages, durations, ages and measures after a figure.
        [Theory]
        [MemberData(nameof(Percentages))]
        [MemberData(nameof(DurationsAndAges))]
        [MemberData(nameof(Measures))]
        public void UnitsAfterAFigure_AreReadByUnitParserAsSpecified(string marked, string spec) =>
            MentionExpectation.Check(LastMarked(marked), spec);

        // QuantityParser: ranges, currencies in front and how a figure sits in the text.
        [Theory]
        [MemberData(nameof(Ranges))]
        [MemberData(nameof(Money))]
        [MemberData(nameof(Layout))]
        public void RangesMoneyAndLayout_AreAssembledByQuantityParserAsSpecified(string marked, string spec) =>
            MentionExpectation.Check(LastMarked(marked), spec);

        // ConversionParser: figures in brackets or restated that convert the one before.
        [Theory]
        [MemberData(nameof(Conversions))]
        public void Conversions_AreLinkedByConversionParserAsSpecified(string marked, string spec) =>
            MentionExpectation.Check(LastMarked(marked), spec);

        // DateParser: dates, years and weekdays.
        [Theory]
        [MemberData(nameof(Dates))]
        public void Dates_AreReadByDateParserAsSpecified(string marked, string spec) =>
            MentionExpectation.Check(LastMarked(marked), spec);

        // HedgeParser: hedges and the ranges they make.
        [Theory]
        [MemberData(nameof(Hedges))]
        public void Hedges_AreReadByHedgeParserAsSpecified(string marked, string spec) =>
            MentionExpectation.Check(LastMarked(marked), spec);

        // SubjectFinder: what each figure counts.
        [Theory]
        [MemberData(nameof(Subjects))]
        public void Subjects_AreFoundBySubjectFinderAsSpecified(string marked, string spec) =>
            MentionExpectation.Check(LastMarked(marked), spec);

        [Theory]
        [MemberData(nameof(MarkdownCases))]
        public void MarkedFigureInMarkdown_IsParsedAsSpecified(string marked, string spec) =>
            MentionExpectation.Check(LastMarked(marked), spec, "t.md");

        public static TheoryData<string> NotQuantities => new TheoryData<string>
        {
            "The meeting starts at 10:30 today.",
            "Odds of 25/1 were offered.",
            "It was Shrek 2 that won.",
            "He played Burnout 3 all day? He played the game Burnout 3.",
            "It happened at 10am on the dot.",
            "The G7 leaders met.",
            "It was a 3D film.",
            "It was a one-off payment.",
            "Two-thirds of voters agreed.",
            "He may go there.",
            "It was the only way.",
            "A half measure will not do.",
            "Telegram.org is a site.",
            "",
            "   ",
            "Nothing here at all.",
            "4x4 vehicles are popular.",
        };

        [Theory]
        [MemberData(nameof(NotQuantities))]
        public void TextWithoutQuantities_HasNoCountOrMoneyMention(string text)
        {
            var mentions = NumberMentionParser.Parse(text);
            mentions.Where(m => m.Kind == QuantityKind.Count || m.Kind == QuantityKind.Money || m.Kind == QuantityKind.Percent)
                .Should().BeEmpty("'{0}' states no count, amount or share", text);
        }

        [Fact]
        public void NumberedListMarkers_AreNotCounts()
        {
            var mentions = NumberMentionParser.Parse("Reasons:\n\n  1. Telegram has an office.\n\n  2. The French had ways.\n");
            mentions.Should().NotContain(m => m.Kind == QuantityKind.Count);
        }

        [Fact]
        public void Mentions_AreInTextOrder_WithTheirIndex()
        {
            var mentions = NumberMentionParser.Parse("It had 5 staff in 2004 and 9 staff on May 5, and about $3m in cash.");
            mentions.Select(m => m.Index).Should().Equal(Enumerable.Range(0, mentions.Length));
            mentions.Select(m => m.Span.Start).Should().BeInAscendingOrder();
        }

        [Fact]
        public void Mentions_AreSharedThroughTheDocument_AndParsedOnce()
        {
            var document = AnalyzedDocument.FromText("t.txt", "It has 950 million users.");
            NumberMentions.Get(document).Should().BeSameAs(NumberMentions.Get(document));
        }

        [Fact]
        public void SalientNames_AreNamesCapitalisedTwice_MostFrequentFirst()
        {
            var document = AnalyzedDocument.FromText("t.txt",
                "Telegram grew. Users of Telegram rose, said Durov. Then Durov and Telegram met Macron. The end.");
            NumberMentions.Get(document).SalientNames.Should().Equal("telegram", "durov");
        }

        [Fact]
        public void SalientNames_CountAPossessiveAsItsName_AndNeverAMonthAWeekdayOrASentenceWord()
        {
            // "Ofcom's" is Ofcom; March and Monday are capitalised mid-sentence twice but are dates; "The" never names.
            var document = AnalyzedDocument.FromText("t.txt",
                "Ofcom's report came out. It said Ofcom would act in March. On Monday, Ofcom met in March. "
                + "The board met on Monday. The chair spoke.");
            var mentions = NumberMentions.Get(document);

            mentions.SalientNames.Should().Equal("ofcom");
            mentions.IsName("ofcom").Should().BeTrue();
            mentions.IsName("march").Should().BeFalse();
            mentions.IsName("the").Should().BeFalse();
        }

        [Fact]
        public void SalientNames_TakeANameLongerThanTheScratchSpace_AsAnyOther()
        {
            var name = "Llanfair" + new string('x', 70);
            var document = AnalyzedDocument.FromText("t.txt", $"We met {name} today. Then {name} left.");

            NumberMentions.Get(document).SalientNames.Should().Equal(name.ToLowerInvariant());
        }

        [Fact]
        public void SentenceIndex_PointsAtTheSentenceOfTheMention()
        {
            var mentions = NumberMentionParser.Parse("It has 5 staff. It has 9 staff.");
            mentions.Select(m => m.SentenceIndex).Should().Equal(0, 1);
        }

        // A row may mark several spans to show contrasts ("[|950 million Telegram|]? [|950 million|] Telegram users"):
        // only the last marked span is the case under test.
        private static string LastMarked(string marked)
        {
            int last = marked.LastIndexOf("[|", System.StringComparison.Ordinal);
            var before = marked.Substring(0, last).Replace("[|", string.Empty).Replace("|]", string.Empty);
            return before + marked.Substring(last);
        }
    }
}

namespace EditorialLint.Numbers
{
    /// <summary>What a number mention measures.</summary>
    public enum QuantityKind : byte
    {
        /// <summary>A plain count ("950 million users", "four arrests").</summary>
        Count,

        /// <summary>An amount of money; <see cref="NumberMention.Unit"/> is an ISO currency code ("$600m", "500,000 euros").</summary>
        Money,

        /// <summary>A percentage ("76%", "76 per cent"); <see cref="NumberMention.Unit"/> is "%" or "pp" for percentage points.</summary>
        Percent,

        /// <summary>A span of time ("4 days", "two weeks", "a four-day visit"); the unit is the time unit.</summary>
        Duration,

        /// <summary>An age in years ("39-year-old", "aged 39").</summary>
        Age,

        /// <summary>A physical measure with a unit ("10km", "6.2 miles", "30C").</summary>
        Measure,

        /// <summary>A rank ("121st", "twenty-first").</summary>
        Ordinal,

        /// <summary>A calendar date with at least a month and a day or a year ("August 24", "24 August 2024").</summary>
        Date,

        /// <summary>A year on its own ("in 2013") or a decade ("the 1990s").</summary>
        Year,

        /// <summary>A weekday on its own ("on Thursday").</summary>
        Weekday,

        /// <summary>A sports score or vote tally ("a 2-1 win").</summary>
        Score,
    }

    /// <summary>How the number is written.</summary>
    public enum NumberForm : byte
    {
        /// <summary>Digits only, with any suffix ("4", "9.5bn", "$600m").</summary>
        Digits,

        /// <summary>Words only ("four", "nine hundred fifty million").</summary>
        Words,

        /// <summary>Digits and a scale word ("950 million").</summary>
        Mixed,
    }

    /// <summary>The part a figure plays in its sentence; only levels are compared with each other.</summary>
    public enum QuantityRole : byte
    {
        /// <summary>The value of the thing counted ("reaches 950 million", "950 million users").</summary>
        Level,

        /// <summary>A change ("rose by 5%", "jumped 76% to").</summary>
        Change,

        /// <summary>An earlier value ("from $639m", "compared with 300").</summary>
        Previous,
    }

    /// <summary>A word that turns an exact figure into a range.</summary>
    public enum HedgeKind : byte
    {
        /// <summary>No hedge: the figure as written.</summary>
        None,

        /// <summary>"around", "about", "roughly", "some": a little either side.</summary>
        Approximately,

        /// <summary>"more than", "at least", "over": the figure or above.</summary>
        AtLeast,

        /// <summary>"nearly", "almost", "up to", "under": the figure or below.</summary>
        AtMost,

        /// <summary>"tens of", "hundreds of", "dozens of": an order of magnitude, not a figure.</summary>
        Vague,
    }
}

namespace EditorialLint.Numbers
{
    /// <summary>Where the parser found what a figure counts; the noun phrase it measures is the stronger evidence.</summary>
    public enum SubjectSource : byte
    {
        /// <summary>No subject was found.</summary>
        None,

        /// <summary>The noun after the figure ("950 million users"): a set of things, often a subset the context defines.</summary>
        NounAfter,

        /// <summary>The noun phrase the figure measures ("a fine of", "user base … reaches", "the number of users has surged to").</summary>
        NounPhraseBefore,

        /// <summary>The thing a measure describes: "the 8,000-tonne ship", "the pipeline will run for 96 km".</summary>
        MeasuredObject,
    }
}

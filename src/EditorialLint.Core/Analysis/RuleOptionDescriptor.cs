using System;
using System.Collections.Immutable;
using System.Globalization;

namespace EditorialLint.Analysis
{
    /// <summary>
    /// An option a rule reads from configuration (<c>editorial_lint.EL1006.style = ap</c>): its rule, its name and the
    /// values it accepts, so that a typo in a key or a value is reported instead of being ignored.
    /// </summary>
    public sealed class RuleOptionDescriptor
    {
        private RuleOptionDescriptor(string ruleId, string name, string description, ImmutableArray<string> allowedValues, int? minimum, int? maximum)
        {
            RuleId = ruleId;
            Name = name;
            Description = description;
            AllowedValues = allowedValues;
            Minimum = minimum;
            Maximum = maximum;
        }

        /// <summary>The rule ID the option belongs to.</summary>
        public string RuleId { get; }

        /// <summary>The option name, the last part of the key.</summary>
        public string Name { get; }

        /// <summary>What the option does.</summary>
        public string Description { get; }

        /// <summary>The values accepted (compared ignoring case); empty when any value, or a number, is accepted.</summary>
        public ImmutableArray<string> AllowedValues { get; }

        /// <summary>For a whole-number option, the smallest value accepted.</summary>
        public int? Minimum { get; }

        /// <summary>For a whole-number option, the largest value accepted.</summary>
        public int? Maximum { get; }

        /// <summary>An option that takes one of a fixed set of values.</summary>
        public static RuleOptionDescriptor Choice(string ruleId, string name, string description, params string[] values) =>
            new RuleOptionDescriptor(ruleId, name, description, ImmutableArray.Create(values), null, null);

        /// <summary>An option that takes a whole number between <paramref name="minimum"/> and <paramref name="maximum"/>.</summary>
        public static RuleOptionDescriptor Integer(string ruleId, string name, string description, int minimum, int maximum) =>
            new RuleOptionDescriptor(ruleId, name, description, ImmutableArray<string>.Empty, minimum, maximum);

        /// <summary>An option that takes <c>true</c> or <c>false</c>.</summary>
        public static RuleOptionDescriptor Boolean(string ruleId, string name, string description) =>
            Choice(ruleId, name, description, "true", "false");

        /// <summary>An option that takes any text (a list of words, a path).</summary>
        public static RuleOptionDescriptor Text(string ruleId, string name, string description) =>
            new RuleOptionDescriptor(ruleId, name, description, ImmutableArray<string>.Empty, null, null);

        /// <summary>Why <paramref name="value"/> is not accepted, or null when it is.</summary>
        public string? Validate(string value)
        {
            if (Minimum is not null || Maximum is not null)
            {
                if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n))
                    return "expected a whole number";
                if (n < Minimum || n > Maximum)
                    return "expected a whole number from " + Minimum + " to " + Maximum;
                return null;
            }

            if (AllowedValues.IsDefaultOrEmpty) return null;
            foreach (var allowed in AllowedValues)
                if (string.Equals(allowed, value, StringComparison.OrdinalIgnoreCase)) return null;
            return "expected " + string.Join(" | ", AllowedValues);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using EditorialLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Configuration
{
    /// <summary>
    /// What the rules of a run report and read: their IDs, categories and declared options. Configuration keys and
    /// suppression directives are checked against it.
    /// </summary>
    public sealed class KnownRules
    {
        private readonly Dictionary<string, DiagnosticDescriptor> _descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Dictionary<string, RuleOptionDescriptor>> _options = new Dictionary<string, Dictionary<string, RuleOptionDescriptor>>(StringComparer.OrdinalIgnoreCase);
        private readonly SortedSet<string> _categories = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Builds the catalog of <paramref name="rules"/>; the tool's own EL9xxx IDs are always in it.</summary>
        public KnownRules(IEnumerable<EditorialRule> rules)
        {
            var list = new List<EditorialRule>(rules);
            foreach (var descriptor in ToolDescriptors.WithRules(list)) Add(descriptor);
            foreach (var rule in list)
            {
                foreach (var option in rule.SupportedOptions)
                {
                    if (!_options.TryGetValue(option.RuleId, out var byName))
                        _options[option.RuleId] = byName = new Dictionary<string, RuleOptionDescriptor>(StringComparer.OrdinalIgnoreCase);
                    byName[option.Name] = option;
                }
            }
        }

        /// <summary>The categories of every known descriptor, sorted.</summary>
        public IEnumerable<string> Categories => _categories;

        /// <summary>Whether some rule reports <paramref name="id"/>.</summary>
        public bool ContainsId(string id) => _descriptors.ContainsKey(id);

        /// <summary>
        /// Whether <paramref name="group"/> names options that several rules share rather than a rule ID
        /// (<c>editorial_lint.spelling.locale</c>).
        /// </summary>
        public bool ContainsOptionGroup(string group) => !_descriptors.ContainsKey(group) && _options.ContainsKey(group);

        /// <summary>Whether some descriptor has <paramref name="category"/>.</summary>
        public bool ContainsCategory(string category) => _categories.Contains(category);

        /// <summary>The declared option <paramref name="name"/> of rule <paramref name="id"/>, if any.</summary>
        public RuleOptionDescriptor? GetOption(string id, string name) =>
            _options.TryGetValue(id, out var byName) && byName.TryGetValue(name, out var option) ? option : null;

        /// <summary>The declared option names of rule <paramref name="id"/>, sorted.</summary>
        public IEnumerable<string> GetOptionNames(string id)
        {
            if (!_options.TryGetValue(id, out var byName)) return Array.Empty<string>();
            var names = new List<string>(byName.Keys);
            names.Sort(StringComparer.Ordinal);
            return names;
        }

        private void Add(DiagnosticDescriptor descriptor)
        {
            if (!_descriptors.ContainsKey(descriptor.Id)) _descriptors[descriptor.Id] = descriptor;
            _categories.Add(descriptor.Category);
        }
    }
}

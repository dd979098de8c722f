using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Packs
{
    /// <summary>The rule types a pack file can declare (its <c>type:</c>).</summary>
    public enum PackRuleType
    {
        /// <summary>A <c>swap:</c> map from unwanted wording to the expected one.</summary>
        Substitution,
        /// <summary><c>tokens:</c> or <c>patterns:</c> that must not appear.</summary>
        Existence,
        /// <summary><c>either:</c> pairs of which one article must use only one side.</summary>
        Consistency,
        /// <summary><c>tokens:</c> or <c>patterns:</c> allowed at most <c>max:</c> times per sentence, paragraph or document.</summary>
        Occurrence,
        /// <summary>A <c>first:</c> term (an acronym) that needs a <c>second:</c> (its definition) before it.</summary>
        Conditional,
    }

    /// <summary>Where an occurrence rule counts.</summary>
    public enum PackScope
    {
        /// <summary>Per sentence.</summary>
        Sentence,
        /// <summary>Per paragraph (block).</summary>
        Paragraph,
        /// <summary>Per document.</summary>
        Document,
    }

    /// <summary>Which <c>--fix</c> mode may apply a pack rule's suggestion.</summary>
    public enum PackFixMode
    {
        /// <summary>No fix is offered.</summary>
        None,
        /// <summary>Applied by <c>--fix-unsafe</c> only (the default: a swap is a suggestion for a person to check).</summary>
        Unsafe,
        /// <summary>Applied by <c>--fix</c>.</summary>
        Safe,
    }

    /// <summary>An example in a rule file: text to run the rule on, and where it is written (for failures).</summary>
    public sealed class PackExample
    {
        /// <summary>Creates an example.</summary>
        public PackExample(string text, Location location)
        {
            Text = text;
            Location = location;
        }

        /// <summary>The example text.</summary>
        public string Text { get; }

        /// <summary>Where the example stands in the rule file.</summary>
        public Location Location { get; }
    }

    /// <summary>A compiled pattern with its source text (for messages).</summary>
    public sealed class PackPattern
    {
        private readonly Lazy<Regex> _regex;

        /// <summary>Creates a pattern.</summary>
        public PackPattern(string source, Regex regex)
        {
            Source = source;
            _regex = new Lazy<Regex>(() => regex);
        }

        /// <summary>Creates a pattern compiled on first use (see <see cref="PatternCompiler.TryCompileLazily"/>).</summary>
        public PackPattern(string source, Lazy<Regex> regex)
        {
            Source = source;
            _regex = regex;
        }

        /// <summary>The pattern as written.</summary>
        public string Source { get; }

        /// <summary>The compiled pattern.</summary>
        public Regex Regex => _regex.Value;
    }

    /// <summary>
    /// One entry of a <c>swap:</c>, <c>tokens:</c> or <c>either:</c> list: the wording to find, what to suggest
    /// instead, its own context conditions and its own examples.
    /// </summary>
    public sealed class PackEntry
    {
        /// <summary>Creates an entry.</summary>
        public PackEntry(string match, ImmutableArray<string> suggestions, PackPattern? when, PackPattern? unless,
            ImmutableArray<PackExample> flag, ImmutableArray<PackExample> pass, Location location)
        {
            Match = match;
            Suggestions = suggestions;
            When = when;
            Unless = unless;
            Flag = flag;
            Pass = pass;
            Location = location;
        }

        /// <summary>The wording to find (whole tokens).</summary>
        public string Match { get; }

        /// <summary>What to suggest instead; the first is the fix. Empty for existence and occurrence entries.</summary>
        public ImmutableArray<string> Suggestions { get; }

        /// <summary>A pattern the sentence holding the match must match, or null.</summary>
        public PackPattern? When { get; }

        /// <summary>A pattern the sentence holding the match must not match, or null.</summary>
        public PackPattern? Unless { get; }

        /// <summary>Texts this entry must flag.</summary>
        public ImmutableArray<PackExample> Flag { get; }

        /// <summary>Texts this entry must not flag.</summary>
        public ImmutableArray<PackExample> Pass { get; }

        /// <summary>Where the entry stands in the rule file.</summary>
        public Location Location { get; }
    }

    /// <summary>
    /// A rule file after validation: what every rule type shares (ID, message, level, link, examples) and the
    /// type's own settings. Fields a type does not use are empty.
    /// </summary>
    public sealed class PackRuleDefinition
    {
        /// <summary>The rule ID: a built-in one (<c>EL2001</c>) or a namespaced one (<c>House.Slang</c>).</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>The rule type.</summary>
        public PackRuleType Type { get; set; }

        /// <summary>The message, with placeholders.</summary>
        public MessageTemplate Message { get; set; } = null!;

        /// <summary>The severity the rule reports at.</summary>
        public DiagnosticSeverity Level { get; set; } = DiagnosticSeverity.Warning;

        /// <summary>A page explaining the rule, or null.</summary>
        public string? Link { get; set; }

        /// <summary>A short title, or null (the ID's own title, or the file name, is used).</summary>
        public string? Title { get; set; }

        /// <summary>A longer description, or null.</summary>
        public string? Description { get; set; }

        /// <summary>Whether matching ignores case (default true, except for conditional rules).</summary>
        public bool IgnoreCase { get; set; } = true;

        /// <summary>Which fix mode applies the suggestion.</summary>
        public PackFixMode Fix { get; set; } = PackFixMode.Unsafe;

        private ImmutableArray<PackEntry> _entries = ImmutableArray<PackEntry>.Empty;
        private Lazy<ImmutableArray<PackEntry>>? _entriesOnFirstUse;

        /// <summary>The swap, token or either entries, in file order.</summary>
        public ImmutableArray<PackEntry> Entries
        {
            get => _entriesOnFirstUse is { } lazy ? lazy.Value : _entries;
            set
            {
                _entries = value;
                _entriesOnFirstUse = null;
            }
        }

        /// <summary>
        /// The phrase index read with a compiled pack, or null (rules build one from <see cref="Entries"/>): compiled
        /// packs need neither their entries decoded nor a trie built before a phrase matches.
        /// </summary>
        internal PhraseIndex? CompiledIndex { get; set; }

        /// <summary>Entries decoded by <paramref name="read"/> when first asked for (compiled packs: most are never needed).</summary>
        internal void SetEntriesOnFirstUse(Func<ImmutableArray<PackEntry>> read) =>
            _entriesOnFirstUse = new Lazy<ImmutableArray<PackEntry>>(read, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>Patterns for existence and occurrence rules.</summary>
        public ImmutableArray<PackPattern> Patterns { get; set; } = ImmutableArray<PackPattern>.Empty;

        /// <summary>A pattern every matched sentence must match, or null.</summary>
        public PackPattern? When { get; set; }

        /// <summary>A pattern no matched sentence may match, or null.</summary>
        public PackPattern? Unless { get; set; }

        /// <summary>Occurrence: the most allowed per scope.</summary>
        public int Max { get; set; }

        /// <summary>Occurrence: where to count.</summary>
        public PackScope Scope { get; set; } = PackScope.Sentence;

        /// <summary>Conditional: the use (group 1, or the whole match, is the term).</summary>
        public PackPattern? First { get; set; }

        /// <summary>Conditional: the definition (group 1, or the whole match, is the term defined).</summary>
        public PackPattern? Second { get; set; }

        /// <summary>Conditional: terms that need no definition.</summary>
        public ImmutableHashSet<string> Exceptions { get; set; } = ImmutableHashSet<string>.Empty;

        /// <summary>Texts the rule must flag.</summary>
        public ImmutableArray<PackExample> Flag { get; set; } = ImmutableArray<PackExample>.Empty;

        /// <summary>Texts the rule must not flag.</summary>
        public ImmutableArray<PackExample> Pass { get; set; } = ImmutableArray<PackExample>.Empty;

        /// <summary>The rule file's path, as reported.</summary>
        public string FilePath { get; set; } = string.Empty;

        /// <summary>The folder of the pack the file belongs to (a full path, or a resource prefix for built-in packs).</summary>
        public string PackRoot { get; set; } = string.Empty;
    }
}

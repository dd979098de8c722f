using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using EditorialLint.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.Packs
{
    /// <summary>
    /// Reads one YAML rule file into a <see cref="PackRuleDefinition"/>, strictly: an unknown key, a value of the
    /// wrong type, a bad ID, level, placeholder or pattern is an error naming the file, line and column, and the file
    /// gives no rule.
    /// </summary>
    internal sealed class PackFileParser
    {
        private static readonly string[] CommonKeys = { "id", "type", "message", "level", "link", "title", "description", "ignorecase", "examples" };

        private static readonly Dictionary<PackRuleType, string[]> TypeKeys = new Dictionary<PackRuleType, string[]>
        {
            [PackRuleType.Substitution] = new[] { "swap", "when", "unless", "fix" },
            [PackRuleType.Existence] = new[] { "tokens", "patterns", "when", "unless" },
            [PackRuleType.Consistency] = new[] { "either", "fix" },
            [PackRuleType.Occurrence] = new[] { "tokens", "patterns", "max", "scope", "when", "unless" },
            [PackRuleType.Conditional] = new[] { "first", "second", "exceptions" },
        };

        private static readonly Dictionary<PackRuleType, string[]> Placeholders = new Dictionary<PackRuleType, string[]>
        {
            [PackRuleType.Substitution] = new[] { "match", "suggestion" },
            [PackRuleType.Existence] = new[] { "match" },
            [PackRuleType.Consistency] = new[] { "match", "other", "suggestion" },
            [PackRuleType.Occurrence] = new[] { "match", "count", "max" },
            [PackRuleType.Conditional] = new[] { "match" },
        };

        /// <summary>The placeholders a message of <paramref name="type"/> may use.</summary>
        internal static string[] PlaceholdersOf(PackRuleType type) => Placeholders[type];

        // A built-in ID in a rule category's range, or a namespaced one ("House.Slang").
        private static readonly Regex BuiltInId = new Regex(@"^EL[123][0-9]{3}$", RegexOptions.CultureInvariant);
        private static readonly Regex NamespacedId = new Regex(@"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_-]*)+$", RegexOptions.CultureInvariant);

        private readonly string _path;
        private readonly SourceText _text;
        private readonly ImmutableArray<Diagnostic>.Builder _diagnostics;
        private int _errors;

        private PackFileParser(string path, string text, ImmutableArray<Diagnostic>.Builder diagnostics)
        {
            _path = path;
            _text = SourceText.From(text);
            _diagnostics = diagnostics;
        }

        /// <summary>Parses a rule file; null (with errors in <paramref name="diagnostics"/>) when it is not valid.</summary>
        public static PackRuleDefinition? Parse(string path, string text, string packRoot, ImmutableArray<Diagnostic>.Builder diagnostics)
        {
            var parser = new PackFileParser(path, text, diagnostics);
            var definition = parser.Parse(text);
            if (definition is null || parser._errors > 0) return null;
            definition.FilePath = path;
            definition.PackRoot = packRoot;
            return definition;
        }

        private PackRuleDefinition? Parse(string text)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (YamlException e)
            {
                Error(ConfigurationDiagnostics.InvalidYaml, Span(e.Start, e.End), Clean(e.Message));
                return null;
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, new TextSpan(0, 0), "The rule file is empty");
                return null;
            }

            if (stream.Documents.Count > 1)
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(stream.Documents[1].RootNode), "A rule file holds one rule; start another file instead of another YAML document");
                return null;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(stream.Documents[0].RootNode), "A rule file is a mapping of keys such as 'id', 'type' and 'message'");
                return null;
            }

            var keys = new Dictionary<string, (YamlScalarNode Key, YamlNode Value)>(StringComparer.Ordinal);
            foreach (var pair in root.Children)
            {
                if (pair.Key is not YamlScalarNode key || key.Value is null)
                {
                    Error(ConfigurationDiagnostics.InvalidPackValue, At(pair.Key), "Keys must be plain words");
                    continue;
                }

                keys[key.Value] = (key, pair.Value);
            }

            var definition = new PackRuleDefinition();
            if (!keys.TryGetValue("type", out var typeNode))
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(root), "Missing required key 'type' (substitution, existence, consistency, occurrence or conditional)");
                return null;
            }

            var typeText = Scalar(typeNode.Value, "type");
            if (typeText is null) return null;
            if (!TryParseType(typeText, out var type))
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(typeNode.Value), "Unknown type '" + typeText + "' (expected substitution, existence, consistency, occurrence or conditional)");
                return null;
            }

            definition.Type = type;
            var allowed = new HashSet<string>(CommonKeys, StringComparer.Ordinal);
            allowed.UnionWith(TypeKeys[type]);
            foreach (var pair in keys)
            {
                if (allowed.Contains(pair.Key)) continue;
                var list = new List<string>(allowed);
                list.Sort(StringComparer.Ordinal);
                Error(ConfigurationDiagnostics.UnknownPackKey, At(pair.Value.Key), pair.Key,
                    " for a " + typeText + " rule (allowed: " + string.Join(", ", list) + ")");
            }

            ReadCommon(definition, keys, root);
            switch (type)
            {
                case PackRuleType.Substitution: ReadSubstitution(definition, keys, root); break;
                case PackRuleType.Existence: ReadTokensAndPatterns(definition, keys, root, "existence"); break;
                case PackRuleType.Consistency: ReadConsistency(definition, keys, root); break;
                case PackRuleType.Occurrence: ReadOccurrence(definition, keys, root); break;
                case PackRuleType.Conditional: ReadConditional(definition, keys, root); break;
            }

            return definition;
        }

        private void ReadCommon(PackRuleDefinition definition, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root)
        {
            // Acronyms are case-sensitive, so conditional rules match case unless told otherwise.
            definition.IgnoreCase = definition.Type != PackRuleType.Conditional;
            if (keys.TryGetValue("ignorecase", out var ignoreCase)) definition.IgnoreCase = Boolean(ignoreCase.Value, "ignorecase") ?? definition.IgnoreCase;

            if (!keys.TryGetValue("id", out var id))
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(root), "Missing required key 'id' (a built-in ID such as EL2001, or a namespaced one such as House.Slang)");
            }
            else if (Scalar(id.Value, "id") is { } idText)
            {
                if (BuiltInId.IsMatch(idText) || (NamespacedId.IsMatch(idText) && !idText.StartsWith("category.", StringComparison.OrdinalIgnoreCase)))
                    definition.Id = idText;
                else
                    Error(ConfigurationDiagnostics.InvalidPackValue, At(id.Value), "'" + idText + "' is not a rule ID: use a built-in ID in EL1000–EL3999 or a namespaced one such as House.Slang");
            }

            if (!keys.TryGetValue("message", out var message))
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(root), "Missing required key 'message'");
            }
            else if (Scalar(message.Value, "message") is { } messageText)
            {
                if (MessageTemplate.TryParse(messageText, Placeholders[definition.Type], out var template, out var error))
                    definition.Message = template!;
                else
                    Error(ConfigurationDiagnostics.InvalidPackValue, At(message.Value), "Bad message: " + error);
            }

            if (keys.TryGetValue("level", out var level) && Scalar(level.Value, "level") is { } levelText)
            {
                if (Configuration.SeverityValue.TryParseLevel(levelText, out var severity)) definition.Level = severity;
                else Error(ConfigurationDiagnostics.InvalidPackValue, At(level.Value), "Unknown level '" + levelText + "' (expected error, warning or suggestion)");
            }

            if (keys.TryGetValue("link", out var link) && Scalar(link.Value, "link") is { } linkText)
            {
                if (Uri.TryCreate(linkText, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http")) definition.Link = linkText;
                else Error(ConfigurationDiagnostics.InvalidPackValue, At(link.Value), "'link' must be an absolute http(s) address");
            }

            if (keys.TryGetValue("title", out var title)) definition.Title = Scalar(title.Value, "title");
            if (keys.TryGetValue("description", out var description)) definition.Description = Scalar(description.Value, "description");
            if (keys.TryGetValue("fix", out var fix) && Scalar(fix.Value, "fix") is { } fixText)
            {
                switch (fixText)
                {
                    case "safe": definition.Fix = PackFixMode.Safe; break;
                    case "unsafe": definition.Fix = PackFixMode.Unsafe; break;
                    case "none": definition.Fix = PackFixMode.None; break;
                    default: Error(ConfigurationDiagnostics.InvalidPackValue, At(fix.Value), "Unknown fix mode '" + fixText + "' (expected safe, unsafe or none)"); break;
                }
            }

            if (keys.TryGetValue("when", out var when)) definition.When = Pattern(when.Value, "when", definition.IgnoreCase);
            if (keys.TryGetValue("unless", out var unless)) definition.Unless = Pattern(unless.Value, "unless", definition.IgnoreCase);

            if (keys.TryGetValue("examples", out var examples))
            {
                if (examples.Value is not YamlMappingNode map)
                {
                    Error(ConfigurationDiagnostics.InvalidPackValue, At(examples.Value), "'examples' must be a mapping with 'flag' and 'pass' lists");
                    return;
                }

                foreach (var pair in map.Children)
                {
                    var name = (pair.Key as YamlScalarNode)?.Value;
                    if (name == "flag") definition.Flag = Examples(pair.Value, "flag");
                    else if (name == "pass") definition.Pass = Examples(pair.Value, "pass");
                    else Error(ConfigurationDiagnostics.UnknownPackKey, At(pair.Key), name ?? "?", " in 'examples' (allowed: flag, pass)");
                }
            }
        }

        private void ReadSubstitution(PackRuleDefinition definition, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root)
        {
            if (!keys.TryGetValue("swap", out var swap))
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(root), "Missing required key 'swap' (a map of wording to expected wording, or a list of entries)");
                return;
            }

            var entries = ImmutableArray.CreateBuilder<PackEntry>();
            if (swap.Value is YamlMappingNode map)
            {
                foreach (var pair in map.Children)
                {
                    var match = Scalar(pair.Key, "swap key");
                    var suggestions = Suggestions(pair.Value);
                    if (match is null || suggestions.IsDefault) continue;
                    entries.Add(new PackEntry(match, suggestions, null, null, ImmutableArray<PackExample>.Empty, ImmutableArray<PackExample>.Empty, Loc(pair.Key)));
                }
            }
            else if (swap.Value is YamlSequenceNode list)
            {
                foreach (var item in list.Children)
                {
                    var entry = Entry(item, definition.IgnoreCase, withSuggestion: true);
                    if (entry is not null) entries.Add(entry);
                }
            }
            else
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(swap.Value), "'swap' must be a map (wording: expected wording) or a list of entries with 'match' and 'suggest'");
                return;
            }

            definition.Entries = CheckEntries(entries.ToImmutable(), definition.IgnoreCase, "swap");
            foreach (var entry in definition.Entries)
            {
                foreach (var suggestion in entry.Suggestions)
                {
                    if (string.Equals(suggestion, entry.Match, definition.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                        Error(ConfigurationDiagnostics.InvalidPackValue, entry.Location.SourceSpan, "'" + entry.Match + "' is swapped for itself");
                }
            }
        }

        private void ReadTokensAndPatterns(PackRuleDefinition definition, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root, string typeName)
        {
            var entries = ImmutableArray.CreateBuilder<PackEntry>();
            if (keys.TryGetValue("tokens", out var tokens))
            {
                if (tokens.Value is YamlSequenceNode list)
                {
                    foreach (var item in list.Children)
                    {
                        var entry = item is YamlScalarNode
                            ? (Scalar(item, "token") is { } t ? new PackEntry(t, ImmutableArray<string>.Empty, null, null, ImmutableArray<PackExample>.Empty, ImmutableArray<PackExample>.Empty, Loc(item)) : null)
                            : Entry(item, definition.IgnoreCase, withSuggestion: false);
                        if (entry is not null) entries.Add(entry);
                    }
                }
                else
                {
                    Error(ConfigurationDiagnostics.InvalidPackValue, At(tokens.Value), "'tokens' must be a list of words or phrases");
                }
            }

            definition.Entries = CheckEntries(entries.ToImmutable(), definition.IgnoreCase, "tokens");
            if (keys.TryGetValue("patterns", out var patterns))
            {
                if (patterns.Value is YamlSequenceNode list)
                {
                    var compiled = ImmutableArray.CreateBuilder<PackPattern>();
                    foreach (var item in list.Children)
                        if (Pattern(item, "pattern", definition.IgnoreCase) is { } p) compiled.Add(p);
                    definition.Patterns = compiled.ToImmutable();
                }
                else
                {
                    Error(ConfigurationDiagnostics.InvalidPackValue, At(patterns.Value), "'patterns' must be a list of regular expressions");
                }
            }

            if (!keys.ContainsKey("tokens") && !keys.ContainsKey("patterns"))
                Error(ConfigurationDiagnostics.InvalidPackValue, At(root), "An " + typeName + " rule needs 'tokens' or 'patterns'");
        }

        private void ReadConsistency(PackRuleDefinition definition, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root)
        {
            if (!keys.TryGetValue("either", out var either))
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(root), "Missing required key 'either' (a map of pairs such as 'organise: organize')");
                return;
            }

            var entries = ImmutableArray.CreateBuilder<PackEntry>();
            void AddPair(YamlNode a, YamlNode b)
            {
                var left = Scalar(a, "either");
                var right = Scalar(b, "either");
                if (left is null || right is null) return;
                var none = ImmutableArray<PackExample>.Empty;
                entries.Add(new PackEntry(left, ImmutableArray.Create(right), null, null, none, none, Loc(a)));
                entries.Add(new PackEntry(right, ImmutableArray.Create(left), null, null, none, none, Loc(b)));
            }

            if (either.Value is YamlMappingNode map)
            {
                foreach (var pair in map.Children) AddPair(pair.Key, pair.Value);
            }
            else if (either.Value is YamlSequenceNode list)
            {
                foreach (var item in list.Children)
                {
                    if (item is YamlSequenceNode { Children.Count: 2 } two) AddPair(two.Children[0], two.Children[1]);
                    else Error(ConfigurationDiagnostics.InvalidPackValue, At(item), "Each 'either' item is a pair: [one, other]");
                }
            }
            else
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(either.Value), "'either' must be a map of pairs or a list of [one, other] pairs");
                return;
            }

            definition.Entries = CheckEntries(entries.ToImmutable(), definition.IgnoreCase, "either");
        }

        private void ReadOccurrence(PackRuleDefinition definition, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root)
        {
            ReadTokensAndPatterns(definition, keys, root, "occurrence");
            if (!keys.TryGetValue("max", out var max))
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(root), "Missing required key 'max' (how many are allowed per scope)");
            }
            else if (Scalar(max.Value, "max") is { } maxText)
            {
                if (int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) definition.Max = n;
                else Error(ConfigurationDiagnostics.InvalidPackValue, At(max.Value), "'max' must be a whole number of 0 or more");
            }

            if (keys.TryGetValue("scope", out var scope) && Scalar(scope.Value, "scope") is { } scopeText)
            {
                switch (scopeText)
                {
                    case "sentence": definition.Scope = PackScope.Sentence; break;
                    case "paragraph": definition.Scope = PackScope.Paragraph; break;
                    case "document": definition.Scope = PackScope.Document; break;
                    default: Error(ConfigurationDiagnostics.InvalidPackValue, At(scope.Value), "Unknown scope '" + scopeText + "' (expected sentence, paragraph or document)"); break;
                }
            }
        }

        private void ReadConditional(PackRuleDefinition definition, Dictionary<string, (YamlScalarNode Key, YamlNode Value)> keys, YamlMappingNode root)
        {
            foreach (var name in new[] { "first", "second" })
            {
                if (!keys.TryGetValue(name, out var node))
                {
                    Error(ConfigurationDiagnostics.InvalidPackValue, At(root), "Missing required key '" + name + "' (a pattern; group 1 is the term)");
                    continue;
                }

                var pattern = Pattern(node.Value, name, definition.IgnoreCase);
                if (name == "first") definition.First = pattern;
                else definition.Second = pattern;
            }

            var exceptions = ImmutableHashSet.CreateBuilder<string>(definition.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            if (keys.TryGetValue("exceptions", out var list))
            {
                if (list.Value is YamlSequenceNode sequence)
                {
                    foreach (var item in sequence.Children)
                        if (Scalar(item, "exception") is { } e) exceptions.Add(e);
                }
                else
                {
                    Error(ConfigurationDiagnostics.InvalidPackValue, At(list.Value), "'exceptions' must be a list of terms");
                }
            }

            definition.Exceptions = exceptions.ToImmutable();
        }

        // One entry of a list form: 'match' (required), 'suggest' where suggestions apply, context and examples.
        private PackEntry? Entry(YamlNode node, bool ignoreCase, bool withSuggestion)
        {
            if (node is not YamlMappingNode map)
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(node), withSuggestion
                    ? "Each entry is a mapping with 'match' and 'suggest'"
                    : "Each entry is a word or phrase, or a mapping with 'match'");
                return null;
            }

            string? match = null;
            var suggestions = ImmutableArray<string>.Empty;
            PackPattern? when = null, unless = null;
            var flag = ImmutableArray<PackExample>.Empty;
            var pass = ImmutableArray<PackExample>.Empty;
            bool ok = true;
            foreach (var pair in map.Children)
            {
                var key = (pair.Key as YamlScalarNode)?.Value;
                switch (key)
                {
                    case "match": match = Scalar(pair.Value, "match"); break;
                    case "suggest" when withSuggestion:
                        suggestions = Suggestions(pair.Value);
                        if (suggestions.IsDefault) ok = false;
                        break;
                    case "when": when = Pattern(pair.Value, "when", ignoreCase); ok &= when is not null; break;
                    case "unless": unless = Pattern(pair.Value, "unless", ignoreCase); ok &= unless is not null; break;
                    case "flag": flag = Examples(pair.Value, "flag"); break;
                    case "pass": pass = Examples(pair.Value, "pass"); break;
                    default:
                        Error(ConfigurationDiagnostics.UnknownPackKey, At(pair.Key), key ?? "?",
                            " in an entry (allowed: match, " + (withSuggestion ? "suggest, " : string.Empty) + "when, unless, flag, pass)");
                        ok = false;
                        break;
                }
            }

            if (match is null)
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(map), "The entry has no 'match'");
                return null;
            }

            if (withSuggestion && suggestions.IsEmpty)
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(map), "The entry has no 'suggest'");
                return null;
            }

            return ok ? new PackEntry(match, suggestions, when, unless, flag, pass, Loc(map)) : null;
        }

        // Entries must be words the tokenizer can match, and each phrase may appear once.
        private ImmutableArray<PackEntry> CheckEntries(ImmutableArray<PackEntry> entries, bool ignoreCase, string key)
        {
            var matcher = new PhraseMatcher(ignoreCase);
            var kept = ImmutableArray.CreateBuilder<PackEntry>(entries.Length);
            for (int i = 0; i < entries.Length; i++)
            {
                var entry = entries[i];
                if (PhraseMatcher.TokenizePhrase(entry.Match).Count == 0)
                {
                    Error(ConfigurationDiagnostics.InvalidPackValue, entry.Location.SourceSpan, "'" + entry.Match + "' in '" + key + "' has no words to match");
                    continue;
                }

                int previous = matcher.Add(entry.Match, i);
                if (previous >= 0)
                {
                    var line = entries[previous].Location.GetLineSpan().StartLinePosition.Line + 1;
                    Error(ConfigurationDiagnostics.InvalidPackValue, entry.Location.SourceSpan,
                        "'" + entry.Match + "' is already listed in '" + key + "' at line " + line.ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                kept.Add(entry);
            }

            return kept.ToImmutable();
        }

        private ImmutableArray<string> Suggestions(YamlNode node)
        {
            if (node is YamlScalarNode && Scalar(node, "suggestion") is { } one) return ImmutableArray.Create(one);
            if (node is YamlSequenceNode list && list.Children.Count > 0)
            {
                var builder = ImmutableArray.CreateBuilder<string>();
                foreach (var item in list.Children)
                {
                    var s = Scalar(item, "suggestion");
                    if (s is null) return default;
                    builder.Add(s);
                }

                return builder.ToImmutable();
            }

            if (node is not YamlScalarNode) Error(ConfigurationDiagnostics.InvalidPackValue, At(node), "A suggestion is a word or phrase, or a list of them");
            return default;
        }

        private ImmutableArray<PackExample> Examples(YamlNode node, string name)
        {
            if (node is not YamlSequenceNode list)
            {
                Error(ConfigurationDiagnostics.InvalidPackValue, At(node), "'" + name + "' must be a list of example texts");
                return ImmutableArray<PackExample>.Empty;
            }

            var builder = ImmutableArray.CreateBuilder<PackExample>();
            foreach (var item in list.Children)
                if (Scalar(item, name + " example") is { } text) builder.Add(new PackExample(text, Loc(item)));
            return builder.ToImmutable();
        }

        private PackPattern? Pattern(YamlNode node, string name, bool ignoreCase)
        {
            var source = Scalar(node, name);
            if (source is null) return null;
            if (PatternCompiler.TryCompileLazily(source, ignoreCase, out var regex, out var error)) return new PackPattern(source, regex!);
            Error(ConfigurationDiagnostics.InvalidPattern, At(node), source, error!);
            return null;
        }

        private string? Scalar(YamlNode node, string name)
        {
            if (node is YamlScalarNode scalar && !(scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && string.IsNullOrEmpty(scalar.Value)))
                return scalar.Value ?? string.Empty;
            Error(ConfigurationDiagnostics.InvalidPackValue, At(node), "'" + name + "' must be a text value" + (node is YamlScalarNode ? ", not empty" : string.Empty));
            return null;
        }

        private bool? Boolean(YamlNode node, string name)
        {
            var text = Scalar(node, name);
            if (text == "true") return true;
            if (text == "false") return false;
            if (text is not null) Error(ConfigurationDiagnostics.InvalidPackValue, At(node), "'" + name + "' must be true or false");
            return null;
        }

        private static bool TryParseType(string text, out PackRuleType type)
        {
            switch (text)
            {
                case "substitution": type = PackRuleType.Substitution; return true;
                case "existence": type = PackRuleType.Existence; return true;
                case "consistency": type = PackRuleType.Consistency; return true;
                case "occurrence": type = PackRuleType.Occurrence; return true;
                case "conditional": type = PackRuleType.Conditional; return true;
                default: type = default; return false;
            }
        }

        private TextSpan At(YamlNode node) => Span(node.Start, node is YamlScalarNode ? node.End : node.Start);

        private Location Loc(YamlNode node) => ConfigurationDiagnostics.At(_path, _text, At(node));

        private TextSpan Span(Mark start, Mark end)
        {
            int s = (int)Math.Min(Math.Max(0, start.Index), _text.Length);
            int e = (int)Math.Min(Math.Max(s, end.Index), _text.Length);
            return TextSpan.FromBounds(s, e);
        }

        private void Error(DiagnosticDescriptor descriptor, TextSpan span, params object[] args)
        {
            _errors++;
            _diagnostics.Add(Diagnostic.Create(descriptor, ConfigurationDiagnostics.At(_path, _text, span), args));
        }

        // YamlDotNet repeats the position in its message ("(Line: 2, Col: 6, Idx: 11) - (…): "); the location says it already.
        private static string Clean(string message)
        {
            int dash = message.IndexOf("): ", StringComparison.Ordinal);
            return message.StartsWith("(", StringComparison.Ordinal) && dash >= 0 ? message.Substring(dash + 3) : message;
        }
    }
}

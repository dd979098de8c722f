using System;
using System.Collections.Immutable;
using EditorialLint.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Configuration
{
    /// <summary>
    /// Checks the <c>editorial_lint.*</c> lines of one configuration file: no key is ignored silently. Other tools'
    /// keys (<c>indent_style</c>, <c>dotnet_diagnostic.*</c>) are left alone.
    /// </summary>
    internal static class ConfigurationValidator
    {
        private const string KeyShapes =
            "expected editorial_lint.<rule>.severity, editorial_lint.<rule>.<option>, editorial_lint.category.<category>.severity, editorial_lint.rule_packs or editorial_lint.plugins";

        public static void Validate(EditorConfigFile file, bool isExplicit, string displayPath, KnownRules catalog, ImmutableArray<Diagnostic>.Builder found)
        {
            bool isGlobal = EditorConfigResolver.IsGlobalConfig(file);
            Location At(TextSpan span) => ConfigurationDiagnostics.At(displayPath, file.Text, span);

            foreach (int line in file.UnparsedLines)
            {
                var text = file.Text.Lines[line];
                if (file.Text.ToString(text.Span).IndexOf("editorial_lint", StringComparison.OrdinalIgnoreCase) < 0) continue;
                found.Add(Diagnostic.Create(ConfigurationDiagnostics.IgnoredLine, At(text.Span),
                    "This line is not a 'key = value' line and is ignored"));
            }

            foreach (var entry in file.Entries)
            {
                var key = ConfigurationKey.Parse(entry.Key);
                if (key.Kind == ConfigurationKeyKind.Foreign) continue;

                if (entry.Section is null && !isExplicit && !isGlobal)
                {
                    found.Add(Diagnostic.Create(ConfigurationDiagnostics.IgnoredLine, At(entry.KeySpan),
                        "'" + entry.Key + "' stands before any section and is never applied; put it under a section such as [*]"));
                    continue;
                }

                switch (key.Kind)
                {
                    case ConfigurationKeyKind.Malformed:
                        found.Add(Diagnostic.Create(ConfigurationDiagnostics.UnknownKey, At(entry.KeySpan), entry.Key, KeyShapes));
                        break;

                    case ConfigurationKeyKind.CategorySeverity:
                        if (!catalog.ContainsCategory(key.Target!))
                        {
                            found.Add(Diagnostic.Create(ConfigurationDiagnostics.UnknownKey, At(entry.KeySpan), entry.Key,
                                "no rule has the category '" + key.Target + "' (known: " + string.Join(", ", catalog.Categories) + ")"));
                        }
                        else
                        {
                            CheckSeverity(entry, At, found);
                        }

                        break;

                    case ConfigurationKeyKind.RuleSeverity:
                        if (CheckRule(entry, key, catalog, At, found)) CheckSeverity(entry, At, found);
                        break;

                    case ConfigurationKeyKind.RuleOption:
                        if (!catalog.ContainsOptionGroup(key.Target!) && !CheckRule(entry, key, catalog, At, found)) break;
                        var option = catalog.GetOption(key.Target!, key.Option!);
                        if (option is null)
                        {
                            var names = string.Join(", ", catalog.GetOptionNames(key.Target!));
                            found.Add(Diagnostic.Create(ConfigurationDiagnostics.UnknownKey, At(entry.KeySpan), entry.Key,
                                "rule " + key.Target + " has no option '" + key.Option + "' (" + (names.Length == 0 ? "it has none but severity" : "options: severity, " + names) + ")"));
                            break;
                        }

                        var problem = option.Validate(entry.Value);
                        if (problem is not null)
                            found.Add(Diagnostic.Create(ConfigurationDiagnostics.InvalidValue, At(entry.ValueSpan), entry.Value, entry.Key, problem));
                        break;

                    case ConfigurationKeyKind.RulePacks:
                    case ConfigurationKeyKind.Plugins:
                    case ConfigurationKeyKind.Archive:
                        // Paths are checked when the file is read, where each item's position is known.
                        break;
                }
            }
        }

        private static bool CheckRule(EditorConfigEntry entry, ConfigurationKey key, KnownRules catalog, Func<TextSpan, Location> at, ImmutableArray<Diagnostic>.Builder found)
        {
            if (catalog.ContainsId(key.Target!)) return true;
            found.Add(Diagnostic.Create(ConfigurationDiagnostics.UnknownKey, at(entry.KeySpan), entry.Key,
                "no loaded rule reports '" + key.Target + "'"));
            return false;
        }

        private static void CheckSeverity(EditorConfigEntry entry, Func<TextSpan, Location> at, ImmutableArray<Diagnostic>.Builder found)
        {
            if (!SeverityValue.TryParse(entry.Value, out _))
                found.Add(Diagnostic.Create(ConfigurationDiagnostics.InvalidValue, at(entry.ValueSpan), entry.Value, entry.Key, "expected " + SeverityValue.Expected));
        }
    }
}

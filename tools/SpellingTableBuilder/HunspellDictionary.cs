using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace EditorialLint.Tools.SpellingTableBuilder
{
    /// <summary>
    /// A Hunspell .aff/.dic pair with its affixes expanded into every word form. Covers what the English dictionaries use:
    /// single-character flags, PFX/SFX with strip, add and condition, cross products of one prefix and one suffix,
    /// NOSUGGEST and ONLYINCOMPOUND. Compound rules only build numbers ("21st"), which the rule skips, so they are left out.
    /// </summary>
    internal sealed class HunspellDictionary
    {
        private readonly Dictionary<char, AffixClass> _classes = new Dictionary<char, AffixClass>();
        private char _noSuggest = '\0';
        private char _onlyInCompound = '\0';

        private HunspellDictionary()
        {
        }

        /// <summary>Every form, with whether the dictionary forbids suggesting it.</summary>
        public Dictionary<string, bool> Forms { get; } = new Dictionary<string, bool>(StringComparer.Ordinal);

        public static HunspellDictionary Load(string affPath, string dicPath)
        {
            var dictionary = new HunspellDictionary();
            dictionary.ReadAffixes(affPath);
            dictionary.ReadWords(dicPath);
            return dictionary;
        }

        private void ReadAffixes(string path)
        {
            AffixClass? current = null;
            int remaining = 0;
            foreach (var raw in File.ReadLines(path, Encoding.UTF8))
            {
                var line = raw.TrimStart('\uFEFF');
                int hash = line.IndexOf('#');
                if (hash == 0) continue;
                var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0) continue;
                switch (parts[0])
                {
                    case "NOSUGGEST" when parts.Length > 1: _noSuggest = parts[1][0]; break;
                    case "ONLYINCOMPOUND" when parts.Length > 1: _onlyInCompound = parts[1][0]; break;
                    case "FLAG": throw new BuilderException(path + ": FLAG " + parts[1] + " is not supported (single-character flags only)");
                    case "PFX":
                    case "SFX":
                        if (remaining == 0)
                        {
                            if (parts.Length < 4) throw new BuilderException(path + ": bad affix header: " + line);
                            current = new AffixClass(parts[0] == "PFX", parts[2] == "Y");
                            _classes[parts[1][0]] = current;
                            remaining = int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture);
                        }
                        else
                        {
                            if (parts.Length < 5 || current is null) throw new BuilderException(path + ": bad affix rule: " + line);
                            if (parts[3].IndexOf('/') >= 0) throw new BuilderException(path + ": continuation classes are not supported: " + line);
                            current.Rules.Add(new AffixRule(parts[2] == "0" ? "" : parts[2], parts[3] == "0" ? "" : parts[3], Condition.Parse(parts[4])));
                            remaining--;
                        }

                        break;
                }
            }
        }

        private void ReadWords(string path)
        {
            bool first = true;
            foreach (var raw in File.ReadLines(path, Encoding.UTF8))
            {
                var line = raw.TrimStart('\uFEFF');
                if (first)
                {
                    first = false;
                    continue; // the word count
                }

                int tab = line.IndexOfAny(new[] { '\t', ' ' });
                if (tab >= 0) line = line.Substring(0, tab);
                if (line.Length == 0) continue;
                int slash = line.IndexOf('/');
                var stem = slash < 0 ? line : line.Substring(0, slash);
                var flags = slash < 0 ? "" : line.Substring(slash + 1);
                if (stem.Length == 0) continue;
                if (_onlyInCompound != '\0' && flags.IndexOf(_onlyInCompound) >= 0) continue;
                bool noSuggest = _noSuggest != '\0' && flags.IndexOf(_noSuggest) >= 0;
                Expand(stem, flags, noSuggest);
            }
        }

        private void Expand(string stem, string flags, bool noSuggest)
        {
            Add(stem, noSuggest);
            var suffixed = new List<string>();
            foreach (char flag in flags)
            {
                if (!_classes.TryGetValue(flag, out var affix) || affix.IsPrefix) continue;
                foreach (var rule in affix.Rules)
                {
                    var form = rule.ApplySuffix(stem);
                    if (form is null) continue;
                    Add(form, noSuggest);
                    if (affix.CrossProduct) suffixed.Add(form);
                }
            }

            foreach (char flag in flags)
            {
                if (!_classes.TryGetValue(flag, out var affix) || !affix.IsPrefix) continue;
                foreach (var rule in affix.Rules)
                {
                    var form = rule.ApplyPrefix(stem);
                    if (form is not null) Add(form, noSuggest);
                    if (!affix.CrossProduct) continue;
                    foreach (var suffixedForm in suffixed)
                    {
                        var both = rule.ApplyPrefix(suffixedForm);
                        if (both is not null) Add(both, noSuggest);
                    }
                }
            }
        }

        private void Add(string form, bool noSuggest)
        {
            if (Forms.TryGetValue(form, out bool existing)) Forms[form] = existing && noSuggest;
            else Forms[form] = noSuggest;
        }

        private sealed class AffixClass
        {
            public AffixClass(bool isPrefix, bool crossProduct)
            {
                IsPrefix = isPrefix;
                CrossProduct = crossProduct;
            }

            public bool IsPrefix { get; }

            public bool CrossProduct { get; }

            public List<AffixRule> Rules { get; } = new List<AffixRule>();
        }

        private sealed class AffixRule
        {
            private readonly string _strip;
            private readonly string _add;
            private readonly Condition _condition;

            public AffixRule(string strip, string add, Condition condition)
            {
                _strip = strip;
                _add = add;
                _condition = condition;
            }

            public string? ApplySuffix(string word)
            {
                if (!_condition.MatchesEnd(word) || !word.EndsWith(_strip, StringComparison.Ordinal) || word.Length <= _strip.Length) return null;
                return word.Substring(0, word.Length - _strip.Length) + _add;
            }

            public string? ApplyPrefix(string word)
            {
                if (!_condition.MatchesStart(word) || !word.StartsWith(_strip, StringComparison.Ordinal) || word.Length <= _strip.Length) return null;
                return _add + word.Substring(_strip.Length);
            }
        }

        /// <summary>An affix condition: a sequence of characters or bracketed sets ("[^aeiou]y"), "." for any.</summary>
        private sealed class Condition
        {
            private readonly List<(string Chars, bool Negated, bool Any)> _parts;

            private Condition(List<(string, bool, bool)> parts) => _parts = parts;

            public static Condition Parse(string text)
            {
                var parts = new List<(string, bool, bool)>();
                if (text == ".") return new Condition(parts);
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i] == '[')
                    {
                        int close = text.IndexOf(']', i);
                        if (close < 0) throw new BuilderException("bad affix condition " + text);
                        bool negated = text[i + 1] == '^';
                        parts.Add((text.Substring(i + (negated ? 2 : 1), close - i - (negated ? 2 : 1)), negated, false));
                        i = close;
                    }
                    else if (text[i] == '.')
                    {
                        parts.Add(("", false, true));
                    }
                    else
                    {
                        parts.Add((text[i].ToString(), false, false));
                    }
                }

                return new Condition(parts);
            }

            public bool MatchesEnd(string word)
            {
                if (word.Length < _parts.Count) return false;
                int start = word.Length - _parts.Count;
                for (int i = 0; i < _parts.Count; i++)
                    if (!Matches(_parts[i], word[start + i])) return false;
                return true;
            }

            public bool MatchesStart(string word)
            {
                if (word.Length < _parts.Count) return false;
                for (int i = 0; i < _parts.Count; i++)
                    if (!Matches(_parts[i], word[i])) return false;
                return true;
            }

            private static bool Matches((string Chars, bool Negated, bool Any) part, char c) =>
                part.Any || (part.Chars.IndexOf(c) >= 0) != part.Negated;
        }
    }
}

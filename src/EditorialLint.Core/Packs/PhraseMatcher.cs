using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Text;
using EditorialLint.Tokens;

namespace EditorialLint.Packs
{
    /// <summary>
    /// Finds phrases of whole tokens in a sentence with a trie keyed on normalised token text: each token costs one
    /// dictionary lookup per trie level, whatever the number of phrases, so a swap map of thousands of entries
    /// matches in time linear in the text (never one giant alternation). Matching is longest first; typographic
    /// apostrophes read as straight ones.
    /// </summary>
    public sealed class PhraseMatcher
    {
        private readonly Node _root;
        private readonly StringComparer _comparer;
        private int _maxDepth;

        /// <summary>Creates an empty matcher.</summary>
        public PhraseMatcher(bool ignoreCase)
        {
            _comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            _root = new Node(_comparer);
        }

        /// <summary>How many phrases were added.</summary>
        public int Count { get; private set; }

        /// <summary>The tokens of a phrase as the tokenizer sees it in prose (normalised), or an empty list.</summary>
        public static List<string> TokenizePhrase(string phrase)
        {
            var prose = ProseView.ForPlainText(phrase);
            var tokens = Tokenizer.Tokenize(prose);
            var result = new List<string>(tokens.Length);
            foreach (var token in tokens) result.Add(Normalize(phrase.Substring(token.Start, token.Length)));
            return result;
        }

        /// <summary>
        /// Adds <paramref name="phrase"/> with a payload <paramref name="value"/>; returns the value already there
        /// when the same phrase was added before (the first one is kept), or -1.
        /// </summary>
        public int Add(string phrase, int value)
        {
            var tokens = TokenizePhrase(phrase);
            if (tokens.Count == 0) throw new ArgumentException("The phrase has no tokens.", nameof(phrase));
            var node = _root;
            foreach (var token in tokens)
            {
                if (!node.TryGetChild(token, out var child))
                {
                    child = new Node(_comparer);
                    node.AddChild(token, child);
                }

                node = child;
            }

            if (node.Value >= 0) return node.Value;
            node.Value = value;
            Count++;
            _maxDepth = Math.Max(_maxDepth, tokens.Count);
            return -1;
        }

        /// <summary>
        /// The key of every token of <paramref name="document"/> for this matcher, for <see cref="TryMatch"/>: a hash of
        /// the token's normalised text, computed once per document and shared by every matcher that compares the same
        /// way (each token was hashed again by every pack at every trie level).
        /// </summary>
        public int[] KeysOf(AnalyzedDocument document) =>
            _comparer == StringComparer.OrdinalIgnoreCase
                ? document.GetShared(IgnoreCaseKeys, d => ComputeKeys(d, StringComparer.OrdinalIgnoreCase))
                : document.GetShared(OrdinalKeys, d => ComputeKeys(d, StringComparer.Ordinal));

        /// <summary>
        /// The longest phrase starting at the document's token <paramref name="start"/> and ending before token
        /// <paramref name="end"/> (a sentence's end): its payload and how many tokens it spans; false when none starts
        /// there. <paramref name="keys"/> comes from <see cref="KeysOf"/> for the same document.
        /// </summary>
        public bool TryMatch(AnalyzedDocument document, int[] keys, int start, int end, out int value, out int length)
        {
            value = -1;
            length = 0;
            var node = _root;
            for (int i = start; i < end && i - start < _maxDepth; i++)
            {
                var next = node.Find(keys[i], document.GetText(document.GetToken(i)), _comparer);
                if (next is null) break;
                node = next;
                if (node.Value >= 0)
                {
                    value = node.Value;
                    length = i - start + 1;
                }
            }

            return value >= 0;
        }

        private static readonly object IgnoreCaseKeys = new object();
        private static readonly object OrdinalKeys = new object();

        private static int[] ComputeKeys(AnalyzedDocument document, StringComparer comparer)
        {
            var keys = new int[document.TokenCount];
            for (int i = 0; i < keys.Length; i++)
            {
                var text = document.GetText(document.GetToken(i));
                keys[i] = text.IndexOf('\u2019') >= 0 ? Hash(Normalize(text.ToString()).AsSpan(), comparer) : Hash(text, comparer);
            }

            return keys;
        }

        // The same hash as the comparer gives the string, from a span.
        private static int Hash(ReadOnlySpan<char> text, StringComparer comparer)
        {
#if NET
            return comparer == StringComparer.OrdinalIgnoreCase ? string.GetHashCode(text, StringComparison.OrdinalIgnoreCase) : string.GetHashCode(text);
#else
            return comparer.GetHashCode(text.ToString());
#endif
        }

        private static string Normalize(string token) => token.IndexOf('\u2019') >= 0 ? token.Replace('\u2019', '\'') : token;

        private sealed class Node
        {
            // Filled while phrases are added; read through _table, built from it on first use.
            private readonly Dictionary<string, Node> _children;
            private Table? _table;

            public Node(StringComparer comparer)
            {
                _children = new Dictionary<string, Node>(comparer);
            }

            public int Value { get; set; } = -1;

            public bool TryGetChild(string token, out Node child) => _children.TryGetValue(token, out child!);

            public void AddChild(string token, Node child)
            {
                _children.Add(token, child);
                _table = null;
            }

            public Node? Find(int key, ReadOnlySpan<char> token, StringComparer comparer)
            {
                if (_children.Count == 0) return null;
                // Built again if two threads get here first: the same table either way.
                var table = _table ??= new Table(_children, comparer);
                return table.Find(key, token);
            }
        }

        // Open addressing on the comparer's hash of each child's token: a lookup with the token's key is an array probe
        // or two, and text is compared only when the hash matches.
        private sealed class Table
        {
            private readonly int[] _keys;
            private readonly string?[] _tokens;
            private readonly Node[] _nodes;
            private readonly int _mask;
            private readonly StringComparison _comparison;

            public Table(Dictionary<string, Node> children, StringComparer comparer)
            {
                int size = 4;
                while (size < children.Count * 2) size *= 2;
                _keys = new int[size];
                _tokens = new string?[size];
                _nodes = new Node[size];
                _mask = size - 1;
                _comparison = comparer == StringComparer.OrdinalIgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                foreach (var pair in children)
                {
                    int key = Hash(pair.Key.AsSpan(), comparer);
                    int slot = key & _mask;
                    while (_tokens[slot] is not null) slot = (slot + 1) & _mask;
                    _keys[slot] = key;
                    _tokens[slot] = pair.Key;
                    _nodes[slot] = pair.Value;
                }
            }

            public Node? Find(int key, ReadOnlySpan<char> token)
            {
                for (int slot = key & _mask; _tokens[slot] is { } candidate; slot = (slot + 1) & _mask)
                {
                    if (_keys[slot] == key && Matches(token, candidate)) return _nodes[slot];
                }

                return null;
            }

            private bool Matches(ReadOnlySpan<char> token, string candidate) =>
                token.IndexOf('\u2019') >= 0
                    ? string.Equals(Normalize(token.ToString()), candidate, _comparison)
                    : token.Equals(candidate.AsSpan(), _comparison);
        }
    }
}

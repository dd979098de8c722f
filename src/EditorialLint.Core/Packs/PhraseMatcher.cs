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
    public sealed class PhraseMatcher : PhraseIndex
    {
        private readonly Node _root;
        private readonly StringComparer _comparer;
        private readonly PhrasePairFilter _pairs = new PhrasePairFilter();
        private readonly PhrasePairFilter _firstTokens = new PhrasePairFilter();
        private int _maxDepth;
        private bool _hasOneTokenPhrases;

        /// <summary>Creates an empty matcher.</summary>
        public PhraseMatcher(bool ignoreCase)
        {
            _comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            _root = new Node(_comparer);
        }

        private int _count;

        /// <summary>How many phrases were added.</summary>
        public override int Count => _count;

        /// <inheritdoc />
        internal override bool IgnoreCase => ReferenceEquals(_comparer, StringComparer.OrdinalIgnoreCase);

        /// <summary>The most tokens a phrase has.</summary>
        internal int MaxDepth => _maxDepth;

        /// <summary>
        /// The trie breadth first, for the compiled form: the payload of every node by number (the root is 0, -1 where
        /// no phrase ends) and every edge as (parent, normalised token, child), in a stable order.
        /// </summary>
        internal void Flatten(List<int> values, List<(int Parent, string Token, int Child)> edges)
        {
            var queue = new Queue<Node>();
            queue.Enqueue(_root);
            values.Add(_root.Value);
            int parent = 0;
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var child in node.Children)
                {
                    edges.Add((parent, child.Key, values.Count));
                    values.Add(child.Value.Value);
                    queue.Enqueue(child.Value);
                }

                parent++;
            }
        }

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
            _firstTokens.Add((int)TokenHash(tokens[0].AsSpan(), IgnoreCase), 0);
            if (tokens.Count > 1) _pairs.Add((int)TokenHash(tokens[0].AsSpan(), IgnoreCase), (int)TokenHash(tokens[1].AsSpan(), IgnoreCase));
            else _hasOneTokenPhrases = true;
            node.Value = value;
            _count++;
            _maxDepth = Math.Max(_maxDepth, tokens.Count);
            return -1;
        }

        /// <inheritdoc />
        public override bool TryMatch(AnalyzedDocument document, int[] keys, int start, int end, out int value, out int length)
        {
            value = -1;
            length = 0;
            // Where every phrase has two tokens or more, a token and the next that start none are ruled out before the
            // first table is probed; where some phrase is one token, a token that starts none.
            if (_hasOneTokenPhrases ? !_firstTokens.MayContain(keys[start], 0) : start + 1 >= end || !_pairs.MayContain(keys[start], keys[start + 1])) return false;
            var node = _root;
            for (int i = start; i < end && i - start < _maxDepth; i++)
            {
                // Two tokens in five start some phrase of the largest pack; nearly all of those go no further.
                if (i == start + 1 && !_pairs.MayContain(keys[start], keys[i])) break;
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

            public IEnumerable<KeyValuePair<string, Node>> Children => _children;

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

        // Open addressing on each child token's TokenHash: a lookup with the token's key is one probe or
        // two in one array (key, token and child side by side), and text is compared only when the hash matches. In
        // front, a bit per hash (about eight per child, at most 8 KB, so that it stays in the cache where the entries
        // of the largest pack's root do not) rules out most tokens that start nothing here.
        private sealed class Table
        {
            private const int MaxFilterBits = 1 << 16;
            private readonly Entry[] _entries;
            private readonly int _mask;
            private readonly StringComparison _comparison;
            private readonly ulong[] _filter;
            private readonly int _filterShift;

            public Table(Dictionary<string, Node> children, StringComparer comparer)
            {
                int size = 4;
                while (size < children.Count * 2) size *= 2;
                _entries = new Entry[size];
                _mask = size - 1;
                _comparison = comparer == StringComparer.OrdinalIgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                int filterBits = 64;
                while (filterBits < children.Count * 8 && filterBits < MaxFilterBits) filterBits *= 2;
                _filter = new ulong[filterBits / 64];
                _filterShift = 32 - Log2(filterBits);
                foreach (var pair in children)
                {
                    int key = (int)TokenHash(pair.Key.AsSpan(), _comparison == StringComparison.OrdinalIgnoreCase);
                    uint bit = (uint)key >> _filterShift;
                    _filter[bit >> 6] |= 1UL << (int)(bit & 63);
                    int slot = key & _mask;
                    while (_entries[slot].Token is not null) slot = (slot + 1) & _mask;
                    _entries[slot] = new Entry(key, pair.Key, pair.Value);
                }
            }

            public Node? Find(int key, ReadOnlySpan<char> token)
            {
                // The filter takes the hash's high bits, the slots its low ones.
                uint bit = (uint)key >> _filterShift;
                if ((_filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0) return null;
                var entries = _entries;
                for (int slot = key & _mask; entries[slot].Token is { } candidate; slot = (slot + 1) & _mask)
                {
                    if (entries[slot].Key == key && Matches(token, candidate)) return entries[slot].Node;
                }

                return null;
            }

            private static int Log2(int powerOfTwo)
            {
                int log = 0;
                while ((1 << log) < powerOfTwo) log++;
                return log;
            }

            // Tokens are stored normalised: a token with a typographic apostrophe can only match once normalised too,
            // and the search for one is left to the rare token that does not match as it stands.
            private bool Matches(ReadOnlySpan<char> token, string candidate) =>
                token.Equals(candidate.AsSpan(), _comparison)
                || (token.IndexOf('\u2019') >= 0 && string.Equals(Normalize(token.ToString()), candidate, _comparison));

            private readonly struct Entry
            {
                public Entry(int key, string token, Node node)
                {
                    Key = key;
                    Token = token;
                    Node = node;
                }

                public int Key { get; }

                public string? Token { get; }

                public Node Node { get; }
            }
        }
    }
}

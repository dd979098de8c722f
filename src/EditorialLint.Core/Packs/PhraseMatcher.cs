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
        private int _maxDepth;

        /// <summary>Creates an empty matcher.</summary>
        public PhraseMatcher(bool ignoreCase)
        {
            _comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            _root = new Node(_comparer);
        }

        private int _count;

        /// <summary>How many phrases were added.</summary>
        public override int Count => _count;

        /// <summary>Whether tokens match whatever their case.</summary>
        internal bool IgnoreCase => ReferenceEquals(_comparer, StringComparer.OrdinalIgnoreCase);

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
                if (!node.Children.TryGetValue(token, out var child))
                {
                    child = new Node(_comparer);
                    node.Children.Add(token, child);
                }

                node = child;
            }

            if (node.Value >= 0) return node.Value;
            node.Value = value;
            _count++;
            _maxDepth = Math.Max(_maxDepth, tokens.Count);
            return -1;
        }

        /// <inheritdoc />
        public override bool TryMatch(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int start, out int value, out int length)
        {
            value = -1;
            length = 0;
            var node = _root;
            for (int i = start; i < tokens.Length && i - start < _maxDepth; i++)
            {
                var next = node.Find(document.GetText(tokens[i]));
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
            public Node(StringComparer comparer)
            {
                Children = new Dictionary<string, Node>(comparer);
            }

            public Dictionary<string, Node> Children { get; }

            public int Value { get; set; } = -1;

            public Node? Find(ReadOnlySpan<char> token)
            {
                if (Children.Count == 0) return null;
                if (token.IndexOf('\u2019') >= 0) return FindNormalized(token);
#if NET
                // Looked up by span: no string is made for the token.
                return Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var child) ? child : null;
#else
                return Children.TryGetValue(token.ToString(), out var child) ? child : null;
#endif
            }

            private Node? FindNormalized(ReadOnlySpan<char> token)
            {
                var text = token.ToString().Replace('\u2019', '\'');
                return Children.TryGetValue(text, out var child) ? child : null;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using EditorialLint.Analysis;
using EditorialLint.Tokens;

namespace EditorialLint.Packs.Compiled
{
    /// <summary>
    /// A phrase trie flattened into one block of bytes and read where it lies: every edge (parent node, token) → child
    /// sits in one open-addressed hash table, so a lookup costs what a <see cref="PhraseMatcher"/> lookup costs and
    /// nothing is built at start-up. Written by <see cref="Write"/> from a matcher built the usual way, so both match
    /// exactly the same phrases.
    /// </summary>
    /// <remarks>
    /// Layout (little-endian int32 unless said): ignore case (0/1), longest phrase in tokens, node count, slot count
    /// (a power of two), key char count; then the node payloads; then the slots, four ints each (parent + 1, 0 for an
    /// empty slot; child; key offset; key length); then the keys as UTF-16 chars; then whether some phrase is one token
    /// (0/1), and the two <see cref="PhrasePairFilter"/>s (first two tokens, first token), each a word count and its
    /// 64-bit words.
    /// </remarks>
    public sealed unsafe class CompiledPhraseIndex : PhraseIndex
    {
        private const int HeaderInts = 5;

        // Pointers into memory that outlives the index: a mapped resource, or an array pinned for good.
        private readonly int* _values;
        private readonly int* _slots;
        private readonly char* _keys;
        private readonly int _mask;
        private readonly int _nodeCount;
        private readonly int _charCount;
        private readonly bool _ignoreCase;
        private readonly int _maxDepth;

        private CompiledPhraseIndex(byte* data, int length, bool filtersStored = true)
        {
            if (length < 4 * HeaderInts) throw new InvalidDataException("Compiled phrase index: the data ends early.");
            var header = (int*)data;
            _ignoreCase = header[0] != 0;
            _maxDepth = header[1];
            int nodes = header[2];
            int slots = header[3];
            int chars = header[4];
            _mask = slots - 1;
            _nodeCount = nodes;
            _charCount = chars;
            if (nodes < 1 || slots < 1 || (slots & _mask) != 0 || chars < 0 || 4L * HeaderInts + 4L * nodes + 16L * slots + 2L * chars > length)
                throw new InvalidDataException("Compiled phrase index: sizes do not add up.");
            _values = header + HeaderInts;
            _slots = _values + nodes;
            _keys = (char*)(_slots + 4 * slots);
            for (int i = 0; i < nodes; i++)
                if (_values[i] >= 0) Count++;
            if (!filtersStored)
            {
                _pairs = IndexFirstPairs(out _hasOneTokenPhrases, out _firstTokens);
                return;
            }

            // The filters follow the keys (building them from the table was a tenth of a one-article run's time).
            long at = 4L * HeaderInts + 4L * nodes + 16L * slots + 2L * chars;
            _hasOneTokenPhrases = ReadFilterHeader(data, length, ref at) != 0;
            _pairs = ReadFilter(data, length, ref at);
            _firstTokens = ReadFilter(data, length, ref at);
        }

        private static int ReadFilterHeader(byte* data, int length, ref long at)
        {
            if (at + 4 > length) throw new InvalidDataException("Compiled phrase index: the filters are missing.");
            int value = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<int>(data + at);
            at += 4;
            return value;
        }

        private static PhrasePairFilter ReadFilter(byte* data, int length, ref long at)
        {
            int words = ReadFilterHeader(data, length, ref at);
            if (words < 0 || at + 8L * words > length) throw new InvalidDataException("Compiled phrase index: a filter does not fit.");
            var filter = PhrasePairFilter.FromBits(new ReadOnlySpan<ulong>(data + at, words));
            at += 8L * words;
            return filter;
        }

        private readonly PhrasePairFilter _pairs;
        private readonly PhrasePairFilter _firstTokens;
        private readonly bool _hasOneTokenPhrases;

        /// <inheritdoc />
        public override int Count { get; }

        /// <summary>Reads the index at <paramref name="offset"/> in <paramref name="data"/>, which is pinned for the life of the process (tests, tools).</summary>
        public static CompiledPhraseIndex Read(byte[] data, int offset)
        {
            var pinned = GCHandle.Alloc(data, GCHandleType.Pinned);
            return new CompiledPhraseIndex((byte*)pinned.AddrOfPinnedObject() + offset, data.Length - offset);
        }

        /// <summary>Reads the index in <paramref name="length"/> bytes at <paramref name="data"/>, memory that must outlive it.</summary>
        internal static CompiledPhraseIndex Read(byte* data, int length) => new CompiledPhraseIndex(data, length);

        /// <summary>Writes the flat form of <paramref name="matcher"/>.</summary>
        public static void Write(PhraseMatcher matcher, BinaryWriter writer)
        {
            var values = new List<int>();
            var edges = new List<(int Parent, string Token, int Child)>();
            matcher.Flatten(values, edges);

            int slots = 16;
            while (slots < edges.Count + edges.Count / 3 + 1) slots <<= 1; // at most three quarters full
            var table = new int[slots * 4];
            var keys = new List<char>();
            foreach (var (parent, token, child) in edges)
            {
                int slot = (int)EdgeHash(parent, TokenHash(token.AsSpan(), matcher.IgnoreCase)) & (slots - 1);
                while (table[slot * 4] != 0) slot = (slot + 1) & (slots - 1);
                table[slot * 4] = parent + 1;
                table[slot * 4 + 1] = child;
                table[slot * 4 + 2] = keys.Count;
                table[slot * 4 + 3] = token.Length;
                keys.AddRange(token);
            }

            using var body = new MemoryStream();
            using (var w = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                w.Write(matcher.IgnoreCase ? 1 : 0);
                w.Write(matcher.MaxDepth);
                w.Write(values.Count);
                w.Write(slots);
                w.Write(keys.Count);
                foreach (var v in values) w.Write(v);
                foreach (var v in table) w.Write(v);
                foreach (var c in keys) w.Write((ushort)c);
            }

            // The filters, built from the table as written, so that reading them back answers as building them would.
            var bytes = body.ToArray();
            CompiledPhraseIndex built;
            fixed (byte* p = bytes) built = new CompiledPhraseIndex(p, bytes.Length, filtersStored: false);
            writer.Write(bytes);
            writer.Write(built._hasOneTokenPhrases ? 1 : 0);
            WriteFilter(writer, built._pairs);
            WriteFilter(writer, built._firstTokens);
        }

        private static void WriteFilter(BinaryWriter writer, PhrasePairFilter filter)
        {
            var bits = filter.Bits;
            writer.Write(bits.Length);
            foreach (var word in bits) writer.Write(word);
        }

        /// <inheritdoc />
        internal override bool IgnoreCase => _ignoreCase;

        /// <inheritdoc />
        public override bool TryMatch(AnalyzedDocument document, int[] keys, int start, int end, out int value, out int length)
        {
            value = -1;
            length = 0;
            // Where every phrase has two tokens or more, a token and the next that start none are ruled out before the
            // table is probed (two tokens in five start some tortured phrase; nearly all go no further).
            // Where some phrase is one token (the eggcorns: "alot"), a token that starts no phrase is ruled out instead,
            // without a probe into the table for every token of the document.
            if (_hasOneTokenPhrases ? !_firstTokens.MayContain(keys[start], 0) : start + 1 >= end || !_pairs.MayContain(keys[start], keys[start + 1])) return false;
            int node = 0;
            for (int i = start; i < end && i - start < _maxDepth; i++)
            {
                if (i == start + 1 && !_pairs.MayContain(keys[start], keys[i])) break;
                node = Find(node, keys[i], document.GetText(document.GetToken(i)));
                if (node < 0) break;
                if (_values[node] >= 0)
                {
                    value = _values[node];
                    length = i - start + 1;
                }
            }

            return value >= 0;
        }

        // The first two tokens of every phrase of two or more, read off the table once: the root's edges, then their
        // children's; and the first token of every phrase (keyed as the pair (token, 0)).
        private PhrasePairFilter IndexFirstPairs(out bool hasOneTokenPhrases, out PhrasePairFilter firstTokenFilter)
        {
            var firstTokens = new Dictionary<int, uint>();
            firstTokenFilter = new PhrasePairFilter();
            hasOneTokenPhrases = false;
            for (int slot = 0; slot <= _mask; slot++)
            {
                int* entry = _slots + slot * 4;
                if (entry[0] != 1 || !InBounds(entry)) continue;
                firstTokens[entry[1]] = TokenHash(KeyOf(entry), _ignoreCase);
                firstTokenFilter.Add((int)firstTokens[entry[1]], 0);
                if (_values[entry[1]] >= 0) hasOneTokenPhrases = true;
            }

            var pairs = new PhrasePairFilter();
            for (int slot = 0; slot <= _mask; slot++)
            {
                int* entry = _slots + slot * 4;
                if (entry[0] == 0 || !InBounds(entry) || !firstTokens.TryGetValue(entry[0] - 1, out uint first)) continue;
                pairs.Add((int)first, (int)TokenHash(KeyOf(entry), _ignoreCase));
            }

            return pairs;
        }

        private ReadOnlySpan<char> KeyOf(int* entry) => new ReadOnlySpan<char>(_keys + entry[2], entry[3]);

        // Offsets are checked where they are used, so that a damaged index reads nothing outside itself.
        private bool InBounds(int* entry) =>
            entry[3] >= 0 && (uint)entry[2] <= (uint)(_charCount - entry[3]) && (uint)entry[1] < (uint)_nodeCount;

        /// <summary>The hash of an edge: its parent node and its token's <see cref="PhraseIndex.TokenHash"/>.</summary>
        internal static uint EdgeHash(int parent, uint tokenHash)
        {
            uint h = tokenHash ^ ((uint)parent * 0x9E3779B1u);
            h ^= h >> 16;
            h *= 0x85EBCA6Bu;
            return h ^ (h >> 13);
        }

        private int Find(int parent, int tokenHash, ReadOnlySpan<char> token)
        {
            if (token.IndexOf('\u2019') >= 0) token = token.ToString().Replace('\u2019', '\'').AsSpan();
            var comparison = _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            int slot = (int)EdgeHash(parent, (uint)tokenHash) & _mask;
            while (true)
            {
                int* entry = _slots + slot * 4;
                int owner = entry[0] - 1;
                if (owner < 0) return -1;
                if (owner == parent && entry[3] == token.Length && InBounds(entry) && token.Equals(KeyOf(entry), comparison))
                    return entry[1];
                slot = (slot + 1) & _mask;
            }
        }
    }
}

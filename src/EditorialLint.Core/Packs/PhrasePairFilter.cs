using System;
using System.Collections.Generic;

namespace EditorialLint.Packs
{
    /// <summary>
    /// The first two tokens of every phrase of two or more, as bits of a small set keyed on their two hashes: a pair
    /// not in it starts no phrase, and is ruled out without a probe into the first token's own table. It may say
    /// yes wrongly (then the table decides), never no wrongly. Also the first token of every phrase, as the pair
    /// (token, 0), where some phrase is a single token.
    /// </summary>
    internal sealed class PhrasePairFilter
    {
        // At most 2^20 bits (128 KB); about 16 bits per pair, so that one absent pair in 16 or so gets through.
        private const int MaxWords = 1 << 14;
        private readonly List<(int First, int Second)> _pairs = new List<(int First, int Second)>();
        private ulong[] _bits = new ulong[8];

        public PhrasePairFilter()
        {
        }

        private PhrasePairFilter(ulong[] bits) => _bits = bits;

        /// <summary>The filter's bits, as <see cref="FromBits"/> takes them back (a compiled pack stores them).</summary>
        internal ReadOnlySpan<ulong> Bits => _bits;

        /// <summary>A filter read back from its <see cref="Bits"/>: it answers as the one they came from; nothing can be added.</summary>
        internal static PhrasePairFilter FromBits(ReadOnlySpan<ulong> bits)
        {
            if (bits.Length == 0 || (bits.Length & (bits.Length - 1)) != 0 || bits.Length > MaxWords)
                throw new System.IO.InvalidDataException("Phrase pair filter: " + bits.Length + " words is not a power of two up to " + MaxWords + ".");
            return new PhrasePairFilter(bits.ToArray());
        }

        public void Add(int first, int second)
        {
            _pairs.Add((first, second));
            if (_pairs.Count * 16 <= _bits.Length * 64 || _bits.Length >= MaxWords)
            {
                Set(first, second);
                return;
            }

            _bits = new ulong[_bits.Length * 2];
            foreach (var (f, s) in _pairs) Set(f, s);
        }

        public bool MayContain(int first, int second)
        {
            uint bit = Bit(first, second, _bits.Length);
            return (_bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
        }

        private void Set(int first, int second)
        {
            uint bit = Bit(first, second, _bits.Length);
            _bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }

        private static uint Bit(int first, int second, int words)
        {
            uint h = ((uint)first * 2654435761u) ^ (uint)second;
            h *= 0x85EBCA6Bu;
            h ^= h >> 15;
            return h & (uint)(words * 64 - 1);
        }
    }
}

using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
#if NET
using System.Runtime.Intrinsics.X86;
#endif

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// The inverted thesaurus: for a word or short phrase a spinner may have put in (a key), the thesaurus roots whose
    /// entries list it (the candidate originals), most frequent first. Two sources are merged: Moby's entries and
    /// WordNet's most frequent synset of each root (what free spinners pick from); each link records which. Read in
    /// place. Layout (little-endian):
    /// <code>
    /// 0   "ELTH"              magic
    /// 4   u32 version (2; version 1 is the same without WordNet's links and ends after the links)
    /// 8   u32 rootCount
    /// 12  u32 keyCount
    /// 16  u32 linkCount
    /// 20  u32 stringBytes
    /// 24  u32 wordNetLinkCount
    /// 28  u32 reserved
    /// 32  u64[rootCount · 3]  word keys of each root (one to three words; 0 where shorter)
    ///     u16[rootCount]      size of each root's entry (how many neighbours a spinner could pick from), padding to 4
    ///     u32[rootCount + 1]  start of each root's text
    ///     u8[stringBytes]     root texts, UTF-8, then padding to 8 bytes
    ///     u64[keyCount]       phrase keys (<see cref="ModelText.Phrase(ReadOnlySpan{ulong})"/>), ascending
    ///     u32[keyCount + 1]   first link of each key
    ///     u16[linkCount]      root of each link (low 15 bits); the top bit is set where the key's own entry lists
    ///                         the root too (mutual neighbours, the kind a spinner's synonym groups hold)
    ///     padding to 4
    ///     u32[wordNetLinkCount]  the links that WordNet gives (ascending link indices)
    ///     u8[wordNetLinkCount]   their relations (<see cref="FromMoby"/>, <see cref="FromWordNet"/>,
    ///                            <see cref="WordNetFirst"/>); every other link is <see cref="FromMoby"/> alone
    /// </code>
    /// WordNet's links are few (about 4% of all), so they are listed apart instead of a byte on every link.
    /// </summary>
    internal sealed unsafe class ThesaurusTable
    {
        /// <summary>File magic.</summary>
        public const uint Magic = 0x48544C45; // "ELTH"

        /// <summary>Current layout version.</summary>
        public const int Version = 2;

        /// <summary>The layout of a table built from Moby alone (no WordNet links), still read: every link is Moby's.</summary>
        public const int MobyOnlyVersion = 1;

        /// <summary>Size of the header in bytes.</summary>
        public const int HeaderSize = 32;

        /// <summary>The bits of a link that hold the root.</summary>
        public const int RootMask = 0x7FFF;

        /// <summary>The bit of a link set for mutual neighbours.</summary>
        public const int MutualFlag = 0x8000;

        /// <summary>A link's relation: the root's Moby entry lists the key.</summary>
        public const byte FromMoby = 1;

        /// <summary>A link's relation: the key is another lemma of the root's most frequent WordNet synset.</summary>
        public const byte FromWordNet = 2;

        /// <summary>
        /// A link's relation: the key is the first other lemma of the root's most frequent WordNet synset, the one word
        /// a free spinner puts in for the root.
        /// </summary>
        public const byte WordNetFirst = 4;

        /// <summary>The most words a root has, and a key with a Moby link.</summary>
        public const int MaxPhraseWords = 3;

        /// <summary>
        /// The most words a key has: a WordNet lemma written for a word may be a phrase of four ("to a lesser extent" for
        /// "less", "at a lower place" for "below"), which a free spinner writes as it finds it. Keys are hashed, so only the
        /// scorer's slots reach this far; roots and Moby's keys stay at <see cref="MaxPhraseWords"/>.
        /// </summary>
        public const int MaxKeyWords = 4;

        private readonly EmbeddedTable _table;
        private readonly int _rootCount;
        private readonly int _keyCount;
        private readonly int _linkCount;
        private readonly int _rootWordsOffset;
        private readonly int _entrySizesOffset;
        private readonly int _rootStringStartsOffset;
        private readonly int _stringsOffset;
        private readonly int _keysOffset;
        private readonly int _linkStartsOffset;
        private readonly int _linksOffset;
        private readonly int _wordNetLinkCount;
        private readonly int _wordNetLinksOffset;
        private readonly int _wordNetRelationsOffset;

        /// <summary>Reads the header; throws <see cref="InvalidOperationException"/> when it is malformed.</summary>
        public ThesaurusTable(EmbeddedTable table)
        {
            _table = table;
            var bytes = table.Bytes;
            if (bytes.Length < HeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic)
                throw new InvalidOperationException(table.Name + " is not a thesaurus table");
            int version = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(4));
            if (version != Version && version != MobyOnlyVersion)
                throw new InvalidOperationException(table.Name + " has an unknown version");
            _rootCount = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(8));
            _keyCount = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(12));
            _linkCount = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(16));
            int stringBytes = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(20));
            _wordNetLinkCount = version == MobyOnlyVersion ? 0 : BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(24));
            if (_rootCount < 0 || _rootCount > RootMask + 1 || _keyCount < 0 || _linkCount < 0 || stringBytes < 0 || _wordNetLinkCount < 0
                || _wordNetLinkCount > _linkCount)
                throw new InvalidOperationException(table.Name + " has a bad header");

            _rootWordsOffset = HeaderSize;
            _entrySizesOffset = _rootWordsOffset + 8 * MaxPhraseWords * _rootCount;
            _rootStringStartsOffset = Align4(_entrySizesOffset + 2 * _rootCount);
            _stringsOffset = _rootStringStartsOffset + 4 * (_rootCount + 1);
            _keysOffset = Align8(_stringsOffset + stringBytes);
            _linkStartsOffset = _keysOffset + 8 * _keyCount;
            _linksOffset = _linkStartsOffset + 4 * (_keyCount + 1);
            _wordNetLinksOffset = version == MobyOnlyVersion ? _linksOffset + 2 * _linkCount : Align4(_linksOffset + 2 * _linkCount);
            _wordNetRelationsOffset = _wordNetLinksOffset + 4 * _wordNetLinkCount;
            if ((long)_wordNetRelationsOffset + _wordNetLinkCount > bytes.Length)
                throw new InvalidOperationException(table.Name + " is truncated");

            _bytes = table.Pointer;
            var linkStarts = MemoryMarshal.Cast<byte, uint>(bytes.Slice(_linkStartsOffset, 4 * (_keyCount + 1)));
            for (int k = 0; k < _keyCount; k++) _maxLinks = Math.Max(_maxLinks, (int)(linkStarts[k + 1] - linkStarts[k]));
            _keyRanges = IndexKeys(Keys);
            _keyFilter = FilterKeys(Keys);
            _wordNetBlocks = IndexWordNetLinks(MemoryMarshal.Cast<byte, uint>(bytes.Slice(_wordNetLinksOffset, 4 * _wordNetLinkCount)), _linkCount);
            _logEntrySizes = new float[_rootCount];
            for (int root = 0; root < _rootCount; root++) _logEntrySizes[root] = (float)Math.Log(Math.Max(1, GetEntrySize(root)));
        }

        // Keys are hashes, spread evenly: their top 16 bits cut the sorted list into 65,536 runs of one or two keys, so a
        // lookup (one per word of every sentence) searches a run instead of the whole list.
        private const int RangeBits = 16;
        private readonly int[] _keyRanges;

        // ln of each root's entry size: every candidate of every slot needs it.
        private readonly float[] _logEntrySizes;

        // The table in place (the hot lookups read through it: the spans' slicing cost more than the reads, above all in the
        // native build, which inlines less). Offsets are checked against the length at open.
        private readonly byte* _bytes;

        // WordNet's links are sorted: the first of them at or after each block of 2^WordNetBlockBits links, so that the
        // search for a key's first one covers a block (a dozen links) instead of all 20,000.
        private const int WordNetBlockBits = 10;
        private readonly int[] _wordNetBlocks;

        private static int[] IndexWordNetLinks(ReadOnlySpan<uint> wordNetLinks, int linkCount)
        {
            var blocks = new int[(linkCount >> WordNetBlockBits) + 2];
            int w = 0;
            for (int block = 0; block < blocks.Length; block++)
            {
                while (w < wordNetLinks.Length && wordNetLinks[w] < (uint)block << WordNetBlockBits) w++;
                blocks[block] = w;
            }

            return blocks;
        }

        private static int[] IndexKeys(ReadOnlySpan<ulong> keys)
        {
            var ranges = new int[(1 << RangeBits) + 1];
            int k = 0;
            for (int range = 0; range <= 1 << RangeBits; range++)
            {
                while (k < keys.Length && (int)(keys[k] >> (64 - RangeBits)) < range) k++;
                ranges[range] = k;
            }

            return ranges;
        }

        // One bit set for each key (a few of its hash bits pick which): a key whose bit is clear is not in the table. A
        // sentence asks for every phrase of two to four words that could be a key, and 97% of those are not (1.45 million of
        // 1.49 million on the BBC corpus); the filter, its lines prefetched for the sentence's phrases together
        // (SwapScorer.ScoreSentence), answers them from 256 KB instead of the key runs and their three prefetches. About
        // one absent key in twenty passes it and is looked up as before. Unprefetched it cost more than it saved: between
        // two sentences the model's lookups push it out of the cache.
        private const int FilterBits = 21;
        private readonly ulong[] _keyFilter;

        private static ulong[] FilterKeys(ReadOnlySpan<ulong> keys)
        {
            var filter = new ulong[(1 << FilterBits) / 64];
            foreach (var key in keys)
            {
                int bit = FilterBit(key);
                filter[bit >> 6] |= 1UL << bit;
            }

            return filter;
        }

        // Bits below the run's (IndexOfKey reads the top 16): keys are hashes, so any of their bits spread evenly.
        private static int FilterBit(ulong key) => (int)(key >> 24) & ((1 << FilterBits) - 1);

        /// <summary>
        /// False when <paramref name="phraseKey"/> is certainly not a key of the table; true when it may be (every key, and
        /// about one absent key in twenty). Cheaper than a lookup, which it never contradicts.
        /// </summary>
        public bool MayContainKey(ulong phraseKey)
        {
            int bit = FilterBit(phraseKey);
            return (_keyFilter[bit >> 6] & (1UL << bit)) != 0;
        }

        /// <summary>Asks the processor to start loading the filter's word for <paramref name="phraseKey"/> (<see cref="MayContainKey"/>). A hint only.</summary>
        public void PrefetchFilter(ulong phraseKey)
        {
#if NET
            if (!Sse.IsSupported) return;
            fixed (ulong* filter = _keyFilter) Sse.Prefetch0(filter + (FilterBit(phraseKey) >> 6));
#endif
        }

        /// <summary>Number of roots (candidate originals).</summary>
        public int RootCount => _rootCount;

        /// <summary>Every key, sorted (the phrase hashes of <see cref="ModelText.Phrase(ReadOnlySpan{ulong})"/>).</summary>
        internal ReadOnlySpan<ulong> Keys => MemoryMarshal.Cast<byte, ulong>(_table.Bytes.Slice(_keysOffset, 8 * _keyCount));

        /// <summary>Number of keys (words and phrases that some entry lists).</summary>
        public int KeyCount => _keyCount;

        /// <summary>Number of key → root links.</summary>
        public int LinkCount => _linkCount;

        /// <summary>
        /// The links of the phrase <paramref name="phraseKey"/>: the roots whose entries list it, most frequent first
        /// (root = link &amp; <see cref="RootMask"/>; <see cref="MutualFlag"/> marks mutual neighbours); empty when none.
        /// </summary>
        public ReadOnlySpan<ushort> GetCandidates(ulong phraseKey)
        {
            int index = IndexOfKey(phraseKey);
            return index < 0 ? ReadOnlySpan<ushort>.Empty : Links(index, out _);
        }

        private ReadOnlySpan<ushort> Links(int index, out int start)
        {
            uint* starts = (uint*)(_bytes + _linkStartsOffset) + index;
            uint first = starts[0], end = starts[1];
            if (first > end || end > (uint)_linkCount) throw new InvalidOperationException(_table.Name + " has a bad link range at key " + index);
            start = (int)first;
            return new ReadOnlySpan<ushort>(_bytes + _linksOffset + 2L * first, (int)(end - first));
        }

        /// <summary>
        /// The links of the phrase <paramref name="phraseKey"/> (as <see cref="GetCandidates(ulong)"/>) and, in
        /// <paramref name="relations"/> (at least as long as the links; only the links' length is written), where each
        /// comes from: <see cref="FromMoby"/>, <see cref="FromWordNet"/>, <see cref="WordNetFirst"/>.
        /// </summary>
        public ReadOnlySpan<ushort> GetCandidates(ulong phraseKey, Span<byte> relations) => GetCandidatesAt(IndexOfKey(phraseKey), relations);

        /// <summary>
        /// <see cref="GetCandidates(ulong, Span{byte})"/> of the key at <paramref name="index"/> in the key list (as
        /// <see cref="PrefetchLinkRange"/> gives it; none for −1).
        /// </summary>
        public ReadOnlySpan<ushort> GetCandidatesAt(int index, Span<byte> relations)
        {
            if (index < 0) return ReadOnlySpan<ushort>.Empty;
            if (index >= _keyCount) throw new ArgumentOutOfRangeException(nameof(index));
            var links = Links(index, out int start);
            int end = start + links.Length;
            if (relations.Length < links.Length) throw new ArgumentException("the relations buffer is too short", nameof(relations));
            relations.Slice(0, links.Length).Fill(FromMoby);
            if (_wordNetLinkCount == 0) return links;
            uint* wordNetLinks = (uint*)(_bytes + _wordNetLinksOffset);
            byte* wordNetRelations = _bytes + _wordNetRelationsOffset;
            int block = start >> WordNetBlockBits;
            for (int w = LowerBound(wordNetLinks, _wordNetBlocks[block], _wordNetBlocks[block + 1], (uint)start); w < _wordNetLinkCount && wordNetLinks[w] < (uint)end; w++)
                relations[(int)wordNetLinks[w] - start] = wordNetRelations[w];
            return links;
        }

        /// <summary>The most links one key has (the length a relations buffer needs).</summary>
        public int MaxLinks => _maxLinks;

        private readonly int _maxLinks;

        /// <summary>Number of links that carry a WordNet relation.</summary>
        public int WordNetLinkCount => _wordNetLinkCount;

        // The first index in [lo, hi) whose value is at least `value` (hi when none).
        private static int LowerBound(uint* sorted, int lo, int hi, uint value)
        {
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (sorted[mid] < value) lo = mid + 1;
                else hi = mid;
            }

            return lo;
        }

        /// <summary>Whether some entry lists the phrase.</summary>
        public bool ContainsKey(ulong phraseKey) => IndexOfKey(phraseKey) >= 0;

        private int IndexOfKey(ulong phraseKey)
        {
            int range = (int)(phraseKey >> (64 - RangeBits));
            int first = _keyRanges[range], end = _keyRanges[range + 1];
            ulong* keys = (ulong*)(_bytes + _keysOffset);
            // One or two keys: a plain loop (the vectorised IndexOf costs more to set up than it saves).
            for (int i = first; i < end; i++)
                if (keys[i] == phraseKey) return i;
            return -1;
        }

        /// <summary>The word keys of a root (one to three).</summary>
        public ReadOnlySpan<ulong> GetRootWords(int root)
        {
            if ((uint)root >= (uint)_rootCount) throw new ArgumentOutOfRangeException(nameof(root));
            ulong* words = (ulong*)(_bytes + _rootWordsOffset) + MaxPhraseWords * root;
            int length = words[2] != 0 ? 3 : words[1] != 0 ? 2 : 1;
            return new ReadOnlySpan<ulong>(words, length);
        }

        /// <summary>
        /// Asks the processor to start loading <paramref name="root"/>'s words (<see cref="GetRootWords"/>) and its entry size
        /// (<see cref="GetLogEntrySize"/>, which the noisy channel reads for every candidate scored), so that those of a slot's
        /// candidates load together instead of one miss after another. A hint only: no effect on results.
        /// </summary>
        public unsafe void PrefetchRootWords(int root)
        {
#if NET
            if (!Sse.IsSupported || (uint)root >= (uint)_rootCount) return;
            // 24 bytes, across two lines for some roots: both ends.
            byte* words = _table.Pointer + _rootWordsOffset + 8L * MaxPhraseWords * root;
            Sse.Prefetch0(words);
            Sse.Prefetch0(words + 8 * MaxPhraseWords - 1);
            // The sizes are a managed array of 120 KB, read a root at a time: a miss for most candidates. The address is
            // taken only to be hinted (a collection moving the array in between costs the hint, nothing else).
            Sse.Prefetch0(System.Runtime.CompilerServices.Unsafe.AsPointer(ref System.Runtime.CompilerServices.Unsafe.Add(
                ref MemoryMarshal.GetArrayDataReference(_logEntrySizes), root)));
#endif
        }

        /// <summary>
        /// Asks the processor to start loading the first thing a lookup of <paramref name="phraseKey"/> reads (its run's
        /// bounds), so that the lookups of a sentence's words miss the cache together instead of one after another; then
        /// <see cref="PrefetchKeys"/> and <see cref="PrefetchLinkRange"/>, in turn, over the same keys. Hints only: no effect on results.
        /// </summary>
        public void PrefetchKeyRun(ulong phraseKey)
        {
#if NET
            if (!Sse.IsSupported) return;
            fixed (int* ranges = _keyRanges) Sse.Prefetch0(ranges + (int)(phraseKey >> (64 - RangeBits)));
#endif
        }

        /// <summary>The second step (see <see cref="PrefetchKeyRun"/>): the run's keys.</summary>
        public void PrefetchKeys(ulong phraseKey)
        {
#if NET
            if (!Sse.IsSupported) return;
            int range = (int)(phraseKey >> (64 - RangeBits));
            Sse.Prefetch0(_bytes + _keysOffset + 8L * _keyRanges[range]);
#endif
        }

        /// <summary>
        /// The third step (see <see cref="PrefetchKeyRun"/>): where a listed key's links lie. Returns the key's index in the
        /// key list (−1: no key), which <see cref="PrefetchLinks"/> and <see cref="GetCandidatesAt"/> take.
        /// </summary>
        public int PrefetchLinkRange(ulong phraseKey)
        {
            int index = IndexOfKey(phraseKey);
#if NET
            if (index >= 0 && Sse.IsSupported) Sse.Prefetch0(_bytes + _linkStartsOffset + 4L * index);
#endif
            return index;
        }

        /// <summary>
        /// The fourth step: the links of the key at <paramref name="index"/> themselves, and the block of WordNet's links
        /// where their relations are searched (<see cref="GetCandidatesAt"/>). Without it, the first read of a slot's
        /// candidates waited on a miss of its own.
        /// </summary>
        public void PrefetchLinks(int index)
        {
#if NET
            if (!Sse.IsSupported || (uint)index >= (uint)_keyCount) return;
            uint* starts = (uint*)(_bytes + _linkStartsOffset) + index;
            uint first = starts[0], end = starts[1];
            if (first >= end || end > (uint)_linkCount) return;
            byte* links = _bytes + _linksOffset + 2L * first;
            long bytes = 2L * (end - first);
            for (long at = 0; at < bytes; at += 64) Sse.Prefetch0(links + at);
            Sse.Prefetch0(links + bytes - 1);
            if (_wordNetLinkCount > 0) Sse.Prefetch0((uint*)(_bytes + _wordNetLinksOffset) + _wordNetBlocks[(int)first >> WordNetBlockBits]);
#endif
        }

        /// <summary>How many neighbours the root's entry lists: a spinner starting from this root picks one of them.</summary>
        public int GetEntrySize(int root) =>
            MemoryMarshal.Cast<byte, ushort>(_table.Bytes.Slice(_entrySizesOffset + 2 * root, 2))[0];

        /// <summary>ln of <see cref="GetEntrySize"/> (at least ln 1).</summary>
        public float GetLogEntrySize(int root) => _logEntrySizes[root];

        /// <summary>The text of a root (allocates: for messages and fixes).</summary>
        public string GetRootText(int root) => DecodeUtf8(GetRootUtf8(root));

        /// <summary>The text of a root as UTF-8 bytes, in place.</summary>
        public ReadOnlySpan<byte> GetRootUtf8(int root)
        {
            var bytes = _table.Bytes;
            var starts = MemoryMarshal.Cast<byte, uint>(bytes.Slice(_rootStringStartsOffset + 4 * root, 8));
            return bytes.Slice(_stringsOffset + (int)starts[0], (int)(starts[1] - starts[0]));
        }

        /// <summary>
        /// The key of a one-word root with a suffix ("country" + "'s"), or 0 when the root has more than one word or is
        /// too long. Allocates nothing.
        /// </summary>
        public unsafe ulong GetRootKeyWithSuffix(int root, ReadOnlySpan<char> suffix)
        {
            if (GetRootWords(root).Length != 1) return 0;
            char* chars = stackalloc char[64];
            int length = GetRootChars(root, new Span<char>(chars, 64));
            return length < 0 ? 0 : ModelText.HashWord(new ReadOnlySpan<char>(chars, length), suffix);
        }

        /// <summary>Decodes a root's text into <paramref name="buffer"/>; the length, or -1 when it does not fit.</summary>
        public unsafe int GetRootChars(int root, Span<char> buffer)
        {
            var utf8 = GetRootUtf8(root);
            if (utf8.Length > buffer.Length) return -1;
            if (utf8.IsEmpty) return 0;
            fixed (byte* p = utf8)
            fixed (char* c = buffer)
                return Encoding.UTF8.GetChars(p, utf8.Length, c, buffer.Length);
        }

        /// <summary>Rounds an offset up to a multiple of 4.</summary>
        public static int Align4(int offset) => (offset + 3) & ~3;

        /// <summary>Rounds an offset up to a multiple of 8.</summary>
        public static int Align8(int offset) => (offset + 7) & ~7;

        private static unsafe string DecodeUtf8(ReadOnlySpan<byte> utf8)
        {
            if (utf8.IsEmpty) return string.Empty;
            fixed (byte* p = utf8) return Encoding.UTF8.GetString(p, utf8.Length);
        }
    }
}

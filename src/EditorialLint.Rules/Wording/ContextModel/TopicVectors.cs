using System;
using System.Buffers.Binary;
using System.IO;
#if NET
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// A short vector per frequent content word (<c>topic-vectors.bin</c>, built by <c>tools/ModelBuilder --topics</c>):
    /// words that the corpus uses in the same paragraphs point the same way, so the sum of an article's words says what it
    /// is about, and a word's cosine with that sum says whether the word is in its usual company there. Layout (little
    /// endian): "ELTV", version, word count, dimensions; the words' keys (<see cref="ModelText.HashWord(ReadOnlySpan{char})"/>)
    /// in ascending order; then each word's unit vector scaled by <see cref="Scale"/> in signed bytes. Read in place.
    /// </summary>
    internal sealed class TopicVectors
    {
        /// <summary>The table's file name among the embedded data.</summary>
        public const string FileName = "topic-vectors.bin";

        /// <summary>A unit vector's components are stored times this.</summary>
        public const float Scale = 127f;

        private const uint Magic = 0x56544C45; // "ELTV"
        private const int Version = 1;
        private const int HeaderBytes = 16;

        private readonly EmbeddedTable _table;
        private readonly int _keysAt;
        private readonly int _vectorsAt;

        public TopicVectors(EmbeddedTable table)
        {
            _table = table;
            var bytes = table.Bytes;
            if (bytes.Length < HeaderBytes || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic)
                throw new InvalidDataException(table.Name + " is not a topic vector table");
            if (BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(4)) != Version)
                throw new InvalidDataException(table.Name + " has an unknown version");
            Count = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(8));
            Dimensions = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(12));
            if (Count < 0 || Dimensions <= 0 || Dimensions > 1024 || (long)HeaderBytes + (long)Count * (8 + Dimensions) != bytes.Length)
                throw new InvalidDataException(table.Name + " is truncated or damaged");
            _keysAt = HeaderBytes;
            _vectorsAt = HeaderBytes + Count * 8;
        }

        /// <summary>How many words have a vector.</summary>
        public int Count { get; }

        /// <summary>The length of every vector.</summary>
        public int Dimensions { get; }

        /// <summary>The row of a word key, or −1 when the word has no vector.</summary>
        /// <remarks>
        /// Keys are hashes, spread evenly over 64 bits, so a key's row is about where its value says (key / 2⁶⁴ of the way
        /// through): interpolation finds it in two or three reads where a binary search takes sixteen, each a cache miss.
        /// </remarks>
        public int IndexOf(ulong key)
        {
            var keys = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(_table.Bytes.Slice(_keysAt, Count * 8));
            int lo = 0, hi = Count - 1;
            while (lo <= hi)
            {
                ulong low = keys[lo], high = keys[hi];
                if (key < low || key > high) return -1;
                int mid = high == low ? lo : lo + (int)((double)(key - low) / (high - low) * (hi - lo));
                ulong at = keys[mid];
                if (at == key) return mid;
                if (at < key) lo = mid + 1;
                else hi = mid - 1;
            }

            return -1;
        }

        /// <summary>
        /// Asks the processor to start loading where <see cref="IndexOf"/> first reads for <paramref name="key"/>, so that the
        /// lookups of an article's words miss the cache together instead of one after another. A hint only.
        /// </summary>
        public unsafe void PrefetchKey(ulong key)
        {
#if NET
            if (!Sse.IsSupported || Count == 0) return;
            var keys = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(_table.Bytes.Slice(_keysAt, Count * 8));
            ulong low = keys[0], high = keys[Count - 1];
            if (key < low || key > high || high == low) return;
            int guess = (int)((double)(key - low) / (high - low) * (Count - 1));
            Sse.Prefetch0(_table.Pointer + _keysAt + 8L * guess);
#endif
        }

        /// <summary>Asks the processor to start loading a row's vector (a hint only).</summary>
        public unsafe void PrefetchRow(int row)
        {
#if NET
            if (!Sse.IsSupported || (uint)row >= (uint)Count) return;
            Sse.Prefetch0(_table.Pointer + _vectorsAt + (long)row * Dimensions);
#endif
        }

        /// <summary>The stored vector of a row.</summary>
        public ReadOnlySpan<sbyte> Vector(int row) =>
            System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(_table.Bytes.Slice(_vectorsAt + row * Dimensions, Dimensions));

        /// <summary>Adds <paramref name="times"/> times a row's vector to <paramref name="sum"/>.</summary>
        public void Add(int row, Span<int> sum, int times = 1)
        {
            var v = Vector(row);
            int d = 0;
#if NET
            // Sixteen components at a time, widened to integers: the same integer sums as the loop below, in a quarter of the
            // instructions (the neighbourhood of every scored slot adds up to ten rows).
            if (Vector128.IsHardwareAccelerated && sum.Length >= v.Length)
            {
                ref sbyte from = ref MemoryMarshal.GetReference(v);
                ref int to = ref MemoryMarshal.GetReference(sum);
                var factor = Vector128.Create(times);
                for (; d + 16 <= v.Length; d += 16)
                {
                    var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref from, (nuint)d));
                    var (a, b) = Vector128.Widen(low);
                    var (c, e) = Vector128.Widen(high);
                    if (times != 1)
                    {
                        a *= factor;
                        b *= factor;
                        c *= factor;
                        e *= factor;
                    }

                    (Vector128.LoadUnsafe(ref to, (nuint)d) + a).StoreUnsafe(ref to, (nuint)d);
                    (Vector128.LoadUnsafe(ref to, (nuint)(d + 4)) + b).StoreUnsafe(ref to, (nuint)(d + 4));
                    (Vector128.LoadUnsafe(ref to, (nuint)(d + 8)) + c).StoreUnsafe(ref to, (nuint)(d + 8));
                    (Vector128.LoadUnsafe(ref to, (nuint)(d + 12)) + e).StoreUnsafe(ref to, (nuint)(d + 12));
                }
            }
#endif
            for (; d < v.Length; d++) sum[d] += times * v[d];
        }

        /// <summary>The cosine of two rows.</summary>
        public float Cosine(int a, int b)
        {
            var x = Vector(a);
            var y = Vector(b);
            long dot = 0, xx = 0, yy = 0;
            for (int d = 0; d < x.Length; d++)
            {
                dot += x[d] * y[d];
                xx += x[d] * x[d];
                yy += y[d] * y[d];
            }

            return xx == 0 || yy == 0 ? 0 : (float)(dot / Math.Sqrt((double)xx * yy));
        }

        /// <summary>The cosine of two sums of vectors (0 when either is zero).</summary>
        public static float Cosine(ReadOnlySpan<int> x, ReadOnlySpan<int> y)
        {
            double dot = 0, xx = 0, yy = 0;
            for (int d = 0; d < x.Length; d++)
            {
                dot += (double)x[d] * y[d];
                xx += (double)x[d] * x[d];
                yy += (double)y[d] * y[d];
            }

            return xx == 0 || yy == 0 ? 0 : (float)(dot / Math.Sqrt(xx * yy));
        }

        /// <summary>The table's bytes for keys in ascending order and their vectors, row after row (the model builder).</summary>
        public static byte[] Serialize(ulong[] keys, sbyte[] vectors, int dimensions)
        {
            if (vectors.Length != keys.Length * dimensions) throw new ArgumentException("one vector per key", nameof(vectors));
            for (int i = 1; i < keys.Length; i++)
                if (keys[i] <= keys[i - 1]) throw new ArgumentException("keys must ascend without repeats", nameof(keys));
            var bytes = new byte[HeaderBytes + keys.Length * (8 + dimensions)];
            BinaryPrimitives.WriteUInt32LittleEndian(bytes, Magic);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), Version);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), keys.Length);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), dimensions);
            for (int i = 0; i < keys.Length; i++) BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(HeaderBytes + i * 8), keys[i]);
            int at = HeaderBytes + keys.Length * 8;
            for (int i = 0; i < vectors.Length; i++) bytes[at + i] = unchecked((byte)vectors[i]);
            return bytes;
        }
    }
}

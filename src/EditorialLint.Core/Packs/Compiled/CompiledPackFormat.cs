using System;
using System.Runtime.InteropServices;

namespace EditorialLint.Packs.Compiled
{
    /// <summary>
    /// The compiled form of rule packs (<c>builtin-packs.bin</c>): what the YAML parser made of each file, written by
    /// <see cref="CompiledPackWriter"/> and read by <see cref="CompiledPackReader"/> without YamlDotNet, phrase
    /// tokenising or trie building. Each pack records the length and hash of the YAML it came from, so that a stale
    /// compiled form is noticed and the YAML used instead.
    /// </summary>
    public static class CompiledPackFormat
    {
        /// <summary>The first bytes of the file.</summary>
        public static readonly byte[] Magic = { (byte)'E', (byte)'L', (byte)'P', (byte)'K' };

        /// <summary>The layout version; a reader rejects any other.</summary>
        public const int Version = 2;

        /// <summary>
        /// A fast 64-bit hash of a rule file's bytes (FNV-style over 8-byte words): enough to tell that a file changed
        /// since it was compiled, not a defence against anyone forging one.
        /// </summary>
        public static ulong SourceHash(ReadOnlySpan<byte> source)
        {
            ulong h = 14695981039346656037UL ^ (ulong)source.Length;
            var words = MemoryMarshal.Cast<byte, ulong>(source);
            foreach (var w in words) h = (h ^ w) * 1099511628211UL;
            for (int i = words.Length * 8; i < source.Length; i++) h = (h ^ source[i]) * 1099511628211UL;
            return h ^ (h >> 29);
        }
    }
}

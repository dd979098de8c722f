using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>
    /// The bytes of one embedded table. Resources of an assembly loaded from disk are mapped memory
    /// (<see cref="UnmanagedMemoryStream"/>): the table is read in place through its pointer, never copied. Where a host
    /// hands out another kind of stream, the bytes are read once into a pinned array.
    /// </summary>
    internal sealed unsafe class EmbeddedTable
    {
        private readonly byte* _pointer;
        private readonly int _length;

        private EmbeddedTable(byte* pointer, int length, string name)
        {
            _pointer = pointer;
            _length = length;
            Name = name;
        }

        /// <summary>The resource name.</summary>
        public string Name { get; }

        /// <summary>The bytes of the table.</summary>
        public ReadOnlySpan<byte> Bytes => new ReadOnlySpan<byte>(_pointer, _length);

        /// <summary>The first byte of the table (for prefetching: the table never moves).</summary>
        public byte* Pointer => _pointer;

        /// <summary>Size in bytes.</summary>
        public int Length => _length;

        /// <summary>Opens an embedded resource of <paramref name="assembly"/>, or null when it is not there.</summary>
        public static EmbeddedTable? Open(Assembly assembly, string resourceName)
        {
            var stream = assembly.GetManifestResourceStream(resourceName);
            if (stream is null) return null;
            if (stream is UnmanagedMemoryStream unmanaged && unmanaged.Length <= int.MaxValue)
            {
                // The memory belongs to the loaded assembly and lives as long as it does.
                return new EmbeddedTable(unmanaged.PositionPointer, (int)unmanaged.Length, resourceName);
            }

            using (stream)
            {
                var copy = new byte[stream.Length];
                int read = 0;
                while (read < copy.Length)
                {
                    int n = stream.Read(copy, read, copy.Length - read);
                    if (n <= 0) break;
                    read += n;
                }

                var handle = GCHandle.Alloc(copy, GCHandleType.Pinned); // kept for the life of the process, like a mapped resource
                return new EmbeddedTable((byte*)handle.AddrOfPinnedObject(), read, resourceName);
            }
        }

        /// <summary>A table over bytes held in memory (tests, the model builder).</summary>
        public static EmbeddedTable FromBytes(byte[] bytes, string name) => FromBytes(bytes, 0, bytes.Length, name);

        /// <summary>A table over <paramref name="length"/> bytes of <paramref name="bytes"/> from <paramref name="offset"/> (tests: a table at a chosen alignment).</summary>
        public static EmbeddedTable FromBytes(byte[] bytes, int offset, int length, string name)
        {
            if (offset < 0 || length < 0 || offset > bytes.Length - length) throw new ArgumentOutOfRangeException(nameof(offset));
            var handle = GCHandle.Alloc(bytes, GCHandleType.Pinned); // kept for the life of the process, like a mapped resource
            return new EmbeddedTable((byte*)handle.AddrOfPinnedObject() + offset, length, name);
        }
    }
}

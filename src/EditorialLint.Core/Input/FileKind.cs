using System;
using System.IO;

namespace EditorialLint.Input
{
    /// <summary>What a path is on disk, after symbolic links.</summary>
    public enum FileKind
    {
        /// <summary>Nothing is there (or a link whose target is missing).</summary>
        Missing,
        /// <summary>A regular file: the only kind that is ever opened and linted.</summary>
        RegularFile,
        /// <summary>A folder.</summary>
        Directory,
        /// <summary>A FIFO (named pipe): opening it blocks until a writer comes.</summary>
        Fifo,
        /// <summary>A socket.</summary>
        Socket,
        /// <summary>A character device (<c>/dev/zero</c>, a terminal): it may never end.</summary>
        CharacterDevice,
        /// <summary>A block device (a disk).</summary>
        BlockDevice,
    }

    /// <summary>
    /// Tells a path's kind without opening it (opening a FIFO blocks): <c>stat</c> through the runtime's own native
    /// shim on Unix, whose record puts the mode at the same place on every platform. Where the shim cannot be
    /// reached (the .NET Standard build, a trimmed host) anything that exists and is not a folder counts as a
    /// regular file, as before.
    /// </summary>
    public static class FileKinds
    {
        /// <summary>The kind of <paramref name="path"/>, following symbolic links.</summary>
        public static FileKind Of(string path)
        {
#if NET
            if (!OperatingSystem.IsWindows())
            {
                var mode = UnixMode(path);
                if (mode == 0) return FileKind.Missing;
                if (mode > 0)
                {
                    switch (mode & 0xF000)
                    {
                        case 0x8000: return FileKind.RegularFile;
                        case 0x4000: return FileKind.Directory;
                        case 0x1000: return FileKind.Fifo;
                        case 0xC000: return FileKind.Socket;
                        case 0x2000: return FileKind.CharacterDevice;
                        case 0x6000: return FileKind.BlockDevice;
                    }
                }
            }
#endif
            if (Directory.Exists(path)) return FileKind.Directory;
            return File.Exists(path) ? FileKind.RegularFile : FileKind.Missing;
        }

        /// <summary>How a kind reads in a message ("a FIFO (named pipe)").</summary>
        public static string Describe(FileKind kind) => kind switch
        {
            FileKind.Fifo => "a FIFO (named pipe)",
            FileKind.Socket => "a socket",
            FileKind.CharacterDevice => "a character device",
            FileKind.BlockDevice => "a block device",
            FileKind.Directory => "a folder",
            FileKind.Missing => "missing",
            _ => "a regular file",
        };

#if NET
        private static bool _shimMissing;

        // The st_mode of path (links followed); 0 when nothing is there; -1 when unknown.
        private static int UnixMode(string path)
        {
            if (_shimMissing) return -1;
            try
            {
                // The shim's FileStatus record: int Flags, int Mode, then more; the buffer is larger than any version of it.
                var buffer = new byte[512];
                var utf8 = System.Text.Encoding.UTF8.GetBytes(path + "\0");
                if (NativeMethods.Stat(utf8, buffer) != 0) return 0;
                return BitConverter.ToInt32(buffer, 4);
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException || e is BadImageFormatException)
            {
                _shimMissing = true;
                return -1;
            }
        }

        private static class NativeMethods
        {
            [System.Runtime.InteropServices.DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = false)]
            public static extern int Stat(byte[] nulTerminatedUtf8Path, byte[] output);
        }
#endif
    }
}

using System;

namespace EditorialLint.Input
{
    /// <summary>
    /// The hard-link count and owner of a file, for deciding how to rewrite it: replacing a file by renaming a new
    /// one over it gives the new file this process's owner and cuts it from the file's other hard links. Read with
    /// Linux's <c>statx</c>, whose record has one layout on every architecture; null where it is not available
    /// (another system, or an old kernel), and the caller then keeps to renaming.
    /// </summary>
    public static class FileOwnership
    {
        /// <summary>Whether renaming a new file over <paramref name="path"/> would change its owner or break a hard link.</summary>
        public static bool RenameWouldBreak(string path)
        {
            var status = Query(path);
            if (status is null) return false;
            var (links, owner) = status.Value;
            return links > 1 || (CurrentUser() is uint me && me != owner);
        }

        /// <summary>(hard links, owner's user ID) of <paramref name="path"/>, links followed; null when unknown.</summary>
        public static (uint Links, uint Owner)? Query(string path)
        {
#if NET
            if (!OperatingSystem.IsLinux() || _unavailable) return null;
            try
            {
                var buffer = new byte[256];
                var utf8 = System.Text.Encoding.UTF8.GetBytes(path + "\0");
                const int AtFdCwd = -100;
                const uint BasicStats = 0x7ff;
                if (NativeMethods.Statx(AtFdCwd, utf8, 0, BasicStats, buffer) != 0) return null;
                // struct statx: u32 mask, u32 blksize, u64 attributes, u32 nlink, u32 uid, ...
                return (BitConverter.ToUInt32(buffer, 16), BitConverter.ToUInt32(buffer, 20));
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
            {
                _unavailable = true;
                return null;
            }
#else
            return null;
#endif
        }

        private static uint? CurrentUser()
        {
#if NET
            try
            {
                return NativeMethods.GetEffectiveUserId();
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
            {
                return null;
            }
#else
            return null;
#endif
        }

#if NET
        private static bool _unavailable;

        private static class NativeMethods
        {
            [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "statx", SetLastError = false)]
            public static extern int Statx(int directoryFd, byte[] nulTerminatedUtf8Path, int flags, uint mask, byte[] output);

            [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "geteuid", SetLastError = false)]
            public static extern uint GetEffectiveUserId();
        }
#endif
    }
}

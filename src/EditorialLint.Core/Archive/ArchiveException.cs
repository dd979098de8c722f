using System;

namespace EditorialLint.Archive
{
    /// <summary>
    /// An archive that cannot be opened, read or written (missing, corrupt, locked, written by a newer version). The
    /// message names the archive and says what to do; hosts show it as it is and exit with code 2.
    /// </summary>
    public sealed class ArchiveException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ArchiveException(string message)
            : base(message)
        {
        }

        /// <summary>Creates the exception with its cause.</summary>
        public ArchiveException(string message, Exception inner)
            : base(message, inner)
        {
        }

        /// <summary>Creates the exception with no message.</summary>
        public ArchiveException()
        {
        }
    }
}

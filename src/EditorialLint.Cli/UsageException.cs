using System;

namespace EditorialLint.Cli
{
    /// <summary>A mistake in how the tool was called (missing path, bad glob): exit code 2 and a clear message, no stack trace.</summary>
    public sealed class UsageException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public UsageException(string message)
            : base(message)
        {
        }
    }
}

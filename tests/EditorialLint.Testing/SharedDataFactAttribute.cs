using Xunit;

namespace EditorialLint.Testing
{
    /// <summary>A fact that needs <c>../shared</c>; skipped when it is absent.</summary>
    public sealed class SharedDataFactAttribute : FactAttribute
    {
        /// <summary>Skips the test when the shared folder is missing.</summary>
        public SharedDataFactAttribute()
        {
            if (SharedData.SharedRoot is null) Skip = "../shared is not beside the repository";
        }
    }

    /// <summary>A theory that needs <c>../shared</c>; skipped when it is absent.</summary>
    public sealed class SharedDataTheoryAttribute : TheoryAttribute
    {
        /// <summary>Skips the test when the shared folder is missing.</summary>
        public SharedDataTheoryAttribute()
        {
            if (SharedData.SharedRoot is null) Skip = "../shared is not beside the repository";
        }
    }
}

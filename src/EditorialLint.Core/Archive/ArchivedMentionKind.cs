namespace EditorialLint.Archive
{
    /// <summary>What an archived mention is.</summary>
    public enum ArchivedMentionKind
    {
        /// <summary>A figure that EL1002 compares (a count, an amount, a measure of a named thing).</summary>
        Figure = 0,

        /// <summary>A dated one-off event that EL1005 compares (an arrest, a death, a resignation).</summary>
        Event = 1,
    }
}

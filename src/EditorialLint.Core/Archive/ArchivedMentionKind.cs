namespace EditorialLint.Archive
{
    /// <summary>What an archived mention is.</summary>
    public enum ArchivedMentionKind
    {
        /// <summary>A figure that EL1002 compares (a count, an amount, a measure of a named thing).</summary>
        Figure = 0,

        /// <summary>A dated one-off event that EL1005 compares (an arrest, a death, a resignation).</summary>
        Event = 1,

        /// <summary>
        /// Any other figure or date of the article: no rule looks it up yet, but the archive keeps every mention so that
        /// it is complete (and a rule that compares more needs no re-indexing). Never returned by a lookup.
        /// </summary>
        Other = 2,
    }
}

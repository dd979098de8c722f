using System.Collections.Generic;

namespace EditorialLint.Archive
{
    /// <summary>
    /// What the rules ask of an archive of published articles: the mentions already published under the same keys as
    /// the figures and events of this run. EL1002 and EL1005 read it at the end of a run
    /// (<see cref="Analysis.CorpusAnalysisContext.Archive"/>); a store (SQLite, PostgreSQL) implements it in
    /// <c>EditorialLint.Archive</c>. Implementations are safe to call from several threads.
    /// </summary>
    public interface IFactArchive
    {
        /// <summary>Where the archive lives, as the user gave it (a file path or a server address without password), for messages.</summary>
        string Location { get; }

        /// <summary>
        /// The archived mentions whose key is one of <paramref name="query"/>'s figure or event keys, each with its
        /// article. Throws <see cref="ArchiveException"/> when the archive cannot be read.
        /// </summary>
        IReadOnlyList<ArchivedMention> Find(ArchiveQuery query);

        /// <summary>
        /// A hint that a lookup of <paramref name="query"/>'s keys will follow (a document of the run has figures or events
        /// to compare): an archive that opens lazily may start opening now, in the background, so that the cost overlaps
        /// with linting. The run itself (<see cref="ArchiveLookahead"/>) starts the lookup of a run's first keys here.
        /// Cheap to call again; never throws (a failure surfaces in <see cref="Find"/>).
        /// </summary>
        void Prepare(ArchiveQuery query);
    }
}

using System;
using System.Data.Common;

namespace EditorialLint.Archive
{
    /// <summary>
    /// What differs between the databases an archive can live in: how a connection is opened and set up, the column
    /// types of the schema, how a write transaction starts, how the tables are listed, and what a failure means.
    /// Every query is written once in <see cref="ArchiveStore"/> and <see cref="ArchiveMigrations"/> over
    /// <see cref="DbConnection"/>; a dialect holds only these differences.
    /// </summary>
    public interface IArchiveDialect
    {
        /// <summary>The database's name for messages ("SQLite", "PostgreSQL").</summary>
        string Name { get; }

        /// <summary>
        /// Opens a connection to <paramref name="location"/> and sets it up (SQLite: WAL, busy timeout). When
        /// <paramref name="create"/> is false, a store that does not exist yet is an <see cref="ArchiveException"/>.
        /// </summary>
        DbConnection Open(string location, bool create);

        /// <summary>The column definition of an auto-numbered 64-bit primary key named <c>id</c>.</summary>
        string IdentityColumn { get; }

        /// <summary>The type of an integer column (kinds, date parts, offsets, lines: the store reads them as 32-bit numbers).</summary>
        string IntegerType { get; }

        /// <summary>The type of a double-precision column.</summary>
        string RealType { get; }

        /// <summary>The type of a text column.</summary>
        string TextType { get; }

        /// <summary>
        /// How many rows one statement writes (<c>INSERT … VALUES (…), (…)</c>) or deletes (<c>IN (…)</c>): many for a
        /// server, where each statement is a round trip; one for SQLite, which runs in the process and binds
        /// parameters by name at a cost that grows with their number.
        /// </summary>
        int RowsPerStatement { get; }

        /// <summary>How a named parameter is written in SQL (<c>@name</c> in both SQLite and Npgsql).</summary>
        string Parameter(string name);

        /// <summary>
        /// A query returning one column: the names of the tables of the store (lower case), to tell a new store from an
        /// archive and from something else.
        /// </summary>
        string ListTablesSql { get; }

        /// <summary>
        /// Starts a write transaction that holds the store's write lock from its first statement (SQLite:
        /// <c>BEGIN IMMEDIATE</c>), so that two writers queue instead of failing half-way.
        /// </summary>
        DbTransaction BeginWrite(DbConnection connection);

        /// <summary>
        /// Serialises schema changes between processes inside <paramref name="transaction"/> (PostgreSQL: an advisory
        /// lock); nothing for SQLite, whose write transaction already excludes other writers.
        /// </summary>
        void LockSchema(DbConnection connection, DbTransaction transaction);

        /// <summary>The store's size in bytes (file and WAL, or the tables on the server), or null when unknown.</summary>
        long? SizeInBytes(DbConnection connection, string location);

        /// <summary>
        /// A clear <see cref="ArchiveException"/> for a database failure on <paramref name="location"/> (locked, corrupt,
        /// not an archive, unreachable), naming the store and what to do.
        /// </summary>
        ArchiveException Describe(Exception failure, string location);

        /// <summary>The location as it may be shown (a server's password left out).</summary>
        string Display(string location);
    }
}

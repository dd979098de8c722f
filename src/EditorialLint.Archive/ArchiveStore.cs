using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using EditorialLint.Numbers;

namespace EditorialLint.Archive
{
    /// <summary>
    /// The archive of published articles' figures and events, written once over ADO.NET: every query of the archive is
    /// here, and an <see cref="IArchiveDialect"/> supplies what differs between SQLite and PostgreSQL. Writes go in
    /// transactions, so an article is stored whole or not at all; one store is safe to use from several threads.
    /// Open one with <see cref="ArchiveStoreFactory.Open"/>.
    /// </summary>
    public sealed class ArchiveStore : IFactArchive, IArchiveReader
    {
        // Articles per write transaction: large enough that commits do not dominate, small enough that a second writer
        // gets its turn often.
        private const int ArticlesPerTransaction = 200;

        // Keys per lookup query: far below every database's parameter limit.
        private const int KeysPerQuery = 400;

        private const string MentionColumns =
            "lookup_key, mention_kind, quantity_kind, value, low, high, resolution, unit, subject, owner, period, place, segment, "
            + "event, date_year, date_month, date_day, names, figure_text, subject_text, sentence_start, sentence_length, line";

        // A lookup's columns, in the order ReadMentions reads them.
        private static readonly string LookupSelect = "SELECT a.id, a.path, a.url, a.title, a.published, a.names, a.content_hash, m."
            + MentionColumns.Replace(", ", ", m.") + " FROM mentions m JOIN articles a ON a.id = m.article_id";

        private readonly object _gate = new object();
        private readonly DbConnection _connection;
        private readonly string _location;
        private bool _disposed;

        /// <summary>
        /// Opens the store at <paramref name="location"/> with <paramref name="dialect"/>, creating it when
        /// <paramref name="create"/> allows, and brings its schema to <see cref="ArchiveMigrations.CurrentVersion"/>.
        /// </summary>
        public ArchiveStore(IArchiveDialect dialect, string location, bool create)
        {
            Dialect = dialect;
            _location = location;
            Location = dialect.Display(location);
            _connection = dialect.Open(location, create);
            try
            {
                PreviousVersion = ArchiveMigrations.Migrate(_connection, dialect, location);
            }
            catch (Exception e)
            {
                _connection.Dispose();
                throw dialect.Describe(e, Location);
            }
        }

        /// <summary>The database behind the store.</summary>
        public IArchiveDialect Dialect { get; }

        /// <inheritdoc />
        public string Location { get; }

        /// <summary>The schema version the store had when opened (0: created now); lower than current means it was migrated.</summary>
        public int PreviousVersion { get; }

        /// <summary>
        /// Stores <paramref name="entries"/>: a new article is added, a changed one has its mentions replaced, an unchanged
        /// one is left alone. Each article is written whole inside a transaction.
        /// </summary>
        public ArchiveAddResult Add(IEnumerable<ArchiveEntry> entries)
        {
            var result = new ArchiveAddResult();
            var batch = new List<ArchiveEntry>(ArticlesPerTransaction);
            foreach (var entry in entries)
            {
                batch.Add(entry);
                if (batch.Count == ArticlesPerTransaction) WriteBatch(batch, result);
            }

            if (batch.Count > 0) WriteBatch(batch, result);
            return result;
        }

        /// <summary>Removes the articles at <paramref name="paths"/> (full paths) and their mentions; returns how many were archived.</summary>
        public int Remove(IEnumerable<string> paths) => Guarded(() =>
        {
            int removed = 0;
            using var transaction = Dialect.BeginWrite(_connection);
            using var find = Command(transaction, "SELECT id FROM articles WHERE path = " + P("path"), "path");
            using var deleteMentions = Command(transaction, "DELETE FROM mentions WHERE article_id = " + P("id"), "id");
            using var deleteArticle = Command(transaction, "DELETE FROM articles WHERE id = " + P("id"), "id");
            foreach (var path in paths)
            {
                find.Parameters[0].Value = path;
                var id = find.ExecuteScalar();
                if (id is null || id is DBNull) continue;
                deleteMentions.Parameters[0].Value = id;
                deleteMentions.ExecuteNonQuery();
                deleteArticle.Parameters[0].Value = id;
                deleteArticle.ExecuteNonQuery();
                removed++;
            }

            transaction.Commit();
            return removed;
        });

        /// <summary>What the store holds.</summary>
        public ArchiveStats Stats() => Guarded(() =>
        {
            long articles = Scalar("SELECT COUNT(*) FROM articles");
            long figures = Scalar("SELECT COUNT(*) FROM mentions WHERE mention_kind = " + ((int)ArchivedMentionKind.Figure).ToString(CultureInfo.InvariantCulture));
            long events = Scalar("SELECT COUNT(*) FROM mentions WHERE mention_kind = " + ((int)ArchivedMentionKind.Event).ToString(CultureInfo.InvariantCulture));
            long others = Scalar("SELECT COUNT(*) FROM mentions WHERE mention_kind = " + ((int)ArchivedMentionKind.Other).ToString(CultureInfo.InvariantCulture));
            int version = (int)Scalar("SELECT MAX(version) FROM schema_version");
            return new ArchiveStats(version, articles, figures, events, others, Dialect.SizeInBytes(_connection, _location));
        });

        /// <summary>Whether an article with this full path is archived, and its content hash.</summary>
        public string? ContentHashOf(string path) => Guarded(() =>
        {
            using var command = Command(null, "SELECT content_hash FROM articles WHERE path = " + P("path"), "path");
            command.Parameters[0].Value = path;
            return command.ExecuteScalar() as string;
        });

        /// <inheritdoc />
        public IReadOnlyList<ArchivedMention> Find(ArchiveQuery query)
        {
            if (query.IsEmpty) return new List<ArchivedMention>();
            return Guarded(() => Lookup(query, P, (sql, keys, articles, into) =>
            {
                using var command = Command(null, sql, KeyParameterNames(keys.Count));
                for (int i = 0; i < keys.Count; i++) command.Parameters[i].Value = keys[i];
                ReadMentions(command, articles, into);
            }));
        }

        /// <inheritdoc />
        public void Prepare(ArchiveQuery query)
        {
            // Open already.
        }

        /// <summary>
        /// Runs a lookup's code path once, on at most one archived row, and drops what it read: the first real lookup
        /// then finds the driver's statements, readers and marshalling ready (about half of a cold lookup's time).
        /// <see cref="LazyArchive"/> calls it on its background open.
        /// </summary>
        public void WarmUp() => Guarded(() =>
        {
            using var command = Command(null, WarmUpSql(P), "k0");
            command.Parameters[0].Value = string.Empty;
            ReadMentions(command, new Dictionary<long, ArchivedArticle>(), new List<ArchivedMention>());
            return 0;
        });

        // The lookup, written once for both read paths (this store over ADO.NET, and SqliteLookup over SQLite's own API on
        // a lint run): the keys of each kind in chunks of KeysPerQuery, the SQL of each chunk (its keys are the parameters
        // k0, k1, … in that order), and the mapping of a row to a mention. runChunk binds the keys, runs the SQL and
        // reads its rows with ReadMention.
        internal static List<ArchivedMention> Lookup(ArchiveQuery query, Func<string, string> parameter,
            Action<string, List<string>, Dictionary<long, ArchivedArticle>, List<ArchivedMention>> runChunk)
        {
            var found = new List<ArchivedMention>();
            var articles = new Dictionary<long, ArchivedArticle>();
            foreach (var (keys, kind) in new[] { (query.FigureKeys, ArchivedMentionKind.Figure), (query.EventKeys, ArchivedMentionKind.Event) })
            {
                var chunk = new List<string>(KeysPerQuery);
                foreach (var key in keys)
                {
                    chunk.Add(key);
                    if (chunk.Count == KeysPerQuery)
                    {
                        runChunk(LookupSql(kind, chunk.Count, parameter), chunk, articles, found);
                        chunk.Clear();
                    }
                }

                if (chunk.Count > 0) runChunk(LookupSql(kind, chunk.Count, parameter), chunk, articles, found);
            }

            return found;
        }

        // One chunk's query: the mentions of one kind under keys k0 … k(count - 1), in article and line order.
        internal static string LookupSql(ArchivedMentionKind kind, int count, Func<string, string> parameter)
        {
            var sql = new StringBuilder(LookupSelect + " WHERE m.mention_kind < 2 AND m.mention_kind = " + ((int)kind).ToString(CultureInfo.InvariantCulture)
                + " AND m.lookup_key IN (");
            for (int i = 0; i < count; i++) sql.Append(i == 0 ? string.Empty : ", ").Append(parameter("k" + i.ToString(CultureInfo.InvariantCulture)));
            return sql.Append(") ORDER BY a.path, m.line").ToString();
        }

        // The warm-up: a lookup's columns for at most one row, the key k0 (bound to the empty string).
        internal static string WarmUpSql(Func<string, string> parameter) =>
            LookupSelect + " WHERE m.mention_kind < 2 AND m.lookup_key >= " + parameter("k0") + " LIMIT 1";

        // A lookup row's reader: an ADO.NET data reader here, a SQLite statement in SqliteLookup.
        internal interface IMentionRow
        {
            bool IsNull(int ordinal);

            long GetInt64(int ordinal);

            int GetInt32(int ordinal);

            double GetDouble(int ordinal);

            string GetString(int ordinal);
        }

        // One row of LookupSelect: its mention, with its article read once per id.
        internal static void ReadMention<TRow>(TRow r, Dictionary<long, ArchivedArticle> articles, List<ArchivedMention> into)
            where TRow : IMentionRow
        {
            long id = r.GetInt64(0);
            if (!articles.TryGetValue(id, out var article))
            {
                article = new ArchivedArticle(r.GetString(1), NullableString(r, 2), NullableString(r, 3), ParseDate(NullableString(r, 4)),
                    SplitNames(r.GetString(5)), r.GetString(6));
                articles[id] = article;
            }

            into.Add(new ArchivedMention
            {
                Article = article,
                Key = r.GetString(7),
                MentionKind = (ArchivedMentionKind)r.GetInt32(8),
                Kind = (QuantityKind)r.GetInt32(9),
                Value = r.GetDouble(10),
                Low = r.GetDouble(11),
                High = r.GetDouble(12),
                Resolution = r.GetDouble(13),
                Unit = NullableString(r, 14),
                Subject = NullableString(r, 15),
                Owner = NullableString(r, 16),
                Period = r.GetString(17),
                Place = r.GetString(18),
                Segment = r.GetString(19),
                Event = NullableString(r, 20),
                Date = new CalendarDate(r.GetInt32(21), r.GetInt32(22), r.GetInt32(23)),
                Names = SplitNames(r.GetString(24)),
                Text = r.GetString(25),
                SubjectText = r.GetString(26),
                SentenceStart = r.GetInt32(27),
                SentenceLength = r.GetInt32(28),
                Line = r.GetInt32(29),
            });
        }

        private static string[] KeyParameterNames(int count)
        {
            var names = new string[count];
            for (int i = 0; i < count; i++) names[i] = "k" + i.ToString(CultureInfo.InvariantCulture);
            return names;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            lock (_gate)
            {
                if (_disposed) return;
                _disposed = true;
                _connection.Dispose();
            }
        }

        private void WriteBatch(List<ArchiveEntry> batch, ArchiveAddResult result)
        {
            Guarded(() =>
            {
                int added = 0, replaced = 0, unchanged = 0;
                long mentions = 0;
                using var transaction = Dialect.BeginWrite(_connection);
                // The batch's archived hashes in one query, not one per article (a round trip each on a server); the write
                // lock is held, so no other writer changes them until the commit.
                var archived = KnownHashes(transaction, batch);

                // What to write: new and changed articles, each path once (a path given twice ends as its last copy).
                var hashes = new Dictionary<string, string>(archived, StringComparer.Ordinal);
                var write = new Dictionary<string, ArchiveEntry>(StringComparer.Ordinal);
                foreach (var entry in batch)
                {
                    var article = entry.Article;
                    hashes.TryGetValue(article.Path, out var oldHash);
                    if (oldHash is not null && string.Equals(oldHash, article.ContentHash, StringComparison.Ordinal))
                    {
                        unchanged++;
                        continue;
                    }

                    if (oldHash is null) added++;
                    else replaced++;
                    hashes[article.Path] = article.ContentHash;
                    write[article.Path] = entry;
                }

                // Rows go in multi-row statements of the dialect's size: on a server each statement is a round trip
                // (PostgreSQL, the 50 MB corpus: 41 s with one statement per row).
                int rows = Dialect.RowsPerStatement;
                var entries = new List<ArchiveEntry>(write.Values);
                var ids = UpsertArticles(transaction, entries, rows);
                var stale = new List<long>();
                foreach (var entry in entries)
                    if (archived.ContainsKey(entry.Article.Path)) stale.Add(ids[entry.Article.Path]);
                ClearMentions(transaction, stale, rows);

                var pending = new List<(long Id, ArchivedMention Mention)>(rows);
                using var insert = InsertMentions(transaction, rows);
                void Flush()
                {
                    // A full chunk reuses one command; the rest (at the batch's end) gets its own.
                    using var rest = pending.Count == rows ? null : InsertMentions(transaction, pending.Count);
                    var command = rest ?? insert;
                    FillMentions(command, pending);
                    command.ExecuteNonQuery();
                    mentions += pending.Count;
                    pending.Clear();
                }

                foreach (var entry in entries)
                {
                    long id = ids[entry.Article.Path];
                    foreach (var m in entry.Mentions)
                    {
                        pending.Add((id, m));
                        if (pending.Count == rows) Flush();
                    }
                }

                if (pending.Count > 0) Flush();

                transaction.Commit();
                // Counted only once the batch is committed.
                result.Added += added;
                result.Replaced += replaced;
                result.Unchanged += unchanged;
                result.Mentions += mentions;
                return 0;
            });
            batch.Clear();
        }

        // One upsert for new and changed articles, rows at a time; path → id. ON CONFLICT makes a path archived meanwhile
        // an update rather than a failure. A full chunk reuses one command (SQLite, one row a statement, prepares it once).
        private Dictionary<string, long> UpsertArticles(DbTransaction transaction, List<ArchiveEntry> entries, int rows)
        {
            var ids = new Dictionary<string, long>(StringComparer.Ordinal);
            DbCommand? full = null;
            try
            {
                for (int start = 0; start < entries.Count; start += rows)
                {
                    int count = Math.Min(rows, entries.Count - start);
                    using var rest = count == rows ? null : UpsertCommand(transaction, count);
                    var command = rest ?? (full ??= UpsertCommand(transaction, rows));
                    var p = command.Parameters;
                    for (int row = 0; row < count; row++)
                    {
                        var article = entries[start + row].Article;
                        p[row * 6].Value = article.Path;
                        p[row * 6 + 1].Value = (object?)article.Url ?? DBNull.Value;
                        p[row * 6 + 2].Value = (object?)article.Title ?? DBNull.Value;
                        p[row * 6 + 3].Value = article.Published.Year == 0 ? DBNull.Value : ArchiveDates.Format(article.Published);
                        p[row * 6 + 4].Value = string.Join(" ", article.Names);
                        p[row * 6 + 5].Value = article.ContentHash;
                    }

                    using var reader = command.ExecuteReader();
                    while (reader.Read()) ids[reader.GetString(0)] = reader.GetInt64(1);
                }
            }
            finally
            {
                full?.Dispose();
            }

            return ids;
        }

        private DbCommand UpsertCommand(DbTransaction transaction, int rows)
        {
            var sql = new StringBuilder("INSERT INTO articles (path, url, title, published, names, content_hash) VALUES ");
            var names = new string[rows * 6];
            for (int row = 0; row < rows; row++)
            {
                var suffix = row.ToString(CultureInfo.InvariantCulture);
                sql.Append(row == 0 ? "(" : ", (");
                int column = 0;
                foreach (var name in new[] { "path", "url", "title", "published", "names", "hash" })
                {
                    names[row * 6 + column] = name + suffix;
                    sql.Append(column++ == 0 ? string.Empty : ", ").Append(P(name + suffix));
                }

                sql.Append(')');
            }

            sql.Append(" ON CONFLICT (path) DO UPDATE SET url = excluded.url, title = excluded.title, published = excluded.published, "
                + "names = excluded.names, content_hash = excluded.content_hash RETURNING path, id");
            return Command(transaction, sql.ToString(), names);
        }

        // The old mentions of replaced articles, rows ids at a time (a new article has none).
        private void ClearMentions(DbTransaction transaction, List<long> articleIds, int rows)
        {
            for (int start = 0; start < articleIds.Count; start += rows)
            {
                int count = Math.Min(rows, articleIds.Count - start);
                var names = new string[count];
                var sql = new StringBuilder("DELETE FROM mentions WHERE article_id IN (");
                for (int i = 0; i < count; i++)
                {
                    names[i] = "id" + i.ToString(CultureInfo.InvariantCulture);
                    sql.Append(i == 0 ? string.Empty : ", ").Append(P(names[i]));
                }

                sql.Append(')');
                using var command = Command(transaction, sql.ToString(), names);
                for (int i = 0; i < count; i++) command.Parameters[i].Value = articleIds[start + i];
                command.ExecuteNonQuery();
            }
        }

        // Path → content hash of the batch's articles that are archived already.
        private Dictionary<string, string> KnownHashes(DbTransaction transaction, List<ArchiveEntry> batch)
        {
            var paths = new List<string>(batch.Count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in batch)
                if (seen.Add(entry.Article.Path)) paths.Add(entry.Article.Path);
            var names = new string[paths.Count];
            var sql = new StringBuilder("SELECT path, content_hash FROM articles WHERE path IN (");
            for (int i = 0; i < paths.Count; i++)
            {
                names[i] = "path" + i.ToString(CultureInfo.InvariantCulture);
                sql.Append(i == 0 ? string.Empty : ", ").Append(P(names[i]));
            }

            sql.Append(')');
            var known = new Dictionary<string, string>(StringComparer.Ordinal);
            using var command = Command(transaction, sql.ToString(), names);
            for (int i = 0; i < paths.Count; i++) command.Parameters[i].Value = paths[i];
            using var reader = command.ExecuteReader();
            while (reader.Read()) known[reader.GetString(0)] = reader.GetString(1);
            return known;
        }

        // INSERT INTO mentions … VALUES (…), (…): rows × (article_id + the mention columns) parameters.
        private DbCommand InsertMentions(DbTransaction transaction, int rows)
        {
            var columns = MentionColumns.Split(new[] { ", " }, StringSplitOptions.None);
            var sql = new StringBuilder("INSERT INTO mentions (article_id, " + MentionColumns + ") VALUES ");
            var parameterNames = new string[rows * (columns.Length + 1)];
            int n = 0;
            for (int row = 0; row < rows; row++)
            {
                var suffix = row.ToString(CultureInfo.InvariantCulture);
                sql.Append(row == 0 ? "(" : ", (");
                parameterNames[n] = "article_id" + suffix;
                sql.Append(P(parameterNames[n++]));
                foreach (var column in columns)
                {
                    parameterNames[n] = column + suffix;
                    sql.Append(", ").Append(P(parameterNames[n++]));
                }

                sql.Append(')');
            }

            return Command(transaction, sql.ToString(), parameterNames);
        }

        private static void FillMentions(DbCommand command, List<(long Id, ArchivedMention Mention)> rows)
        {
            var p = command.Parameters;
            int i = 0;
            foreach (var (id, m) in rows)
            {
                p[i++].Value = id;
                p[i++].Value = m.Key;
                p[i++].Value = (int)m.MentionKind;
                p[i++].Value = (int)m.Kind;
                p[i++].Value = m.Value;
                p[i++].Value = m.Low;
                p[i++].Value = m.High;
                p[i++].Value = m.Resolution;
                p[i++].Value = (object?)m.Unit ?? DBNull.Value;
                p[i++].Value = (object?)m.Subject ?? DBNull.Value;
                p[i++].Value = (object?)m.Owner ?? DBNull.Value;
                p[i++].Value = m.Period;
                p[i++].Value = m.Place;
                p[i++].Value = m.Segment;
                p[i++].Value = (object?)m.Event ?? DBNull.Value;
                p[i++].Value = m.Date.Year;
                p[i++].Value = m.Date.Month;
                p[i++].Value = m.Date.Day;
                p[i++].Value = string.Join(" ", m.Names);
                p[i++].Value = m.Text;
                p[i++].Value = m.SubjectText;
                p[i++].Value = m.SentenceStart;
                p[i++].Value = m.SentenceLength;
                p[i++].Value = m.Line;
            }
        }

        // The mentions (and their articles, read once each) that a LookupSelect command returns.
        private static void ReadMentions(DbCommand command, Dictionary<long, ArchivedArticle> articles, List<ArchivedMention> into)
        {
            using var reader = command.ExecuteReader();
            var row = new DataRow(reader);
            while (reader.Read()) ReadMention(row, articles, into);
        }

        private readonly struct DataRow : IMentionRow
        {
            private readonly DbDataReader _reader;

            public DataRow(DbDataReader reader) => _reader = reader;

            public bool IsNull(int ordinal) => _reader.IsDBNull(ordinal);

            public long GetInt64(int ordinal) => _reader.GetInt64(ordinal);

            public int GetInt32(int ordinal) => _reader.GetInt32(ordinal);

            public double GetDouble(int ordinal) => _reader.GetDouble(ordinal);

            public string GetString(int ordinal) => _reader.GetString(ordinal);
        }

        private static string? NullableString<TRow>(TRow row, int ordinal)
            where TRow : IMentionRow => row.IsNull(ordinal) ? null : row.GetString(ordinal);

        private static ImmutableArray<string> SplitNames(string names) =>
            names.Length == 0 ? ImmutableArray<string>.Empty : ImmutableArray.Create(names.Split(' '));

        // "2024-03-04", "2024-03" or "2024" as ArchiveDates writes them.
        private static CalendarDate ParseDate(string? text)
        {
            if (string.IsNullOrEmpty(text)) return default;
            var parts = text!.Split('-');
            int Part(int i) => i < parts.Length && int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : 0;
            return new CalendarDate(Part(0), Part(1), Part(2));
        }

        private long Scalar(string sql)
        {
            using var command = Command(null, sql);
            var value = command.ExecuteScalar();
            return value is null || value is DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }

        private string P(string name) => Dialect.Parameter(name);

        private DbCommand Command(DbTransaction? transaction, string sql, params string[] parameterNames)
        {
            var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameterNames)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = P(name);
                command.Parameters.Add(parameter);
            }

            return command;
        }

        // One operation at a time on the connection; any database failure becomes a clear ArchiveException.
        private T Guarded<T>(Func<T> action)
        {
            lock (_gate)
            {
                if (_disposed) throw new ObjectDisposedException(nameof(ArchiveStore));
                try
                {
                    return action();
                }
                catch (ArchiveException)
                {
                    throw;
                }
                catch (DbException e)
                {
                    throw Dialect.Describe(e, Location);
                }
                catch (InvalidOperationException e)
                {
                    throw Dialect.Describe(e, Location);
                }
            }
        }
    }
}

using System;
using System.IO;
using EditorialLint.Analysis;
using EditorialLint.Configuration;

namespace EditorialLint.Archive
{
    /// <summary>
    /// Where a run's archive is, decided in one place for every host: the location given explicitly (<c>--archive</c>,
    /// the editor's <c>archive</c> setting), else <c>EDITORIAL_LINT_ARCHIVE</c>, else <c>editorial_lint.archive</c> in
    /// the <c>.editorconfig</c> that applies to the run's first article (relative to that file). A location is a
    /// SQLite file, or a PostgreSQL server (<c>postgres://</c>, <c>postgresql://</c>, a connection string with
    /// <c>Host=</c>).
    /// </summary>
    public static class ArchiveLocation
    {
        /// <summary>The environment variable that names the archive.</summary>
        public const string EnvironmentVariable = "EDITORIAL_LINT_ARCHIVE";

        /// <summary>
        /// The archive of a run, or null for none: <paramref name="explicitLocation"/> and the environment's are relative to
        /// <paramref name="baseDirectory"/>; <paramref name="configured"/> are the options of the run's first article.
        /// </summary>
        public static string? Resolve(string? explicitLocation, string baseDirectory, RuleOptions? configured, Func<string, string?>? environment = null)
        {
            var given = NonEmpty(explicitLocation) ?? NonEmpty((environment ?? Environment.GetEnvironmentVariable)(EnvironmentVariable));
            if (given is not null) return IsServer(given) ? given : Path.GetFullPath(Path.Combine(baseDirectory, given));
            // The .editorconfig value is already a full path (resolved against the file that sets it).
            if (configured is not null && configured.TryGetValue(ConfigurationKey.ArchiveKey, out var value)) return NonEmpty(value);
            return null;
        }

        /// <summary>Whether <paramref name="location"/> names a PostgreSQL server rather than a file.</summary>
        public static bool IsServer(string location)
        {
            var trimmed = location.Trim();
            if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
                return true;
            // A connection string: "Host=db;Database=archive;Username=lint".
            foreach (var part in trimmed.Split(';'))
            {
                int eq = part.IndexOf('=');
                if (eq > 0 && string.Equals(part.Substring(0, eq).Trim(), "Host", StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        /// <summary>The location as it may be shown: a server's password replaced by <c>***</c>.</summary>
        public static string Display(string location)
        {
            if (!IsServer(location)) return location;
            var s = location.Trim();
            int scheme = s.IndexOf("://", StringComparison.Ordinal);
            if (scheme > 0)
            {
                int at = s.IndexOf('@', scheme + 3);
                int colon = s.IndexOf(':', scheme + 3);
                return at > 0 && colon > 0 && colon < at ? s.Substring(0, colon) + ":***" + s.Substring(at) : s;
            }

            var parts = s.Split(';');
            for (int i = 0; i < parts.Length; i++)
            {
                int eq = parts[i].IndexOf('=');
                if (eq > 0 && string.Equals(parts[i].Substring(0, eq).Trim(), "Password", StringComparison.OrdinalIgnoreCase))
                    parts[i] = parts[i].Substring(0, eq + 1) + "***";
            }

            return string.Join(";", parts);
        }

        private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}

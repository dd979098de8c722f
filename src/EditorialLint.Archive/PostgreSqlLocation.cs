using System;
using System.Collections.Generic;
using System.Globalization;
using Npgsql;

namespace EditorialLint.Archive
{
    /// <summary>
    /// Reads a PostgreSQL archive location: a <c>postgres://</c> or <c>postgresql://</c> URL as libpq writes it
    /// (<c>postgres://user:password@host:port/database?sslmode=require</c>) or an Npgsql connection string
    /// (<c>Host=db;Database=archive;Username=lint</c>), into one Npgsql connection string. A password left out is
    /// looked up the way Npgsql does (<c>PGPASSWORD</c>, <c>~/.pgpass</c>).
    /// </summary>
    public static class PostgreSqlLocation
    {
        // libpq's URL query parameters and the Npgsql keywords that mean the same.
        private static readonly Dictionary<string, string> QueryKeywords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["sslmode"] = "SSL Mode",
            ["sslrootcert"] = "Root Certificate",
            ["sslcert"] = "SSL Certificate",
            ["sslkey"] = "SSL Key",
            ["connect_timeout"] = "Timeout",
            ["application_name"] = "Application Name",
            ["target_session_attrs"] = "Target Session Attributes",
            ["options"] = "Options",
            ["host"] = "Host",
            ["port"] = "Port",
            ["user"] = "Username",
            ["password"] = "Password",
            ["dbname"] = "Database",
            ["require_auth"] = "Require Auth",
        };

        // libpq's require_auth method names and Npgsql's.
        private static readonly Dictionary<string, string> AuthMethods = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["password"] = "Password",
            ["md5"] = "MD5",
            ["gss"] = "GSS",
            ["sspi"] = "SSPI",
            ["scram-sha-256"] = "ScramSHA256",
            ["none"] = "None",
        };

        /// <summary>The Npgsql connection string for <paramref name="location"/>; an <see cref="ArchiveException"/> when it is malformed.</summary>
        public static NpgsqlConnectionStringBuilder Parse(string location)
        {
            var trimmed = location.Trim();
            try
            {
                var builder = IsUrl(trimmed) ? FromUrl(trimmed) : new NpgsqlConnectionStringBuilder(trimmed);
                if (string.IsNullOrEmpty(builder.Host))
                    throw new ArchiveException("The archive server '" + ArchiveStoreFactory.RedactedServer(location) + "' names no host.");
                // A lint run opens the archive once: a pool would only keep the connection open after the store is gone.
                if (!Mentions(trimmed, "Pooling")) builder.Pooling = false;
                if (string.IsNullOrEmpty(builder.ApplicationName)) builder.ApplicationName = "editorial-lint";
                // Never the password in clear text: a location can come from a repository's .editorconfig, and the password
                // from PGPASSWORD or ~/.pgpass, so a server someone else chose must not be able to read it. SCRAM, MD5,
                // Kerberos and trust still work; a location that sets Require Auth decides for itself.
                if (!Mentions(trimmed, "Require Auth") && !Mentions(trimmed, "require_auth") && !Mentions(trimmed, "RequireAuth")) builder.RequireAuth = "!Password";
                return builder;
            }
            catch (ArgumentException e)
            {
                throw new ArchiveException("The archive server '" + ArchiveStoreFactory.RedactedServer(location) + "' is not a valid PostgreSQL URL or connection string ("
                    + e.Message.Split('\n')[0].TrimEnd('.') + ").", e);
            }
            catch (FormatException e)
            {
                throw new ArchiveException("The archive server '" + ArchiveStoreFactory.RedactedServer(location) + "' is not a valid PostgreSQL URL or connection string ("
                    + e.Message.TrimEnd('.') + ").", e);
            }
        }

        private static bool IsUrl(string location) =>
            location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

        // Whether the user set a keyword themselves (in a connection string or a URL's query).
        private static bool Mentions(string location, string keyword) =>
            location.IndexOf(keyword, StringComparison.OrdinalIgnoreCase) >= 0;

        // scheme://[user[:password]@][host[:port][,host[:port]…]][/database][?key=value&…], every part percent-encoded.
        private static NpgsqlConnectionStringBuilder FromUrl(string url)
        {
            var builder = new NpgsqlConnectionStringBuilder();
            var rest = url.Substring(url.IndexOf("://", StringComparison.Ordinal) + 3);
            string query = string.Empty;
            int q = rest.IndexOf('?');
            if (q >= 0)
            {
                query = rest.Substring(q + 1);
                rest = rest.Substring(0, q);
            }

            int slash = rest.IndexOf('/');
            var authority = slash >= 0 ? rest.Substring(0, slash) : rest;
            var database = slash >= 0 ? Uri.UnescapeDataString(rest.Substring(slash + 1)) : string.Empty;

            int at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                var userInfo = authority.Substring(0, at);
                authority = authority.Substring(at + 1);
                int colon = userInfo.IndexOf(':');
                builder.Username = Uri.UnescapeDataString(colon >= 0 ? userInfo.Substring(0, colon) : userInfo);
                if (colon >= 0) builder.Password = Uri.UnescapeDataString(userInfo.Substring(colon + 1));
            }

            if (authority.Length > 0) SetHosts(builder, authority);
            if (database.Length > 0) builder.Database = database;

            foreach (var pair in query.Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = pair.IndexOf('=');
                var key = Uri.UnescapeDataString(eq >= 0 ? pair.Substring(0, eq) : pair);
                var value = eq >= 0 ? Uri.UnescapeDataString(pair.Substring(eq + 1).Replace('+', ' ')) : string.Empty;
                if (string.Equals(key, "sslmode", StringComparison.OrdinalIgnoreCase)) value = SslModeName(value);
                if (string.Equals(key, "require_auth", StringComparison.OrdinalIgnoreCase)) value = AuthMethodNames(value);
                // Npgsql's own keywords are accepted as they are; an unknown one is an ArgumentException, reported above.
                builder[QueryKeywords.TryGetValue(key, out var keyword) ? keyword : key] = value;
            }

            return builder;
        }

        // "db", "db:5433", "[::1]:5433", "a:5432,b:5433", or a socket folder written "%2Fvar%2Frun%2Fpostgresql".
        private static void SetHosts(NpgsqlConnectionStringBuilder builder, string authority)
        {
            var hosts = authority.Split(',');
            if (hosts.Length > 1)
            {
                // Npgsql's multi-host form is the same list.
                builder.Host = Uri.UnescapeDataString(authority);
                return;
            }

            var host = authority;
            string? port = null;
            if (host.StartsWith("[", StringComparison.Ordinal))
            {
                int close = host.IndexOf(']');
                if (close < 0) throw new FormatException("an IPv6 address without its closing ']'");
                if (close + 1 < host.Length && host[close + 1] == ':') port = host.Substring(close + 2);
                host = host.Substring(1, close - 1);
            }
            else
            {
                int colon = host.LastIndexOf(':');
                if (colon >= 0)
                {
                    port = host.Substring(colon + 1);
                    host = host.Substring(0, colon);
                }
            }

            if (host.Length > 0) builder.Host = Uri.UnescapeDataString(host);
            if (!string.IsNullOrEmpty(port))
            {
                if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1 || number > 65535)
                    throw new FormatException("the port '" + port + "' is not a number from 1 to 65535");
                builder.Port = number;
            }
        }

        // "scram-sha-256,!password" (libpq) → "ScramSHA256,!Password" (Npgsql).
        private static string AuthMethodNames(string value)
        {
            var methods = value.Split(',');
            for (int i = 0; i < methods.Length; i++)
            {
                var method = methods[i].Trim();
                bool not = method.StartsWith("!", StringComparison.Ordinal);
                var name = not ? method.Substring(1) : method;
                methods[i] = (not ? "!" : string.Empty) + (AuthMethods.TryGetValue(name, out var npgsql) ? npgsql : name);
            }

            return string.Join(",", methods);
        }

        // libpq writes "verify-full"; Npgsql's enum is VerifyFull.
        private static string SslModeName(string value) => value.ToLowerInvariant() switch
        {
            "verify-ca" => "VerifyCA",
            "verify-full" => "VerifyFull",
            _ => value,
        };
    }
}

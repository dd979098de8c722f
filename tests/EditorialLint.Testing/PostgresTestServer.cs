using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace EditorialLint.Testing
{
    /// <summary>
    /// A real PostgreSQL server for tests: the machine's own binaries, a fresh cluster in a temporary data directory
    /// (<c>initdb</c>, trust authentication, superuser <c>postgres</c>), started with <c>pg_ctl</c> on a free port of
    /// 127.0.0.1 with its socket in the same folder, one database per test class or test, and everything stopped and
    /// deleted on <see cref="Dispose"/>. PostgreSQL refuses to run as root, so as root the server runs as an
    /// unprivileged user (<c>$EDITORIAL_LINT_POSTGRES_USER</c>, else <c>postgres</c>, else <c>nobody</c>) through
    /// <c>runuser</c>, and the temporary folder is handed to that user.
    /// </summary>
    public sealed class PostgresTestServer : IDisposable
    {
        private const string Superuser = "postgres";
        // A hang's limit, not a speed bar: initdb once took over 120 s on a two-core host busy with model training.
        private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(300);
        private static readonly Lazy<string?> BinDirectory = new Lazy<string?>(FindBinDirectory);
        private readonly string _root;
        private readonly string _data;
        private readonly string? _runAs;
        private readonly string? _password;
        private int _databases;
        private bool _disposed;

        private PostgresTestServer(string bin, string root, string? runAs, int port, string version, string? password)
        {
            _password = password;
            Bin = bin;
            _root = root;
            _data = Path.Combine(root, "data");
            _runAs = runAs;
            Port = port;
            Version = version;
        }

        /// <summary>The folder holding <c>initdb</c>, <c>pg_ctl</c> and <c>postgres</c>, or null when none is found.</summary>
        public static string? Binaries => BinDirectory.Value;

        /// <summary>Why no server can be started here, or null when one can.</summary>
        public static string? MissingReason => Binaries is null
            ? "no PostgreSQL server binaries found (install Debian's postgresql package, or set EDITORIAL_LINT_POSTGRES_BIN to the folder holding initdb and pg_ctl); .ci/run installs it"
            : null;

        /// <summary>True when tests that need a server must run (and fail without one): CI=true, where .ci/run installs it.</summary>
        public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>The binaries' folder this server runs from.</summary>
        public string Bin { get; }

        /// <summary>The TCP port on 127.0.0.1.</summary>
        public int Port { get; }

        /// <summary>What <c>postgres --version</c> says ("postgres (PostgreSQL) 15.18 …").</summary>
        public string Version { get; }

        /// <summary>
        /// Makes a cluster in a new temporary folder and starts it; throws, with the server's log, when it cannot. With
        /// <paramref name="password"/>, logins over TCP need it, by <paramref name="passwordMethod"/> (pg_hba's
        /// <c>scram-sha-256</c>, <c>md5</c> or <c>password</c>, the last in clear text), as a newsroom server's would.
        /// </summary>
        public static PostgresTestServer Start(string? password = null, string passwordMethod = "scram-sha-256")
        {
            var bin = Binaries ?? throw new InvalidOperationException(MissingReason);
            var runAs = Environment.IsPrivilegedProcess ? UnprivilegedUser() : null;
            // As root, a folder under /tmp: the server's user must be able to reach it, and $TMPDIR may sit in /root.
            var parent = runAs is null ? Path.GetTempPath() : "/tmp";
            var root = Path.Combine(parent, "el-pg-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            Directory.CreateDirectory(root);
            try
            {
                if (runAs is not null) Execute("chown", new[] { runAs, root }, null);
                var version = Execute(Path.Combine(bin, "postgres"), new[] { "--version" }, null).Trim();
                var initdb = new List<string> { "-D", Path.Combine(root, "data"), "-U", Superuser, "-E", "UTF8", "--locale=C", "--no-sync" };
                if (password is null)
                {
                    initdb.Add("--auth=trust");
                }
                else
                {
                    var passwordFile = Path.Combine(root, "password");
                    File.WriteAllText(passwordFile, password + "\n");
                    if (runAs is not null) Execute("chown", new[] { runAs, passwordFile }, null);
                    initdb.AddRange(new[] { "--auth-local=trust", "--auth-host=" + passwordMethod, "--pwfile=" + passwordFile });
                }

                Execute(Path.Combine(bin, "initdb"), initdb, runAs, root);

                // The port is free when asked; another process may take it before the server binds, so try a few.
                Exception? last = null;
                for (int attempt = 0; attempt < 3; attempt++)
                {
                    int port = FreePort();
                    var server = new PostgresTestServer(bin, root, runAs, port, version, password);
                    try
                    {
                        server.PgCtl("start", "-w", "-t", "60", "-l", Path.Combine(root, "server.log"), "-o", server.ServerOptions());
                        // pg_ctl detaches the server: should the fixture never be disposed, stop it when the test process ends.
                        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
                        return server;
                    }
                    catch (InvalidOperationException e)
                    {
                        last = e;
                    }
                }

                throw new InvalidOperationException("PostgreSQL did not start: " + last?.Message + "\n" + LogTail(root));
            }
            catch
            {
                DeleteFolder(root);
                throw;
            }
        }

        /// <summary>
        /// Creates an empty database named after <paramref name="prefix"/> (letters and digits kept, a counter added so
        /// names never repeat) and returns its name.
        /// </summary>
        public string CreateDatabase(string prefix)
        {
            var clean = new StringBuilder();
            foreach (char c in prefix.ToLowerInvariant())
                if (clean.Length < 40 && (c is >= 'a' and <= 'z' || c is >= '0' and <= '9')) clean.Append(c);
            var name = (clean.Length == 0 ? "test" : clean.ToString()) + "_" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture);
            Execute(Path.Combine(Bin, "createdb"), new[] { "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", Superuser, name }, null, password: _password);
            return name;
        }

        /// <summary>An Npgsql connection string for <paramref name="database"/>.</summary>
        public string ConnectionString(string database) =>
            $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username={Superuser};Database={database}";

        /// <summary>A <c>postgres://</c> URL for <paramref name="database"/>, as a user would pass to <c>--archive</c>.</summary>
        public string Url(string database) => $"postgres://{Superuser}@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/{database}";

        /// <summary>Runs SQL through <c>psql</c> in <paramref name="database"/> and returns what it printed (unaligned, tuples only).</summary>
        public string Psql(string database, string sql) =>
            Execute(Path.Combine(Bin, "psql"), new[]
            {
                "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", Superuser, "-d", database,
                "-v", "ON_ERROR_STOP=1", "-X", "-q", "-A", "-t", "-c", sql,
            }, null, password: _password);

        /// <summary>Stops the server at once and deletes its folder.</summary>
        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            try
            {
                PgCtl("stop", "-m", "immediate", "-w", "-t", "60");
            }
            catch (InvalidOperationException)
            {
                // Already gone; the folder still goes.
            }

            DeleteFolder(_root);
        }

        private string ServerOptions() => string.Join(" ", new[]
        {
            "-p " + Port.ToString(CultureInfo.InvariantCulture),
            "-k " + _root,
            "-c listen_addresses=127.0.0.1",
            // A throw-away cluster: durability buys nothing, and the machine is shared.
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
            "-c shared_buffers=16MB", "-c max_connections=200",
        });

        private void PgCtl(params string[] args)
        {
            var all = new List<string> { "-D", _data };
            all.InsertRange(0, args.Take(1));
            all.AddRange(args.Skip(1));
            Execute(Path.Combine(Bin, "pg_ctl"), all, _runAs, _root);
        }

        /// <summary>
        /// <c>$EDITORIAL_LINT_POSTGRES_BIN</c>; else <c>pg_config --bindir</c> when it holds the server; else the newest
        /// <c>/usr/lib/postgresql/*/bin</c>; else the PATH.
        /// </summary>
        private static string? FindBinDirectory()
        {
            var given = Environment.GetEnvironmentVariable("EDITORIAL_LINT_POSTGRES_BIN");
            if (!string.IsNullOrEmpty(given)) return HasServer(given) ? given : null;

            var pgConfig = OnPath("pg_config");
            if (pgConfig is not null)
            {
                try
                {
                    var dir = Execute(pgConfig, new[] { "--bindir" }, null).Trim();
                    if (HasServer(dir)) return dir;
                }
                catch (InvalidOperationException)
                {
                    // pg_config without a server (libpq-dev alone): look elsewhere.
                }
            }

            if (Directory.Exists("/usr/lib/postgresql"))
            {
                var newest = Directory.GetDirectories("/usr/lib/postgresql")
                    .Select(d => (dir: Path.Combine(d, "bin"), version: double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0))
                    .Where(d => HasServer(d.dir))
                    .OrderByDescending(d => d.version)
                    .Select(d => d.dir)
                    .FirstOrDefault();
                if (newest is not null) return newest;
            }

            var initdb = OnPath("initdb");
            if (initdb is null) return null;
            // Debian puts links in /usr/local/bin or /usr/bin; the real folder holds postgres and createdb too.
            var real = Path.GetDirectoryName(new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb);
            return real is not null && HasServer(real) ? real : null;
        }

        private static bool HasServer(string dir) =>
            new[] { "initdb", "pg_ctl", "postgres", "createdb", "psql" }.All(name => File.Exists(Path.Combine(dir, name)));

        private static string? OnPath(string name)
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }

            return null;
        }

        // The user the server runs as when we are root: the one named, else Debian's postgres user, else nobody.
        private static string UnprivilegedUser()
        {
            var named = Environment.GetEnvironmentVariable("EDITORIAL_LINT_POSTGRES_USER");
            if (!string.IsNullOrEmpty(named)) return named;
            var users = File.Exists("/etc/passwd")
                ? File.ReadAllLines("/etc/passwd").Select(line => line.Split(':')[0]).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(StringComparer.Ordinal);
            if (users.Contains("postgres")) return "postgres";
            if (users.Contains("nobody")) return "nobody";
            throw new InvalidOperationException("running as root, and neither a postgres nor a nobody user exists to run PostgreSQL as (set EDITORIAL_LINT_POSTGRES_USER)");
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            try
            {
                return ((IPEndPoint)listener.LocalEndpoint).Port;
            }
            finally
            {
                listener.Stop();
            }
        }

        // Runs a program (as runAs through runuser when given) and returns its output; throws with its output when it fails.
        private static string Execute(string program, IEnumerable<string> args, string? runAs, string? workingDirectory = null, string? password = null)
        {
            var start = new ProcessStartInfo(runAs is null ? program : "runuser")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                // The server's user may not be able to enter our working directory.
                WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
            };
            if (runAs is not null)
            {
                foreach (var a in new[] { "-u", runAs, "--", program }) start.ArgumentList.Add(a);
            }

            foreach (var a in args) start.ArgumentList.Add(a);
            start.Environment["LC_ALL"] = "C";
            if (password is not null) start.Environment["PGPASSWORD"] = password;
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(CommandTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish in {CommandTimeout.TotalSeconds} s");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(" ", start.ArgumentList)} exited with {process.ExitCode}: {error.Result}{output.Result}");
            return output.Result;
        }

        private static string LogTail(string root)
        {
            var log = Path.Combine(root, "server.log");
            if (!File.Exists(log)) return "(no server log)";
            var lines = File.ReadAllLines(log);
            return string.Join("\n", lines.Skip(Math.Max(0, lines.Length - 20)));
        }

        private static void DeleteFolder(string path)
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}

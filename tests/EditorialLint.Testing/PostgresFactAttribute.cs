using System;
using Xunit;

namespace EditorialLint.Testing
{
    /// <summary>
    /// A test that needs a real PostgreSQL server (<see cref="PostgresTestServer"/>): skipped, saying why, when no server
    /// binaries are found on a developer's machine; in CI (CI=true, where .ci/run installs them) it runs and fails
    /// without them.
    /// </summary>
    public sealed class PostgresFactAttribute : FactAttribute
    {
        /// <summary>Skips the test when no PostgreSQL binaries are found outside CI.</summary>
        public PostgresFactAttribute()
        {
            if (PostgresTestServer.MissingReason is { } reason && !PostgresTestServer.Required) Skip = reason;
        }
    }

    /// <summary>
    /// One <see cref="PostgresTestServer"/> for the test classes that share it (an xunit collection fixture): started on
    /// first use, so skipped tests start nothing, and stopped and deleted when the collection is done.
    /// </summary>
    public sealed class PostgresServerFixture : IDisposable
    {
        // A failed start is remembered: every test that asks gets the same clear error, without another try.
        private readonly Lazy<PostgresTestServer> _server = new Lazy<PostgresTestServer>(() => PostgresTestServer.Start());

        /// <summary>The running server (started on first use).</summary>
        public PostgresTestServer Server => _server.Value;

        /// <summary>Stops the server if it was started.</summary>
        public void Dispose()
        {
            if (_server.IsValueCreated) _server.Value.Dispose();
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using EditorialLint.Analysis;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer
{
    /// <summary>
    /// How a language server is set up. <c>editorial-lint lsp</c> sets the log and the plugin host as a lint run has
    /// them (<c>CliApplication.LanguageServerOptions</c>); everything else is the default.
    /// </summary>
    public sealed class LanguageServerOptions
    {
        /// <summary>Where the server logs (standard error for the CLI); null for nowhere.</summary>
        public TextWriter? Log { get; set; }

        /// <summary>The rules to run; null for the built-in rules.</summary>
        public IReadOnlyList<EditorialRule>? Rules { get; set; }

        /// <summary>Loads plugins named in configuration; null where the host has none (they are then reported as unsupported).</summary>
        public Configuration.IPluginHost? PluginHost { get; set; }

        /// <summary>
        /// Whether C# plugins may run. It comes from how the server was started (<c>editorial-lint lsp --allow-plugins</c>,
        /// or <c>EDITORIAL_LINT_ALLOW_PLUGINS=1</c>): user-level settings, never the workspace's own files.
        /// </summary>
        public Configuration.PluginTrust PluginTrust { get; set; } = Configuration.PluginTrust.Denied;

        /// <summary>Settings before the client sends any.</summary>
        public ServerSettings? Settings { get; set; }

        /// <summary>
        /// Opens the archive of published articles at a location (the <c>archive</c> setting, <c>EDITORIAL_LINT_ARCHIVE</c>
        /// or <c>editorial_lint.archive</c>); null where the host has no archive store. It throws
        /// <see cref="Archive.ArchiveException"/> for a location that cannot be an archive.
        /// </summary>
        public Func<string, Archive.IFactArchive>? OpenArchive { get; set; }
    }

    /// <summary>
    /// Runs the EditorialLint language server (Language Server Protocol 3.17) over two streams: standard input and
    /// output for <c>editorial-lint lsp</c>, pipes in tests.
    /// </summary>
    public static class LanguageServerHost
    {
        /// <summary>
        /// Serves until the client sends <c>exit</c> or closes the input. Returns 0 after an orderly
        /// <c>shutdown</c>/<c>exit</c>, 1 otherwise, as the protocol asks.
        /// </summary>
        public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions? options = null, CancellationToken cancellationToken = default)
        {
            using var connection = new JsonRpcConnection(input, output);
            using var server = new EditorialLanguageServer(connection, options ?? new LanguageServerOptions());
            return await server.RunAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Serves over this process's standard input and output, set up by <paramref name="options"/>, until
        /// <c>exit</c>, the end of the input, or SIGTERM/SIGINT; in each case it returns at once, even while linting.
        /// </summary>
        public static int RunOverStandardStreams(LanguageServerOptions options)
        {
            using var stop = new CancellationTokenSource();
            // Handled (not the runtime's default) so the server stops in order; it ends the process, as asked.
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.Cancel(); });
            using var input = System.Console.OpenStandardInput();
            using var output = System.Console.OpenStandardOutput();
            return RunUntilStoppedAsync(input, output, options, stop.Token).GetAwaiter().GetResult();
        }

        /// <summary>
        /// Serves until <c>exit</c>, the end of the input or <paramref name="stop"/>. A read from standard input does not
        /// always see a cancellation, so on <paramref name="stop"/> this returns 1 without waiting for it; the lint
        /// work is cancelled and runs on background threads that do not hold the process.
        /// </summary>
        internal static async Task<int> RunUntilStoppedAsync(Stream input, Stream output, LanguageServerOptions options, CancellationToken stop)
        {
            var run = RunAsync(input, output, options, stop);
            var stopped = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = stop.Register(() => stopped.TrySetResult(1));
            return await (await Task.WhenAny(run, stopped.Task).ConfigureAwait(false)).ConfigureAwait(false);
        }
    }
}

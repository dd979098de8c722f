using System;
using System.CommandLine;
using System.Net;

namespace EditorialLint.Cli.Serve
{
    /// <summary>
    /// <c>editorial-lint serve [--port N] [--open]</c>: a local page where an editor pastes or drops articles and sees
    /// the HTML report of them as they type. The framework-dependent tool has it; the NativeAOT build leaves the web
    /// server out (docs/report.md says why) and says so.
    /// </summary>
    public static class ServeCommand
    {
        /// <summary>The port used when none is given.</summary>
        public const int DefaultPort = 5178;

        /// <summary>The command, reading <paramref name="config"/> and <paramref name="rules"/> from the root command.</summary>
        public static Command Create(CliEnvironment env, Option<string?> config, Option<string[]> rules)
        {
            var port = new Option<int>("--port") { Description = $"The port to listen on at 127.0.0.1 (default {DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
            var open = new Option<bool>("--open") { Description = "Open the page in the default browser." };
            var command = new Command("serve", "Serve a local page where you paste or drop articles and see the report as you type (127.0.0.1 only).") { port, open };
            command.SetAction(parse => Run(env, parse.GetValue(port), parse.GetValue(open), parse.GetValue(config), parse.GetValue(rules) ?? Array.Empty<string>()));
            return command;
        }

        private static int Run(CliEnvironment env, int port, bool open, string? config, string[] rules)
        {
            if (port < 0 || port > 65535) throw new UsageException("--port must be between 0 and 65535");
#if SERVE
            ReportServer server;
            try
            {
                server = ReportServer.StartAsync(env.CurrentDirectory, config, rules, IPAddress.Loopback, port).GetAwaiter().GetResult();
            }
            catch (System.IO.IOException e)
            {
                throw new UsageException($"cannot listen on 127.0.0.1:{port}: {e.Message} (try another --port)");
            }

            try
            {
                foreach (var d in server.SetupDiagnostics)
                    env.Error.WriteLine(d.ToString());
                env.Output.WriteLine($"editorial-lint: serving {server.Address} (configuration and rule packs of {env.CurrentDirectory}); press Ctrl+C to stop");
                env.Output.Flush();
                if (open) OpenBrowser(env, server.Address);
                server.WaitForShutdownAsync().GetAwaiter().GetResult();
            }
            finally
            {
                server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            return 0;
#else
            _ = open;
            _ = config;
            _ = rules;
            env.Error.WriteLine("editorial-lint: error: 'serve' is not in the native build; install the dotnet tool (dotnet tool install -g EditorialLint.Tool) to use it");
            return 2;
#endif
        }

#if SERVE
        private static void OpenBrowser(CliEnvironment env, Uri address)
        {
            try
            {
                var start = new System.Diagnostics.ProcessStartInfo(address.AbsoluteUri) { UseShellExecute = true };
                using var _ = System.Diagnostics.Process.Start(start);
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception || e is InvalidOperationException || e is PlatformNotSupportedException)
            {
                env.Error.WriteLine($"editorial-lint: could not open a browser ({e.Message}); open {address} yourself");
            }
        }
#endif
    }
}

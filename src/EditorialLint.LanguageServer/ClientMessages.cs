using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using EditorialLint.Diagnostics;
using EditorialLint.LanguageServer.Protocol;
using Microsoft.CodeAnalysis;

namespace EditorialLint.LanguageServer
{
    /// <summary>
    /// The server's messages to the user and its log: failures shown once (a throwing rule, unreadable configuration),
    /// <c>window/logMessage</c> and <c>window/showMessage</c>, the host's log, and notifications sent off the message
    /// loop, whose failures are logged, never thrown.
    /// </summary>
    internal sealed class ClientMessages
    {
        private readonly JsonRpcConnection _rpc;
        private readonly TextWriter _log;
        private readonly HashSet<string> _reportedFailures = new HashSet<string>(StringComparer.Ordinal);

        public ClientMessages(JsonRpcConnection rpc, TextWriter log)
        {
            _rpc = rpc;
            _log = log;
        }

        // A rule that throws is reported by the engine as EL9004 on the document; the user hears about it once.
        public void ReportRuleFailures(ImmutableArray<Diagnostic> diagnostics)
        {
            foreach (var d in diagnostics)
            {
                if (d.Id != RuleIdentifiers.RuleFailure) continue;
                var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                int end = message.IndexOf(" failed", StringComparison.Ordinal);
                var key = "rule:" + (end > 0 ? message.Substring(0, end) : message);
                ReportFailureOnce(key, "EditorialLint: " + message, null);
            }
        }

        public void ReportFailureOnce(string key, string message, Exception? exception)
        {
            bool first;
            lock (_reportedFailures) first = _reportedFailures.Add(key);
            Log(message + (exception is null ? string.Empty : Environment.NewLine + exception));
            if (first) Notify(LspConstants.MessageError, message, show: true);
        }

        public void Notify(int type, string message, bool show)
        {
            var parameters = new MessageParams { Type = type, Message = message };
            Background(() => _rpc.NotifyAsync("window/logMessage", parameters, LspJsonContext.Default.MessageParams), "logging");
            if (show) Background(() => _rpc.NotifyAsync("window/showMessage", parameters, LspJsonContext.Default.MessageParams), "showing a message");
        }

        public void Log(string message)
        {
            try
            {
                lock (_log) _log.WriteLine("[editorial-lint] " + message);
            }
            catch (Exception e) when (e is IOException || e is ObjectDisposedException)
            {
            }
        }

        public void Background(Func<Task> work, string what)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await work().ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
                catch (Exception e)
                {
                    Log(what + " failed: " + e.Message);
                }
            });
        }
    }
}

using System.Diagnostics;

namespace EditorialLint.Cli.Tests
{
    /// <summary>Runs a system command a test needs to set a file up (mkfifo, ln, chown).</summary>
    internal static class ExternalCommand
    {
        /// <summary>Whether the command ran and succeeded (false where it does not exist).</summary>
        public static bool Run(string command, params string[] args)
        {
            try
            {
                var info = new ProcessStartInfo(command) { UseShellExecute = false };
                foreach (var a in args) info.ArgumentList.Add(a);
                using var process = Process.Start(info)!;
                process.WaitForExit();
                return process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }
}

using EditorialLint.Configuration;
#if PLUGINS
using EditorialLint.Plugins;
#endif

namespace EditorialLint.Cli
{
    /// <summary>
    /// The one place the CLI decides whether it can load plugins: the dotnet tool can, the native build cannot
    /// (no compiler, no run-time assembly loading; C# rules and plugins are then reported as EL9031). Every command
    /// that lints, <c>lsp</c> included, takes its plugin host from here.
    /// </summary>
    internal static class CliPlugins
    {
        /// <summary>The plugin host of this build, showing paths relative to <paramref name="baseDirectory"/>; null in the native build.</summary>
        public static IPluginHost? Create(string baseDirectory)
        {
#if PLUGINS
            return new PluginHost(baseDirectory);
#else
            return null;
#endif
        }
    }
}

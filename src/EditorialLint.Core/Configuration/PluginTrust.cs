using System;

namespace EditorialLint.Configuration
{
    /// <summary>
    /// Whether this run may load C# plugins (rule files compiled at run time, assemblies named by
    /// <c>editorial_lint.plugins</c>): loading one runs its code with the user's rights. A repository's own
    /// configuration names plugins, so the permission must come from outside the repository: the command line
    /// (<c>--allow-plugins</c>), the environment (<c>EDITORIAL_LINT_ALLOW_PLUGINS=1</c>) or a user-level editor setting.
    /// Every place that loads plugins asks this one type (see <see cref="Workspace.LintWorkspace"/>); docs/security.md explains why.
    /// </summary>
    public sealed class PluginTrust
    {
        /// <summary>The environment variable that allows plugins when set to <c>1</c> or <c>true</c>.</summary>
        public const string EnvironmentVariable = "EDITORIAL_LINT_ALLOW_PLUGINS";

        /// <summary>The command-line option that allows plugins.</summary>
        public const string CommandLineOption = "--allow-plugins";

        private PluginTrust(bool allowed, string? grantedBy)
        {
            Allowed = allowed;
            GrantedBy = grantedBy;
        }

        /// <summary>No plugin runs: each is reported once (EL9032) and YAML packs still load. The default.</summary>
        public static PluginTrust Denied { get; } = new PluginTrust(false, null);

        /// <summary>Whether plugins may load.</summary>
        public bool Allowed { get; }

        /// <summary>What allowed them (the option, the variable or the setting), or null when denied.</summary>
        public string? GrantedBy { get; }

        /// <summary>Plugins allowed by <paramref name="grantedBy"/> (a user-level setting a host read, say).</summary>
        public static PluginTrust AllowedBy(string grantedBy) => new PluginTrust(true, grantedBy);

        /// <summary>
        /// The decision for a run: allowed when <paramref name="allowPluginsOption"/> (the command-line option) or
        /// <paramref name="userSetting"/> (a user-level editor setting) is set, or the environment variable is
        /// <c>1</c>/<c>true</c>; denied otherwise. <paramref name="getEnvironmentVariable"/> replaces the process
        /// environment in tests.
        /// </summary>
        public static PluginTrust Decide(bool allowPluginsOption, bool userSetting = false, Func<string, string?>? getEnvironmentVariable = null)
        {
            if (allowPluginsOption) return AllowedBy(CommandLineOption);
            if (userSetting) return AllowedBy("the editor's allowPlugins setting");
            var value = (getEnvironmentVariable ?? Environment.GetEnvironmentVariable)(EnvironmentVariable);
            if (value is not null && (value.Trim() == "1" || string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase)))
                return AllowedBy(EnvironmentVariable + "=" + value.Trim());
            return Denied;
        }
    }
}

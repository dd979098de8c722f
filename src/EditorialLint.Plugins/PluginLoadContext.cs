using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace EditorialLint.Plugins
{
    /// <summary>
    /// Where plugin assemblies load. The rule API (EditorialLint.Core, Microsoft.CodeAnalysis) and the framework come
    /// from the tool itself, so that a plugin's <c>EditorialRule</c> is the tool's <c>EditorialRule</c>; anything else
    /// a plugin needs is looked for beside it.
    /// </summary>
    internal sealed class PluginLoadContext : AssemblyLoadContext
    {
        private readonly string? _directory;

        public PluginLoadContext(string name, string? directory)
            : base(name, isCollectible: false)
        {
            _directory = directory;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // Shared with the host: whatever the default context already has or can load.
            foreach (var loaded in Default.Assemblies)
                if (AssemblyName.ReferenceMatchesDefinition(assemblyName, loaded.GetName())) return null;
            if (_directory is null) return null;
            var candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}

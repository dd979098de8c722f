using System.Collections.Generic;
using System.Collections.Immutable;
using EditorialLint.Analysis;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Configuration
{
    /// <summary>What loading plugins gave: rule instances and errors (EL9030 with file, line and column; EL9031).</summary>
    public sealed class PluginLoadResult
    {
        /// <summary>Creates a result.</summary>
        public PluginLoadResult(ImmutableArray<EditorialRule> rules, ImmutableArray<Diagnostic> diagnostics)
        {
            Rules = rules;
            Diagnostics = diagnostics;
        }

        /// <summary>The rules found.</summary>
        public ImmutableArray<EditorialRule> Rules { get; }

        /// <summary>Compile and load errors.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }
    }

    /// <summary>
    /// Loads rule plugins: assemblies, and C# rule files compiled at run time. Core only defines the contract, so
    /// that the analyzer host stays free of the compiler; <c>EditorialLint.Plugins</c> implements it for the CLI.
    /// </summary>
    public interface IPluginHost
    {
        /// <summary>Loads every public rule class with a parameterless constructor from an assembly.</summary>
        PluginLoadResult LoadAssembly(string path);

        /// <summary>Compiles C# rule files (one compilation for the set) and loads their rule classes.</summary>
        PluginLoadResult CompileRules(IReadOnlyList<string> sourcePaths);
    }
}

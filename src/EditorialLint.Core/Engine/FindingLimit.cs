using System.Collections.Generic;
using EditorialLint.Diagnostics;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Engine
{
    /// <summary>
    /// Keeps a document's findings under the limit (<see cref="Input.InputLimits.MaxFindingsPerDocument"/>): findings
    /// past it are counted as they are reported and never kept, so a document with millions of findings cannot fill
    /// memory; the count is reported once (EL9008).
    /// </summary>
    internal sealed class FindingLimit
    {
        private readonly int _max;

        public FindingLimit(int max) => _max = max;

        /// <summary>Findings reported past the limit and not kept.</summary>
        public int Dropped { get; private set; }

        /// <summary>Whether another finding may be kept in <paramref name="found"/>; counts it as dropped otherwise.</summary>
        public bool Admit(List<Diagnostic> found)
        {
            if (_max <= 0 || found.Count < _max) return true;
            Dropped++;
            return false;
        }

        /// <summary>The one finding that says how many were not shown, or null when none were dropped.</summary>
        public Diagnostic? DroppedFinding(string path) =>
            Dropped == 0 ? null : Diagnostic.Create(ToolDiagnostics.TooManyFindings, Location.Create(path, default, default), Dropped, _max);
    }
}

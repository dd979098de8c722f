using System;
using System.Text.RegularExpressions;

namespace EditorialLint.Packs
{
    /// <summary>
    /// Compiles rule pack patterns so that none can hang the linter: with <c>RegexOptions.NonBacktracking</c> (linear
    /// time) where the runtime has it and the pattern allows it (no backreferences, lookarounds or atomic groups),
    /// otherwise with a match timeout.
    /// </summary>
    public static class PatternCompiler
    {
        /// <summary>How long one match may run with the backtracking engine before it is abandoned.</summary>
        public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

        /// <summary>Compiles <paramref name="pattern"/>; on failure <paramref name="error"/> says why.</summary>
        public static bool TryCompile(string pattern, bool ignoreCase, out Regex? regex, out string? error)
        {
            var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            try
            {
#if NET
                try
                {
                    regex = new Regex(pattern, options | RegexOptions.NonBacktracking);
                    error = null;
                    return true;
                }
                catch (NotSupportedException)
                {
                    // Backreferences, lookarounds and atomic groups need the backtracking engine: a timeout bounds it.
                }
#endif
                regex = new Regex(pattern, options, MatchTimeout);
                error = null;
                return true;
            }
            catch (ArgumentException e)
            {
                regex = null;
                error = e.Message;
                return false;
            }
        }

        /// <summary>
        /// Checks <paramref name="pattern"/> now and compiles it on first use: building the linear-time engine costs a
        /// millisecond or more a pattern, and most context patterns of a pack are only consulted when their phrase
        /// matches, which on clean copy is never (the built-in packs' patterns were a third of start-up). A pattern
        /// that does not parse fails here, at load time, as with <see cref="TryCompile"/>.
        /// </summary>
        public static bool TryCompileLazily(string pattern, bool ignoreCase, out Lazy<Regex>? regex, out string? error)
        {
            var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            Regex backtracking;
            try
            {
                // Parsing for the backtracking interpreter is cheap, and it is the engine to fall back on anyway.
                backtracking = new Regex(pattern, options, MatchTimeout);
            }
            catch (ArgumentException e)
            {
                regex = null;
                error = e.Message;
                return false;
            }

            regex = Deferred(pattern, options, () => backtracking);
            error = null;
            return true;
        }

        /// <summary>
        /// Compiles on first use a pattern already known to parse (one of a compiled pack, checked when it was compiled),
        /// with the same engines as <see cref="TryCompileLazily"/>.
        /// </summary>
        public static Lazy<Regex> CompileLazily(string pattern, bool ignoreCase)
        {
            var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            return Deferred(pattern, options, () => new Regex(pattern, options, MatchTimeout));
        }

        private static Lazy<Regex> Deferred(string pattern, RegexOptions options, Func<Regex> backtracking) =>
            new Lazy<Regex>(() =>
            {
#if NET
                try
                {
                    return new Regex(pattern, options | RegexOptions.NonBacktracking);
                }
                catch (NotSupportedException)
                {
                    // Backreferences, lookarounds and atomic groups need the backtracking engine: a timeout bounds it.
                }
#endif
                return backtracking();
            }, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>Whether <paramref name="regex"/> runs in linear time (it was compiled without backtracking).</summary>
        public static bool IsLinear(Regex regex)
        {
#if NET
            return (regex.Options & RegexOptions.NonBacktracking) != 0;
#else
            return false;
#endif
        }
    }
}

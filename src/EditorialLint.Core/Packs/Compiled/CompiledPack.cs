namespace EditorialLint.Packs.Compiled
{
    /// <summary>One rule file read from the compiled form: its definition and what identifies the YAML it came from.</summary>
    public sealed class CompiledPack
    {
        /// <summary>Creates a compiled pack.</summary>
        public CompiledPack(PackRuleDefinition definition, int sourceLength, ulong sourceHash)
        {
            Definition = definition;
            SourceLength = sourceLength;
            SourceHash = sourceHash;
        }

        /// <summary>The rule file's definition, as the YAML parser made it (entries decoded on first use).</summary>
        public PackRuleDefinition Definition { get; }

        /// <summary>The length in bytes of the YAML file.</summary>
        public int SourceLength { get; }

        /// <summary>Its <see cref="CompiledPackFormat.SourceHash"/>.</summary>
        public ulong SourceHash { get; }

        /// <summary>Whether <paramref name="source"/> is the YAML this pack was compiled from.</summary>
        public bool IsCompiledFrom(System.ReadOnlySpan<byte> source) =>
            source.Length == SourceLength && CompiledPackFormat.SourceHash(source) == SourceHash;
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Analyzers.Tests
{
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Gives the same <c>.editorconfig</c> keys to every file.</summary>
    internal sealed class FixedConfigProvider : AnalyzerConfigOptionsProvider
    {
        private readonly FixedOptions _options;

        public FixedConfigProvider(IReadOnlyDictionary<string, string> values) => _options = new FixedOptions(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class FixedOptions : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> _values;

            public FixedOptions(IReadOnlyDictionary<string, string> values) => _values = values;

            public override IEnumerable<string> Keys => _values.Keys;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                if (_values.TryGetValue(key, out var v))
                {
                    value = v;
                    return true;
                }

                value = null;
                return false;
            }
        }
    }
}

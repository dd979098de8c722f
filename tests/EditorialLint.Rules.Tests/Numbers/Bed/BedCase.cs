using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Tests.Numbers.Bed
{
    /// <summary>
    /// One generated article with a planted problem and its clean twin, which differs only in the planted figure.
    /// </summary>
    public sealed class BedCase
    {
        /// <summary>Creates a case from texts whose planted figure is wrapped in ⟦ and ⟧.</summary>
        public BedCase(string category, string ruleId, int index, string markedPlanted, string markedClean)
        {
            Category = category;
            RuleId = ruleId;
            Index = index;
            (Planted, PlantedSpan) = Unmark(markedPlanted);
            (Clean, _) = Unmark(markedClean);
        }

        /// <summary>The category of the planted problem.</summary>
        public string Category { get; }

        /// <summary>The rule expected to find it.</summary>
        public string RuleId { get; }

        /// <summary>The case's number within its category.</summary>
        public int Index { get; }

        /// <summary>The article with the planted problem.</summary>
        public string Planted { get; }

        /// <summary>Where the planted figure is in <see cref="Planted"/>.</summary>
        public TextSpan PlantedSpan { get; }

        /// <summary>The same article with the figure right.</summary>
        public string Clean { get; }

        /// <inheritdoc />
        public override string ToString() => Category + " #" + Index;

        private static (string Text, TextSpan Span) Unmark(string marked)
        {
            int open = marked.IndexOf('\u27e6');
            int close = marked.IndexOf('\u27e7');
            if (open < 0 || close < open) return (marked, default);
            var text = marked.Substring(0, open) + marked.Substring(open + 1, close - open - 1) + marked.Substring(close + 1);
            return (text, new TextSpan(open, close - open - 1));
        }
    }
}

using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Tokens
{
    /// <summary>What a token is.</summary>
    public enum TokenKind : byte
    {
        /// <summary>Letters, with inner apostrophes, hyphens and digits ("Telegram's", "well-known", "G7", "U.S.").</summary>
        Word,

        /// <summary>
        /// A number: digits with separators and decimals, an optional currency symbol before and a suffix after
        /// ("500,000", "1.13", "$600m", "9.5bn", "76%", "121st").
        /// </summary>
        Number,

        /// <summary>One punctuation character (".", ",", "(", "—", a quote mark).</summary>
        Punctuation,

        /// <summary>One symbol character ("→", "•", "©", "+").</summary>
        Symbol,

        /// <summary>Stands for code, a URL or HTML in the prose (<see cref="Text.ProseView.Placeholder"/>).</summary>
        Placeholder,
    }

    /// <summary>A token: a span of the prose text and its kind. Whitespace is not a token.</summary>
    public readonly struct Token
    {
        /// <summary>Creates a token.</summary>
        public Token(int start, int length, TokenKind kind)
        {
            Start = start;
            Length = length;
            Kind = kind;
        }

        /// <summary>Prose offset of the first character.</summary>
        public int Start { get; }

        /// <summary>Number of characters.</summary>
        public int Length { get; }

        /// <summary>Prose offset just past the last character.</summary>
        public int End => Start + Length;

        /// <summary>The kind of token.</summary>
        public TokenKind Kind { get; }

        /// <summary>The prose span.</summary>
        public TextSpan Span => new TextSpan(Start, Length);

        /// <inheritdoc />
        public override string ToString() => Kind + "[" + Start + ".." + End + ")";
    }
}

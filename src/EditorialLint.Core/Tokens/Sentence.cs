using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Tokens
{
    /// <summary>A sentence: a prose span and the range of tokens inside it.</summary>
    public readonly struct Sentence
    {
        /// <summary>Creates a sentence.</summary>
        public Sentence(TextSpan span, int firstToken, int tokenCount, int blockIndex)
        {
            Span = span;
            FirstToken = firstToken;
            TokenCount = tokenCount;
            BlockIndex = blockIndex;
        }

        /// <summary>The prose span, from the first token to the last.</summary>
        public TextSpan Span { get; }

        /// <summary>Index of the first token in the document's token list.</summary>
        public int FirstToken { get; }

        /// <summary>How many tokens the sentence has.</summary>
        public int TokenCount { get; }

        /// <summary>Index just past the last token.</summary>
        public int EndToken => FirstToken + TokenCount;

        /// <summary>The block (paragraph, heading, cell) the sentence is in.</summary>
        public int BlockIndex { get; }
    }
}

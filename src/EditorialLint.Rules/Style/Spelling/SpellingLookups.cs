using System;
using System.Collections.Generic;
using EditorialLint.Analysis;
using EditorialLint.Rules.Wording.ContextModel;
using EditorialLint.Tokens;
using Microsoft.CodeAnalysis.Text;
#if NET
using System.Runtime.InteropServices;
#endif

namespace EditorialLint.Rules.Style.Spelling
{
    /// <summary>
    /// One document's spelling lookups, each distinct word once, shared by EL3010 and EL3011: both look up every checkable
    /// word (and ask whether each word token is checkable), and an article repeats most of its words. A lookup in the
    /// dictionary or the n-gram counts waits on cache misses in tables of megabytes; a lookup here does not. The answers are those of <see cref="SpellingDictionary.Find"/>
    /// and <see cref="SpellingVocabulary.IsKnown"/> for the same text (case included).
    /// </summary>
    internal sealed class SpellingLookups
    {
        private static readonly object Key = new object();

        private readonly SpellingDictionary _dictionary;
        private readonly ContextModelData? _model;
        private byte[]? _checkable;
#if NET
        private readonly Dictionary<string, Answer> _answers;
        private readonly Dictionary<string, Answer>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif

        // `words`: about how many distinct words the document has, so that the answers are not rehashed as they grow.
        private SpellingLookups(SpellingDictionary dictionary, ContextModelData? model, int words)
        {
            _dictionary = dictionary;
            _model = model;
#if NET
            _answers = new Dictionary<string, Answer>(words, StringComparer.Ordinal);
            _bySpan = _answers.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        }

        /// <summary>The lookups of <paramref name="document"/> (made on first use; a document is linted on one thread).</summary>
        public static SpellingLookups For(AnalyzedDocument document) =>
            document.GetShared(Key, _ => new SpellingLookups(SpellingDictionary.Default, ContextModelData.Instance, document.TokenCount / 3));

        /// <summary>
        /// <see cref="SpellingCandidates.IsCheckable"/>, once per word token when <paramref name="part"/> is the whole token
        /// (<paramref name="index"/> in the sentence whose tokens are <paramref name="tokens"/>; <paramref name="first"/> is the
        /// sentence's first token in the document).
        /// </summary>
        public bool IsCheckable(AnalyzedDocument document, ReadOnlySpan<Token> tokens, int first, int index, TextSpan part, out bool startsSentence)
        {
            if (part != tokens[index].Span) return SpellingCandidates.IsCheckable(document, tokens, index, part, out startsSentence);
            _checkable ??= new byte[document.TokenCount];
            ref byte answer = ref _checkable[first + index];
            if (answer == Unasked)
            {
                bool checkable = SpellingCandidates.IsCheckable(document, tokens, index, part, out bool starts);
                answer = !checkable ? No : starts ? YesAtSentenceStart : Yes;
            }

            startsSentence = answer == YesAtSentenceStart;
            return answer == Yes || answer == YesAtSentenceStart;
        }

        /// <summary><see cref="SpellingDictionary.Find"/>, once per distinct word.</summary>
        public int Find(ReadOnlySpan<char> word, out byte flags)
        {
#if NET
            ref var answer = ref AnswerFor(word);
            flags = answer.Flags;
            return answer.Offset;
#else
            return _dictionary.Find(word, out flags);
#endif
        }

        /// <summary><see cref="SpellingVocabulary.IsKnown"/>, once per distinct word.</summary>
        public bool IsKnown(ReadOnlySpan<char> word)
        {
#if NET
            ref var answer = ref AnswerFor(word);
            if (answer.Known == Unasked) answer.Known = answer.Offset >= 0 || SpellingVocabulary.IsKnown(_dictionary, _model, word) ? Yes : No;
            return answer.Known == Yes;
#else
            return SpellingVocabulary.IsKnown(_dictionary, _model, word);
#endif
        }

        /// <summary>
        /// Starts loading what the dictionary will read for the sentence's words not asked about yet (<paramref name="tokens"/>):
        /// each word's first slot, then the forms those slots point at, so that the misses of a sentence's new words overlap
        /// instead of coming one after another. Hints only: no effect on any answer.
        /// </summary>
        public void PrefetchNewWords(AnalyzedDocument document, ReadOnlySpan<Token> tokens)
        {
#if NET
            if (_hashes.Length < tokens.Length) _hashes = new uint[tokens.Length * 2];
            int count = 0;
            foreach (var token in tokens)
            {
                if (token.Kind != TokenKind.Word) continue;
                var text = document.GetText(token);
                if (!_bySpan.ContainsKey(text)) _hashes[count++] = _dictionary.PrefetchSlot(text);
            }

            for (int i = 0; i < count; i++) _dictionary.PrefetchForms(_hashes[i]);
#endif
        }

#if NET
        private uint[] _hashes = new uint[64];
#endif

        private const byte Unasked = 0, Yes = 1, No = 2, YesAtSentenceStart = 3;

#if NET
        // A word in the dictionary is known whatever the counts say, so IsKnown starts from Find's answer.
        private ref Answer AnswerFor(ReadOnlySpan<char> word)
        {
            ref var answer = ref CollectionsMarshal.GetValueRefOrAddDefault(_bySpan, word, out bool exists);
            if (!exists)
            {
                answer.Offset = _dictionary.Find(word, out byte flags);
                answer.Flags = flags;
            }

            return ref answer;
        }

        private struct Answer
        {
            public int Offset;
            public byte Flags;
            public byte Known;
        }
#endif
    }
}

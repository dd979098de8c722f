using System;
using EditorialLint.Rules.Wording.Lexicon;

namespace EditorialLint.Rules.Wording.ContextModel
{
    /// <summary>The regular inflection a written word carries, which its candidates take too.</summary>
    internal enum InflectionKind : byte
    {
        /// <summary>The word as the thesaurus lists it.</summary>
        None,

        /// <summary>-s, -es, -ies: a plural noun or a verb's third person ("costs", "replies").</summary>
        S,

        /// <summary>-ed, -d, -ied: a verb's past or past participle ("formed", "utilized", "carried").</summary>
        Ed,
    }

    /// <summary>
    /// The thesaurus lists base forms: a spinner that swaps "charges" for "costs" or "used" for "utilized" leaves a written
    /// word whose entry is under its base form ("cost", "utilize"), and the candidates of that entry are base forms too. An
    /// inflected word is looked up by its base form, and each one-word candidate is put into the same form ("charge" →
    /// "charges"). Regular English spelling only: a form the corpus never saw (an irregular verb's "-ed") is no candidate.
    /// </summary>
    internal static class WordInflection
    {
        /// <summary>The longest word handled (the buffers' size).</summary>
        public const int MaxLength = 48;

        /// <summary>
        /// Whether <paramref name="written"/> is a regular -s or -ed form by the lexicon; its possible base forms are tried
        /// by <see cref="TryBase"/> in order. Capitalised or hyphenated words are left alone.
        /// </summary>
        public static InflectionKind KindOf(ReadOnlySpan<char> written, PartOfSpeechLexicon? lexicon)
        {
            int n = written.Length;
            if (lexicon is null || n < 4 || n > MaxLength) return InflectionKind.None;
            for (int i = 0; i < n; i++)
                if (written[i] < 'a' || written[i] > 'z') return InflectionKind.None;
            if (!lexicon.TryGet(written, out var entry)) return InflectionKind.None;
            if (written[n - 1] == 's' && written[n - 2] != 's' && written[n - 2] != 'u' && written[n - 2] != 'i'
                && entry.Has(PartsOfSpeech.PluralNoun | PartsOfSpeech.VerbThirdPersonSingular | PartsOfSpeech.WordNetNounPlural))
                return InflectionKind.S;
            if (n >= 5 && written[n - 1] == 'd' && written[n - 2] == 'e'
                && entry.Has(PartsOfSpeech.VerbPast | PartsOfSpeech.VerbPastParticiple))
                return InflectionKind.Ed;
            return InflectionKind.None;
        }

        /// <summary>
        /// The <paramref name="attempt"/>-th possible base form of an inflected word (0, 1, 2 …) into
        /// <paramref name="buffer"/>; its length, or -1 when there are no more.
        /// </summary>
        public static int TryBase(ReadOnlySpan<char> written, InflectionKind kind, int attempt, Span<char> buffer)
        {
            int n = written.Length;
            written.CopyTo(buffer);
            if (kind == InflectionKind.S)
            {
                switch (attempt)
                {
                    case 0: return n - 1; // costs → cost, stays → stay, issues → issue
                    case 1:
                        if (n > 4 && written[n - 2] == 'e' && written[n - 3] == 'i')
                        {
                            buffer[n - 3] = 'y'; // replies → reply
                            return n - 2;
                        }

                        return n > 4 && written[n - 2] == 'e' && IsSibilant(written.Slice(0, n - 2)) ? n - 2 : 0; // boxes → box
                    default: return -1;
                }
            }

            if (kind == InflectionKind.Ed)
            {
                switch (attempt)
                {
                    case 0: return n - 1; // utilized → utilize
                    case 1: return n - 2; // formed → form
                    case 2:
                        if (written[n - 3] == 'i')
                        {
                            buffer[n - 3] = 'y'; // carried → carry
                            return n - 2;
                        }

                        return n > 5 && written[n - 3] == written[n - 4] && !IsVowel(written[n - 3]) ? n - 3 : 0; // stopped → stop
                    default: return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// A base form (the first <paramref name="length"/> characters of <paramref name="buffer"/>) put into <paramref name="kind"/>'s form, in
        /// place; the new length, or -1 when it does not fit.
        /// </summary>
        public static int Inflect(Span<char> buffer, int length, InflectionKind kind)
        {
            if (kind == InflectionKind.None) return length;
            if (length < 2 || length + 3 > buffer.Length) return -1;
            char last = buffer[length - 1], before = buffer[length - 2];
            if (kind == InflectionKind.S)
            {
                if (last == 'y' && !IsVowel(before))
                {
                    "ies".AsSpan().CopyTo(buffer.Slice(length - 1));
                    return length + 2;
                }

                if (IsSibilant(buffer.Slice(0, length)))
                {
                    "es".AsSpan().CopyTo(buffer.Slice(length));
                    return length + 2;
                }

                buffer[length] = 's';
                return length + 1;
            }

            if (last == 'e')
            {
                buffer[length] = 'd';
                return length + 1;
            }

            if (last == 'y' && !IsVowel(before))
            {
                "ied".AsSpan().CopyTo(buffer.Slice(length - 1));
                return length + 2;
            }

            "ed".AsSpan().CopyTo(buffer.Slice(length));
            return length + 2;
        }

        /// <summary>A root's text put into <paramref name="kind"/>'s form (for suggestions).</summary>
        public static string Inflect(string root, InflectionKind kind)
        {
            if (kind == InflectionKind.None) return root;
            var buffer = new char[root.Length + 3];
            root.AsSpan().CopyTo(buffer);
            int length = Inflect(buffer, root.Length, kind);
            return length < 0 ? root : new string(buffer, 0, length);
        }

        private static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';

        private static bool IsSibilant(ReadOnlySpan<char> word)
        {
            int n = word.Length;
            if (n == 0) return false;
            char last = word[n - 1];
            if (last == 's' || last == 'x' || last == 'z') return true;
            return n > 1 && last == 'h' && (word[n - 2] == 'c' || word[n - 2] == 's');
        }
    }
}

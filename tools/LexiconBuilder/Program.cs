// Builds src/EditorialLint.Rules/Wording/Data/pos-lexicon.bin from ../shared/data/brill-lexicon and
// ../shared/data/wordnet, and records its SHA-256 beside it. Deterministic: the same inputs give the same bytes.
//
//   dotnet run --project tools/LexiconBuilder -- [--shared PATH] [--out PATH] [--check]
//
// --check rebuilds in memory and compares with the committed file instead of writing it.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using EditorialLint.Rules.Wording.Lexicon;

namespace EditorialLint.Tools.LexiconBuilder
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            try
            {
                return Run(args);
            }
            catch (BuilderException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 2;
            }
        }

        private static int Run(string[] args)
        {
            string repo = FindRepositoryRoot();
            string shared = Path.GetFullPath(Path.Combine(repo, "..", "shared"));
            string output = Path.Combine(repo, "src", "EditorialLint.Rules", "Wording", "Data", "pos-lexicon.bin");
            bool check = false;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--shared" when i + 1 < args.Length: shared = Path.GetFullPath(args[++i]); break;
                    case "--out" when i + 1 < args.Length: output = Path.GetFullPath(args[++i]); break;
                    case "--check": check = true; break;
                    default: throw new BuilderException("unknown argument " + args[i] + " (use --shared PATH, --out PATH, --check)");
                }
            }

            string brill = Path.Combine(shared, "data", "brill-lexicon");
            string wordnetArchive = Path.Combine(shared, "data", "wordnet", "wordnet-3.0-dict.tar.xz");
            if (!Directory.Exists(brill)) throw new BuilderException("Brill lexicon not found at " + brill);
            if (!File.Exists(wordnetArchive)) throw new BuilderException("WordNet archive not found at " + wordnetArchive);

            var entries = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
            int brillCount = BrillLexicon.AddTo(entries, brill);
            int wordnetCount;
            string unpacked = Path.Combine(Path.GetTempPath(), "editorial-lint-wordnet-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            try
            {
                Unpack(wordnetArchive, unpacked);
                wordnetCount = WordNet.AddTo(entries, unpacked);
            }
            finally
            {
                if (Directory.Exists(unpacked)) Directory.Delete(unpacked, recursive: true);
            }

            byte[] bytes = LexiconWriter.Write(entries);
            string hash = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
            string fingerprintPath = output + ".sha256";
            string fingerprint = hash + "  " + Path.GetFileName(output) + "\n";
            Console.WriteLine($"{entries.Count} entries ({brillCount} Brill forms, {wordnetCount} WordNet forms), {bytes.Length} bytes, sha256 {hash}");

            if (check)
            {
                bool same = File.Exists(output) && File.ReadAllBytes(output).AsSpan().SequenceEqual(bytes)
                    && File.Exists(fingerprintPath) && File.ReadAllText(fingerprintPath) == fingerprint;
                Console.WriteLine(same ? "matches the committed table" : "DIFFERS from the committed table");
                return same ? 0 : 1;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.WriteAllBytes(output, bytes);
            File.WriteAllText(fingerprintPath, fingerprint);
            Console.WriteLine("wrote " + output);
            return 0;
        }

        private static string FindRepositoryRoot()
        {
            string? dir = Directory.GetCurrentDirectory();
            while (dir is not null)
            {
                if (File.Exists(Path.Combine(dir, "EditorialLint.sln"))) return dir;
                dir = Path.GetDirectoryName(dir);
            }

            throw new BuilderException("run from inside the repository (EditorialLint.sln not found above the current folder)");
        }

        // .NET has no xz decoder; the tar on the machine has.
        private static void Unpack(string archive, string folder)
        {
            Directory.CreateDirectory(folder);
            var start = new ProcessStartInfo("tar") { RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-xJf");
            start.ArgumentList.Add(archive);
            start.ArgumentList.Add("-C");
            start.ArgumentList.Add(folder);
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new BuilderException("could not start tar");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new BuilderException("tar (with xz support) is needed to unpack " + archive + ": " + e.Message);
            }

            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new BuilderException("tar failed on " + archive + ": " + error.Trim());
        }
    }

    internal sealed class BuilderException : Exception
    {
        public BuilderException(string message) : base(message)
        {
        }
    }

    /// <summary>What the builder knows of one word form while merging the sources.</summary>
    internal sealed class Entry
    {
        public PartsOfSpeech Parts;

        // Brill lists a form's tags most frequent first; its first tag wins over anything WordNet says.
        public int BrillPrimary = -1;

        // Otherwise the WordNet part of speech with the most sense-tagged (then most) senses.
        public int WordNetPrimary = -1;
        public long WordNetScore = -1;

        public void OfferWordNetPrimary(PartsOfSpeech bit, long score)
        {
            if (score > WordNetScore)
            {
                WordNetScore = score;
                WordNetPrimary = BitIndex(bit);
            }
        }

        public byte Primary
        {
            get
            {
                int bit = BrillPrimary >= 0 ? BrillPrimary : WordNetPrimary;
                return bit >= 0 ? (byte)bit : PartOfSpeechLexiconFormat.NoPrimary;
            }
        }

        public static int BitIndex(PartsOfSpeech bit)
        {
            uint v = (uint)bit;
            int i = 0;
            while (v > 1) { v >>= 1; i++; }
            return i;
        }
    }

    /// <summary>Reads the Brill tagger lexicon (an npm module: <c>words.js</c> and <c>tags.js</c>).</summary>
    internal static class BrillLexicon
    {
        private static readonly Regex TagLine = new Regex(@"^\s*'([^']*)',?\s*$", RegexOptions.CultureInvariant);
        private static readonly Regex WordLine = new Regex(@"^  (?:'((?:[^'\\]|\\.)*)'|([^\s:']+)): (\d+|\[[\d, ]+\]),?$", RegexOptions.CultureInvariant);

        public static int AddTo(SortedDictionary<string, Entry> entries, string folder)
        {
            var tags = new List<string>();
            foreach (var line in File.ReadLines(Path.Combine(folder, "tags.js")))
            {
                var m = TagLine.Match(line);
                if (m.Success) tags.Add(m.Groups[1].Value);
            }

            if (tags.Count < 40) throw new BuilderException("tags.js: expected the Penn tag list, found " + tags.Count + " tags");

            int added = 0;
            foreach (var line in File.ReadLines(Path.Combine(folder, "words.js")))
            {
                var m = WordLine.Match(line);
                if (!m.Success) continue;
                string word = m.Groups[1].Success ? Unescape(m.Groups[1].Value) : m.Groups[2].Value;
                if (!IsWordForm(word)) continue;

                var entry = Get(entries, word);
                bool first = true;
                foreach (var index in m.Groups[3].Value.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    int tagIndex = int.Parse(index, NumberStyles.None, CultureInfo.InvariantCulture);
                    // words.js refers to a few tags past the end of tags.js ("your": 119 of 0..118); skip them.
                    if (tagIndex >= tags.Count) continue;
                    // Compound tags ("JJ|IN") are ambiguity classes: the form takes each of them.
                    foreach (var tag in tags[tagIndex].Split('|'))
                    {
                        var bits = MapTag(tag);
                        entry.Parts |= bits;
                        if (first)
                        {
                            entry.BrillPrimary = Entry.BitIndex(MainBit(tag));
                            first = false;
                        }
                    }
                }

                entry.Parts |= PartsOfSpeech.InTaggedLexicon;
                added++;
            }

            return added;
        }

        private static string Unescape(string quoted)
        {
            var sb = new StringBuilder(quoted.Length);
            for (int i = 0; i < quoted.Length; i++)
            {
                if (quoted[i] == '\\' && i + 1 < quoted.Length) i++;
                sb.Append(quoted[i]);
            }

            return sb.ToString();
        }

        // Forms the tokenizer can produce as one word: letters, digits, inner apostrophes, hyphens, dots, ampersands.
        public static bool IsWordForm(string word)
        {
            bool letter = false;
            foreach (char c in word)
            {
                if (char.IsLetter(c)) letter = true;
                else if (!char.IsDigit(c) && c != '\'' && c != '-' && c != '.' && c != '&') return false;
            }

            return letter;
        }

        private static PartsOfSpeech MapTag(string tag) => tag switch
        {
            "NN" => PartsOfSpeech.Noun,
            "NNS" => PartsOfSpeech.PluralNoun,
            "NNP" or "NNPS" => PartsOfSpeech.ProperNoun,
            "VB" => PartsOfSpeech.Verb,
            "VBD" => PartsOfSpeech.VerbPast,
            "VBN" => PartsOfSpeech.VerbPastParticiple,
            "VBG" => PartsOfSpeech.VerbGerund,
            "VBZ" => PartsOfSpeech.VerbThirdPersonSingular,
            "VBP" => PartsOfSpeech.VerbPresent,
            "JJ" => PartsOfSpeech.Adjective,
            "JJR" => PartsOfSpeech.Adjective | PartsOfSpeech.Comparative,
            "JJS" => PartsOfSpeech.Adjective | PartsOfSpeech.Superlative,
            "RB" or "WRB" => PartsOfSpeech.Adverb,
            "RBR" => PartsOfSpeech.Adverb | PartsOfSpeech.Comparative,
            "RBS" => PartsOfSpeech.Adverb | PartsOfSpeech.Superlative,
            "DT" or "PDT" or "WDT" => PartsOfSpeech.Determiner,
            "IN" or "TO" => PartsOfSpeech.Preposition,
            "PRP" or "PRP$" or "WP" or "WP$" or "EX" => PartsOfSpeech.Pronoun,
            "MD" => PartsOfSpeech.Modal,
            "CC" => PartsOfSpeech.Conjunction,
            "RP" => PartsOfSpeech.Particle,
            "CD" => PartsOfSpeech.Numeral,
            "UH" => PartsOfSpeech.Interjection,
            "POS" => PartsOfSpeech.Possessive,
            _ => PartsOfSpeech.Other,
        };

        private static PartsOfSpeech MainBit(string tag) => tag switch
        {
            "JJR" or "JJS" => PartsOfSpeech.Adjective,
            "RBR" or "RBS" => PartsOfSpeech.Adverb,
            _ => MapTag(tag),
        };

        public static Entry Get(SortedDictionary<string, Entry> entries, string word)
        {
            if (!entries.TryGetValue(word, out var entry))
            {
                entry = new Entry();
                entries.Add(word, entry);
            }

            return entry;
        }
    }

    /// <summary>Reads WordNet 3.0's index, data and exception files and adds lemmas and their inflections.</summary>
    internal static class WordNet
    {
        private sealed record Lemma(string Text, char Pos, int Senses, int TaggedSenses, List<string> Forms);

        public static int AddTo(SortedDictionary<string, Entry> entries, string folder)
        {
            var added = new HashSet<string>(StringComparer.Ordinal);
            var lemmas = new List<Lemma>();
            foreach (var (pos, name) in new[] { ('n', "noun"), ('v', "verb"), ('a', "adj"), ('r', "adv") })
            {
                var synsetWords = ReadSynsetWords(Path.Combine(folder, "data." + name));
                lemmas.AddRange(ReadIndex(Path.Combine(folder, "index." + name), pos, synsetWords));
            }

            // Lemmas by lower-case text and part of speech, for the exception lists.
            var byLemma = new Dictionary<(string, char), Lemma>();
            foreach (var lemma in lemmas) byLemma[(lemma.Text, lemma.Pos)] = lemma;

            foreach (var lemma in lemmas)
            {
                foreach (var form in lemma.Forms)
                {
                    if (!BrillLexicon.IsWordForm(form)) continue;
                    bool proper = char.IsUpper(form[0]);
                    var (bit, penn) = lemma.Pos switch
                    {
                        'n' => (PartsOfSpeech.WordNetNoun, proper ? PartsOfSpeech.ProperNoun : PartsOfSpeech.Noun),
                        'v' => (PartsOfSpeech.WordNetVerb, PartsOfSpeech.Verb),
                        'a' => (PartsOfSpeech.WordNetAdjective, PartsOfSpeech.Adjective),
                        _ => (PartsOfSpeech.WordNetAdverb, PartsOfSpeech.Adverb),
                    };
                    Add(entries, added, form, bit | Attested(lemma), penn, lemma);

                    // Regular inflections of lower-case one-word lemmas; irregular ones come from the .exc files.
                    if (proper || !IsPlainWord(form)) continue;
                    if (lemma.Pos == 'n')
                    {
                        Add(entries, added, Plural(form), PartsOfSpeech.WordNetNounPlural | Attested(lemma), PartsOfSpeech.PluralNoun, lemma);
                    }
                    else if (lemma.Pos == 'v')
                    {
                        var verbForm = PartsOfSpeech.WordNetVerbForm | Attested(lemma);
                        Add(entries, added, ThirdPerson(form), verbForm, PartsOfSpeech.VerbThirdPersonSingular, lemma);
                        Add(entries, added, Past(form), verbForm, PartsOfSpeech.VerbPast, lemma);
                        Add(entries, added, Gerund(form), verbForm, PartsOfSpeech.VerbGerund, lemma);
                    }
                }
            }

            foreach (var (pos, name) in new[] { ('n', "noun"), ('v', "verb"), ('a', "adj"), ('r', "adv") })
            {
                foreach (var line in File.ReadLines(Path.Combine(folder, name + ".exc")))
                {
                    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length < 2 || !BrillLexicon.IsWordForm(parts[0])) continue;
                    for (int i = 1; i < parts.Length; i++)
                    {
                        if (!byLemma.TryGetValue((parts[i], pos), out var lemma)) continue;
                        var (bit, penn) = pos switch
                        {
                            'n' => (PartsOfSpeech.WordNetNounPlural, PartsOfSpeech.PluralNoun),
                            'v' => (PartsOfSpeech.WordNetVerbForm, PartsOfSpeech.VerbPast),
                            'a' => (PartsOfSpeech.WordNetAdjective, PartsOfSpeech.Adjective),
                            _ => (PartsOfSpeech.WordNetAdverb, PartsOfSpeech.Adverb),
                        };
                        Add(entries, added, parts[0], bit | Attested(lemma), penn, lemma);
                    }
                }
            }

            return added.Count;
        }

        private static PartsOfSpeech Attested(Lemma lemma) => lemma.TaggedSenses == 0 ? PartsOfSpeech.None : lemma.Pos switch
        {
            'n' => PartsOfSpeech.WordNetNounAttested,
            'v' => PartsOfSpeech.WordNetVerbAttested,
            _ => PartsOfSpeech.None,
        };

        private static void Add(SortedDictionary<string, Entry> entries, HashSet<string> added, string form, PartsOfSpeech parts, PartsOfSpeech primary, Lemma lemma)
        {
            var entry = BrillLexicon.Get(entries, form);
            entry.Parts |= parts;
            entry.OfferWordNetPrimary(primary, (long)lemma.TaggedSenses * 1000 + lemma.Senses);
            added.Add(form);
        }

        // index.pos: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
        private static IEnumerable<Lemma> ReadIndex(string path, char pos, Dictionary<long, string[]> synsetWords)
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == ' ') continue; // licence header
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                string text = f[0];
                if (text.Contains('_')) continue; // multi-word lemmas are not one token
                int synsets = int.Parse(f[2], CultureInfo.InvariantCulture);
                int pointers = int.Parse(f[3], CultureInfo.InvariantCulture);
                int at = 4 + pointers;
                int senses = int.Parse(f[at], CultureInfo.InvariantCulture);
                int tagged = int.Parse(f[at + 1], CultureInfo.InvariantCulture);

                // The index is lower case; the synsets keep the real case ("Nice" the city, "nice" the adjective).
                var forms = new List<string>();
                for (int s = 0; s < synsets; s++)
                {
                    long offset = long.Parse(f[at + 2 + s], CultureInfo.InvariantCulture);
                    if (!synsetWords.TryGetValue(offset, out var words)) continue;
                    foreach (var w in words)
                        if (string.Equals(w, text, StringComparison.OrdinalIgnoreCase) && !forms.Contains(w)) forms.Add(w);
                }

                if (forms.Count == 0) forms.Add(text);
                forms.Sort(StringComparer.Ordinal);
                yield return new Lemma(text, pos, senses, tagged, forms);
            }
        }

        // data.pos: synset_offset lex_filenum ss_type w_cnt(hex) [word lex_id(hex)]... ; adjectives carry "(a)", "(p)", "(ip)".
        private static Dictionary<long, string[]> ReadSynsetWords(string path)
        {
            var result = new Dictionary<long, string[]>();
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == ' ') continue;
                var f = line.Split(' ', 4 + 2 * 256, StringSplitOptions.None);
                long offset = long.Parse(f[0], CultureInfo.InvariantCulture);
                int count = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var words = new string[count];
                for (int i = 0; i < count; i++)
                {
                    string w = f[4 + 2 * i];
                    int paren = w.IndexOf('(', StringComparison.Ordinal);
                    words[i] = paren > 0 ? w.Substring(0, paren) : w;
                }

                result[offset] = words;
            }

            return result;
        }

        private static bool IsPlainWord(string form)
        {
            foreach (char c in form)
                if (c < 'a' || c > 'z') return false;
            return form.Length > 1;
        }

        private static bool IsVowel(char c) => c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';

        private static string Plural(string w)
        {
            if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal))
                return w + "es";
            if (w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2])) return w[..^1] + "ies";
            return w + "s";
        }

        private static string ThirdPerson(string w)
        {
            if (w.Length > 1 && w[^1] == 'o' && !IsVowel(w[^2])) return w + "es";
            return Plural(w);
        }

        private static string Past(string w)
        {
            if (w.EndsWith('e')) return w + "d";
            if (w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2])) return w[..^1] + "ied";
            return w + "ed";
        }

        private static string Gerund(string w)
        {
            if (w.EndsWith("ie", StringComparison.Ordinal)) return w[..^2] + "ying";
            if (w.Length > 2 && w[^1] == 'e' && w[^2] != 'e' && w[^2] != 'y' && w[^2] != 'o') return w[..^1] + "ing";
            return w + "ing";
        }
    }

    /// <summary>Writes the table in <see cref="PartOfSpeechLexiconFormat"/>'s layout.</summary>
    internal static class LexiconWriter
    {
        public static byte[] Write(SortedDictionary<string, Entry> entries)
        {
            var keys = new StringBuilder();
            var offsets = new List<uint>(entries.Count + 1);
            foreach (var key in entries.Keys)
            {
                offsets.Add((uint)keys.Length);
                keys.Append(key);
            }

            offsets.Add((uint)keys.Length);
            foreach (char c in keys.ToString())
                if (c >= 0x80) throw new BuilderException("the reader compares keys as ASCII bytes in place; found U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            byte[] blob = Encoding.ASCII.GetBytes(keys.ToString());

            // The reader's hash table, written here so that nothing is built at start-up.
            var slots = new int[PartOfSpeechLexiconFormat.SlotCount(entries.Count)];
            int mask = slots.Length - 1;
            string all = keys.ToString();
            for (int i = 0; i < entries.Count; i++)
            {
                var key = all.AsSpan((int)offsets[i], (int)(offsets[i + 1] - offsets[i]));
                int slot = (int)PartOfSpeechLexiconFormat.Hash(key, lowerCase: false) & mask;
                while (slots[slot] != 0) slot = (slot + 1) & mask;
                slots[slot] = i + 1;
            }

            using var stream = new MemoryStream();
            using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(PartOfSpeechLexiconFormat.Magic);
                w.Write((uint)entries.Count);
                w.Write((uint)keys.Length);
                w.Write((uint)blob.Length);
                foreach (var o in offsets) w.Write(o);
                foreach (var e in entries.Values) w.Write((uint)e.Parts);
                foreach (var e in entries.Values) w.Write(e.Primary);
                w.Write(blob);
                while (stream.Position % 4 != 0) w.Write((byte)0);
                w.Write((uint)slots.Length);
                foreach (var slot in slots) w.Write(slot);
            }

            return stream.ToArray();
        }
    }
}

// Builds src/EditorialLint.Rules/Style/Spelling/Data/spelling-words.bin from the Hunspell en_US and en_GB
// dictionaries of Debian's hunspell-en-us and hunspell-en-gb packages (affixes expanded here), and records its
// SHA-256 beside it. Deterministic: the same dictionaries give the same bytes.
//
//   dotnet run --project tools/SpellingTableBuilder -- [--hunspell DIR] [--out PATH] [--check]
//
// DIR defaults to /usr/share/hunspell (apt-get install hunspell-en-us hunspell-en-gb). --check rebuilds in memory
// and compares with the committed file instead of writing it; --pairs FILE lists the British/American pairs.

using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;

namespace EditorialLint.Tools.SpellingTableBuilder
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
            string hunspell = "/usr/share/hunspell";
            string output = Path.Combine(repo, "src", "EditorialLint.Rules", "Style", "Spelling", "Data", "spelling-words.bin");
            bool check = false;
            string? pairsPath = null;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--hunspell" when i + 1 < args.Length: hunspell = Path.GetFullPath(args[++i]); break;
                    case "--out" when i + 1 < args.Length: output = Path.GetFullPath(args[++i]); break;
                    case "--check": check = true; break;
                    case "--pairs" when i + 1 < args.Length: pairsPath = Path.GetFullPath(args[++i]); break;
                    default: throw new BuilderException("unknown argument " + args[i] + " (use --hunspell DIR, --out PATH, --check, --pairs FILE)");
                }
            }

            var american = Load(hunspell, "en_US");
            var british = Load(hunspell, "en_GB");
            var table = SpellingTable.Merge(american.Forms, british.Forms);
            byte[] bytes = SpellingTableWriter.Write(table);
            if (pairsPath is not null)
            {
                // For review: every British/American pair the builder recorded.
                var lines = new List<string>();
                foreach (var (gb, us) in table.Pairs) lines.Add(gb + "\t" + us);
                File.WriteAllLines(pairsPath, lines);
            }

            string hash = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
            string fingerprintPath = output + ".sha256";
            string fingerprint = hash + "  " + Path.GetFileName(output) + "\n";
            Console.WriteLine($"{table.Entries.Count} forms ({american.Forms.Count} en_US, {british.Forms.Count} en_GB), {table.Pairs.Count} variant pairs, {bytes.Length} bytes, sha256 {hash}");

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

        private static HunspellDictionary Load(string folder, string name)
        {
            var aff = Path.Combine(folder, name + ".aff");
            var dic = Path.Combine(folder, name + ".dic");
            if (!File.Exists(aff) || !File.Exists(dic))
                throw new BuilderException(name + " not found in " + folder + " (apt-get install hunspell-en-us hunspell-en-gb, or --hunspell DIR)");
            return HunspellDictionary.Load(aff, dic);
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
    }

    internal sealed class BuilderException : Exception
    {
        public BuilderException(string message) : base(message)
        {
        }
    }
}

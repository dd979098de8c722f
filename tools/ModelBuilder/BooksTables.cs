using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using EditorialLint.Rules.Wording.ContextModel;

namespace EditorialLint.ModelBuilder
{
    /// <summary>
    /// The SymSpell word and bigram counts (Google Books), a fallback beside the corpus counts: they know common
    /// English pairs that 77 M words of Wikipedia may miss. Counts are divided by 1,024 so that one byte can hold them.
    /// </summary>
    internal static class BooksTables
    {
        private const int Scale = 1024;

        public static byte[] Unigrams(string path) => Build(path, 1);

        public static byte[] Bigrams(string path) => Build(path, 2);

        private static byte[] Build(string path, int words)
        {
            var counts = new Dictionary<ulong, ulong>();
            ulong total = 0;
            foreach (var raw in File.ReadLines(path, Encoding.UTF8))
            {
                var line = raw.TrimStart('\uFEFF').Trim();
                if (line.Length == 0) continue;
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != words + 1) continue;
                if (!ulong.TryParse(parts[words], NumberStyles.None, CultureInfo.InvariantCulture, out ulong count)) continue;
                ulong key = words == 1
                    ? ModelText.HashWord(parts[0].AsSpan())
                    : ModelText.Bigram(ModelText.HashWord(parts[0].AsSpan()), ModelText.HashWord(parts[1].AsSpan()));
                ulong scaled = Math.Max(1, count / Scale);
                counts.TryGetValue(key, out ulong existing);
                counts[key] = existing + scaled;
                total += scaled;
            }

            var keys = new List<ulong>(counts.Keys);
            keys.Sort();
            var values = new uint[keys.Count];
            for (int i = 0; i < keys.Count; i++) values[i] = (uint)Math.Min(counts[keys[i]], uint.MaxValue);
            return TableWriter.WriteCounts(keys.ToArray(), values, total);
        }
    }
}

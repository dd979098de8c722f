// Measures the style rules (EL3001-EL3005) and EL2007.
//
//   dotnet run -c Release --project tools/StyleQuality -- corpus [--half tuning|held-out|all] [--rules EL3001,...] [--list N] FOLDER...
//   dotnet run -c Release --project tools/StyleQuality -- cases FILE
//
// corpus: FOLDER is ../shared/data/clean-diverse (genre = file-name prefix) or ../shared/data/clean-news/bbc (genre =
// topic folder). Each article is in the tuning or held-out half by SHA-256 of its path relative to FOLDER (lowest bit of
// the first byte set = held out; the tools/SpinEval scheme). Prints findings per rule and genre, then up to N findings
// with 60 characters of context either side, for reading (never commit that output: it quotes the articles).
//
// cases: FILE has one case a line, "RULE<TAB>flag|pass<TAB>sentence" ('#' starts a comment). Each sentence is linted
// alone as plain text with the one rule; "flag" expects at least one finding, "pass" none. Prints recall on the flag
// cases and the false-alarm rate on the pass cases, per rule, and lists the misses and false alarms.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules;
using EditorialLint.Tokens;

var defaultIds = new[] { "EL3001", "EL3002", "EL3003", "EL3004", "EL3005", "EL2007" };
if (args.Length < 2) { Console.Error.WriteLine("usage: corpus|cases ..."); return 2; }
return args[0] == "cases" ? Cases(args[1]) : Corpus(args.Skip(1).ToArray());

int Cases(string file)
{
    var all = BuiltInRules.CreateAll();
    var byRule = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // flag total, flagged, pass total, false alarms
    var misses = new List<string>();
    foreach (var raw in File.ReadAllLines(file))
    {
        if (raw.Length == 0 || raw[0] == '#') continue;
        var parts = raw.Split('\t', 3);
        if (parts.Length < 3) continue;
        parts[2] = parts[2].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\u00A0", "\u00A0", StringComparison.Ordinal);
        var rule = all.First(r => r.SupportedDiagnostics.Any(d => d.Id == parts[0]));
        var engine = new LintEngine(new[] { rule });
        var found = engine.Run(new[] { DocumentInput.FromText("case.txt", parts[2]) }, jobs: 1).Diagnostics.Count(d => d.Id == parts[0]);
        if (!byRule.TryGetValue(parts[0], out var c)) byRule[parts[0]] = c = new int[4];
        if (parts[1] == "flag")
        {
            c[0]++;
            if (found > 0) c[1]++; else misses.Add($"MISS  {parts[0]}: {parts[2]}");
        }
        else
        {
            c[2]++;
            if (found > 0) { c[3]++; misses.Add($"ALARM {parts[0]}: {parts[2]}"); }
        }
    }

    int ft = 0, ff = 0, pt = 0, pf = 0;
    foreach (var (id, c) in byRule)
    {
        Console.WriteLine($"{id}: recall {c[1]}/{c[0]} ({Pct(c[1], c[0])}), false alarms {c[3]}/{c[2]} ({Pct(c[3], c[2])})");
        ft += c[0]; ff += c[1]; pt += c[2]; pf += c[3];
    }

    Console.WriteLine($"all: recall {ff}/{ft} ({Pct(ff, ft)}), false alarms {pf}/{pt} ({Pct(pf, pt)})");
    foreach (var m in misses) Console.WriteLine(m);
    return 0;
}

int Corpus(string[] rest)
{
    string half = "all";
    int list = 0;
    var ids = new HashSet<string>(defaultIds, StringComparer.Ordinal);
    var folders = new List<string>();
    for (int i = 0; i < rest.Length; i++)
    {
        if (rest[i] == "--half") half = rest[++i];
        else if (rest[i] == "--list") list = int.Parse(rest[++i], CultureInfo.InvariantCulture);
        else if (rest[i] == "--rules") ids = new HashSet<string>(rest[++i].Split(','), StringComparer.Ordinal);
        else folders.Add(rest[i]);
    }

    var genreOf = new Dictionary<string, string>(StringComparer.Ordinal);
    var files = new List<string>();
    foreach (var folder in folders)
    {
        foreach (var f in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(folder, f).Replace('\\', '/');
            if (rel.EndsWith("README.TXT", StringComparison.OrdinalIgnoreCase)) continue;
            bool heldOut = EditorialLint.Evaluation.EvaluationSplit.IsHeldOut(rel);
            if (half == "tuning" && heldOut || half == "held-out" && !heldOut) continue;
            string genre = rel.Contains('/') ? "bbc-" + rel.Substring(0, rel.IndexOf('/')) : rel.Substring(0, rel.LastIndexOf('-'));
            genreOf[f] = genre;
            files.Add(f);
        }
    }

    files.Sort(StringComparer.Ordinal);
    var texts = new Dictionary<string, string>(StringComparer.Ordinal);
    var wordsByGenre = new SortedDictionary<string, long>(StringComparer.Ordinal);
    var inputs = new List<DocumentInput>();
    foreach (var f in files)
    {
        string text;
        try { text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(f)); }
        catch (DecoderFallbackException) { text = Encoding.Latin1.GetString(File.ReadAllBytes(f)); }
        texts[f] = text;
        long words = 0;
        foreach (var t in AnalyzedDocument.FromText(f, text).Tokens) if (t.Kind == TokenKind.Word) words++;
        wordsByGenre[genreOf[f]] = wordsByGenre.GetValueOrDefault(genreOf[f]) + words;
        inputs.Add(DocumentInput.FromText(f, text));
    }

    var rules = BuiltInRules.CreateAll().Where(r => r.SupportedDiagnostics.Any(d => ids.Contains(d.Id))).ToList();
    var found = new LintEngine(rules).Run(inputs).Diagnostics.Where(d => ids.Contains(d.Id)).ToList();
    long total = wordsByGenre.Values.Sum();
    Console.WriteLine($"{files.Count} articles ({half}), {total:N0} words, {found.Count} findings ({found.Count * 1000.0 / Math.Max(1, total):F3} per 1,000 words)");
    foreach (var g in found.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        var perGenre = string.Join(", ", g.GroupBy(d => genreOf[FileOf(d)]).OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => x.Key + " " + x.Count()));
        Console.WriteLine($"  {g.Key}: {g.Count()} — {perGenre}");
    }

    Console.WriteLine("words per genre: " + string.Join(", ", wordsByGenre.Select(kv => kv.Key + " " + kv.Value)));
    foreach (var d in found.Take(list))
    {
        var text = texts[FileOf(d)];
        var span = d.Location.SourceSpan;
        int from = Math.Max(0, span.Start - 60), to = Math.Min(text.Length, span.End + 60);
        var context = text.Substring(from, span.Start - from) + "⟦" + text.Substring(span.Start, span.Length) + "⟧" + text.Substring(span.End, to - span.End);
        Console.WriteLine($"{genreOf[FileOf(d)]} {System.IO.Path.GetFileName(FileOf(d))} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)} | {Escape(context)}");
    }

    return 0;
}

static string FileOf(Microsoft.CodeAnalysis.Diagnostic d) => d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path;

static string Escape(string s)
{
    var b = new StringBuilder();
    foreach (char c in s)
        b.Append(c == '\n' ? "⏎" : c < 0x20 || c >= 0x7F && c <= 0x9F ? $"<U+{(int)c:X4}>" : c.ToString());
    return b.ToString();
}

static string Pct(int a, int b) => b == 0 ? "-" : (100.0 * a / b).ToString("F1", CultureInfo.InvariantCulture) + "%";

// Builds rules/wording/tortured-phrases.yaml (an EL2001 substitution pack) from the Problematic Paper Screener's
// tortured phrases in ../shared/data/tortured-phrases (CC BY 4.0), keeping only phrases that clean text never uses:
//
//   dotnet run -c Release --project tools/TorturedPhrasePackBuilder -- [--shared PATH] [--out PATH]
//
// A phrase is dropped when it is not two words or more, when its "correct" side is uncertain, when it is the
// correct side of another pair, when (two words) it is a frequent English bigram (SymSpell/Google Books list), or
// when it occurs at all in the clean reference text: Wikinews and the 2014 and 2021 Wikipedia slices of ../shared/data/corpus.
// The BBC clean news is not used here: it stays the held-out false-alarm test. Deterministic output.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

string repo = FindRepositoryRoot();
string shared = Path.GetFullPath(Path.Combine(repo, "..", "shared"));
string output = Path.Combine(repo, "rules", "wording", "tortured-phrases.yaml");
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--shared" && i + 1 < args.Length) shared = Path.GetFullPath(args[++i]);
    else if (args[i] == "--out" && i + 1 < args.Length) output = Path.GetFullPath(args[++i]);
    else { Console.Error.WriteLine("error: unknown argument " + args[i] + " (use --shared PATH, --out PATH)"); return 2; }
}

string data = Path.Combine(shared, "data");
string listPath = Path.Combine(data, "tortured-phrases", "pps_torturedcheck", "tortured-phrases.json");
string bigramPath = Path.Combine(data, "bigrams", "frequency_bigramdictionary_en_243_342.txt");
string wikinews = Path.Combine(data, "corpus", "wikinews_filtered.txt.xz");
string wiki2021 = Path.Combine(data, "corpus", "enwiki2021.tar.xz");
string wiki2014 = Path.Combine(data, "corpus", "enwiki2014.tar.xz");
foreach (var p in new[] { listPath, bigramPath, wikinews, wiki2021, wiki2014 })
{
    if (!File.Exists(p)) { Console.Error.WriteLine("error: not found: " + p); return 2; }
}

// 1. Read and clean the pairs.
var trailingNote = new Regex(@"\s*\([^()]*\)\s*$", RegexOptions.CultureInvariant);
var phraseChars = new Regex(@"^[a-z0-9][a-z0-9 '\-]*[a-z0-9]$", RegexOptions.CultureInvariant);
var pairs = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
var corrects = new HashSet<string>(StringComparer.Ordinal);
int read = 0, uncertain = 0, shape = 0;
using (var json = JsonDocument.Parse(File.ReadAllText(listPath)))
{
    foreach (var item in json.RootElement.GetProperty("phrases").EnumerateArray())
    {
        read++;
        string tortured = Clean(item.GetProperty("tortured").GetString());
        string rawCorrect = item.GetProperty("correct").GetString() ?? string.Empty;
        if (rawCorrect.Contains('?')) { uncertain++; continue; }
        string correct = Clean(rawCorrect);
        if (correct.Length > 0) corrects.Add(correct);
        if (!phraseChars.IsMatch(tortured) || correct.Length == 0 || correct.Contains('(') || correct.Contains(')')
            || tortured.Split(' ').Length < 2 || tortured == correct)
        {
            shape++;
            continue;
        }

        if (!pairs.TryGetValue(tortured, out var set)) pairs[tortured] = set = new SortedSet<string>(StringComparer.Ordinal);
        set.Add(correct);
    }
}

string Clean(string? s)
{
    s = (s ?? string.Empty).Trim().ToLowerInvariant().Replace('\u2019', '\'');
    s = trailingNote.Replace(s, string.Empty);
    return Regex.Replace(s, @"\s+", " ").Trim();
}

// 2. Drop phrases that are themselves the correct wording of another pair ("information retrieval").
int correctSide = pairs.Keys.Count(corrects.Contains);
foreach (var k in pairs.Keys.Where(corrects.Contains).ToList()) pairs.Remove(k);

// 3. Drop two-word phrases that are frequent English bigrams.
var bigrams = new HashSet<string>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(bigramPath))
{
    var f = line.Split(' ');
    if (f.Length >= 3) bigrams.Add(f[0] + " " + f[1]);
}

int frequent = 0;
foreach (var k in pairs.Keys.ToList())
{
    if (k.Split(' ').Length == 2 && bigrams.Contains(k)) { pairs.Remove(k); frequent++; }
}

// 4. Drop phrases that occur in clean reference text.
var firstWords = new HashSet<string>(pairs.Keys.Select(k => k.Split(' ')[0]), StringComparer.Ordinal);
int maxWords = pairs.Keys.Max(k => k.Split(' ').Length);
var seen = new HashSet<string>(StringComparer.Ordinal);
long corpusWords = 0;
corpusWords += Scan(Run("xz", "-dc", wikinews));
corpusWords += Scan(Run("tar", "-xJOf", wiki2021));
corpusWords += Scan(Run("tar", "-xJOf", wiki2014));
foreach (var k in seen) pairs.Remove(k);

long Scan(Process process)
{
    long words = 0;
    var window = new List<string>(64);
    string? line;
    while ((line = process.StandardOutput.ReadLine()) is not null)
    {
        if (line.StartsWith("<doc ", StringComparison.Ordinal) || line.StartsWith("</doc>", StringComparison.Ordinal)) continue;
        window.Clear();
        foreach (var w in Words(line)) window.Add(w);
        words += window.Count;
        for (int i = 0; i < window.Count; i++)
        {
            if (!firstWords.Contains(window[i])) continue;
            var sb = new StringBuilder(window[i]);
            for (int n = 2; n <= maxWords && i + n - 1 < window.Count; n++)
            {
                sb.Append(' ').Append(window[i + n - 1]);
                var candidate = sb.ToString();
                if (pairs.ContainsKey(candidate)) seen.Add(candidate);
            }
        }
    }

    process.WaitForExit();
    if (process.ExitCode != 0) throw new InvalidOperationException(process.StartInfo.FileName + " failed: " + process.StandardError.ReadToEnd());
    return words;
}

static IEnumerable<string> Words(string line)
{
    var sb = new StringBuilder();
    for (int i = 0; i <= line.Length; i++)
    {
        char c = i < line.Length ? char.ToLowerInvariant(line[i]) : ' ';
        if (c == '\u2019') c = '\'';
        bool inner = (c == '-' || c == '\'') && sb.Length > 0 && i + 1 < line.Length && char.IsLetterOrDigit(line[i + 1]);
        if (char.IsLetterOrDigit(c) || inner) { sb.Append(c); continue; }
        if (sb.Length > 0) { yield return sb.ToString(); sb.Clear(); }
    }
}

static Process Run(string file, params string[] arguments)
{
    var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
    foreach (var a in arguments) start.ArgumentList.Add(a);
    return Process.Start(start) ?? throw new InvalidOperationException("could not start " + file);
}

// 5. Write the pack. The examples are our own sentences; they must use phrases that survived the filters.
// Our own sentences, each with a tortured phrase and its correct wording; the first two whose phrase survived the
// filters become the pack's examples.
var candidates = new[]
{
    ("counterfeit consciousness", "The start-up sells counterfeit consciousness tools to hospitals.", "The start-up sells artificial intelligence tools to hospitals."),
    ("man-made brainpower", "Banks are testing man-made brainpower to spot fraud.", "Banks are testing artificial intelligence to spot fraud."),
    ("colossal information", "The council hired a firm to analyse colossal information on traffic.", "The council hired a firm to analyse big data on traffic."),
    ("irregular woodland", "The model is an irregular woodland trained on past elections.", "The model is a random forest trained on past elections."),
    ("bosom disease", "Screening for bosom disease saves lives, the study says.", "Screening for breast cancer saves lives, the study says."),
};
var chosen = candidates.Where(c => pairs.ContainsKey(c.Item1)).Take(2).ToList();
if (chosen.Count < 2) { Console.Error.WriteLine("error: fewer than two example phrases survived the filters; add candidates"); return 1; }

var yaml = new StringBuilder();
yaml.Append("# Tortured phrases: wording produced by paraphrasing tools (\"counterfeit consciousness\" for \"artificial\n");
yaml.Append("# intelligence\"), the same synonym swapping as spun news in other vocabulary.\n#\n");
yaml.Append("# Derived from the Problematic Paper Screener tortured-phrase list by Guillaume Cabanac, Cyril Labbé and\n");
yaml.Append("# Alexander Magazinov (\"Tortured phrases: A dubious writing style emerging in science\", arXiv:2107.06751),\n");
yaml.Append("# licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), as collected in the torturedcheck\n");
yaml.Append("# project (MIT). Changes: lower-cased, annotations removed, uncertain pairs dropped, and every phrase that clean\n");
yaml.Append("# text uses dropped (see tools/TorturedPhrasePackBuilder).\n#\n");
yaml.Append("# GENERATED by tools/TorturedPhrasePackBuilder: do not edit by hand; re-run the builder.\n");
yaml.Append(CultureInfo.InvariantCulture, $"# {read} pairs read; dropped: {uncertain} uncertain, {shape} not a phrase of two words or more, {correctSide} correct wording elsewhere, {frequent} frequent bigrams, {seen.Count} found in {corpusWords:N0} words of Wikinews and Wikipedia. {pairs.Count} kept.\n");
yaml.Append("id: EL2001\n");
yaml.Append("type: substitution\n");
yaml.Append("title: Known spinner phrase\n");
yaml.Append("message: \"'{match}' looks like a spun form of '{suggestion}'\"\n");
yaml.Append("level: warning\n");
yaml.Append("link: https://github.com/editorial-lint/editorial-lint/blob/main/docs/rules/EL2001.md\n");
yaml.Append("ignorecase: true\n");
yaml.Append("swap:\n");
foreach (var (tortured, suggestions) in pairs)
{
    yaml.Append("  ").Append(Quote(tortured)).Append(": ");
    if (suggestions.Count == 1) yaml.Append(Quote(suggestions.Min!));
    else yaml.Append('[').Append(string.Join(", ", suggestions.Select(Quote))).Append(']');
    yaml.Append('\n');
}

yaml.Append("examples:\n  flag:\n");
foreach (var c in chosen) yaml.Append("    - ").Append(Quote(c.Item2)).Append('\n');
yaml.Append("  pass:\n");
foreach (var c in chosen) yaml.Append("    - ").Append(Quote(c.Item3)).Append('\n');

static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
File.WriteAllText(output, yaml.ToString(), new UTF8Encoding(false));
Console.WriteLine($"{read} pairs read, {pairs.Count} kept ({seen.Count} dropped as seen in {corpusWords:N0} words of clean text); wrote {output}");
return 0;

static string FindRepositoryRoot()
{
    string? dir = Directory.GetCurrentDirectory();
    while (dir is not null)
    {
        if (File.Exists(Path.Combine(dir, "EditorialLint.sln"))) return dir;
        dir = Path.GetDirectoryName(dir);
    }

    throw new InvalidOperationException("run from inside the repository");
}

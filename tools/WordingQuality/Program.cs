// Runs the built-in rules whose IDs match a prefix over a folder of articles and reports findings per 1,000 words.
//
//   dotnet run -c Release --project tools/WordingQuality -- [--rules EL2002,EL2003,...] [--packs rules/wording] [--list N] PATH...
//
// PATH is a file or a folder (searched for *.txt and *.md). Used to check that the wording rules stay quiet on clean
// news (../shared/data/clean-news/bbc) and fire on the spun seed (../shared/corpus/seeds/001_*.txt).

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Packs;
using EditorialLint.Rules;
using EditorialLint.Tokens;

var ids = new HashSet<string>(StringComparer.Ordinal);
var packFolders = new List<string>();
int list = 40;
var paths = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--rules" && i + 1 < args.Length) foreach (var id in args[++i].Split(',')) ids.Add(id.Trim());
    else if (args[i] == "--packs" && i + 1 < args.Length) packFolders.Add(args[++i]);
    else if (args[i] == "--list" && i + 1 < args.Length) list = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
    else paths.Add(args[i]);
}

var files = new List<string>();
foreach (var p in paths)
{
    if (File.Exists(p)) files.Add(p);
    else if (Directory.Exists(p))
        files.AddRange(Directory.EnumerateFiles(p, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)));
    else { Console.Error.WriteLine("not found: " + p); return 2; }
}

files.Sort(StringComparer.Ordinal);
var rules = BuiltInRules.CreateAll()
    .Where(r => ids.Count == 0 ? r.SupportedDiagnostics.Any(d => d.Id.StartsWith("EL2", StringComparison.Ordinal)) : r.SupportedDiagnostics.Any(d => ids.Contains(d.Id)))
    .ToList<EditorialRule>();
foreach (var folder in packFolders)
{
    var loaded = new PackLoader().LoadDirectory(folder);
    foreach (var d in loaded.Diagnostics) Console.Error.WriteLine(d);
    rules.AddRange(loaded.Rules.Where(r => ids.Count == 0 || ids.Contains(r.Definition.Id)));
}

long words = 0;
foreach (var f in files)
{
    var doc = AnalyzedDocument.FromText(f, File.ReadAllText(f));
    foreach (var t in doc.Tokens) if (t.Kind == TokenKind.Word) words++;
}

var engine = new LintEngine(rules);
var result = engine.Run(files.Select(f => DocumentInput.FromFile(f, f)).ToList());
var found = result.Diagnostics.Where(d => ids.Count == 0 ? d.Id.StartsWith("EL2", StringComparison.Ordinal) : ids.Contains(d.Id)).ToList();

Console.WriteLine($"{files.Count} documents, {words:N0} words, {found.Count} findings, {found.Count * 1000.0 / Math.Max(1, words):F3} per 1,000 words");
foreach (var g in found.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
    Console.WriteLine($"  {g.Key}: {g.Count()} ({g.Count() * 1000.0 / Math.Max(1, words):F3} per 1,000 words)");

var texts = new Dictionary<string, string>();
foreach (var d in found.Take(list))
{
    var path = d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path;
    if (!texts.TryGetValue(path, out var text)) texts[path] = text = File.ReadAllText(path);
    var span = d.Location.SourceSpan;
    int from = Math.Max(0, span.Start - 40), to = Math.Min(text.Length, span.End + 40);
    var context = text.Substring(from, to - from).Replace('\n', ' ');
    var line = d.Location.GetLineSpan().StartLinePosition;
    Console.WriteLine($"{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}({line.Line + 1},{line.Character + 1}) {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} | …{context}…");
}

return 0;

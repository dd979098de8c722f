// Runs every numbers rule (EL1xxx) over folders of articles as one run and reports findings per genre, split into the
// tuning and held-out halves the team uses (SHA-256 of the path relative to the folder: lowest bit of the first byte,
// 1 = held out), then lists every finding with its half so that each can be read.
//
//   dotnet run -c Release --project tools/NumbersQuality -- ../shared/data/clean-diverse ../shared/data/clean-news/bbc
//
// The genre is the file-name prefix for clean-diverse ("finance-007.txt" is finance) and the folder for BBC.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: NumbersQuality FOLDER...");
    return 2;
}

var rules = BuiltInRules.CreateAll()
    .Where(r => r.SupportedDiagnostics.Any(d => d.Id.StartsWith("EL1", StringComparison.Ordinal)))
    .ToList<EditorialRule>();

foreach (var folder in args)
{
    if (!Directory.Exists(folder))
    {
        Console.Error.WriteLine("not found: " + folder);
        return 2;
    }

    var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
        .Where(f => !Path.GetFileName(f).Equals("README.TXT", StringComparison.OrdinalIgnoreCase))
        .OrderBy(f => f, StringComparer.Ordinal).ToList();
    string Relative(string f) => Path.GetRelativePath(folder, f).Replace('\\', '/');
    bool HeldOut(string rel) => EditorialLint.Evaluation.EvaluationSplit.IsHeldOut(rel);
    string Genre(string rel) => rel.Contains('/') ? rel.Substring(0, rel.IndexOf('/')) : rel.Substring(0, Math.Max(rel.IndexOf('-'), 0) is var d && d > 0 ? d : rel.Length);

    var result = new LintEngine(rules).Run(files.Select(f => DocumentInput.FromFile(f, Relative(f))).ToList());
    var found = result.Diagnostics.Where(d => d.Id.StartsWith("EL1", StringComparison.Ordinal)).ToList();
    var byFile = found.GroupBy(d => d.Location.GetLineSpan().Path).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    Console.WriteLine($"{folder}: {files.Count} articles, {found.Count} EL1 findings");
    Console.WriteLine("genre               tuning: articles findings   held-out: articles findings");
    foreach (var genre in files.Select(f => Genre(Relative(f))).Distinct().OrderBy(g => g, StringComparer.Ordinal))
    {
        int ta = 0, tf = 0, ha = 0, hf = 0;
        foreach (var f in files)
        {
            var rel = Relative(f);
            if (Genre(rel) != genre) continue;
            byFile.TryGetValue(rel, out int n);
            if (HeldOut(rel)) { ha++; hf += n; } else { ta++; tf += n; }
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-20} {1,16} {2,8} {3,19} {4,8}", genre, ta, tf, ha, hf));
    }

    int heldArticles = files.Count(f => HeldOut(Relative(f)));
    int heldFindings = found.Count(d => HeldOut(d.Location.GetLineSpan().Path));
    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "held-out: {0} articles, {1} findings ({2:0.00} per 100 articles); tuning: {3} articles, {4} findings",
        heldArticles, heldFindings, 100.0 * heldFindings / Math.Max(1, heldArticles), files.Count - heldArticles, found.Count - heldFindings));
    foreach (var id in found.Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal))
        Console.WriteLine($"  {id}: {found.Count(d => d.Id == id)}");
    foreach (var d in found)
    {
        var path = d.Location.GetLineSpan().Path;
        Console.WriteLine($"  [{(HeldOut(path) ? "held-out" : "tuning")}] {path}({d.Location.GetLineSpan().StartLinePosition.Line + 1}) {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
    }
}

return 0;

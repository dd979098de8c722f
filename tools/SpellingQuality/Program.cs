// Measures the spelling rules (EL3010, EL3011) on clean articles. Evaluation only: it reads ../shared, the tool never does.
//
//   dotnet run -c Release --project tools/SpellingQuality -- precision [--half tuning|held-out|all] [--list FILE] [--shared PATH]
//   dotnet run -c Release --project tools/SpellingQuality -- recall --misspellings FILE [--half ...] [--per-article N] [--list FILE]
//
// Articles: ../shared/data/clean-news/bbc (genre "bbc-<topic>") and ../shared/data/clean-diverse (genre from index.tsv),
// split by SHA-256 of the path relative to the set's folder (lowest bit of the first byte: 1 is held out), the scheme
// tools/SpinEval uses. precision: findings per 1,000 words per genre; --list writes each finding with a little context
// to FILE for reading (keep it outside the repository: it quotes the articles). recall: real misspellings from FILE
// (codespell's "wrong->right" format, which starts from Wikipedia's list of common misspellings) are put in place of
// their correct word in the articles at run time, a few per article, and the tool counts how many EL3010 reports, how
// often its first suggestion is the right word, and how often a safe fix would write a wrong one.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using EditorialLint.Analysis;
using EditorialLint.Engine;
using EditorialLint.Rules.Style.Spelling;
using EditorialLint.Tokens;
using EditorialLint.Evaluation;

string mode = args.Length > 0 ? args[0] : "";
string shared = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared"));
string half = "held-out";
string? listPath = null;
string? misspellingsPath = null;
int perArticle = 3;
for (int i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--half" when i + 1 < args.Length: half = args[++i]; break;
        case "--list" when i + 1 < args.Length: listPath = args[++i]; break;
        case "--shared" when i + 1 < args.Length: shared = Path.GetFullPath(args[++i]); break;
        case "--misspellings" when i + 1 < args.Length: misspellingsPath = args[++i]; break;
        case "--per-article" when i + 1 < args.Length: perArticle = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine("unknown argument " + args[i]); return 2;
    }
}

if (half != "tuning" && half != "held-out" && half != "all") { Console.Error.WriteLine("--half tuning|held-out|all"); return 2; }
var articles = Articles.Load(shared).Where(a => half == "all" || a.IsHeldOut == (half == "held-out")).ToList();
Console.WriteLine($"{articles.Count} articles ({half} half)");
if (mode == "precision") return Precision.Run(articles, listPath);
if (mode == "recall")
{
    if (misspellingsPath is null) { Console.Error.WriteLine("recall needs --misspellings FILE"); return 2; }
    return Recall.Run(articles, misspellingsPath, perArticle, listPath);
}

Console.Error.WriteLine("usage: precision|recall [options] (see the comment at the top of Program.cs)");
return 2;

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

// The shared evaluation sets, with ids that say which set an article is from and a genre per BBC topic.
internal static class Articles
{
    public static List<Article> Load(string shared)
    {
        var articles = new List<Article>();
        foreach (var a in EvaluationArticles.Load(Path.Combine(shared, "data", "clean-news", "bbc")))
            articles.Add(a with { Id = "bbc/" + a.Id, Genre = "bbc-" + a.Id.Substring(0, a.Id.IndexOf('/')) });
        foreach (var a in EvaluationArticles.LoadDiverse(Path.Combine(shared, "data", "clean-diverse")))
            articles.Add(a with { Id = "diverse/" + a.Id });
        return articles;
    }

    public static int Seed(string id, int salt) => EvaluationSplit.Seed(id, salt);

    public static int CountWords(string path, string text)
    {
        var document = AnalyzedDocument.FromText(path, text);
        int words = 0;
        foreach (var token in document.Tokens) if (token.Kind == TokenKind.Word) words++;
        return words;
    }
}

internal static class Precision
{
    public static int Run(List<Article> articles, string? listPath)
    {
        var engine = new LintEngine(new EditorialRule[] { new SpellingRule(), new SpellingVarietyRule() });
        var result = engine.Run(articles.Select(a => DocumentInput.FromText(a.Id + ".txt", a.Text)).ToList());
        var byPath = articles.ToDictionary(a => a.Id + ".txt", StringComparer.Ordinal);
        var stats = new SortedDictionary<string, (int Docs, long Words, int El3010, int El3011)>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            stats.TryGetValue(a.Genre, out var s);
            stats[a.Genre] = (s.Docs + 1, s.Words + Articles.CountWords(a.Id + ".txt", a.Text), s.El3010, s.El3011);
        }

        var lines = new List<string>();
        foreach (var d in result.Diagnostics)
        {
            var path = d.Location.GetLineSpan().Path;
            var article = byPath[path];
            var s = stats[article.Genre];
            stats[article.Genre] = d.Id == "EL3010" ? (s.Docs, s.Words, s.El3010 + 1, s.El3011) : (s.Docs, s.Words, s.El3010, s.El3011 + 1);
            var span = d.Location.SourceSpan;
            int from = Math.Max(0, span.Start - 50), to = Math.Min(article.Text.Length, span.End + 50);
            var fix = TextFix.FromDiagnostic(d);
            string fixKind = fix is null ? "no fix" : fix.Value.IsSafe ? "safe fix" : "suggestion";
            lines.Add($"{article.Genre}\t{path}\t{d.Id}\t{article.Text.Substring(span.Start, span.Length)}\t{d.GetMessage(CultureInfo.InvariantCulture)}\t…{article.Text.Substring(from, to - from).Replace('\n', ' ')}…\t{fixKind}");
        }

        Print(stats);
        if (listPath is not null) File.WriteAllLines(listPath, lines);
        return 0;
    }

    private static void Print(SortedDictionary<string, (int Docs, long Words, int El3010, int El3011)> stats)
    {
        Console.WriteLine("genre\tarticles\twords\tEL3010\tper 1k\tEL3011\tper 1k");
        (int Docs, long Words, int A, int B) bbc = default, diverse = default, all = default;
        foreach (var (genre, s) in stats)
        {
            Console.WriteLine($"{genre}\t{s.Docs}\t{s.Words}\t{s.El3010}\t{s.El3010 * 1000.0 / Math.Max(1, s.Words):F3}\t{s.El3011}\t{s.El3011 * 1000.0 / Math.Max(1, s.Words):F3}");
            if (genre.StartsWith("bbc-", StringComparison.Ordinal)) bbc = (bbc.Docs + s.Docs, bbc.Words + s.Words, bbc.A + s.El3010, bbc.B + s.El3011);
            else diverse = (diverse.Docs + s.Docs, diverse.Words + s.Words, diverse.A + s.El3010, diverse.B + s.El3011);
            all = (all.Docs + s.Docs, all.Words + s.Words, all.A + s.El3010, all.B + s.El3011);
        }

        foreach (var (name, s) in new[] { ("ALL bbc", bbc), ("ALL diverse", diverse), ("ALL", all) })
            Console.WriteLine($"{name}\t{s.Docs}\t{s.Words}\t{s.A}\t{s.A * 1000.0 / Math.Max(1, s.Words):F3}\t{s.B}\t{s.B * 1000.0 / Math.Max(1, s.Words):F3}");
    }
}

internal static class Recall
{
    public static int Run(List<Article> articles, string misspellingsPath, int perArticle, string? listPath)
    {
        var dictionary = SpellingDictionary.Default;
        // correct word → its misspellings; only non-words (a real-word error is not a spelling check's to find).
        var byCorrect = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        int entries = 0, realWords = 0, skipped = 0;
        foreach (var line in File.ReadLines(misspellingsPath))
        {
            int arrow = line.IndexOf("->", StringComparison.Ordinal);
            if (arrow <= 0) continue;
            entries++;
            var wrong = line.Substring(0, arrow).Trim();
            var right = line.Substring(arrow + 2).Trim();
            if (right.Contains(',') || right.Contains(' ') || !IsLowerWord(wrong) || !IsLowerWord(right) || wrong.Length < 3) { skipped++; continue; }
            if (dictionary.Contains(wrong.AsSpan())) { realWords++; continue; }
            if (!dictionary.Contains(right.AsSpan())) { skipped++; continue; }
            if (!byCorrect.TryGetValue(right, out var list)) byCorrect[right] = list = new List<string>();
            list.Add(wrong);
        }

        Console.WriteLine($"{entries} list entries: {byCorrect.Sum(p => p.Value.Count)} non-word misspellings of {byCorrect.Count} words kept, {realWords} real words left out, {skipped} other entries left out (several corrections, phrases, capitals, unknown correction)");

        var inputs = new List<DocumentInput>();
        var inserted = new List<(string Path, int Start, string Wrong, string Right)>();
        foreach (var article in articles)
        {
            var document = AnalyzedDocument.FromText(article.Id + ".txt", article.Text);
            var slots = new List<(int Start, int Length, string Word)>();
            foreach (var sentence in document.Sentences)
            {
                var tokens = document.GetTokens(sentence);
                for (int i = 1; i < tokens.Length; i++)
                {
                    if (tokens[i].Kind != TokenKind.Word) continue;
                    var word = document.GetString(tokens[i]);
                    if (byCorrect.ContainsKey(word)) slots.Add((document.Prose.ToSourceOffset(tokens[i].Start), tokens[i].Length, word));
                }
            }

            if (slots.Count == 0) continue;
            var random = new Random(Articles.Seed(article.Id, 1));
            var chosen = new SortedDictionary<int, (int Length, string Right, string Wrong)>();
            for (int k = 0; k < perArticle * 4 && chosen.Count < perArticle; k++)
            {
                var slot = slots[random.Next(slots.Count)];
                // One misspelling of a word per article, apart from the others.
                if (chosen.Values.Any(c => c.Right == slot.Word) || chosen.Keys.Any(s => Math.Abs(s - slot.Start) < 200)) continue;
                var options = byCorrect[slot.Word];
                chosen[slot.Start] = (slot.Length, slot.Word, options[random.Next(options.Count)]);
            }

            var text = new StringBuilder(article.Text);
            int shift = 0;
            var path = article.Id + ".txt";
            foreach (var (start, c) in chosen)
            {
                text.Remove(start + shift, c.Length).Insert(start + shift, c.Wrong);
                inserted.Add((path, start + shift, c.Wrong, c.Right));
                shift += c.Wrong.Length - c.Length;
            }

            inputs.Add(DocumentInput.FromText(path, text.ToString()));
        }

        var engine = new LintEngine(new EditorialRule[] { new SpellingRule() });
        var result = engine.Run(inputs);
        var found = new Dictionary<(string, int), Microsoft.CodeAnalysis.Diagnostic>();
        foreach (var d in result.Diagnostics) found[(d.Location.GetLineSpan().Path, d.Location.SourceSpan.Start)] = d;

        int hits = 0, firstRight = 0, safe = 0, safeWrong = 0;
        var missed = new List<string>();
        foreach (var (path, start, wrong, right) in inserted)
        {
            if (!found.TryGetValue((path, start), out var d)) { missed.Add(wrong + " (" + right + ")"); continue; }
            hits++;
            var fix = TextFix.FromDiagnostic(d);
            if (fix is not null && fix.Value.Replacement == right) firstRight++;
            if (fix is not null && fix.Value.IsSafe)
            {
                safe++;
                if (fix.Value.Replacement != right) safeWrong++;
            }
        }

        Console.WriteLine($"{inserted.Count} misspellings inserted in {inputs.Count} articles: {hits} reported ({hits * 100.0 / Math.Max(1, inserted.Count):F1}%), first suggestion right {firstRight} ({firstRight * 100.0 / Math.Max(1, hits):F1}% of reported), safe fixes {safe} ({safeWrong} of them wrong)");
        if (listPath is not null) File.WriteAllLines(listPath, missed);
        return 0;
    }

    private static bool IsLowerWord(string s)
    {
        foreach (char c in s) if (c < 'a' || c > 'z') return false;
        return s.Length > 0;
    }
}
